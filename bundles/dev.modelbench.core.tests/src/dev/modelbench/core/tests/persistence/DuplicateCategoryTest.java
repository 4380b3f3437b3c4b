package dev.modelbench.core.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.InitialModel;

/** A model file that lists one category folder twice (a hand edit, a bad merge) is refused in words. */
class DuplicateCategoryTest {

	@TempDir
	Path folder;

	@Test
	void aModelFileListingACategoryTwiceIsRefusedByNameAndLeftAsItWas() throws Exception {
		Path modelFile = ProjectLayout.modelFile(folder);
		ModelProject model = InitialModel.create("Shapes", TaskKind.IMAGE_CLASSIFICATION);
		for (String name : new String[] { "circle", "square" }) {
			Category category = ModelFactory.eINSTANCE.createCategory();
			category.setName(name);
			model.getCategories().add(category);
		}
		ModelDocument.create(modelFile, model).close();
		String text = Files.readString(modelFile);
		String twice = text.replace("name=\"square\"", "name=\"circle\"");
		Files.writeString(modelFile, twice);

		ModelFileException refused = assertThrows(ModelFileException.class, () -> ModelDocument.load(modelFile));

		assertTrue(refused.getMessage().contains("lists the category \"circle\" twice"), refused.getMessage());
		assertTrue(refused.getMessage().contains(modelFile.toString()), refused.getMessage());
		assertEquals(twice, Files.readString(modelFile));
	}
}
