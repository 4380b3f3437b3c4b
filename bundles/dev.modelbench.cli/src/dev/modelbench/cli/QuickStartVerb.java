package dev.modelbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.project.ProjectModelFile;

/**
 * {@code modelbench quickstart}: the first try on a machine without a display. Makes a project
 * from the small dataset shipped with Model Bench and shows what it holds.
 */
final class QuickStartVerb implements Verb {

	static final String PROJECT_NAME = "quickstart"; //$NON-NLS-1$

	@Override
	public int run(Arguments arguments, PrintStream out) throws UsageException, CommandException {
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
			try (ModelDocument document = ProjectModelFile.of(result.project()).open()) {
				InfoVerb.print(document.getModel(), out);
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
