package dev.modelbench.core.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.tests.fixtures.ModelProjectFolder;

/** A model file whose sample points out of the project (issue 24, case 9) is refused, not trained on. */
class SampleOutsideProjectTest {

	@TempDir
	Path temp;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "../../secret.png", "data/cat/../../../secret.png", "/etc/secret.png",
			"C:/Users/secret.png", "..\\secret.png" })
	void aSamplePathOutsideTheProjectIsRefusedWithTheEntryNamed(String path) throws Exception {
		Path project = ModelProjectFolder.create(Files.createDirectory(temp.resolve("project")),
				TaskKind.IMAGE_CLASSIFICATION);
		Path modelFile = ProjectLayout.modelFile(project);
		try (ModelDocument document = ModelProjectFolder.open(project)) {
			// As a hand edit would leave it: saving does not judge the paths.
			Category category = NewCategory.create("cat", List.of(), List.of());
			Sample sample = ModelFactory.eINSTANCE.createSample();
			sample.setPath(path);
			category.getSamples().add(sample);
			document.getModel().getCategories().add(category);
			document.save();
		}
		byte[] before = Files.readAllBytes(modelFile);

		ModelFileException refusal = assertThrows(ModelFileException.class, () -> ModelProjectFolder.open(project));

		assertEquals("The model file " + modelFile.toAbsolutePath().normalize() + " lists the sample \"" + path
				+ "\", which lies outside the project folder. Samples must be inside the project: move the file "
				+ "into data/ and correct the entry, or delete the entry.", refusal.getMessage());
		assertArrayEquals(before, Files.readAllBytes(modelFile));
	}
}
