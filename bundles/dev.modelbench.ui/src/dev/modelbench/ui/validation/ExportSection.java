package dev.modelbench.ui.validation;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPart;

import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.ModelCommands;

/** Step 5's Export (the Export command) and what the last export did. */
final class ExportSection {

	private final Composite control;
	private final Button export;
	private final Label status;

	ExportSection(Composite parent, ValidationContext context, IWorkbenchPart part) {
		control = context.toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
		export = WidgetNames.name(context.toolkit.createButton(control, Messages.Validation_export, SWT.PUSH),
				"validation.export"); //$NON-NLS-1$
		export.setToolTipText(Messages.Validation_exportTip);
		ModelCommands.bind(export, part, ModelCommands.EXPORT);
		status = WidgetNames.name(context.toolkit.createLabel(control, "", SWT.WRAP), "validation.exportStatus"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
	}

	Control control() {
		return control;
	}

	/** An ONNX file for images, a .zip for sounds. */
	void setSound(boolean sound) {
		export.setText(sound ? Messages.Validation_exportSound : Messages.Validation_export);
		export.setToolTipText(sound ? Messages.Validation_exportSoundTip : Messages.Validation_exportTip);
	}

	void setEnabled(boolean enabled) {
		export.setEnabled(enabled);
	}

	void showOutcome(String outcome) {
		if (!status.isDisposed()) {
			status.setText(outcome);
			status.getParent().layout(true);
		}
	}
}
