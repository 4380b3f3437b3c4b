package dev.modelbench.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.operation.IRunnableWithProgress;

import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.TrainingSettings;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.project.ProjectModelFile;
import dev.modelbench.ui.preferences.UiPreferences;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.project.ModelProjectCreator;
import dev.modelbench.core.project.ProjectDatasetImport;

/** The wizard's work, run off the UI thread: make the project and import the dataset, if any. */
final class ModelProjectCreation implements IRunnableWithProgress {

	private final IWorkspace workspace;
	private final String name;
	private final TaskKind taskKind;
	private final URI location;
	private final Optional<Path> dataset;
	private final boolean quickStart;
	private IProject project;
	private ImportReport report;

	ModelProjectCreation(IWorkspace workspace, String name, TaskKind taskKind, URI location, Optional<Path> dataset,
			boolean quickStart) {
		this.quickStart = quickStart;
		this.workspace = workspace;
		this.name = name;
		this.taskKind = taskKind;
		this.location = location;
		this.dataset = dataset;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Path sample = null;
		try {
			Optional<Path> data = dataset;
			if (quickStart) {
				sample = SampleDataset.QUICK_START.copyToTemporaryFile();
				data = Optional.of(sample);
			}
			if (data.isEmpty()) {
				project = new ModelProjectCreator(workspace).create(name, taskKind, location, progress.split(9));
			} else {
				ProjectDatasetImport.Result result = new ProjectDatasetImport(new DatasetImporter()).intoNewProject(
						workspace, name, taskKind, location, data.get(), ImportOptions.defaults(), progress.split(9));
				project = result.project();
				report = result.report();
			}
			applyPreferredSettings(progress.split(1));
		} catch (CoreException | DatasetImportException | IOException e) {
			throw new InvocationTargetException(e);
		} catch (OperationCanceledException e) {
			throw new InterruptedException();
		} finally {
			if (sample != null) {
				try {
					Files.deleteIfExists(sample);
				} catch (IOException e) {
					// a temporary copy; the system cleans its temp folder
				}
			}
		}
	}

	/** The training settings of the preferences (Window > Preferences > Model Bench), as one saved change. */
	private void applyPreferredSettings(IProgressMonitor monitor) throws CoreException {
		ProjectModelFile modelFile = ProjectModelFile.of(project);
		try (ModelDocument document = modelFile.open()) {
			TrainingSettings preferred = EcoreUtil.copy(document.getModel().getSettings());
			UiPreferences.applyDefaults(preferred);
			if (EcoreUtil.equals(preferred, document.getModel().getSettings())) {
				return;
			}
			document.executeAndSave(SetCommand.create(document.getEditingDomain(), document.getModel(),
					ModelPackage.Literals.MODEL_PROJECT__SETTINGS, preferred));
		} catch (ModelFileException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		modelFile.refreshModelFile(monitor);
	}

	IProject project() {
		return project;
	}

	/** What the import did, or empty when no dataset was given. */
	Optional<ImportReport> report() {
		return Optional.ofNullable(report);
	}
}
