package dev.modelbench.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.modelbench.core.dataset.DatasetTaskKind;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.ui.forms.WidgetNames;

/** The second page of the new-project wizard: what the model learns, and an optional dataset to start from. */
public final class ModelTaskPage extends WizardPage {

	private Button image;
	private Button sound;
	private Text dataset;
	private Button quickStart;
	private Label tips;
	/** The dataset path the task was last guessed for. */
	private String guessedFor;

	ModelTaskPage() {
		super("task"); //$NON-NLS-1$
		setTitle(Messages.TaskPage_title);
		setDescription(Messages.TaskPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);

		Group task = new Group(page, SWT.NONE);
		task.setText(Messages.TaskPage_task);
		GridLayoutFactory.swtDefaults().applyTo(task);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(task);
		image = WidgetNames.name(choice(task, Messages.TaskPage_image, Messages.TaskPage_imageHint), "wizard.image"); //$NON-NLS-1$
		sound = WidgetNames.name(choice(task, Messages.TaskPage_sound, Messages.TaskPage_soundHint), "wizard.sound"); //$NON-NLS-1$
		image.setSelection(true);
		image.addListener(SWT.Selection, event -> taskChanged());
		sound.addListener(SWT.Selection, event -> taskChanged());

		Group data = new Group(page, SWT.NONE);
		data.setText(Messages.TaskPage_dataset);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(data);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(data);
		dataset = WidgetNames.name(new Text(data, SWT.BORDER), "wizard.dataset"); //$NON-NLS-1$
		dataset.setMessage(Messages.TaskPage_datasetNone);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(dataset);
		dataset.addModifyListener(event -> datasetChanged());
		// A path typed or pasted counts as chosen once the user moves on, as one browsed to does.
		dataset.addListener(SWT.FocusOut, event -> datasetChosen(dataset.getText()));
		browse(data, Messages.TaskPage_folder, () -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage(Messages.TaskPage_folderDialog);
			return dialog.open();
		});
		browse(data, Messages.TaskPage_zip, () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.zip", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
			return dialog.open();
		});
		quickStart = new Button(data, SWT.CHECK);
		quickStart.setText(Messages.TaskPage_quickStart);
		quickStart.setToolTipText(SampleDataset.QUICK_START.description());
		GridDataFactory.fillDefaults().span(3, 1).applyTo(quickStart);
		quickStart.addListener(SWT.Selection, event -> quickStartChanged());
		tips = new Label(data, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(tips);
		taskChanged();

		setControl(page);
	}

	/** What the new project learns to recognise. */
	public TaskKind taskKind() {
		return sound.getSelection() ? TaskKind.SOUND_CLASSIFICATION : TaskKind.IMAGE_CLASSIFICATION;
	}

	/** Whether the project starts from the shipped quick-start sample (handwritten digits). */
	public boolean quickStart() {
		return quickStart.getSelection();
	}

	private void quickStartChanged() {
		boolean chosen = quickStart.getSelection();
		dataset.setEnabled(!chosen);
		if (chosen) {
			setTaskKind(SampleDataset.QUICK_START.taskKind());
		}
		image.setEnabled(!chosen);
		sound.setEnabled(!chosen);
		datasetChanged();
	}

	/** The dataset folder or zip to import, if the user gave one (the quick start is no such dataset). */
	public Optional<Path> dataset() {
		if (quickStart != null && quickStart.getSelection()) {
			return Optional.empty();
		}
		String text = dataset.getText().strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
	}

	/** Chooses the task, as the radio buttons do. */
	private void setTaskKind(TaskKind kind) {
		sound.setSelection(kind == TaskKind.SOUND_CLASSIFICATION);
		image.setSelection(kind != TaskKind.SOUND_CLASSIFICATION);
		taskChanged();
	}

	private void taskChanged() {
		tips.setText(taskKind() == TaskKind.SOUND_CLASSIFICATION ? Messages.TaskPage_soundTips : Messages.TaskPage_imageTips);
		tips.getParent().layout(true);
	}

	private void datasetChosen(String path) {
		if (path.equals(guessedFor)) {
			return; // left the field unchanged: the user's own choice of task stands
		}
		guessedFor = path;
		dataset.setText(path);
		// A dataset of WAV files is for a sound model: save the pupil a wrong guess. Only for a
		// chosen dataset, not while typing: the guess reads the folder, and "/" is a folder too.
		dataset().filter(chosen -> problemWith(chosen) == null)
				.ifPresent(chosen -> setTaskKind(DatasetTaskKind.guess(chosen)));
	}

	private void datasetChanged() {
		String problem = dataset().map(ModelTaskPage::problemWith).orElse(null);
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private static String problemWith(Path chosen) {
		if (!Files.exists(chosen)) {
			return NLS.bind(Messages.TaskPage_datasetMissing, chosen);
		}
		if (!Files.isDirectory(chosen) && !chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
			return NLS.bind(Messages.TaskPage_notFolderOrZip, chosen);
		}
		return null;
	}

	private static Button choice(Composite parent, String label, String hint) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(label);
		Label explanation = new Label(parent, SWT.WRAP);
		explanation.setText(hint);
		GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).hint(400, SWT.DEFAULT).applyTo(explanation);
		return button;
	}

	private void browse(Composite parent, String label, Supplier<String> dialog) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, event -> {
			String chosen = dialog.get();
			if (chosen != null) {
				datasetChosen(chosen);
			}
		});
	}
}
