package dev.modelbench.ui.deploy;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IDE;

/** Opens generated code (a sketch's .ino, a board's main.py) in an editor, so the user can read and change it. */
final class GeneratedCodeEditor {

	private GeneratedCodeEditor() {
	}

	/** Opens {@code file}, written inside the project in {@code projectFolder} (and refreshed). */
	static IEditorPart open(IWorkbenchPage page, IProject project, Path projectFolder, Path file) throws PartInitException {
		return open(page, project.getFile(IPath.fromOSString(projectFolder.relativize(file).toString())));
	}

	/**
	 * The editor the workbench has for the file's type if it is one inside the IDE (an Arduino or
	 * Python plug-in's), else the text editor: never an outside program, which IDE.openEditor may
	 * pick for a type it does not know.
	 */
	static IEditorPart open(IWorkbenchPage page, IFile file) throws PartInitException {
		IEditorDescriptor own = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(file.getName());
		String id = own != null && own.isInternal() ? own.getId() : EditorsUI.DEFAULT_TEXT_EDITOR_ID;
		return IDE.openEditor(page, file, id);
	}
}
