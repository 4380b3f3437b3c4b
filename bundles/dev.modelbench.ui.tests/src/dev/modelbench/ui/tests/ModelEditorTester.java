package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.modelbench.core.model.Category;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.forms.WidgetNames;

/**
 * The Model editor as a user works it: press its steps, add and rename categories on their cards,
 * read the tips and the header's message. Every method may be called from the test thread.
 */
final class ModelEditorTester {

	private final ModelEditor editor;
	private final ScrolledForm root;

	private ModelEditorTester(ModelEditor editor) {
		this.editor = editor;
		root = Workbench.onUiThread(() -> shownForm(editor.getSite().getShell()));
	}

	/** The form of the editor shown now: editors share a stack, where only the active one is visible. */
	private static ScrolledForm shownForm(Control control) {
		if (control instanceof ScrolledForm form && "editor".equals(form.getData(WidgetNames.KEY)) && form.isVisible()) { //$NON-NLS-1$
			return form;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				ScrolledForm found = shownForm(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The tester of an open editor, the one shown now. */
	static ModelEditorTester of(ModelEditor editor) {
		return new ModelEditorTester(editor);
	}

	/** Opens the Model editor on {@code project}'s model file. */
	static ModelEditorTester open(IProject project) {
		return of(Workbench.openEditor(project));
	}

	ModelEditor editor() {
		return editor;
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return Widgets.named(root, type, name);
	}

	/** Presses Add category: a card "Class n" with the cursor in its name. */
	void pressAddCategory() {
		Workbench.onUiThread(() -> Widgets.click(named(Button.class, "editor.addCategory"))); //$NON-NLS-1$
	}

	/** Presses Add category and types {@code name} into the new card, then Enter. */
	Category addCategory(String name) {
		int before = Workbench.onUiThread(() -> editor.model().getCategories().size());
		pressAddCategory();
		List<Category> categories = Workbench.onUiThread(() -> List.copyOf(editor.model().getCategories()));
		assertEquals(before + 1, categories.size(), "Add category added one card");
		Category added = categories.get(before);
		rename(added, name);
		return added;
	}

	/** Types {@code name} into {@code category}'s card and presses Enter. */
	void rename(Category category, String name) {
		Workbench.onUiThread(() -> {
			Text field = nameField(category);
			Widgets.type(field, name);
			field.notifyListeners(SWT.DefaultSelection, new Event());
		});
	}

	/** The name field of {@code category}'s card. On the UI thread. */
	Text nameField(Category category) {
		return Widgets.named(card(category), Text.class, "card.name"); //$NON-NLS-1$
	}

	/** The card of {@code category}. On the UI thread. */
	Composite card(Category category) {
		return named(Composite.class, "card:" + category.getName()); //$NON-NLS-1$
	}

	/** Presses Delete on {@code category}'s card. */
	void pressDelete(Category category) {
		Workbench.onUiThread(() -> Widgets.click(Widgets.named(card(category), Button.class, "card.delete"))); //$NON-NLS-1$
	}

	/** The data tips above the cards (empty when none applies). */
	String tips() {
		return Workbench.onUiThread(() -> named(Label.class, "editor.tips").getText()); //$NON-NLS-1$
	}

	/** The header's message: a summary, a warning such as unbalanced classes, what a command did; null when none shows. */
	String message() {
		return Workbench.onUiThread(() -> {
			Label message = named(Label.class, "form.message"); //$NON-NLS-1$
			return message.isVisible() && !message.getText().isEmpty() ? message.getText() : null;
		});
	}

	/** Whether the header's message is a warning (its icon the warning sign). */
	boolean messageIsWarning() {
		return Workbench.onUiThread(() -> named(Label.class, "form.messageIcon").getImage() == JFaceResources //$NON-NLS-1$
				.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
	}

	/** The editor's controls, where its keys are typed. On the UI thread. */
	Composite body() {
		return root.getBody();
	}
}
