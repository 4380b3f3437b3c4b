package dev.modelbench.ui.editors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;

import dev.modelbench.core.category.BackgroundNoise;
import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.dataset.CategoryUpload;
import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.dataset.SkippedFile;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.DataAdvice;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.project.SampleCounts;
import dev.modelbench.core.sample.ImageSamples;
import dev.modelbench.core.sample.NewSamples;
import dev.modelbench.ui.capture.MicrophoneDialog;
import dev.modelbench.ui.capture.WebcamDialog;
import dev.modelbench.ui.forms.FormHeader;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * The Model editor: seed 000's step 2 on a project's model file. Each category is a card with its
 * name, sample count and thumbnails, and the ways to add samples; the data tips apply as they fit.
 * Every change is a command on the document's stack, so Undo, Redo, the dirty marker and Save
 * work as in any Eclipse editor. Follows the model file when something else (an import, the
 * command line) changes it.
 */
public final class ModelEditor extends EditorPart {

	public static final String ID = "dev.modelbench.ui.editors.model"; //$NON-NLS-1$

	/** Property fired when the model changed (a command, undo, redo or a reload); views refresh on it. */
	public static final int PROP_MODEL = 0x401;

	private final IResourceChangeListener fileWatcher = this::resourcesChanged;
	private final CommandStackListener stackListener = event -> modelChanged();
	private final List<CategoryCard> cards = new ArrayList<>();
	private final Action undo = new StackAction(true);
	private final Action redo = new StackAction(false);
	private IFile modelFile;
	private ModelDocument document;
	private FileTime knownStamp;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private FormHeader header;
	private Composite cardArea;
	private Label tips;
	private Label empty;
	private ThumbnailCache thumbnails;

