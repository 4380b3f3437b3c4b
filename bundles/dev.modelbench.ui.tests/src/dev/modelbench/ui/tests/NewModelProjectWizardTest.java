package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.DatasetImporter;
import dev.modelbench.core.dataset.ImportOptions;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.project.InitialModel;
import dev.modelbench.core.project.ModelProjectNature;
import dev.modelbench.core.project.ProjectDatasetImport;
import dev.modelbench.core.project.SampleCounts;
import dev.modelbench.core.tests.fixtures.DatasetFolder;
import dev.modelbench.core.tests.fixtures.SampleFiles;
import dev.modelbench.core.tests.fixtures.ZipFiles;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.perspectives.ModelPerspective;
import dev.modelbench.ui.wizards.NewModelProjectWizard;

/** File > New > Model Project, driven through its real pages in the running workbench. */
class NewModelProjectWizardTest {

	private static final String RESOURCE_PERSPECTIVE = "org.eclipse.ui.resourcePerspective";

	@TempDir
	Path temp;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void theNewWizardListsModelProjectUnderModelBench() {
		IWizardCategory category = PlatformUI.getWorkbench().getNewWizardRegistry()
				.findCategory("dev.modelbench.ui.wizards.category");

		assertNotNull(category);
		assertEquals("Model Bench", category.getLabel());
		IWizardDescriptor wizard = category.findWizard(NewModelProjectWizard.ID);
		assertNotNull(wizard);
		assertEquals("Model Project", wizard.getLabel());
	}

	@Test
	void anImageProjectOpensInTheModelEditorAndTheModelPerspective() throws Exception {
		Workbench.onUiThread(() -> Workbench.page().setPerspective(
				PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(RESOURCE_PERSPECTIVE)));

		NewModelProjectWizardTester wizard = NewModelProjectWizardTester.open();
		wizard.enterName("pets");
		wizard.showTaskPage();
		Workbench.screenshot(wizard.shell(), "new-model-project-task-page.png");
		wizard.finish();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("pets");
		assertTrue(project.exists() && project.hasNature(ModelProjectNature.ID));
		assertTrue(project.getFolder("data").exists());
		assertTrue(project.getFile("model.modelbench").exists());
		IEditorPart editor = Workbench.onUiThread(() -> Workbench.page().getActiveEditor());
		assertInstanceOf(ModelEditor.class, editor);
		assertEquals(TaskKind.IMAGE_CLASSIFICATION, ((ModelEditor) editor).model().getTaskKind());
		assertEquals(ModelPerspective.ID, Workbench.onUiThread(() -> Workbench.page().getPerspective().getId()));
		Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
				"workbench-new-image-project.png");
	}

	@Test
	void aDatasetBecomesTheProjectsCategories() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("pets")).pngs("cat", 10).pngs("dog", 10).root();

		NewModelProjectWizardTester wizard = NewModelProjectWizardTester.open();
		wizard.enterName("pets");
		wizard.showTaskPage();
		wizard.typeDataset(dataset.toString());
		wizard.finish();

		ModelEditor editor = (ModelEditor) Workbench.onUiThread(() -> Workbench.page().getActiveEditor());
		List<String> categories = editor.model().getCategories().stream().map(Category::getDisplayName).toList();
		assertEquals(List.of("cat", "dog"), categories);
		assertEquals(10, editor.model().getCategories().get(0).getSamples().size());
		Workbench.screenshot(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
				"model-editor-imported-dataset.png");
	}

	@Test
	void aSoundDatasetMakesASoundProjectWithItsBackgroundNoiseCategory() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("sounds")).wavs("clap", 3).root();

		NewModelProjectWizardTester wizard = NewModelProjectWizardTester.open();
		wizard.enterName("sounds");
		wizard.showTaskPage();
		wizard.typeDataset(dataset.toString());
		assertTrue(wizard.soundChosen(), "a dataset of WAV files chooses Sound classification");
		wizard.finish();

		ModelEditor editor = (ModelEditor) Workbench.onUiThread(() -> Workbench.page().getActiveEditor());
		assertEquals(TaskKind.SOUND_CLASSIFICATION, editor.model().getTaskKind());
		List<String> folders = editor.model().getCategories().stream().map(Category::getName).toList();
		assertEquals(List.of("background", "clap"), folders);
	}

	@Test
	void aRefusedDatasetKeepsTheWizardOpenWithTheReasonAndCreatesNothing() throws Exception {
		Path sample = SampleFiles.png(temp.resolve("one.png"), 1);
		Path zip = ZipFiles.ofEntries(temp.resolve("evil.zip"),
				Map.of("cat/one.png", Files.readAllBytes(sample), "../evil/two.png", Files.readAllBytes(sample)));

		NewModelProjectWizardTester wizard = NewModelProjectWizardTester.open();
		wizard.enterName("evil");
		wizard.showTaskPage();
		wizard.typeDataset(zip.toString());
		wizard.finishExpectingToStayOpen();

		String error = wizard.errorMessage();
		assertTrue(error != null && error.contains("../evil/two.png"), error);
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject("evil").exists());
		Workbench.screenshot(wizard.shell(), "new-model-project-refused-zip.png");
		wizard.close();
	}

	@Test
	void choosingSoundClassificationStartsTheProjectWithABackgroundNoiseCategory() throws Exception {
		NewModelProjectWizardTester wizard = NewModelProjectWizardTester.open();
		wizard.enterName("claps");
		wizard.showTaskPage();
		wizard.chooseSound();
		Workbench.screenshot(wizard.shell(), "new-model-project-sound-task.png");
		wizard.finish();

		ModelEditor editor = (ModelEditor) Workbench.onUiThread(() -> Workbench.page().getActiveEditor());
		assertEquals(TaskKind.SOUND_CLASSIFICATION, editor.model().getTaskKind());
		List<String> folders = editor.model().getCategories().stream().map(Category::getName).toList();
		assertEquals(List.of(InitialModel.BACKGROUND_CATEGORY_NAME), folders);
	}

	@Test
	void aDatasetThatIsNeitherAFolderNorAZipCannotBeChosen() throws Exception {
		Path notAZip = SampleFiles.png(temp.resolve("cat.png"), 1);

		NewModelProjectWizardTester wizard = NewModelProjectWizardTester.open();
		wizard.enterName("pets");
		wizard.showTaskPage();
		wizard.typeDataset(notAZip.toString());

		String error = wizard.errorMessage();
		assertTrue(error != null && error.contains(notAZip.toString()), error);
		assertFalse(wizard.canFinish());
		wizard.close();
	}

	@Test
	void theModelEditorFollowsAnImportMadeOutsideIt() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("more")).pngs("cat", 4).pngs("dog", 4).root();
		NewModelProjectWizardTester wizard = NewModelProjectWizardTester.open();
		wizard.enterName("pets");
		wizard.finish();
		ModelEditor editor = (ModelEditor) Workbench.onUiThread(() -> Workbench.page().getActiveEditor());
		assertEquals(0, Workbench.onUiThread(() -> editor.model().getCategories().size()));

		// What the command line or a later import view does: the engine writes the model file.
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("pets");
		new ProjectDatasetImport(new DatasetImporter()).into(project, dataset, ImportOptions.defaults(), null);

		Workbench.waitUntil("the editor shows the imported categories",
				() -> editor.model().getCategories().size() == 2);
		assertEquals(8, Workbench.onUiThread(() -> SampleCounts.of(editor.model()).total()));
	}
}
