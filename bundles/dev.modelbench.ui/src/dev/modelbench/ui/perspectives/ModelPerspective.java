package dev.modelbench.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.modelbench.ui.training.TrainingView;
import dev.modelbench.ui.validation.ValidationView;
import dev.modelbench.ui.wizards.NewModelProjectWizard;

/**
 * The Model perspective, in the order of seed 000's steps: the projects on the left, the Model
 * editor (categories and samples) in the middle, Training and Validation on the right, progress below.
 */
public final class ModelPerspective implements IPerspectiveFactory {

	public static final String ID = "dev.modelbench.ui.perspectives.model"; //$NON-NLS-1$

	private static final String RESOURCE_PERSPECTIVE = "org.eclipse.ui.resourcePerspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, editorArea);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.5f, editorArea); //$NON-NLS-1$
		right.addView(TrainingView.ID);
		right.addView(ValidationView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.8f, editorArea); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

		layout.addNewWizardShortcut(NewModelProjectWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file"); //$NON-NLS-1$
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(TrainingView.ID);
		layout.addShowViewShortcut(ValidationView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addPerspectiveShortcut(DeployPerspective.ID);
		layout.addPerspectiveShortcut(RESOURCE_PERSPECTIVE);
	}
}
