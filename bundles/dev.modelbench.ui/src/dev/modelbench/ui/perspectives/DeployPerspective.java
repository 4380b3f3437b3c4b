package dev.modelbench.ui.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.modelbench.ui.deploy.DeployView;
import dev.modelbench.ui.deploy.SerialMonitorView;
import dev.modelbench.ui.validation.ValidationView;

/**
 * The Deploy perspective, seed 002's last step: the projects on the left, the Model editor in the
 * middle, the Deploy view (board, port, what the board does) beside the Validation view whose
 * results go to the board, and the Serial Monitor below, showing what the board says.
 */
public final class DeployPerspective implements IPerspectiveFactory {

	public static final String ID = "dev.modelbench.ui.perspectives.deploy"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, editorArea);
		// The monitor first, so that it spans the width under both the editor and the Deploy view.
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea); //$NON-NLS-1$
		bottom.addView(SerialMonitorView.ID);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.45f, editorArea); //$NON-NLS-1$
		right.addView(DeployView.ID);
		right.addView(ValidationView.ID);

		layout.addShowViewShortcut(DeployView.ID);
		layout.addShowViewShortcut(SerialMonitorView.ID);
		layout.addShowViewShortcut(ValidationView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addPerspectiveShortcut(ModelPerspective.ID);
	}
}
