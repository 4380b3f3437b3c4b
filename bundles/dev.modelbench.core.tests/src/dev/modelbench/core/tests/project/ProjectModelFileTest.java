package dev.modelbench.core.tests.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.project.ModelProjectCreator;
import dev.modelbench.core.project.ProjectModelFile;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;

/** Needs a running workspace, so it only runs inside OSGi (tycho-surefire). */
class ProjectModelFileTest {

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();

	@TempDir
	Path temp;

	@AfterEach
	void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	@Test
	void aPlainProjectIsNoModelProject() throws Exception {
		IProject plain = workspace.getRoot().getProject("Plain");
		plain.create(new NullProgressMonitor());
		plain.open(new NullProgressMonitor());

		assertFalse(ProjectModelFile.isModelProject(plain));
		CoreException failure = assertThrows(CoreException.class, () -> ProjectModelFile.of(plain).open());
		assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
	}

	@Test
	void savedChangesAndImportedFilesBecomeVisibleAfterARefresh() throws Exception {
		IProject project = new ModelProjectCreator(workspace).create("Pets", TaskKind.IMAGE_CLASSIFICATION, null,
				new NullProgressMonitor());
		Path dataset = DatasetFolder.at(temp.resolve("pets")).pngs("cat", 3).root();
		ProjectModelFile modelFile = ProjectModelFile.of(project);

		try (ModelDocument document = modelFile.open()) {
			new DatasetImporter().importDataset(dataset, document, ImportOptions.defaults(), new NullProgressMonitor());
			document.execute(SetCommand.create(document.getEditingDomain(), document.getModel(),
					ModelPackage.Literals.MODEL_PROJECT__NAME, "Renamed"));
			document.save();
		}
		modelFile.refreshAll(new NullProgressMonitor());

		assertTrue(project.getFolder("data/cat").exists());
		assertEquals(3, project.getFolder("data/cat").members().length);
		assertTrue(modelFile.file().isSynchronized(IResource.DEPTH_ZERO));
		assertTrue(Files.readString(modelFile.projectFolder().resolve("model.modelbench")).contains("Renamed"));
	}
}
