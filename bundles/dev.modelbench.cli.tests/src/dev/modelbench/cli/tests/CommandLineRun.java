package dev.modelbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;

import dev.modelbench.cli.CommandLine;

/** One run of the command line in this test runtime, with what it printed. */
record CommandLineRun(int exitCode, String out, String err) {

	/** The workspace of the test runtime: the only one --workspace may name here. */
	static Path workspace() {
		return Path.of(Platform.getInstanceLocation().getURL().getPath());
	}

	/** Runs {@code words}, adding --workspace for verbs that take one. */
	static CommandLineRun of(String... words) {
		List<String> all = new ArrayList<>(Arrays.asList(words));
		if (words.length > 0 && !all.contains("--help") && !words[0].startsWith("-")) {
			all.add("--workspace");
			all.add(workspace().toString());
		}
		return withExactly(all);
	}

	static CommandLineRun withExactly(List<String> words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = new CommandLine(outStream, errStream).run(words);
		}
		return new CommandLineRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
