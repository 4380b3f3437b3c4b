package dev.modelbench.core.tests.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.content.IContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.InitialModel;
import dev.modelbench.core.project.ModelProjectCreator;
import dev.modelbench.core.project.ModelProjectNature;
import dev.modelbench.core.project.ProjectModelFile;
import dev.modelbench.core.tests.fixtures.CancelAtCheck;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;

/** Needs a running workspace, so it only runs inside OSGi (tycho-surefire). */
class ModelProjectCreatorTest {

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();

	@TempDir
	Path temp;

	@AfterEach
	void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	private IProject create(String name, TaskKind kind) throws CoreException {
		return new ModelProjectCreator(workspace).create(name, kind, null, new NullProgressMonitor());
	}

	@Test
	void createsAnOpenProjectWithNatureDataFolderAndModelFile() throws Exception {
		IProject project = create("Pets", TaskKind.IMAGE_CLASSIFICATION);

		assertTrue(project.isOpen());
		assertTrue(project.hasNature(ModelProjectNature.ID));
		assertTrue(project.getNature(ModelProjectNature.ID) instanceof ModelProjectNature);
		assertTrue(project.getFolder(ProjectLayout.DATA_FOLDER_NAME).exists());
		assertTrue(project.getFile(ProjectLayout.MODEL_FILE_NAME).exists(), "the workspace sees the model file");
		assertTrue(ProjectModelFile.isModelProject(project));
		try (ModelDocument document = ProjectModelFile.of(project).open()) {
			ModelProject model = document.getModel();
			assertEquals("Pets", model.getName());
			assertEquals(TaskKind.IMAGE_CLASSIFICATION, model.getTaskKind());
			assertTrue(model.getCategories().isEmpty());
			assertEquals(20, model.getSettings().getEpochs());
		}
	}

	@Test
	void soundProjectStartsWithTheBackgroundNoiseCategory() throws Exception {
		IProject project = create("Words", TaskKind.SOUND_CLASSIFICATION);

		try (ModelDocument document = ProjectModelFile.of(project).open()) {
			assertEquals("background", document.getModel().getCategories().get(0).getName());
			assertEquals("Background noise", document.getModel().getCategories().get(0).getDisplayName());
			assertEquals(InitialModel.SOUND_EPOCHS, document.getModel().getSettings().getEpochs(), "saved, not the default");
		}
	}

	@Test
	void modelFileHasTheModelBenchContentType() throws Exception {
		IProject project = create("Typed", TaskKind.IMAGE_CLASSIFICATION);

		IContentType type = project.getFile(ProjectLayout.MODEL_FILE_NAME).getContentDescription().getContentType();

		assertEquals("dev.modelbench.core.modelFile", type.getId());
	}

	@Test
	void refusesAnExistingNameWithAClearMessage() throws Exception {
		create("Twice", TaskKind.IMAGE_CLASSIFICATION);

		CoreException failure = assertThrows(CoreException.class, () -> create("Twice", TaskKind.SOUND_CLASSIFICATION));

		assertTrue(failure.getMessage().contains("\"Twice\" already exists"), failure.getMessage());
	}

	@Test
	void refusesANameTheWorkspaceDoesNotAllow() {
		assertThrows(CoreException.class, () -> create("a/b", TaskKind.IMAGE_CLASSIFICATION));
		assertFalse(workspace.getRoot().getProject("a").exists());
	}

	@Test
	void createsTheProjectAtAGivenLocation() throws Exception {
		Path location = temp.resolve("elsewhere");

		IProject project = new ModelProjectCreator(workspace).create("Elsewhere", TaskKind.IMAGE_CLASSIFICATION,
				location.toUri(), new NullProgressMonitor());

		assertEquals(location.toRealPath(), project.getLocation().toPath().toRealPath());
		assertTrue(Files.isRegularFile(location.resolve(ProjectLayout.MODEL_FILE_NAME)));
	}

	@Test
	void refusesAFolderThatAlreadyHoldsFiles() throws Exception {
		Path location = Files.createDirectories(temp.resolve("full"));
		Files.writeString(location.resolve("keep.txt"), "mine");

		CoreException failure = assertThrows(CoreException.class, () -> new ModelProjectCreator(workspace)
				.create("Full", TaskKind.IMAGE_CLASSIFICATION, location.toUri(), new NullProgressMonitor()));

		assertTrue(failure.getMessage().contains("already contains files"), failure.getMessage());
		assertEquals("mine", Files.readString(location.resolve("keep.txt")));
		assertFalse(workspace.getRoot().getProject("Full").exists());
	}

	@Test
	void cancellingAtAnyPointLeavesNothingBehind() throws Exception {
		Path location = temp.resolve("cancelled");
		boolean completed = false;
		int cancelledRuns = 0;
		for (int cancelAt = 1; !completed && cancelAt < 500; cancelAt++) {
			try {
				new ModelProjectCreator(workspace).create("Cancelled", TaskKind.SOUND_CLASSIFICATION, location.toUri(),
						new CancelAtCheck(cancelAt));
				completed = true;
			} catch (OperationCanceledException e) {
				cancelledRuns++;
				assertFalse(workspace.getRoot().getProject("Cancelled").exists(), "project left after cancel " + cancelAt);
				assertFalse(Files.exists(location), "folder left after cancel " + cancelAt);
			}
		}
		assertTrue(completed);
		assertTrue(cancelledRuns > 0);
	}
}
