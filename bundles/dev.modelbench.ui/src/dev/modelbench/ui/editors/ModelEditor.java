package dev.modelbench.ui.editors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.ui.capture.MicrophoneDialog;
import dev.modelbench.ui.capture.WebcamDialog;
import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * The Model editor: seed 000's step 2 on a project's model file, a part built from sections (the
 * steps, then a card per category; see {@link CategoriesSection}). Every change is a command on the
 * document's stack, so Undo, Redo, the dirty marker and Save work as in any Eclipse editor. Follows
 * the model file when something else (an import, the command line) changes it.
 */
public final class ModelEditor extends EditorPart {

	public static final String ID = "dev.modelbench.ui.editors.model"; //$NON-NLS-1$

	/** Property fired when the model changed (a command, undo, redo or a reload); views refresh on it. */
	public static final int PROP_MODEL = 0x401;

	private final CommandStackListener stackListener = event -> modelChanged();
	private final Action undo = new StackAction(true);
	private final Action redo = new StackAction(false);
	private final CategoryEdits edits = new CategoryEdits(this);
	private IFile modelFile;
	private ModelDocument document;
	private FileTime knownStamp;
	private PartForm form;
	private ThumbnailCache thumbnails;
	private CategoriesSection categories;
	private SampleUploads uploads;
	private SampleDialogs dialogs;
	private ModelFileWatch watch;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException(Messages.ModelEditor_notAFile);
		}
		setSite(site);
		setInput(input);
		modelFile = fileInput.getFile();
		document = load();
		document.getCommandStack().addCommandStackListener(stackListener);
		setPartName(modelFile.getProject().getName());
		IActionBars bars = site.getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		site.getService(IContextService.class).activateContext(ModelCommands.CONTEXT);
	}

	@Override
	public void createPartControl(Composite parent) {
		form = new PartForm(parent, 1, "editor"); //$NON-NLS-1$
		thumbnails = new ThumbnailCache(parent.getDisplay(), document.getProjectFolder());
		uploads = new SampleUploads(this, edits, form);
		dialogs = new SampleDialogs(this, uploads);
		new StepsSection(form, this);
		categories = new CategoriesSection(form, thumbnails, CategoriesSection.actions(this, edits, dialogs, uploads));
		watch = new ModelFileWatch(this, form);
		show();
	}

	/** Shows {@code text} (what a command did) in the header; an empty one clears it. */
	public void showMessage(String text) {
		if (!form.isDisposed()) {
			form.header().message(text, IMessageProvider.INFORMATION);
		}
	}

	/**
	 * The category a command on "the" category means: the one whose folder is {@code folderName},
	 * else the one whose card holds the cursor, else the first; null when there is none.
	 */
	public Category category(String folderName) {
		List<Category> all = model().getCategories();
		if (folderName != null) {
			return all.stream().filter(c -> folderName.equals(c.getName())).findFirst().orElse(null);
		}
		Category focused = categories.focused();
		return focused != null ? focused : all.isEmpty() ? null : all.getFirst();
	}

	/** The project's model as the editor shows it. */
	public ModelProject model() {
		return document.getModel();
	}

	/** The document the editor changes; read and change it on the UI thread only. */
	public ModelDocument document() {
		return document;
	}

	/** The project's folder on disk. */
	public Path projectFolder() {
		return document.getProjectFolder();
	}

	/** The model file in the workspace. */
	public IFile modelFile() {
		return modelFile;
	}

	/**
	 * Runs {@code command} on the document's stack, so it can be undone.
	 *
	 * @return false when the command could not run
	 */
	public boolean execute(Command command) {
		return command != null && document.execute(command);
	}

	/** Adds a category named "Class n", the next free n, and puts the cursor in its name. */
	public Category addCategory() {
		Category category = edits.add();
		categories.reveal(category);
		return category;
	}


	/**
	 * Copies {@code files} into the category's folder in the background and then adds them as
	 * samples (one undoable command); files that are no samples of this project are named in the header.
	 *
	 * @return the job doing it, already scheduled
	 */
	public Job upload(Category category, List<Path> files) {
		return uploads.upload(category, files);
	}

	/** Opens the microphone dialog for {@code category} (sound projects); {@code block}: wait until it is closed. */
	public MicrophoneDialog openMicrophone(Category category, boolean block) {
		return dialogs.microphone(category, block);
	}

	/**
	 * Opens the webcam dialog for {@code category} (the microphone dialog in a sound project) with a
	 * connected board chosen; {@code block}: wait until it is closed.
	 */
	public Dialog recordFromBoard(Category category, boolean block) {
		return dialogs.board(category, block);
	}

	/** Opens the webcam dialog for {@code category}; {@code block}: wait until it is closed. */
	public WebcamDialog openWebcam(Category category, boolean block) {
		return dialogs.webcam(category, block);
	}

	/**
	 * Asks for a dataset folder (or, on Cancel, a zip) and imports it, as Import dataset does.
	 *
	 * @return the import job, or null when the user cancelled
	 */
	public Job chooseDataset() {
		return dialogs.dataset();
	}

	/** How many thumbnails have been loaded so far. */
	public int loadedThumbnails() {
		return thumbnails.loadedCount();
	}

	private void modelChanged() {
		undo.setEnabled(document.canUndo());
		redo.setEnabled(document.canRedo());
		if (form != null && !form.isDisposed()) {
			show();
		}
		firePropertyChange(PROP_DIRTY);
		firePropertyChange(PROP_MODEL);
	}

	/** Brings the heading and the sections in line with the model. */
	private void show() {
		ModelProject model = model();
		String task = model.getTaskKind() == TaskKind.SOUND_CLASSIFICATION ? Messages.Task_sound : Messages.Task_image;
		form.header().heading(NLS.bind(Messages.ModelEditor_heading, model.getName(), task));
		categories.show(model);
	}

	private ModelDocument load() throws PartInitException {
		IPath location = modelFile.getLocation();
		if (location == null) {
			throw new PartInitException(Messages.ModelEditor_notAFile);
		}
		try {
			ModelDocument loaded = ModelDocument.load(location.toPath());
			knownStamp = stamp(loaded.getFile());
			return loaded;
		} catch (ModelFileException e) {
			// The message says what is wrong; without the exception the error page offers no stack trace.
			ILog.of(getClass()).warn(e.getMessage(), e);
			throw new PartInitException(Status.error(e.getMessage()));
		}
	}

	/** Edits the model file as it is on disk now, leaving the document read before. */
	private void reload() throws PartInitException {
		ModelDocument reloaded = load();
		document.getCommandStack().removeCommandStackListener(stackListener);
		document.close();
		document = reloaded;
		document.getCommandStack().addCommandStackListener(stackListener);
		modelChanged();
	}

	private static FileTime stamp(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return null;
		}
	}

	/** Something else wrote the model file: reloads it, unless the editor has changes of its own. */
	void modelFileChanged() {
		if (Objects.equals(stamp(document.getFile()), knownStamp)) {
			return; // our own save
		}
		if (isDirty()) {
			form.header().message(Messages.ModelEditor_changedOnDisk, IMessageProvider.WARNING);
			return;
		}
		try {
			reload();
		} catch (PartInitException e) {
			form.header().message(e.getMessage(), IMessageProvider.ERROR);
		}
	}

	@Override
	public void setFocus() {
		if (!categories.setFocus()) {
			form.form().setFocus();
		}
	}

	@Override
	public void dispose() {
		if (watch != null) {
			watch.dispose();
		}
		if (document != null) {
			document.getCommandStack().removeCommandStackListener(stackListener);
			document.close();
		}
		if (thumbnails != null) {
			thumbnails.dispose();
		}
		if (form != null) {
			form.dispose();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			document.save();
			knownStamp = stamp(document.getFile());
			modelFile.refreshLocal(IResource.DEPTH_ZERO, monitor);
		} catch (ModelFileException e) {
			form.header().message(e.getMessage(), IMessageProvider.ERROR);
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		} catch (CoreException e) {
			// The file is saved; the workspace sees it at its next refresh.
		}
		firePropertyChange(PROP_DIRTY);
	}

	/**
	 * Saves the model under another name in the same project (a variant of the settings, say) and
	 * goes on editing that file. Sample paths are relative to the project, so only the project
	 * folder itself is offered.
	 */
	@Override
	public void doSaveAs() {
		SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
		dialog.setOriginalFile(modelFile);
		if (dialog.open() != Window.OK || dialog.getResult() == null) {
			return;
		}
		IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(dialog.getResult());
		if (!target.getParent().equals(modelFile.getParent())) {
			form.header().message(Messages.ModelEditor_saveAsSameFolder, IMessageProvider.ERROR);
			return;
		}
		saveAs(target);
	}

	/** Writes the model to {@code target} in the project folder and edits that file from now on. */
	public void saveAs(IFile target) {
		try {
			document.saveCopy(target.getLocation().toPath());
			target.refreshLocal(IResource.DEPTH_ZERO, null);
			setInputWithNotify(new FileEditorInput(target));
			modelFile = target;
			setPartName(target.getName().equals(ProjectLayout.MODEL_FILE_NAME) ? target.getProject().getName()
					: target.getProject().getName() + " (" + target.getName() + ')'); //$NON-NLS-1$
			reload();
		} catch (ModelFileException | PartInitException e) {
			form.header().message(e.getMessage(), IMessageProvider.ERROR);
		} catch (CoreException e) {
			form.header().message(e.getStatus().getMessage(), IMessageProvider.ERROR);
		}
	}

	@Override
	public boolean isDirty() {
		return document.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	/** Undo or Redo of the document's stack, as Edit &gt; Undo and Ctrl+Z. */
	private final class StackAction extends Action {

		private final boolean undoing;

		StackAction(boolean undoing) {
			this.undoing = undoing;
			setEnabled(false);
		}

		@Override
		public void run() {
			if (undoing && document.canUndo()) {
				document.undo();
			} else if (!undoing && document.canRedo()) {
				document.redo();
			}
		}
	}
}
