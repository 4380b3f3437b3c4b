package dev.modelbench.core.tests.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.project.InitialModel;

class NewCategoryTest {

	@Test
	void newCategoryKeepsTheDisplayNameAndGetsASafeUniqueFolder() {
		ModelProject model = InitialModel.create("p", TaskKind.IMAGE_CLASSIFICATION);
		model.getCategories().add(NewCategory.create("Café", model.getCategories(), List.of()));

		Category second = NewCategory.create("cafe", model.getCategories(), List.of());

		assertEquals("Cafe", model.getCategories().get(0).getName());
		assertEquals("Café", model.getCategories().get(0).getDisplayName());
		assertEquals("cafe_2", second.getName());
		assertTrue(second.getColour().matches("#[0-9A-F]{6}"));
		assertNotEquals(model.getCategories().get(0).getColour(), second.getColour());
	}

	@Test
	void foldersAlreadyOnDiskAreAvoided() {
		Category category = NewCategory.create("dog", List.of(), List.of("Dog"));

		assertEquals("dog_2", category.getName());
	}

	@Test
	void decomposedNamesFromMacOsMatchComposedOnes() {
		ModelProject model = InitialModel.create("p", TaskKind.IMAGE_CLASSIFICATION);
		model.getCategories().add(NewCategory.create("Café", model.getCategories(), List.of()));

		Category match = NewCategory.findMatching("Cafe\u0301", model.getCategories());

		assertSame(model.getCategories().get(0), match);
		assertNull(NewCategory.findMatching("Tea", model.getCategories()));
	}
}
