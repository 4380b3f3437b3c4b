package dev.modelbench.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.model.Sample;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.ui.forms.PartForm;

/**
 * Watches the workspace for what others do to the Model editor's files: the model file changed (an
 * import, the command line) or removed, and sample files deleted from under it (in a file browser,
 * say), which the header names; the samples stay in the model, so putting the files back repairs
 * the project.
 */
final class ModelFileWatch implements IResourceChangeListener {

	private final ModelEditor editor;
	private final PartForm form;

	/** Starts watching; {@link #dispose()} stops. */
	ModelFileWatch(ModelEditor editor, PartForm form) {
		this.editor = editor;
		this.form = form;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		List<String> removedSamples = removedSampleFiles(event);
		if (!removedSamples.isEmpty()) {
			form.asyncIfOpen(() -> samplesRemoved(removedSamples));
		}
		IResourceDelta delta = event.getDelta() == null ? null
				: event.getDelta().findMember(editor.modelFile().getFullPath());
		if (delta == null || (delta.getKind() == IResourceDelta.CHANGED
				&& (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0)) {
			return;
		}
		if (delta.getKind() == IResourceDelta.REMOVED) {
			form.asyncIfOpen(() -> editor.getSite().getPage().closeEditor(editor, false));
		} else {
			form.asyncIfOpen(editor::modelFileChanged);
		}
	}

	/** Project-relative paths of the files removed under data/ by {@code event}. */
	private List<String> removedSampleFiles(IResourceChangeEvent event) {
		IResourceDelta data = event.getDelta() == null ? null
				: event.getDelta().findMember(editor.modelFile().getProject().getFolder(ProjectLayout.DATA_FOLDER_NAME)
						.getFullPath());
		List<String> removed = new ArrayList<>();
		if (data != null) {
			try {
				data.accept(child -> {
					if (child.getKind() == IResourceDelta.REMOVED && child.getResource().getType() == IResource.FILE) {
						removed.add(child.getResource().getProjectRelativePath().toString());
					}
					return true;
				});
			} catch (CoreException e) {
				// a delta visitor that throws nothing
			}
		}
		return removed;
	}

	private void samplesRemoved(List<String> paths) {
		Set<String> listed = editor.model().getCategories().stream().flatMap(category -> category.getSamples().stream())
				.map(Sample::getPath).collect(Collectors.toSet());
		List<String> missing = paths.stream().filter(listed::contains).toList();
		if (!missing.isEmpty()) {
			form.header().message(NLS.bind(Messages.ModelEditor_samplesDeleted, missing.size(), missing.getFirst()),
					IMessageProvider.WARNING);
		}
	}

	void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}
}
