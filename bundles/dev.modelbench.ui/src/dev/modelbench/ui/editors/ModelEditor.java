package dev.modelbench.ui.editors;

import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.model.TrainingSettings;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.project.ProjectModelFile;
import dev.modelbench.core.project.SampleCounts;

/**
 * The Model editor: a project's categories with their sample counts and its training settings.
 * It follows the model file when something else (an import, the command line) changes it.
 */
public final class ModelEditor extends EditorPart {

	public static final String ID = "dev.modelbench.ui.editors.model"; //$NON-NLS-1$

	private final IResourceChangeListener fileWatcher = this::resourcesChanged;
	private IFile modelFile;
	private ModelDocument document;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private TableViewer categories;
	private Label settings;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException(Messages.ModelEditor_notAFile);
		}
		setSite(site);
		setInput(input);
		modelFile = fileInput.getFile();
		document = load();
		setPartName(modelFile.getProject().getName());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(fileWatcher, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(false).applyTo(body);

		Section categorySection = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		categorySection.setText(Messages.ModelEditor_categories);
		categorySection.setDescription(Messages.ModelEditor_categoriesTip);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(categorySection);
		categories = new TableViewer(toolkit.createTable(categorySection, SWT.FULL_SELECTION | SWT.V_SCROLL));
		categories.getTable().setHeaderVisible(true);
		categories.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.ModelEditor_category, 180, Category::getDisplayName);
		column(Messages.ModelEditor_folder, 140, Category::getName);
		column(Messages.ModelEditor_train, 70, category -> Integer.toString(SampleCounts.of(category).train()));
		column(Messages.ModelEditor_validation, 80, category -> Integer.toString(SampleCounts.of(category).validation()));
		column(Messages.ModelEditor_total, 70, category -> Integer.toString(SampleCounts.of(category).total()));
		categorySection.setClient(categories.getTable());

		Section settingsSection = toolkit.createSection(body, Section.TITLE_BAR);
		settingsSection.setText(Messages.ModelEditor_settings);
		GridDataFactory.fillDefaults().grab(false, false).applyTo(settingsSection);
		settings = toolkit.createLabel(settingsSection, "", SWT.WRAP); //$NON-NLS-1$
		settingsSection.setClient(settings);

		show(document.getModel());
	}

	/** The project's model as the editor shows it. */
	public ModelProject model() {
		return document.getModel();
	}

	private void column(String title, int width, Function<Category, String> text) {
		TableViewerColumn column = new TableViewerColumn(categories, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Category) element);
			}
		});
	}

	private void show(ModelProject model) {
		SampleCounts all = SampleCounts.of(model);
		String task = model.getTaskKind() == TaskKind.SOUND_CLASSIFICATION ? Messages.Task_sound : Messages.Task_image;
		form.setText(NLS.bind(Messages.ModelEditor_heading, model.getName(), task));
		form.setMessage(NLS.bind(Messages.ModelEditor_summary,
				new Object[] { model.getCategories().size(), all.total(), all.train(), all.validation() }),
				IMessageProvider.INFORMATION);
		categories.setInput(model.getCategories().toArray());
		TrainingSettings training = model.getSettings();
		settings.setText(NLS.bind(Messages.ModelEditor_settingsText, new Object[] { training.getBatchSize(),
				training.getEpochs(), training.getOptimizer(), training.getLearningRate(), training.getInputSize(),
				training.isAugmentation() ? Messages.ModelEditor_on : Messages.ModelEditor_off, training.getSeed() }));
		form.reflow(true);
	}

	private ModelDocument load() throws PartInitException {
		try {
			return ProjectModelFile.of(modelFile.getProject()).open();
		} catch (CoreException e) {
			throw new PartInitException(e.getStatus());
		}
	}

	/** Reloads when the model file changed on disk; closes when it is gone. */
	private void resourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(modelFile.getFullPath());
		// Marker and sync-state changes leave the model as it is; only new content is worth a reload.
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
			try {
				ModelDocument reloaded = load();
				document.close();
				document = reloaded;
				show(document.getModel());
			} catch (PartInitException e) {
				form.setMessage(e.getMessage(), IMessageProvider.ERROR);
			}
		});
	}

	@Override
	public void setFocus() {
		categories.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileWatcher);
		if (document != null) {
			document.close();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	// Read-only for now: categories and samples are edited in the card editor of a later issue.
	@Override
	public void doSave(IProgressMonitor monitor) {
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
