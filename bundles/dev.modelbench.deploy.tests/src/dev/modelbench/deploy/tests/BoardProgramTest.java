package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.onboard.BoardProgram;

/**
 * What Generate model code refuses before it writes anything. Programs from trained models are
 * generated end to end by the UI tests' DeployModelOnBoardTest (a UNIHIKER program run over SSH, a
 * CNN sketch with its footprint, a transfer model refused for a microcontroller).
 */
class BoardProgramTest {

	@TempDir
	Path project;

	private static Board board(String id) {
		return BoardCatalog.installed().byId(id).orElseThrow();
	}

	@Test
	void aProjectWithoutATrainedModelIsToldToTrainFirstAndNothingIsWritten() {
		Path folder = project.resolve("deploy/dfrobot.unihiker");
		DeployException e = assertThrows(DeployException.class, () -> BoardProgram.generate(project, "digits",
				board("dfrobot.unihiker"), folder, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("no trained model yet"), e.getMessage());
		assertFalse(Files.exists(folder.resolve(BoardProgram.MODEL_FOLDER)));
		assertFalse(Files.exists(folder.resolve(BoardProgram.MODEL_FOLDER + ".new")));
	}

	@Test
	void aBoardThatCannotRunAModelSaysSoBeforeAnyExport() {
		DeployException e = assertThrows(DeployException.class, () -> BoardProgram.generate(project, "digits",
				board("arduino.uno"), project.resolve("deploy/arduino.uno"), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("The Arduino Uno cannot run a model itself"), e.getMessage());
	}
}
