package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.dataset.DatasetImportException;
import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.internal.ScratchOwner;
import dev.modelbench.core.internal.dataset.ImportPlan.PlannedCategory;
import dev.modelbench.core.internal.dataset.ImportPlan.PlannedSample;
import dev.modelbench.core.persistence.FileErrorText;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ProjectLayout;

/**
 * Carries out an {@link ImportPlan} all or nothing: files are first copied into a hidden staging
 * folder in the project (slow, cancellable, touches nothing visible), then renamed into data/
 * (fast, same file system), then the model is changed by one command and saved. If anything fails
 * or is cancelled, the renamed files and new folders are removed and the command is taken back. If
 * the process is killed instead, the {@link ImportJournal} in the staging folder lets the next run
 * do the same.
 */
public final class ImportTransaction {

	private final ModelDocument document;
	private final ImportPlan plan;
	private final List<Path> movedFiles = new ArrayList<>();
	private final List<Path> createdFolders = new ArrayList<>();

	public ImportTransaction(ModelDocument document, ImportPlan plan) {
		this.document = document;
		this.plan = plan;
	}

	public void run(IProgressMonitor monitor) throws DatasetImportException {
		SubMonitor progress = SubMonitor.convert(monitor, plan.sampleCount() + 2);
		Path projectFolder = document.getProjectFolder();
		ImportJournal.recover(projectFolder, document.getModel());
		Path staging = projectFolder.resolve(ImportJournal.STAGING_PREFIX + ScratchOwner.tag() + '-'
				+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
		ScratchOwner.begin(staging);
		try {
			Files.createDirectory(staging);
			stage(staging, progress.split(plan.sampleCount()));
			moveIntoPlace(staging, projectFolder, progress.split(1));
			progress.checkCanceled();
			// Past this point the only failure left is the save, which undoes the command itself.
			document.executeAndSave(plan.command(document.getEditingDomain(), document.getModel()));
			progress.worked(1);
			RecursiveDelete.quietly(staging);
		} catch (IOException e) {
			abandon(staging, e);
			throw new DatasetImportException(NLS.bind(Messages.Import_copyFailed, FileErrorText.of(e)), e);
		} catch (ModelFileException e) {
			abandon(staging, e);
			throw new DatasetImportException(e.getMessage(), e);
		} catch (RuntimeException | Error e) {
			// Includes OperationCanceledException: cancelling is just another reason to undo.
			abandon(staging, e);
			throw e;
		} finally {
			// Whatever is left now is a leftover, as after a kill: the next run's to clean up.
			ScratchOwner.end(staging);
		}
	}

	private void stage(Path staging, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, plan.sampleCount());
		for (PlannedCategory category : plan.categories()) {
			Path folder = Files.createDirectories(staging.resolve(category.folderName()));
			for (PlannedSample sample : category.samples()) {
				progress.split(1).subTask(NLS.bind(Messages.Import_copying, sample.source().relativeName()));
				Files.copy(sample.source().file(), folder.resolve(sample.fileName()));
			}
		}
	}

	private void moveIntoPlace(Path staging, Path projectFolder, IProgressMonitor monitor) throws IOException {
		writeJournal(staging, projectFolder);
		SubMonitor progress = SubMonitor.convert(monitor, plan.sampleCount());
		for (PlannedCategory category : plan.categories()) {
			Path target = ProjectLayout.categoryFolder(projectFolder, category.folderName());
			createFolder(target.getParent());
			createFolder(target);
			for (PlannedSample sample : category.samples()) {
				progress.split(1);
				Path destination = target.resolve(sample.fileName());
				// No REPLACE_EXISTING: a file that appeared since planning must not be overwritten.
				Files.move(staging.resolve(category.folderName()).resolve(sample.fileName()), destination);
				movedFiles.add(destination);
			}
		}
	}

	private void writeJournal(Path staging, Path projectFolder) throws IOException {
		List<String> folders = new ArrayList<>();
		if (!Files.isDirectory(ProjectLayout.dataFolder(projectFolder))) {
			folders.add(ProjectLayout.DATA_FOLDER_NAME);
		}
		List<String> files = new ArrayList<>();
		for (PlannedCategory category : plan.categories()) {
			if (!Files.isDirectory(ProjectLayout.categoryFolder(projectFolder, category.folderName()))) {
				folders.add(ProjectLayout.DATA_FOLDER_NAME + '/' + category.folderName());
			}
			category.samples().forEach(
					sample -> files.add(ProjectLayout.samplePath(category.folderName(), sample.fileName())));
		}
		ImportJournal.write(staging, folders, files);
	}

	private void createFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Files.createDirectory(folder);
			createdFolders.add(folder);
		}
	}

	private void abandon(Path staging, Throwable failure) {
		for (Path path : movedFiles.reversed()) {
			deleteKeepingFailure(path, failure);
		}
		for (Path path : createdFolders.reversed()) {
			deleteKeepingFailure(path, failure);
		}
		movedFiles.clear();
		createdFolders.clear();
		RecursiveDelete.quietly(staging);
	}

	private static void deleteKeepingFailure(Path path, Throwable failure) {
		try {
			Files.deleteIfExists(path);
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
	}
}
