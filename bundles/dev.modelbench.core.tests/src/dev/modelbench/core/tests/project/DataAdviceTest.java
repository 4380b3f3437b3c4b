package dev.modelbench.core.tests.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.core.category.NewCategory;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.project.DataAdvice;
import dev.modelbench.core.project.DataAdvice.Kind;
import dev.modelbench.core.project.InitialModel;

class DataAdviceTest {

	@Test
	void twentyToFiftyBalancedSamplesWithSimpleNamesNeedNoTip() {
		ModelProject model = model(List.of("Cat", "Dog"), 25, 40);

		assertEquals(List.of(), DataAdvice.of(model));
	}

	@Test
	void aCategoryWithMoreThanTwiceTheSmallestsSamplesIsUnbalanced() {
		ModelProject model = model(List.of("Cat", "Dog"), 20, 41);

		DataAdvice.Tip tip = DataAdvice.of(model).getFirst();

		assertEquals(Kind.UNBALANCED, tip.kind());
		assertEquals(List.of("Cat", "Dog"), tip.categories());
		assertEquals(20, tip.smallest());
		assertEquals(41, tip.largest());
	}

	@Test
	void smallCategoriesAndComplexNamesAreNamed() {
		ModelProject model = model(List.of("Cat", "My cat (the black one!)"), 19, 20);

		List<DataAdvice.Tip> tips = DataAdvice.of(model);

		assertEquals(List.of(Kind.FEW_SAMPLES, Kind.COMPLEX_NAMES), tips.stream().map(DataAdvice.Tip::kind).toList());
		assertEquals(List.of("Cat"), tips.get(0).categories());
		assertEquals(List.of("My cat (the black one!)"), tips.get(1).categories());
	}

	private static ModelProject model(List<String> names, int... counts) {
		ModelProject model = InitialModel.create("pets", TaskKind.IMAGE_CLASSIFICATION);
		for (int i = 0; i < names.size(); i++) {
			Category category = NewCategory.create(names.get(i), model.getCategories(), List.of());
			for (int s = 0; s < counts[i]; s++) {
				category.getSamples().add(ModelFactory.eINSTANCE.createSample());
			}
			model.getCategories().add(category);
		}
		return model;
	}
}
