package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.modelbench.ui.perspectives.ModelPerspective;
import dev.modelbench.ui.wizards.NewModelProjectWizard;

/** The lab image's product: what a pupil sees on first start and in File > New. */
class LabImageProductTest {

	@Test
	void theLabImageOpensTheModelPerspectiveOnFirstStart() {
		assertEquals("dev.modelbench.ui.labImage", Platform.getProduct().getId());
		assertEquals("Model Bench", Platform.getProduct().getName());
		assertEquals(ModelPerspective.ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
	}

	@Test
	void fileNewInTheModelPerspectiveOffersAModelProject() {
		List<String> shortcuts = Workbench.onUiThread(() -> {
			Workbench.page().setPerspective(
					PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ModelPerspective.ID));
			return List.of(Workbench.page().getNewWizardShortcuts());
		});

		assertTrue(shortcuts.contains(NewModelProjectWizard.ID), shortcuts.toString());
	}
}
