package dev.modelbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.LabeledSample;
import dev.modelbench.train.SampleSet;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.project.ProjectSamples;

/**
 * {@code modelbench quickstart}: the first try on a machine without a display. Makes a project
 * from the small dataset shipped with Model Bench, shows what it holds, trains its model and
 * tries it on samples it was not trained on.
 */
final class QuickStartVerb implements Verb {

	static final String PROJECT_NAME = "quickstart"; //$NON-NLS-1$
	private static final int TRIED_SAMPLES = 6;

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(PROJECT_NAME);
		if (project.exists()) {
			throw new CommandException(NLS.bind(Messages.QuickStart_exists, project.getLocation()));
		}
		SampleDataset sample = SampleDataset.QUICK_START;
		out.println(NLS.bind(Messages.QuickStart_intro, sample.description()));
		Path zip = null;
		try {
			zip = sample.copyToTemporaryFile();
			ProjectDatasetImport.Result result = new ProjectDatasetImport(new DatasetImporter()).intoNewProject(workspace,
					PROJECT_NAME, sample.taskKind(), null, zip, ImportOptions.defaults(), new NullProgressMonitor());
			try (OpenModelProject quickStart = OpenModelProject.of(result.project())) {
				InfoVerb.print(quickStart.document().getModel(), out);
				out.println();
				TrainVerb.train(quickStart, TrainingOptions.from(quickStart.document().getModel().getSettings()),
						Optional.empty(), out);
				tryOnValidationSamples(quickStart, out);
			}
		} catch (CoreException e) {
			throw new CommandException(e.getStatus().getMessage(), e);
		} catch (DatasetImportException | IOException e) {
			throw new CommandException(e.getMessage(), e);
		} finally {
			deleteQuietly(zip);
		}
		out.println(NLS.bind(Messages.QuickStart_next, workspace.getRoot().getLocation()));
		return CommandLine.OK;
	}

	/** Shows the kept model at work on a few samples it was not trained on, as predict prints them. */
	private static void tryOnValidationSamples(OpenModelProject project, PrintStream out) throws CommandException {
		SampleSet samples = ProjectSamples.of(project.document().getModel(), project.folder());
		out.println();
		out.println(Messages.QuickStart_try);
		try (TrainedModel model = TrainedModels.load(project)) {
			List<LabeledSample> validation = samples.of(Split.VALIDATION);
			for (int i = 0; i < validation.size(); i += Math.max(1, validation.size() / TRIED_SAMPLES)) {
				LabeledSample sample = validation.get(i);
				try {
					out.println(PredictVerb.line(sample.id(), model.predict(sample.file()), model.classNames(), false)
							+ '\t' + NLS.bind(Messages.QuickStart_truth, samples.classNames().get(sample.label())));
				} catch (UnreadableSampleException e) {
					out.println(e.getMessage());
				}
			}
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// A temporary copy of a shipped file; the system cleans its temp folder.
			}
		}
	}
}
