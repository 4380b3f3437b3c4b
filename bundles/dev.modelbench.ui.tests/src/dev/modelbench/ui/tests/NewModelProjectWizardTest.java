package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
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
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
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
		Workbench.onUiThread(() -> Workbench.page().closeAllEditors(false));
		WorkspaceProjects.deleteAll();
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

		RunningWizard wizard = RunningWizard.open();
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

		RunningWizard wizard = RunningWizard.open();
		wizard.enterName("pets");
		wizard.showTaskPage();
		Workbench.onUiThread(() -> wizard.wizard().taskPage().setDataset(dataset.toString()));
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

		RunningWizard wizard = RunningWizard.open();
		wizard.enterName("sounds");
		wizard.showTaskPage();
		Workbench.onUiThread(() -> wizard.wizard().taskPage().setDataset(dataset.toString()));
		assertEquals(TaskKind.SOUND_CLASSIFICATION, Workbench.onUiThread(() -> wizard.wizard().taskPage().taskKind()));
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

		RunningWizard wizard = RunningWizard.open();
		wizard.enterName("evil");
		wizard.showTaskPage();
		Workbench.onUiThread(() -> wizard.wizard().taskPage().setDataset(zip.toString()));
		wizard.finishExpectingToStayOpen();

		String error = Workbench.onUiThread(() -> wizard.wizard().taskPage().getErrorMessage());
		assertTrue(error != null && error.contains("../evil/two.png"), error);
		assertFalse(ResourcesPlugin.getWorkspace().getRoot().getProject("evil").exists());
		Workbench.screenshot(wizard.shell(), "new-model-project-refused-zip.png");
		Workbench.onUiThread(() -> wizard.dialog().close());
	}

	@Test
	void choosingSoundClassificationStartsTheProjectWithABackgroundNoiseCategory() throws Exception {
		RunningWizard wizard = RunningWizard.open();
		wizard.enterName("claps");
		wizard.showTaskPage();
		wizard.clickRadio(1);
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

		RunningWizard wizard = RunningWizard.open();
		wizard.enterName("pets");
		wizard.showTaskPage();
		Workbench.onUiThread(() -> wizard.wizard().taskPage().setDataset(notAZip.toString()));

		String error = Workbench.onUiThread(() -> wizard.wizard().taskPage().getErrorMessage());
		assertTrue(error != null && error.contains(notAZip.toString()), error);
		assertFalse(Workbench.onUiThread(() -> wizard.wizard().canFinish()));
		Workbench.onUiThread(() -> wizard.dialog().close());
	}

	@Test
	void theModelEditorFollowsAnImportMadeOutsideIt() throws Exception {
		Path dataset = DatasetFolder.at(temp.resolve("more")).pngs("cat", 4).pngs("dog", 4).root();
		RunningWizard wizard = RunningWizard.open();
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

	/** The wizard in a non-blocking dialog, as File > New opens it. */
	private record RunningWizard(TestWizardDialog dialog, NewModelProjectWizard wizard) {

		static RunningWizard open() {
			return Workbench.onUiThread(() -> {
				IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
						.findWizard(NewModelProjectWizard.ID);
				NewModelProjectWizard wizard = (NewModelProjectWizard) descriptor.createWizard();
				wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
				TestWizardDialog dialog = new TestWizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
				dialog.setBlockOnOpen(false);
				dialog.open();
				return new RunningWizard(dialog, wizard);
			});
		}

		Shell shell() {
			return Workbench.onUiThread(() -> dialog.getShell());
		}

		void enterName(String name) {
			Workbench.onUiThread(() -> firstText((Composite) wizard.namePage().getControl()).setText(name));
		}

		void showTaskPage() {
			Workbench.onUiThread(dialog::pressNext);
			assertEquals(wizard.taskPage(), Workbench.onUiThread(() -> dialog.getCurrentPage()));
		}

		/** Clicks the task page's {@code index}th radio button, as a user does. */
		void clickRadio(int index) {
			Workbench.onUiThread(() -> {
				List<Button> radios = new ArrayList<>();
				collectRadios((Composite) wizard.taskPage().getControl(), radios);
				for (Button radio : radios) {
					radio.setSelection(radio == radios.get(index));
				}
				radios.get(index).notifyListeners(SWT.Selection, new Event());
			});
		}

		void finish() {
			assertTrue(Workbench.onUiThread(() -> wizard.canFinish()), "Finish must be enabled");
			Workbench.onUiThread(dialog::pressFinish);
			Workbench.waitUntil("the wizard closed", () -> dialog.getShell() == null);
		}

		void finishExpectingToStayOpen() {
			Workbench.onUiThread(dialog::pressFinish);
			assertNotNull(Workbench.onUiThread(() -> dialog.getShell()), "the wizard must stay open");
		}

		private static void collectRadios(Composite parent, List<Button> radios) {
			for (Control child : parent.getChildren()) {
				if (child instanceof Button button && (button.getStyle() & SWT.RADIO) != 0) {
					radios.add(button);
				} else if (child instanceof Composite composite) {
					collectRadios(composite, radios);
				}
			}
		}

		private static Text firstText(Composite parent) {
			for (Control child : parent.getChildren()) {
				if (child instanceof Text text) {
					return text;
				}
				if (child instanceof Composite composite) {
					Text found = firstText(composite);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
	}

	/** Gives the test the Finish button's action. */
	private static final class TestWizardDialog extends WizardDialog {

		TestWizardDialog(Shell parent, NewModelProjectWizard wizard) {
			super(parent, wizard);
		}

		void pressNext() {
			nextPressed();
		}

		void pressFinish() {
			finishPressed();
		}
	}
}
