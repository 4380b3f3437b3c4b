package dev.modelbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What scripts rely on: help, exit codes and one-line errors on stderr. */
class CommandLineContractTest {

	@ParameterizedTest
	@ValueSource(strings = { "import", "info", "train", "evaluate", "predict", "export", "quickstart" })
	void everyVerbHasHelp(String verb) {
		CommandLineRun run = CommandLineRun.withExactly(List.of(verb, "--help"));

		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("Usage: modelbench " + verb), run.out());
		assertEquals("", run.err());
	}

	@Test
	void helpListsTheVerbs() {
		CommandLineRun run = CommandLineRun.withExactly(List.of("--help"));

		assertEquals(0, run.exitCode());
		assertTrue(run.out().contains("import") && run.out().contains("info"), run.out());
	}

	@Test
	void anUnknownVerbIsAUsageError() {
		CommandLineRun run = CommandLineRun.withExactly(List.of("tarin"));

		assertEquals(2, run.exitCode());
		assertEquals("modelbench: unknown command \"tarin\" (see modelbench --help)", run.err().strip());
	}

	@Test
	void anUnknownOptionIsAUsageError() {
		CommandLineRun run = CommandLineRun.of("info", "--projcet", "x");

		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("--projcet"), run.err());
	}

	@Test
	void aMissingRequiredOptionIsAUsageError() {
		CommandLineRun run = CommandLineRun.of("info");

		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("--project is required"), run.err());
	}

	@Test
	void infoOnAMissingProjectFailsWithOneLine() {
		CommandLineRun run = CommandLineRun.of("info", "--project", "nope");

		assertEquals(1, run.exitCode());
		assertEquals(1, run.err().strip().lines().count(), run.err());
		assertTrue(run.err().contains("\"nope\""), run.err());
	}
}
