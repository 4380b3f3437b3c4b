package dev.modelbench.ui.forms;

import java.util.Objects;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The heading of a Model Bench part's form and the message under it (a summary, a warning, what a
 * command did), shared by the Model editor and the views. The message is a wrapping line at the top
 * of the body rather than in the heading, where a long one would be cut on a laptop's narrow view
 * and would widen the whole form. Both change only when their text does: a decorated heading
 * repaints its whole gradient, slow enough to be felt on every model change.
 */
public final class FormHeader {

	private final ScrolledForm form;
	private final Composite line;
	private final Label icon;
	private final Label text;
	private int type = IMessageProvider.NONE;

	/** Adds the message line as the first row of {@code form}'s body, a one-column grid. */
	public FormHeader(FormToolkit toolkit, ScrolledForm form) {
		this.form = form;
		line = toolkit.createComposite(form.getBody());
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(line);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(line);
		line.setVisible(false);
		icon = toolkit.createLabel(line, ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
		text = WidgetNames.name(toolkit.createLabel(line, "", SWT.WRAP), "header.message"); //$NON-NLS-1$ //$NON-NLS-2$
		// A wrapping label must not ask for its one-line width, or the whole form gets that wide.
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
	}

	/** Sets the heading's text. */
	public void heading(String heading) {
		if (!Objects.equals(form.getText(), heading)) {
			form.setText(heading);
		}
	}

	/** Shows {@code message} of {@code messageType} (one of {@link IMessageProvider}'s); null or empty hides it. */
	public void message(String message, int messageType) {
		String shown = message == null ? "" : message; //$NON-NLS-1$
		int shownType = shown.isEmpty() ? IMessageProvider.NONE : messageType;
		if (shown.equals(text.getText()) && shownType == type) {
			return;
		}
		type = shownType;
		text.setText(shown);
		icon.setImage(image(shownType));
		boolean visible = !shown.isEmpty();
		int width = line.getSize().x;
		// Reflowing the whole form is the expensive part: only when the line appears, goes or changes height.
		if (visible != line.getVisible() || width == 0 || line.computeSize(width, SWT.DEFAULT).y != line.getSize().y) {
			line.setVisible(visible);
			((GridData) line.getLayoutData()).exclude = !visible;
			line.moveAbove(null);
			form.reflow(true);
		} else {
			line.layout(true);
		}
	}

	/** The message shown; null when none is. */
	public String message() {
		return text.getText().isEmpty() ? null : text.getText();
	}

	/** The message's kind, one of {@link IMessageProvider}'s. */
	public int messageType() {
		return type;
	}

	private static Image image(int messageType) {
		String key = switch (messageType) {
		case IMessageProvider.ERROR -> Dialog.DLG_IMG_MESSAGE_ERROR;
		case IMessageProvider.WARNING -> Dialog.DLG_IMG_MESSAGE_WARNING;
		case IMessageProvider.INFORMATION -> Dialog.DLG_IMG_MESSAGE_INFO;
		default -> null;
		};
		return key == null ? null : JFaceResources.getImage(key);
	}
}
