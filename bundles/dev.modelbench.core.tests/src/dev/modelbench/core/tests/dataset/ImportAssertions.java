package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.persistence.ModelDocument;
import dev.modelbench.core.tests.fixtures.FolderSnapshot;

/** The state of a project before a failed import, to prove that it did not change. */
record ImportAssertions(Path projectFolder, FolderSnapshot files, ModelProject model, boolean couldUndo) {

	static ImportAssertions before(Path projectFolder, ModelDocument document) {
		return new ImportAssertions(projectFolder, FolderSnapshot.of(projectFolder),
				EcoreUtil.copy(document.getModel()), document.canUndo());
	}

	void assertUnchanged(ModelDocument document) {
		assertEquals(files, FolderSnapshot.of(projectFolder), "project folder changed");
		assertTrue(EcoreUtil.equals(model, document.getModel()), "model in memory changed");
		assertEquals(couldUndo, document.canUndo(), "undo stack changed");
		assertFalse(document.canRedo(), "a failed import must not be redoable");
	}
}
