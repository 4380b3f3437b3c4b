package dev.modelbench.ui.editors;

import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * The Model editor's row of steps: Add category and Import dataset, then Train, Validate and Export.
 * They run the same commands as the Model menu; Train and Validate go to the step's view.
 */
final class StepsSection {

	/** The views of steps 3 and 4 (ids as in plugin.xml; the views depend on this editor, not the reverse). */
	private static final String TRAINING_VIEW = "dev.modelbench.ui.views.training"; //$NON-NLS-1$
	private static final String VALIDATION_VIEW = "dev.modelbench.ui.views.validation"; //$NON-NLS-1$

	private final ModelEditor editor;
	private final FormToolkit toolkit;

	StepsSection(PartForm form, ModelEditor editor) {
		this.editor = editor;
		this.toolkit = form.toolkit();
		Composite steps = toolkit.createComposite(form.body());
		// Wraps on a narrow editor (a classroom laptop's) rather than run off its edge.
		RowLayoutFactory.fillDefaults().wrap(true).spacing(6).center(true).applyTo(steps);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(steps);
		button(steps, "editor.addCategory", Messages.ModelEditor_addCategory, Messages.ModelEditor_addCategoryTip, //$NON-NLS-1$
				() -> ModelCommands.execute(editor, ModelCommands.ADD_CATEGORY, Map.of()));
		button(steps, "editor.importDataset", Messages.ModelEditor_importDataset, Messages.ModelEditor_importDatasetTip, //$NON-NLS-1$
				() -> ModelCommands.execute(editor, ModelCommands.IMPORT_DATASET, Map.of()));
		toolkit.createLabel(steps, "\u2192"); //$NON-NLS-1$
		button(steps, "editor.train", Messages.ModelEditor_train, Messages.ModelEditor_trainTip, //$NON-NLS-1$
				() -> showView(TRAINING_VIEW));
		button(steps, "editor.validate", Messages.ModelEditor_validate, Messages.ModelEditor_validateTip, //$NON-NLS-1$
				() -> showView(VALIDATION_VIEW));
		// Without a trained model, Export is not enabled: the header says to train first.
		button(steps, "editor.export", Messages.ModelEditor_export, Messages.ModelEditor_exportTip, //$NON-NLS-1$
				() -> ModelCommands.execute(editor, ModelCommands.EXPORT, Map.of(),
						() -> form.header().message(Messages.ModelEditor_notTrained, IMessageProvider.INFORMATION)));
	}

	private void showView(String id) {
		ModelCommands.execute(editor, IWorkbenchCommandConstants.VIEWS_SHOW_VIEW,
				Map.of(IWorkbenchCommandConstants.VIEWS_SHOW_VIEW_PARM_ID, id));
	}

	private void button(Composite parent, String name, String label, String tip, Runnable action) {
		Button button = WidgetNames.name(toolkit.createButton(parent, label, SWT.PUSH), name);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, event -> action.run());
	}
}