	/** The views of steps 3 and 4 (ids as in plugin.xml; the views depend on this editor, not the reverse). */
	private static final String TRAINING_VIEW = "dev.modelbench.ui.views.training"; //$NON-NLS-1$
	private static final String VALIDATION_VIEW = "dev.modelbench.ui.views.validation"; //$NON-NLS-1$

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
		ResourcesPlugin.getWorkspace().addResourceChangeListener(fileWatcher, IResourceChangeEvent.POST_CHANGE);
		IActionBars bars = site.getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		site.getService(IContextService.class).activateContext(ModelCommands.CONTEXT);
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		thumbnails = new ThumbnailCache(parent.getDisplay(), document.getProjectFolder());
		form = toolkit.createScrolledForm(parent);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);
		header = new FormHeader(toolkit, form);

		Composite steps = toolkit.createComposite(body);
		// Wraps on a narrow editor (a classroom laptop's) rather than run off its edge.
		RowLayoutFactory.fillDefaults().wrap(true).spacing(6).center(true).applyTo(steps);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(steps);
		// The same commands as the Model menu; Train... and Validate... go to the step's view.
		button(steps, Messages.ModelEditor_addCategory, Messages.ModelEditor_addCategoryTip,
				() -> ModelCommands.execute(this, ModelCommands.ADD_CATEGORY, Map.of()));
		button(steps, Messages.ModelEditor_importDataset, Messages.ModelEditor_importDatasetTip,
				() -> ModelCommands.execute(this, ModelCommands.IMPORT_DATASET, Map.of()));
		toolkit.createLabel(steps, "\u2192"); //$NON-NLS-1$
		button(steps, Messages.ModelEditor_train, Messages.ModelEditor_trainTip, () -> showView(TRAINING_VIEW));
		button(steps, Messages.ModelEditor_validate, Messages.ModelEditor_validateTip, () -> showView(VALIDATION_VIEW));
		button(steps, Messages.ModelEditor_export, Messages.ModelEditor_exportTip, this::export);

		tips = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(tips);

		empty = toolkit.createLabel(body, Messages.ModelEditor_empty, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(empty);

		cardArea = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 8).applyTo(cardArea);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(cardArea);

		show();
	}

	private void showView(String id) {
		ModelCommands.execute(this, IWorkbenchCommandConstants.VIEWS_SHOW_VIEW,
				Map.of(IWorkbenchCommandConstants.VIEWS_SHOW_VIEW_PARM_ID, id));
	}

	/** Step 5, the Export command; without a trained model the header says to train first. */
	private void export() {
		ModelCommands.execute(this, ModelCommands.EXPORT, Map.of(),
				() -> header.message(Messages.ModelEditor_notTrained, IMessageProvider.INFORMATION));
	}

	/** Shows {@code text} (what a command did) in the header; an empty one clears it. */
	public void showMessage(String text) {
		if (!form.isDisposed()) {
			header.message(text, IMessageProvider.INFORMATION);
		}
	}

	/**
	 * The category a command on "the" category means: the one whose folder is {@code folderName},
	 * else the one whose card holds the cursor, else the first; null when there is none.
	 */
	public Category category(String folderName) {
		List<Category> categories = model().getCategories();
		if (folderName != null) {
			return categories.stream().filter(c -> folderName.equals(c.getName())).findFirst().orElse(null);
		}
		Control focus = form.getDisplay().getFocusControl();
		for (CategoryCard card : cards) {
			for (Control c = focus; c != null; c = c.getParent()) {
				if (c == card.control()) {
					return card.category();
				}
			}
		}
		return categories.isEmpty() ? null : categories.getFirst();
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
		List<Category> existing = model().getCategories();
		int n = existing.size() + 1;
		while (NewCategory.findMatching(NLS.bind(Messages.ModelEditor_newCategoryName, n), existing) != null) {
			n++;
		}
		return addCategory(NLS.bind(Messages.ModelEditor_newCategoryName, n));
	}

	/** Adds a category with this display name; its folder is a safe, unused name. */
	public Category addCategory(String displayName) {
		Category category = NewCategory.create(displayName, model().getCategories(), foldersOnDisk());
		execute(AddCommand.create(document.getEditingDomain(), model(), ModelPackage.Literals.MODEL_PROJECT__CATEGORIES,
				category));
		CategoryCard card = cardOf(category);
		if (card != null) {
			card.nameField().setFocus();
			card.nameField().selectAll();
			form.showControl(card.control());
		}
		return category;
	}

	/** Gives the category a new display name (its folder stays). */
	public void rename(Category category, String newName) {
		execute(SetCommand.create(document.getEditingDomain(), category, ModelPackage.Literals.CATEGORY__DISPLAY_NAME,
				NewCategory.displayNameOf(newName)));
	}

	/** Removes the category from the model; its files stay on disk so Undo brings it back whole. */
	public void delete(Category category) {
		execute(RemoveCommand.create(document.getEditingDomain(), model(), ModelPackage.Literals.MODEL_PROJECT__CATEGORIES,
				category));
	}

	/**
	 * Copies {@code files} into the category's folder in the background and then adds them as
	 * samples (one undoable command). Files that are no samples of this project are left out and
	 * named in the editor's header.
	 *
	 * @return the job doing it, already scheduled
	 */
	public Job upload(Category category, List<Path> files) {
		Path projectFolder = projectFolder();
		TaskKind task = model().getTaskKind();
		String folderName = category.getName();
		List<String> taken = takenNames(category);
		Job job = Job.create(NLS.bind(Messages.ModelEditor_uploadJob, files.size()), (IProgressMonitor monitor) -> {
			try {
				CategoryUpload.Result result = CategoryUpload.copy(projectFolder, task, folderName, taken, files, monitor);
				asyncIfOpen(() -> uploaded(category, result));
				return Status.OK_STATUS;
			} catch (IOException e) {
				asyncIfOpen(() -> header.message(NLS.bind(Messages.ModelEditor_uploadFailed, e.getMessage()),
						IMessageProvider.ERROR));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
		});
		job.setUser(false);
		job.schedule();
		return job;
	}

	/** Adds every sample in {@code folder} and its sub-folders to the category. */
	public Job uploadFolder(Category category, Path folder) {
		try {
			return upload(category, CategoryUpload.filesIn(folder, model().getTaskKind()));
		} catch (IOException e) {
			header.message(NLS.bind(Messages.ModelEditor_uploadFailed, e.getMessage()), IMessageProvider.ERROR);
			return null;
		}
	}

	/** Adds files already in the category's folder (webcam frames) as samples of {@code source}. */
	public void addRecorded(Category category, List<Path> files, SampleSource source) {
		addRecordedPaths(category, files.stream()
				.map(file -> ProjectLayout.samplePath(category.getName(), file.getFileName().toString())).toList(), source);
	}

	private void addRecordedPaths(Category category, List<String> paths, SampleSource source) {
		if (!model().getCategories().contains(category)) {
			return; // deleted while recording: the files stay on disk, unused
		}
		execute(NewSamples.add(document.getEditingDomain(), category, paths, null, source));
		refreshFolder(category);
	}

	/**
	 * Opens the microphone dialog for {@code category} (sound projects).
	 *
	 * @param block whether to wait until it is closed (false for tests)
	 */
	public MicrophoneDialog openMicrophone(Category category, boolean block) {
		MicrophoneDialog dialog = new MicrophoneDialog(getSite().getShell(), displayName(category), projectFolder(),
				category.getName(), BackgroundNoise.is(category), takenNames(category),
				paths -> addRecordedPaths(category, paths, SampleSource.MICROPHONE));
		dialog.setBlockOnOpen(block);
		dialog.open();
		return dialog;
	}

	/**
	 * Opens the webcam dialog for {@code category}.
	 *
	 * @param block whether to wait until it is closed (false for tests)
	 */
	public WebcamDialog openWebcam(Category category, boolean block) {
		WebcamDialog dialog = new WebcamDialog(getSite().getShell(), displayName(category),
				ProjectLayout.categoryFolder(projectFolder(), category.getName()), takenNames(category),
				files -> addRecorded(category, files, SampleSource.WEBCAM));
		dialog.setBlockOnOpen(block);
		dialog.open();
		return dialog;
	}

	/**
	 * Imports a dataset (a folder of class folders, or a zip of one) in the background; unsaved
	 * changes are saved first. The import is one transaction on disk and the editor reloads after it.
	 */
	public Job importDataset(Path dataset) {
		if (isDirty()) {
			doSave(new NullProgressMonitor());
		}
		Job job = Job.create(NLS.bind(Messages.ModelEditor_importJob, dataset.getFileName()), (IProgressMonitor monitor) -> {
			try {
				ImportReport report = new ProjectDatasetImport(new DatasetImporter()).into(modelFile.getProject(), dataset,
						ImportOptions.defaults(), monitor);
				asyncIfOpen(() -> header.message(report.summary().replace('\n', ' '), IMessageProvider.INFORMATION));
			} catch (CoreException e) {
				asyncIfOpen(() -> header.message(e.getStatus().getMessage(), IMessageProvider.ERROR));
			} catch (DatasetImportException e) {
				asyncIfOpen(() -> header.message(e.getMessage(), IMessageProvider.ERROR));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	/** The card of {@code category}: its name field, count, thumbnails and buttons; null if none. */
	public Composite card(Category category) {
		CategoryCard card = cardOf(category);
		return card == null ? null : card.control();
	}

	/** The editable name of {@code category}'s card. */
	public org.eclipse.swt.widgets.Text nameField(Category category) {
		CategoryCard card = cardOf(category);
		return card == null ? null : card.nameField();
	}

	/** The editor's own controls (the step buttons, tips and cards). */
	public Composite body() {
		return form.getBody();
	}

	/** The text of the data tips shown above the cards (empty when none applies). */
	public String tipsText() {
		return tips.getText();
	}

	/** How many thumbnails have been loaded so far. */
	public int loadedThumbnails() {
		return thumbnails.loadedCount();
	}

	/** The header message: a summary, or a warning such as unbalanced classes. */
	public String headerMessage() {
		return header.message();
	}

	/** The header message's kind, one of {@link IMessageProvider}'s. */
	public int headerMessageType() {
		return header.messageType();
	}

	private void uploaded(Category category, CategoryUpload.Result result) {
		if (!result.samplePaths().isEmpty() && model().getCategories().contains(category)) {
			execute(NewSamples.add(document.getEditingDomain(), category, result.samplePaths(), result.origins(),
					SampleSource.FILE));
			refreshFolder(category);
		}
		if (!result.skipped().isEmpty()) {
			String names = result.skipped().stream().limit(5).map(SkippedFile::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
			header.message(NLS.bind(Messages.ModelEditor_skipped, result.skipped().size(), names),
					IMessageProvider.WARNING);
		}
	}

	private List<String> takenNames(Category category) {
		String prefix = ProjectLayout.samplePath(category.getName(), ""); //$NON-NLS-1$
		List<String> names = new ArrayList<>();
		for (Sample sample : category.getSamples()) {
			if (sample.getPath() != null && sample.getPath().startsWith(prefix)) {
				names.add(sample.getPath().substring(prefix.length()));
			}
		}
		return names;
	}

	private List<String> foldersOnDisk() {
		Path data = ProjectLayout.dataFolder(projectFolder());
		if (!Files.isDirectory(data)) {
			return List.of();
		}
		try (var list = Files.list(data)) {
			return list.map(path -> path.getFileName().toString()).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private void refreshFolder(Category category) {
		// The Project Explorer shows the new files; not needed by Model Bench itself.
		IResource folder = modelFile.getProject().getFolder(ProjectLayout.DATA_FOLDER_NAME).getFolder(category.getName());
		Job refresh = Job.create(Messages.ModelEditor_refreshJob, (IProgressMonitor monitor) -> {
			try {
				folder.getParent().refreshLocal(IResource.DEPTH_INFINITE, monitor);
			} catch (CoreException e) {
				return e.getStatus();
			}
			return Status.OK_STATUS;
		});
		refresh.setSystem(true);
		refresh.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(folder.getParent()));
		refresh.schedule();
	}

	private void chooseFiles(Category category) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(NLS.bind(Messages.ModelEditor_uploadTitle, displayName(category)));
		if (model().getTaskKind() == TaskKind.IMAGE_CLASSIFICATION) {
			String patterns = ImageSamples.extensions().stream().map(ext -> "*." + ext).collect(Collectors.joining(";")); //$NON-NLS-1$ //$NON-NLS-2$
			dialog.setFilterExtensions(new String[] { patterns, "*.*" }); //$NON-NLS-1$
		} else {
			dialog.setFilterExtensions(new String[] { "*.wav", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (dialog.open() != null) {
			List<Path> files = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				files.add(Path.of(dialog.getFilterPath(), name));
			}
			upload(category, files);
		}
	}

	private void chooseFolder(Category category) {
		DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
		dialog.setMessage(NLS.bind(Messages.ModelEditor_folderTitle, displayName(category)));
		String folder = dialog.open();
		if (folder != null) {
			uploadFolder(category, Path.of(folder));
		}
	}

	/**
	 * Asks for a dataset folder (or, on Cancel, a zip) and imports it, as Import dataset does.
	 *
	 * @return the import job, or null when the user cancelled
	 */
	public Job chooseDataset() {
		FileDialog zip = new FileDialog(getSite().getShell(), SWT.OPEN);
		zip.setText(Messages.ModelEditor_importTitle);
		zip.setFilterExtensions(new String[] { "*.zip", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		DirectoryDialog folder = new DirectoryDialog(getSite().getShell());
		folder.setMessage(Messages.ModelEditor_importFolder);
		// A folder is the usual case; Cancel there offers a zip.
		String chosen = folder.open();
		if (chosen == null) {
			chosen = zip.open();
		}
		return chosen == null ? null : importDataset(Path.of(chosen));
	}

	private static String displayName(Category category) {
		return category.getDisplayName() == null || category.getDisplayName().isBlank() ? category.getName()
				: category.getDisplayName();
	}

	private Button button(Composite parent, String label, String tip, Runnable action) {
		Button button = toolkit.createButton(parent, label, SWT.PUSH);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private CategoryCard cardOf(Category category) {
		return cards.stream().filter(card -> card.category() == category).findFirst().orElse(null);
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

	/** Brings the cards, tips and header in line with the model. */
	private void show() {
		ModelProject model = model();
		String task = model.getTaskKind() == TaskKind.SOUND_CLASSIFICATION ? Messages.Task_sound : Messages.Task_image;
		header.heading(NLS.bind(Messages.ModelEditor_heading, model.getName(), task));
		boolean structureChanged = reconcileCards(model);
		boolean wasEmpty = empty.getVisible();
		empty.setVisible(model.getCategories().isEmpty());
		((org.eclipse.swt.layout.GridData) empty.getLayoutData()).exclude = !model.getCategories().isEmpty();
		String tipsBefore = tips.getText();
		showTips(model);
		// Reflowing the whole form is the expensive part: only when something moved.
		if (structureChanged || wasEmpty != empty.getVisible() || !tipsBefore.equals(tips.getText())) {
			form.reflow(true);
		}
	}

	/** Makes, removes and orders the cards as the categories are; true when any was added, removed or moved. */
	private boolean reconcileCards(ModelProject model) {
		Map<Category, CategoryCard> existing = new HashMap<>();
		cards.forEach(card -> existing.put(card.category(), card));
		List<CategoryCard> ordered = new ArrayList<>();
		boolean images = model.getTaskKind() == TaskKind.IMAGE_CLASSIFICATION;
		for (Category category : model.getCategories()) {
			CategoryCard card = existing.remove(category);
			if (card == null) {
				card = new CategoryCard(cardArea, toolkit, category, thumbnails, images, cardActions());
				GridDataFactory.fillDefaults().grab(true, false).applyTo(card.control());
			} else {
				card.update();
			}
			ordered.add(card);
		}
		boolean changed = !existing.isEmpty() || !ordered.equals(cards);
		existing.values().forEach(card -> card.control().dispose());
		if (!changed) {
			return false;
		}
		Control previous = null;
		for (CategoryCard card : ordered) {
			if (previous == null) {
				card.control().moveAbove(null);
			} else {
				card.control().moveBelow(previous);
			}
			previous = card.control();
		}
		cards.clear();
		cards.addAll(ordered);
		cardArea.layout(true, true);
		return true;
	}

	private CategoryCard.Actions cardActions() {
		return new CategoryCard.Actions() {
			@Override
			public void rename(Category category, String newName) {
				ModelEditor.this.rename(category, newName);
			}

			@Override
			public void delete(Category category) {
				ModelEditor.this.delete(category);
			}

			@Override
			public void webcam(Category category) {
				ModelCommands.execute(ModelEditor.this, ModelCommands.RECORD_WEBCAM,
						Map.of(ModelCommands.CATEGORY_PARAMETER, category.getName()));
			}

			@Override
			public void microphone(Category category) {
				ModelCommands.execute(ModelEditor.this, ModelCommands.RECORD_MICROPHONE,
						Map.of(ModelCommands.CATEGORY_PARAMETER, category.getName()));
			}

			@Override
			public void chooseFiles(Category category) {
				ModelEditor.this.chooseFiles(category);
			}

			@Override
			public void chooseFolder(Category category) {
				ModelEditor.this.chooseFolder(category);
			}

			@Override
			public void upload(Category category, List<Path> files) {
				ModelEditor.this.upload(category, files);
			}
		};
	}

	private void showTips(ModelProject model) {
		List<String> lines = new ArrayList<>();
		DataAdvice.Tip unbalanced = null;
		for (DataAdvice.Tip tip : DataAdvice.of(model)) {
			String names = String.join(", ", tip.categories()); //$NON-NLS-1$
			switch (tip.kind()) {
			case UNBALANCED -> {
				unbalanced = tip;
				lines.add(NLS.bind(Messages.Tip_unbalanced, new Object[] { tip.categories().get(1), tip.largest(),
						tip.categories().get(0), tip.smallest() }));
			}
			case FEW_SAMPLES -> lines.add(NLS.bind(Messages.Tip_fewSamples, names, DataAdvice.RECOMMENDED_SAMPLES));
			case COMPLEX_NAMES -> lines.add(NLS.bind(Messages.Tip_complexNames, names));
			}
		}
		tips.setText(lines.stream().map(line -> "\u2022 " + line).collect(Collectors.joining("\n"))); //$NON-NLS-1$ //$NON-NLS-2$
		if (unbalanced != null) {
			header.message(Messages.ModelEditor_unbalanced, IMessageProvider.WARNING);
		} else if (header.messageType() != IMessageProvider.ERROR) {
			SampleCounts all = SampleCounts.of(model);
			header.message(NLS.bind(Messages.ModelEditor_summary, model.getCategories().size(), all.total()),
					IMessageProvider.INFORMATION);
		}
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

	private static FileTime stamp(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			return null;
		}
	}

	/** Reloads when something else changed the model file; closes when it is gone. */
	private void resourcesChanged(IResourceChangeEvent event) {
		List<String> removedSamples = removedSampleFiles(event);
		if (!removedSamples.isEmpty()) {
			asyncIfOpen(() -> samplesRemoved(removedSamples));
		}
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(modelFile.getFullPath());
		if (delta == null || (delta.getKind() == IResourceDelta.CHANGED
				&& (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0)) {
			return;
		}
		boolean removed = delta.getKind() == IResourceDelta.REMOVED;
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (form == null || form.isDisposed()) {
				return;
			}
			if (removed) {
				getSite().getPage().closeEditor(this, false);
				return;
			}
			if (Objects.equals(stamp(document.getFile()), knownStamp)) {
				return; // our own save
			}
			if (isDirty()) {
				header.message(Messages.ModelEditor_changedOnDisk, IMessageProvider.WARNING);
				return;
			}
			try {
				ModelDocument reloaded = load();
				document.getCommandStack().removeCommandStackListener(stackListener);
				document.close();
				document = reloaded;
				document.getCommandStack().addCommandStackListener(stackListener);
				modelChanged();
			} catch (PartInitException e) {
				header.message(e.getMessage(), IMessageProvider.ERROR);
			}
		});
	}

	/** Project-relative paths of the files removed under data/ by {@code event}. */
	private List<String> removedSampleFiles(IResourceChangeEvent event) {
		IResourceDelta data = event.getDelta() == null ? null
				: event.getDelta().findMember(modelFile.getProject().getFolder(ProjectLayout.DATA_FOLDER_NAME).getFullPath());
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

	/**
	 * Says which sample files disappeared from under the editor (deleted in a file browser, say).
	 * The samples stay in the model, so putting the files back repairs the project.
	 */
	private void samplesRemoved(List<String> paths) {
		Set<String> listed = document.getModel().getCategories().stream().flatMap(category -> category.getSamples().stream())
				.map(Sample::getPath).collect(Collectors.toSet());
		List<String> missing = paths.stream().filter(listed::contains).toList();
		if (!missing.isEmpty()) {
			header.message(NLS.bind(Messages.ModelEditor_samplesDeleted, missing.size(), missing.getFirst()),
					IMessageProvider.WARNING);
		}
	}

	private void asyncIfOpen(Runnable work) {
		if (form != null && !form.isDisposed()) {
			form.getDisplay().asyncExec(() -> {
				if (!form.isDisposed()) {
					work.run();
				}
			});
		}
	}

	@Override
	public void setFocus() {
		if (!cards.isEmpty()) {
			cards.getFirst().nameField().setFocus();
		} else {
			form.setFocus();
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
		if (document != null) {
			document.getCommandStack().removeCommandStackListener(stackListener);
			document.close();
		}
		if (thumbnails != null) {
			thumbnails.dispose();
		}
		if (toolkit != null) {
			toolkit.dispose();
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
			header.message(e.getMessage(), IMessageProvider.ERROR);
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
			header.message(Messages.ModelEditor_saveAsSameFolder, IMessageProvider.ERROR);
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
			ModelDocument reloaded = load();
			document.getCommandStack().removeCommandStackListener(stackListener);
			document.close();
			document = reloaded;
			document.getCommandStack().addCommandStackListener(stackListener);
			setPartName(target.getName().equals(ProjectLayout.MODEL_FILE_NAME) ? target.getProject().getName()
					: target.getProject().getName() + " (" + target.getName() + ')'); //$NON-NLS-1$
			modelChanged();
		} catch (ModelFileException | PartInitException e) {
			header.message(e.getMessage(), IMessageProvider.ERROR);
		} catch (CoreException e) {
			header.message(e.getStatus().getMessage(), IMessageProvider.ERROR);
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
