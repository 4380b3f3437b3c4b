package dev.modelbench.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.core.model.TaskKind;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.TrainingRefusedException;
import dev.modelbench.train.imagecnn.ImageCnn;
import dev.modelbench.train.transfer.TransferLearning;

class ModelKindsTest {

	@Test
	void transferLearningIsTheDefaultForImagesAndIsContributedThroughTheExtensionPoint() throws Exception {
		ModelKinds.Descriptor kind = ModelKinds.defaultFor(TaskKind.IMAGE_CLASSIFICATION);

		assertEquals(TransferLearning.ID, kind.id());
		assertTrue(kind.label().contains("Transfer"), kind.label());
		assertInstanceOf(TransferLearning.class, kind.create());
	}

	@Test
	void theImageCnnIsContributedAsTheSecondChoiceForImages() throws Exception {
		ModelKinds.Descriptor kind = ModelKinds.require(ImageCnn.ID, TaskKind.IMAGE_CLASSIFICATION);

		assertFalse(kind.isDefault());
		assertTrue(kind.label().contains("CNN"), kind.label());
		assertInstanceOf(ImageCnn.class, kind.create());
		assertEquals(List.of(TransferLearning.ID, ImageCnn.ID),
				ModelKinds.forTask(TaskKind.IMAGE_CLASSIFICATION).stream().map(ModelKinds.Descriptor::id).toList());
	}

	@Test
	void anUnknownKindIsRefusedWithTheKindsThereAre() {
		TrainingRefusedException refusal = assertThrows(TrainingRefusedException.class,
				() -> ModelKinds.require("resnet", TaskKind.IMAGE_CLASSIFICATION));

		assertTrue(refusal.getMessage().contains("\"resnet\""), refusal.getMessage());
		assertTrue(refusal.getMessage().contains(TransferLearning.ID), refusal.getMessage());
	}

	@Test
	void kindsAreFoundIgnoringCase() throws Exception {
		assertEquals(TransferLearning.ID, ModelKinds.require(" Transfer ", TaskKind.IMAGE_CLASSIFICATION).id());
	}
}
