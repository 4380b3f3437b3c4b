package dev.modelbench.ui.forms;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.events.IExpansionListener;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The form of a Model Bench part (the Model editor, the Training and Deploy views): a scrolled form
 * with a decorated heading and the message line under it ({@link FormHeader}), the sections the part
 * is built from, and one toolkit for all of them, disposed with the part.
 */
public final class PartForm {

	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final FormHeader header;

	/** Makes the form in {@code parent}, its body a grid of {@code columns}, named {@code name} for the UI tests. */
	public PartForm(Composite parent, int columns, String name) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = WidgetNames.name(toolkit.createScrolledForm(parent), name);
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(form.getBody());
		header = new FormHeader(toolkit, form);
	}

	public FormToolkit toolkit() {
		return toolkit;
	}

	/** The heading and the message line. */
	public FormHeader header() {
		return header;
	}

	/** Where the part's sections go. */
	public Composite body() {
		return form.getBody();
	}

	public ScrolledForm form() {
		return form;
	}

	/**
	 * A section with {@code title} across the body (Section's style bits: TITLE_BAR, TWISTIE,
	 * EXPANDED...) whose client is a grid of {@code columns}; opening or closing it makes room.
	 *
	 * @return the client, where the section's controls go
	 */
	public Composite section(String title, int style, int columns) {
		Section section = toolkit.createSection(form.getBody(), style);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		section.addExpansionListener(IExpansionListener.expansionStateChangedAdapter(event -> form.reflow(true)));
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(client);
		section.setClient(client);
		return client;
	}

	/** Lays the form out again after a control changed its size. */
	public void reflow() {
		form.reflow(true);
	}

	public boolean isDisposed() {
		return form.isDisposed();
	}

	/** Runs {@code work} on the UI thread later, unless the form is gone by then; callable from any thread. */
	public void asyncIfOpen(Runnable work) {
		UiThread.whileOpen(form, work);
	}

	/**
	 * Runs {@code work} on the UI thread later if the form is still open then, else {@code otherwise}
	 * (which releases what {@code work} would have taken over); callable from any thread.
	 */
	public void asyncIfOpen(Runnable work, Runnable otherwise) {
		UiThread.whileOpen(form, work, otherwise);
	}

	public void dispose() {
		toolkit.dispose();
	}
}
