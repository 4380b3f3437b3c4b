package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ProjectLayout;
import dev.modelbench.core.project.ModelProjectCreator;
import dev.modelbench.core.tests.fixtures.WorkspaceProjects;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.perspectives.DeployPerspective;
import dev.modelbench.ui.perspectives.ModelPerspective;

/** The running workbench as seen from a test thread, which is not the UI thread. */
final class Workbench {

	private Workbench() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/**
	 * Closes the editors, goes back to the Model perspective and closes the Deploy one, on the UI
	 * thread: the next tests find the workbench as it was.
	 */
	static void leaveDeployPerspective() {
		onUiThread(() -> {
			page().closeAllEditors(false);
			page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ModelPerspective.ID));
			page().closePerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(DeployPerspective.ID),
					false, false);
			return null;
		});
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A new, empty Model project of {@code task} in the workspace. */
	static IProject newProject(String name, TaskKind task) throws Exception {
		return new ModelProjectCreator(ResourcesPlugin.getWorkspace()).create(name, task, null, new NullProgressMonitor());
	}

	/** Opens the Model editor on {@code project}'s model file. */
	static ModelEditor openEditor(IProject project) {
		return onUiThread(() -> (ModelEditor) IDE.openEditor(page(), project.getFile(ProjectLayout.MODEL_FILE_NAME),
				ModelEditor.ID));
	}

	/** Runs {@code work} on the UI thread and returns its result, rethrowing what it throws. */
	static <T> T onUiThread(Callable<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(work.call());
			} catch (Throwable e) {
				failure.set(e);
			}
		});
		if (failure.get() instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure.get() instanceof Error error) {
			throw error;
		}
		if (failure.get() != null) {
			throw new IllegalStateException(failure.get());
		}
		return result.get();
	}

	/** Closes every editor without saving and deletes every project: what a UI test leaves behind. */
	static void closeEditorsAndDeleteProjects() throws CoreException {
		onUiThread(() -> page().closeAllEditors(false));
		WorkspaceProjects.deleteAll();
	}

	static void onUiThread(Runnable work) {
		onUiThread(() -> {
			work.run();
			return null;
		});
	}

	/** Waits until {@code condition}, checked on the UI thread, holds. */
	static void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (!onUiThread(condition::getAsBoolean)) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting until " + what);
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted waiting until " + what);
			}
		}
	}

	/** Waits up to {@code seconds} until {@code condition}, checked on the UI thread, holds. */
	static void waitUntil(String what, int seconds, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + seconds * 1000L;
		while (!onUiThread(condition::getAsBoolean)) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting until " + what);
			}
			sleep(50);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("interrupted");
		}
	}

	/** The first button under {@code root} whose text, mnemonics left out, is {@code text}. */
	static Button button(Composite root, String text) {
		Button found = find(root, Button.class, button -> button.getText().replace("&", "").equals(text));
		if (found == null) {
			fail("no button " + text);
		}
		return found;
	}

	/** Every control of {@code type} under {@code root} that {@code test} accepts, depth first, the first one. */
	static <T extends Control> T find(Composite root, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control child : root.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Clicks {@code button} as a user does: selection listeners run. */
	static void click(Button button) {
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/**
	 * The slowest of many UI thread round trips (a syncExec of nothing, every 20 ms) while
	 * {@code busy} holds: what a user would feel as a freeze.
	 */
	static long slowestRoundTripMillis(BooleanSupplier busy, int maxSeconds) {
		return slowestRoundTripMillis(busy, maxSeconds, false);
	}

	/**
	 * As {@link #slowestRoundTripMillis(BooleanSupplier, int)}; with {@code onlyWhileBusy}, a round
	 * trip counts only if {@code busy} still holds after it, i.e. the work that follows the busy phase
	 * (showing a result) is not part of the measurement.
	 */
	static long slowestRoundTripMillis(BooleanSupplier busy, int maxSeconds, boolean onlyWhileBusy) {
		long slowest = 0;
		long deadline = System.currentTimeMillis() + maxSeconds * 1000L;
		Thread ui = display().getThread();
		while (busy.getAsBoolean() && System.currentTimeMillis() < deadline) {
			long start = System.nanoTime();
			// A slow round trip prints what the UI thread was doing, so a freeze can be found.
			java.util.concurrent.CompletableFuture<Void> answered = new java.util.concurrent.CompletableFuture<>();
			java.util.concurrent.CompletableFuture.delayedExecutor(150, java.util.concurrent.TimeUnit.MILLISECONDS)
					.execute(() -> {
						if (!answered.isDone()) {
							System.out.println("UI thread busy for 150 ms at:");
							for (StackTraceElement frame : ui.getStackTrace()) {
								System.out.println("\tat " + frame);
							}
						}
					});
			display().syncExec(() -> {
			});
			answered.complete(null);
			long millis = (System.nanoTime() - start) / 1_000_000;
			if (!onlyWhileBusy || busy.getAsBoolean()) {
				slowest = Math.max(slowest, millis);
			}
			sleep(20);
		}
		return slowest;
	}

	/**
	 * The shell as drawn on screen, menu bar included: from its top-left corner to the end of its
	 * client area. Without a window manager (Xvfb) the bounds also count a frame that is not drawn.
	 */
	private static Rectangle drawnArea(Shell shell) {
		Rectangle bounds = shell.getBounds();
		Rectangle client = shell.getDisplay().map(shell, null, shell.getClientArea());
		return new Rectangle(bounds.x, bounds.y, client.x + client.width - bounds.x, client.y + client.height - bounds.y);
	}

	/** Saves a PNG of {@code shell} (the whole screen when null) under target/screenshots/. */
	static Path screenshot(Shell shell, String name) throws Exception {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		Path file = folder.resolve(name);
		// GTK animates state changes (a radio button's dot fades in); let them finish first.
		Thread.sleep(300);
		onUiThread(() -> {
			Display display = display();
			while (display.readAndDispatch()) {
				// paint everything that is pending
			}
			Rectangle area = shell == null ? display.getBounds() : drawnArea(shell);
			Image image = new Image(display, area.width, area.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, area.x, area.y);
				// At 200 % the picture has twice the pixels of the shell's size in points: keep them all.
				ImageData data = image.getImageData(display.getPrimaryMonitor().getZoom());
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { data };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}
}
