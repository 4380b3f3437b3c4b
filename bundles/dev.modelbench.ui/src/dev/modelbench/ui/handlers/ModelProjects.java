package dev.modelbench.ui.handlers;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.ModelProjectNature;
import dev.modelbench.ui.editors.ModelEditor;

/**
 * Which Model project a command works on, in the order a user means it: the active Model editor's,
 * else the one selected (a Model project or anything in it, in the Project Explorer), else the
 * project of the Model editor the views follow. The expressions in plugin.xml ask the same.
 */
public final class ModelProjects {

	private ModelProjects() {
	}

	/** The Model project of {@code context} (a handler's evaluation context), or null. */
	public static IProject in(Object context) {
		if (!(context instanceof IEvaluationContext variables)) {
			return null;
		}
		IProject project = of(variables.getVariable(ISources.ACTIVE_PART_NAME));
		if (project == null && variables.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) instanceof IStructuredSelection selection
				&& selection.size() == 1) {
			project = of(selection.getFirstElement());
		}
		if (project == null) {
			project = of(variables.getVariable(ISources.ACTIVE_EDITOR_NAME));
		}
		return project;
	}

	/**
	 * The Model project {@code element} is or belongs to: a Model editor, a resource, or what adapts
	 * to one; null for anything else or a closed project.
	 */
	public static IProject of(Object element) {
		if (element instanceof ModelEditor editor) {
			return editor.modelFile().getProject();
		}
		IResource resource = element instanceof IEditorPart ? null : Adapters.adapt(element, IResource.class);
		if (resource == null || resource.getProject() == null) {
			return null;
		}
		IProject project = resource.getProject();
		try {
			return project.isOpen() && project.hasNature(ModelProjectNature.ID) ? project : null;
		} catch (CoreException e) {
			return null;
		}
	}

	/**
	 * The Model editor of {@code project} in {@code page}, opened and brought to the front; the views
	 * follow the front one.
	 */
	public static ModelEditor editor(IWorkbenchPage page, IProject project) throws PartInitException {
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof ModelEditor open && open.modelFile().getProject().equals(project)) {
				if (page.getActiveEditor() != open) {
					page.activate(open);
				}
				return open;
			}
		}
		IEditorPart opened = IDE.openEditor(page, project.getFile(ProjectLayout.MODEL_FILE_NAME), ModelEditor.ID, true);
		if (opened instanceof ModelEditor editor) {
			return editor;
		}
		throw new PartInitException(org.eclipse.osgi.util.NLS.bind(Messages.Handler_noEditor, project.getName()));
	}
}
