package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.dataset.CategoryUpload;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.Split;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.sample.NewSamples;
import dev.modelbench.core.tests.fixtures.CancelAtCheck;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;
import dev.modelbench.core.tests.fixtures.SampleFiles;

class CategoryUploadTest {

	@TempDir
	Path temp;

	@Test
	void pickedImagesAreCopiedUnderSafeUniqueNamesAndBecomeUnassignedFileSamples() throws Exception {
		Path project = ModelProjectFolder.create(temp.resolve("pets"), TaskKind.IMAGE_CLASSIFICATION);
		Path photo = SampleFiles.png(temp.resolve("picked/Mein Kätzchen.png"), 1);
		Path clash = SampleFiles.png(temp.resolve("picked/other/Mein Kätzchen.png"), 2);
		Files.createDirectories(project.resolve("data/cat"));
		Files.writeString(project.resolve("data/cat/Mein_Katzchen.png"), "already there");

		CategoryUpload.Result result = CategoryUpload.copy(project, TaskKind.IMAGE_CLASSIFICATION, "cat", List.of(),
				List.of(photo, clash), new NullProgressMonitor());

		assertEquals(List.of("data/cat/Mein_Katzchen_2.png", "data/cat/Mein_Katzchen_3.png"), result.samplePaths());
		assertArrayEquals(Files.readAllBytes(photo), Files.readAllBytes(project.resolve("data/cat/Mein_Katzchen_2.png")));
		assertEquals("already there", Files.readString(project.resolve("data/cat/Mein_Katzchen.png")));
		assertTrue(Files.exists(photo), "the original stays");

		try (ModelDocument document = ModelProjectFolder.open(project)) {
			Category cat = NewCategory.create("cat", document.getModel().getCategories(), List.of("cat"));
			document.getModel().getCategories().add(cat);
			document.execute(NewSamples.add(document.getEditingDomain(), cat, result.samplePaths(), result.origins(),
					SampleSource.FILE));
			assertEquals(2, cat.getSamples().size());
			assertEquals(SampleSource.FILE, cat.getSamples().get(0).getSource());
			assertEquals(Split.UNASSIGNED, cat.getSamples().get(0).getSplit());
			assertEquals("Mein Kätzchen.png", cat.getSamples().get(0).getOrigin());
			document.undo();
			assertEquals(0, cat.getSamples().size());
		}
	}

	@Test
	void filesThatAreNoImagesOrDamagedAreSkippedWithTheReasonAndTheRestCopied() throws Exception {
		Path project = ModelProjectFolder.create(temp.resolve("pets"), TaskKind.IMAGE_CLASSIFICATION);
		Path good = SampleFiles.png(temp.resolve("picked/good.png"), 1);
		Path text = SampleFiles.text(temp.resolve("picked/notes.txt"), "hello");
		Path damaged = SampleFiles.truncate(SampleFiles.noisyImage(temp.resolve("picked/broken.png"), "png"), 0.5);

		CategoryUpload.Result result = CategoryUpload.copy(project, TaskKind.IMAGE_CLASSIFICATION, "cat",
				List.of("good.png"), List.of(good, text, damaged), new NullProgressMonitor());

		assertEquals(List.of("data/cat/good_2.png"), result.samplePaths());
		assertEquals(List.of("notes.txt", "broken.png"), result.skipped().stream().map(s -> s.name()).toList());
		assertTrue(result.skipped().get(0).reason().contains("extension"));
	}

	@Test
	void aFoldersImagesAreFoundInItsSubFoldersWithoutHiddenFiles() throws Exception {
		Path folder = temp.resolve("photos");
		SampleFiles.png(folder.resolve("b.png"), 1);
		SampleFiles.jpeg(folder.resolve("holiday/a.jpg"), 2);
		SampleFiles.png(folder.resolve(".thumbnails/c.png"), 3);
		SampleFiles.png(folder.resolve("__MACOSX/d.png"), 4);
		SampleFiles.text(folder.resolve("readme.txt"), "not an image");

		List<Path> found = CategoryUpload.filesIn(folder, TaskKind.IMAGE_CLASSIFICATION);

		assertEquals(List.of(folder.resolve("b.png"), folder.resolve("holiday/a.jpg")), found);
	}

	@Test
	void cancellingRemovesTheCopiesMadeSoFar() throws Exception {
		Path project = ModelProjectFolder.create(temp.resolve("pets"), TaskKind.IMAGE_CLASSIFICATION);
		Path one = SampleFiles.png(temp.resolve("picked/one.png"), 1);
		Path two = SampleFiles.png(temp.resolve("picked/two.png"), 2);
		Path three = SampleFiles.png(temp.resolve("picked/three.png"), 3);

		assertThrows(OperationCanceledException.class, () -> CategoryUpload.copy(project,
				TaskKind.IMAGE_CLASSIFICATION, "cat", List.of(), List.of(one, two, three), new CancelAtCheck(3)));

		try (var left = Files.list(project.resolve("data/cat"))) {
			assertEquals(List.of(), left.toList());
		}
	}
}
