package dev.modelbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.dataset.CorruptFilePolicy;
import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.dataset.SkippedFile;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.project.ProjectModelFile;

/**
 * {@code modelbench import <dir|zip> --project NAME}: imports a dataset into a Model project,
 * creating the project if needed. A refused import leaves nothing behind, not even the project.
 */
final class ImportVerb implements Verb {

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
		Path source = Path.of(arguments.singleOperand(Messages.Import_operand)).toAbsolutePath().normalize();
		String projectName = OpenModelProject.projectName(arguments);
		ImportOptions options = options(arguments);
		Optional<TaskKind> task = taskOption(arguments);
		if (!Files.exists(source)) {
			throw new CommandException(NLS.bind(Messages.Import_noSuchSource, source));
		}

		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(projectName);
		ProjectDatasetImport datasetImport = new ProjectDatasetImport(new DatasetImporter());
		try {
			ImportReport report;
			if (project.exists()) {
				checkExisting(project, task);
				report = datasetImport.into(project, source, options, new NullProgressMonitor());
			} else {
				TaskKind kind = task.orElseGet(() -> TaskKinds.detect(source));
				report = datasetImport.intoNewProject(workspace, projectName, kind, null, source, options,
						new NullProgressMonitor()).report();
			}
			print(report, project, out);
			return CommandLine.OK;
		} catch (DatasetImportException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (CoreException e) {
			throw new CommandException(e.getStatus().getMessage(), e);
		}
	}

	private static ImportOptions options(Arguments arguments) throws UsageException {
		ImportOptions options = ImportOptions.defaults();
		Optional<String> onCorrupt = arguments.option("on-corrupt"); //$NON-NLS-1$
		if (onCorrupt.isPresent()) {
			options = options.withOnCorrupt(switch (onCorrupt.get()) {
			case "skip" -> CorruptFilePolicy.SKIP; //$NON-NLS-1$
			case "refuse" -> CorruptFilePolicy.REFUSE; //$NON-NLS-1$
			default -> throw new UsageException(NLS.bind(Messages.Import_badOnCorrupt, onCorrupt.get()));
			});
		}
		if (arguments.option("seed").isPresent()) { //$NON-NLS-1$
			options = options.withSeed(arguments.longOption("seed", 0)); //$NON-NLS-1$
		}
		return options;
	}

	private static Optional<TaskKind> taskOption(Arguments arguments) throws UsageException {
		Optional<String> word = arguments.option("task"); //$NON-NLS-1$
		return word.isEmpty() ? Optional.empty() : Optional.of(TaskKinds.parse(word.get()));
	}

	private static void checkExisting(IProject project, Optional<TaskKind> task) throws CommandException {
		if (!ProjectModelFile.isModelProject(project)) {
			throw new CommandException(NLS.bind(Messages.Project_notAModelProject, project.getName()));
		}
		if (task.isPresent()) {
			try (ModelDocument document = ProjectModelFile.of(project).open()) {
				TaskKind existing = document.getModel().getTaskKind();
				if (existing != task.get()) {
					throw new CommandException(NLS.bind(Messages.Import_taskMismatch,
							new Object[] { project.getName(), TaskKinds.word(existing), TaskKinds.word(task.get()) }));
				}
			} catch (CoreException e) {
				throw new CommandException(e.getStatus().getMessage(), e);
			}
		}
	}

	private static void print(ImportReport report, IProject project, PrintStream out) {
		out.println(NLS.bind(Messages.Import_done, project.getName(), project.getLocation()));
		out.println(report.summary());
		for (SkippedFile skipped : report.skippedFiles()) {
			out.println(NLS.bind(Messages.Import_skippedFile, skipped.name(), skipped.reason()));
		}
	}
}
