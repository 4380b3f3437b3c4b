package dev.modelbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.modelbench.core.dataset.SampleDataset;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.mqtt.tests.fixtures.SilentPeer;

/**
 * Input that once ended as "internal error: java.lang...." or as a misleading message: every
 * refusal is one line in words, with exit code 1 or 2, and no exception's name or trace.
 */
class RefusedInWordsCommandTest {

	@TempDir
	static Path temp;

	private static Path digitsZip;

	@BeforeAll
	static void importAndTrain() throws Exception {
		digitsZip = Files.copy(SampleDataset.QUICK_START.copyToTemporaryFile(), temp.resolve("digits.zip"));
		assertEquals(0, CommandLineRun.of("import", digitsZip.toString(), "--project", "refusals").exitCode());
		assertEquals(0, CommandLineRun.of("train", "--project", "refusals", "--epochs", "2").exitCode());
	}

	@AfterAll
	static void deleteProjects() throws CoreException {
		WorkspaceProjects.deleteAll();
	}

	@ParameterizedTest
	@ValueSource(strings = { "import", "info", "train", "predict", "export" })
	void aProjectNameWithASlashIsRefusedInWords(String verb) {
		List<String> words = new ArrayList<>(List.of(verb, "--project", "a/b"));
		switch (verb) {
		case "import" -> words.add(1, digitsZip.toString());
		case "predict" -> words.add(digitsZip.toString());
		case "export" -> words.addAll(List.of("--out", temp.resolve("out").toString()));
		default -> {
		}
		}

		CommandLineRun run = CommandLineRun.of(words.toArray(String[]::new));

		assertEquals(2, run.exitCode(), run.err());
		assertInWords(run);
		assertTrue(run.err().startsWith("modelbench: \"a/b\" cannot be a project name: "), run.err());
		assertFalse(Files.exists(CommandLineRun.workspace().resolve("a")), "nothing made");
	}

	@Test
	void aModelFileWithADuplicatedCategoryIsRefusedInWordsAndLeftAsItWas() throws Exception {
		assertEquals(0, CommandLineRun.of("import", digitsZip.toString(), "--project", "twice").exitCode());
		Path modelFile = CommandLineRun.workspace().resolve("twice/model.modelbench");
		String text = Files.readString(modelFile);
		int from = text.indexOf("<categories ");
		int to = text.indexOf("</categories>", from) + "</categories>".length();
		String category = text.substring(from, to);
		String name = category.replaceFirst("(?s)^<categories name=\"([^\"]+)\".*", "$1");
		String doubled = text.substring(0, to) + "\n  " + category + text.substring(to);
		Files.writeString(modelFile, doubled);

		CommandLineRun info = CommandLineRun.of("info", "--project", "twice");
		CommandLineRun train = CommandLineRun.of("train", "--project", "twice", "--epochs", "1");

		for (CommandLineRun run : List.of(info, train)) {
			assertEquals(1, run.exitCode(), run.err());
			assertInWords(run);
			assertTrue(run.err().contains("lists the category \"" + name + "\" twice"), run.err());
		}
		assertEquals(doubled, Files.readString(modelFile));
	}

	@Test
	void aReportThatWouldOverwriteAFolderIsRefusedBeforeTrainingChangesAnything() throws Exception {
		Path model = CommandLineRun.workspace().resolve("refusals/trained/model.mbmodel");
		byte[] trained = Files.readAllBytes(model);
		Path folder = Files.createDirectories(temp.resolve("reports"));

		CommandLineRun train = CommandLineRun.of("train", "--project", "refusals", "--epochs", "1", "--report",
				folder.toString());
		CommandLineRun evaluate = CommandLineRun.of("evaluate", "--project", "refusals", "--data",
				digitsZip.toString(), "--report", folder.toString());

		for (CommandLineRun run : List.of(train, evaluate)) {
			assertEquals(2, run.exitCode(), run.err());
			assertInWords(run);
			assertTrue(run.err().contains(folder + " is a folder; name a file"), run.err());
			assertEquals("", run.out(), "refused before any work");
		}
		assertArrayEquals(trained, Files.readAllBytes(model));
	}

	@Test
	void aWorkspaceThatIsAFileIsNamedAsSuch() throws Exception {
		Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

		CommandLineRun run = CommandLineRun.withExactly(List.of("info", "--project", "x", "--workspace", file.toString()));

		assertEquals(1, run.exitCode(), run.err());
		assertInWords(run);
		assertTrue(run.err().contains(file + ": it is a file, not a folder"), run.err());
	}

	@Test
	void aPushToAPeerThatNeverAnswersSaysSoOnceWithoutATryAgainNotice() throws Exception {
		Path zero;
		try (Stream<Path> files = Files.list(CommandLineRun.workspace().resolve("refusals/data/zero"))) {
			zero = files.sorted().findFirst().orElseThrow();
		}
		try (SilentPeer silent = SilentPeer.start()) {
			String address = "127.0.0.1:" + silent.port();

			CommandLineRun run = CommandLineRun.of("predict", "--project", "refusals", "--push",
					"mqtt://siot:dfrobot@" + address + "/ailab/s01", zero.toString());

			assertEquals(1, run.exitCode(), run.err());
			assertTrue(run.out().contains("\tzero\t"), "the prediction is still printed: " + run.out());
			assertInWords(run);
			assertEquals("modelbench: 1 result(s) did not reach the MQTT broker " + address + ": No answer from "
					+ address + " within 10 s. Are the address and port right, and is the board on this network?",
					run.err().strip());
			assertTrue(silent.acceptedCount() > 0, "the peer was reached");
		}
	}

	/** One line on stderr, and nothing of an exception in it. */
	private static void assertInWords(CommandLineRun run) {
		assertEquals(1, run.err().strip().lines().count(), run.err());
		for (String technical : List.of("Exception", "internal error", "java.", "\tat ")) {
			assertFalse(run.err().contains(technical), technical + " in: " + run.err());
		}
	}
}
