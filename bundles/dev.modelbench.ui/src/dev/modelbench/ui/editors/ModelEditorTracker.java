package dev.modelbench.ui.editors;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Which Model editor the Training and Validation views work on: the one active last, or another
 * open one when it closes. Tells its owner when that editor changes or its model does.
 */
public final class ModelEditorTracker implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<ModelEditor> onChange;
	private final IPropertyListener modelListener;
	private ModelEditor current;

	/** @param onChange hears the editor (or null for none), on the UI thread */
	public ModelEditorTracker(IWorkbenchPage page, Consumer<ModelEditor> onChange) {
		this.page = page;
		this.onChange = onChange;
		modelListener = (source, property) -> {
			if (property == ModelEditor.PROP_MODEL && source == current) {
				onChange.accept(current);
			}
		};
		page.addPartListener(this);
		IEditorPart active = page.getActiveEditor();
		follow(active instanceof ModelEditor editor ? editor : anyOpen());
	}

	/** The editor the view works on, or null. */
	public ModelEditor current() {
		return current;
	}

	private ModelEditor anyOpen() {
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof ModelEditor editor) {
				return editor;
			}
		}
		return null;
	}

	private void follow(ModelEditor editor) {
		if (editor == current) {
			return;
		}
		if (current != null) {
			current.removePropertyListener(modelListener);
		}
		current = editor;
		if (current != null) {
			current.addPropertyListener(modelListener);
		}
		onChange.accept(current);
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof ModelEditor editor) {
			follow(editor);
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		if (current == null && reference.getPart(false) instanceof ModelEditor editor) {
			follow(editor);
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference.getPart(false) == current) {
			current.removePropertyListener(modelListener);
			current = null;
			follow(anyOpen());
			if (current == null) {
				onChange.accept(null);
			}
		}
	}

	public void dispose() {
		page.removePartListener(this);
		if (current != null) {
			current.removePropertyListener(modelListener);
		}
	}
}
