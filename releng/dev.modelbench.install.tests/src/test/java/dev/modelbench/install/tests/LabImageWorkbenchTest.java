package dev.modelbench.install.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab image as a pupil meets it: started with no verb on a display, it opens the workbench
 * window. Screenshots go to target/screenshots/ for a reviewer.
 */
class LabImageWorkbenchTest {

	private static final long WINDOW_TIMEOUT_MILLIS = 120_000;

	@TempDir
	Path temp;

	@Test
	void startsTheWorkbenchOnADisplay() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(),
				"needs a display (the test command runs under Xvfb)");
		Path workspace = temp.resolve("ws");
		// Eclipse's usual -data wins over the variable.
		Path notTheWorkspace = temp.resolve("variable-ws");
		ProcessBuilder builder = new ProcessBuilder(Products.labImage().resolve("modelbench").toString(), "-data",
				workspace.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("ide.log").toFile());
		builder.environment().put("JAVA_HOME", Products.javaHome().toString());
		builder.environment().put("MODELBENCH_WORKSPACE", notTheWorkspace.toString());
		Process ide = builder.start();
		try {
			String window = awaitWindow("Model Bench", ide);
			Robot robot = new Robot();
			robot.delay(3000); // let the perspective finish painting
			screenshot(robot, "lab-image-workbench.png");
			robot.keyPress(KeyEvent.VK_ALT);
			robot.keyPress(KeyEvent.VK_SHIFT);
			robot.keyPress(KeyEvent.VK_N);
			robot.keyRelease(KeyEvent.VK_N);
			robot.keyRelease(KeyEvent.VK_SHIFT);
			robot.keyRelease(KeyEvent.VK_ALT);
			robot.delay(1500);
			screenshot(robot, "lab-image-file-new.png");
			assertTrue(ide.isAlive(), "the IDE ended by itself: " + output());
			assertTrue(window.contains("Model Bench"), window);
			assertTrue(Files.isDirectory(workspace.resolve(".metadata")), "the IDE did not open the -data workspace");
			assertFalse(Files.exists(notTheWorkspace), "the IDE opened MODELBENCH_WORKSPACE despite -data");
		} finally {
			ide.destroy();
			if (!ide.waitFor(30, TimeUnit.SECONDS)) {
				ide.destroyForcibly();
			}
		}
		Path log = workspace.resolve(".metadata/.log");
		String errors = Files.exists(log) ? errorEntries(Files.readString(log)) : "";
		assertFalse(errors.contains("dev.modelbench"), "Model Bench logged errors:\n" + errors);
	}

	/** Polls the X server's window tree until a window whose name contains {@code title} shows. */
	private String awaitWindow(String title, Process ide) throws IOException, InterruptedException {
		long deadline = System.currentTimeMillis() + WINDOW_TIMEOUT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			assertTrue(ide.isAlive(), "the IDE ended before showing a window: " + output());
			Process tree = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
			String windows = new String(tree.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			tree.waitFor();
			for (String line : windows.lines().toList()) {
				if (line.contains(title) && line.contains("\"")) {
					return line.strip();
				}
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("no window named '" + title + "' within " + WINDOW_TIMEOUT_MILLIS / 1000 + " s: " + output());
	}

	private static void screenshot(Robot robot, String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
		ImageIO.write(robot.createScreenCapture(screen), "png", folder.resolve(name).toFile());
	}

	/** The log entries of severity ERROR (4), with their messages. */
	private static String errorEntries(String log) {
		StringBuilder errors = new StringBuilder();
		for (String entry : log.split("(?m)^!ENTRY ")) {
			List<String> head = entry.lines().limit(1).toList();
			if (!head.isEmpty() && head.get(0).matches("\\S+ 4 .*")) {
				errors.append("!ENTRY ").append(entry);
			}
		}
		return errors.toString();
	}

	private String output() {
		try {
			return Files.readString(temp.resolve("ide.log"));
		} catch (IOException e) {
			return e.toString();
		}
	}
}
