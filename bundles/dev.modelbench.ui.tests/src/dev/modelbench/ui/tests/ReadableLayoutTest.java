package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.ui.capture.WebcamDialog;
import dev.modelbench.ui.editors.ModelEditor;
import dev.modelbench.ui.training.TrainingView;
import dev.modelbench.ui.validation.ValidationView;
import dev.modelbench.ui.wizards.NewModelProjectWizard;

/**
 * Readable at 100 % and 200 %: no button, label or list of the wizard, the capture dialogs and the
 * views is given less room than its text needs. The build runs this class twice: as it is, and
 * with GTK scaling everything by two ({@code -Dmodelbench.zoom=200}, GDK_SCALE=2).
 */
class ReadableLayoutTest {

	private static final int ZOOM = Integer.getInteger("modelbench.zoom", 100); //$NON-NLS-1$

	/** The screen of a classroom laptop this run is for, in pixels ("1366x768"); none for a large screen. */
	private static final String SCREEN = System.getProperty("modelbench.screen", ""); //$NON-NLS-1$ //$NON-NLS-2$

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.closeEditorsAndDeleteProjects();
	}

	@Test
	void theScreenIsAtTheZoomThisRunIsFor() {
		if (ZOOM % 100 == 0) {
			assertEquals(ZOOM, (int) Workbench.onUiThread(() -> Workbench.display().getPrimaryMonitor().getZoom()));
			return;
		}
		// GTK scales by whole numbers only: 150 % is text drawn half as large again (GDK_DPI_SCALE=1.5).
		double scale = Workbench.onUiThread(() -> {
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(Workbench.display());
			try {
				double points = gc.getFont().getFontData()[0].getHeight();
				return (gc.getFontMetrics().getAscent() + gc.getFontMetrics().getDescent()) / (points * 96 / 72);
			} finally {
				gc.dispose();
			}
		});
		assertTrue(scale > 1.6, "text drawn at " + scale + " times its size in points at 96 dpi");
	}

	@Test
	void theCheckFindsAButtonTooNarrowForItsText() {
		List<String> clipped = Workbench.onUiThread(() -> {
			Shell shell = new Shell(Workbench.display());
			try {
				org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().applyTo(shell);
				Button button = new Button(shell, SWT.PUSH);
				button.setText("Record 20 seconds");
				org.eclipse.jface.layout.GridDataFactory.fillDefaults().hint(30, SWT.DEFAULT).applyTo(button);
				shell.pack();
				shell.open();
				List<String> found = new ArrayList<>();
				collectClipped(shell, found);
				return found;
			} finally {
				shell.dispose();
			}
		});
		assertEquals(1, clipped.size(), clipped.toString());
		assertTrue(clipped.getFirst().startsWith("\"Record 20 seconds\""), clipped.getFirst());
	}

	@Test
	void theNewProjectWizardShowsAllItsText() throws Exception {
		WizardDialog dialog = Workbench.onUiThread(() -> {
			IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
					.findWizard(NewModelProjectWizard.ID);
			WizardDialog opened = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(),
					descriptor.createWizard());
			opened.setBlockOnOpen(false);
			opened.open();
			return opened;
		});
		try {
			assertReadable(dialog.getShell(), "wizard");
		} finally {
			Workbench.onUiThread(dialog::close);
		}
	}

	@Test
	void theCaptureDialogsShowAllTheirText() throws Exception {
		ModelEditor images = Workbench.openEditor(Workbench.newProject("pictures", TaskKind.IMAGE_CLASSIFICATION));
		Category cat = ModelEditorTester.of(images).addCategory("Cat");
		WebcamDialog webcam = Workbench.onUiThread(() -> images.openWebcam(cat, false));
		Workbench.waitUntil("the camera search is done", 60, () -> !webcam.picker().message().startsWith("Looking"));
		try {
			assertReadable(webcam.getShell(), "webcam");
		} finally {
			Workbench.onUiThread(webcam::close);
		}

		ModelEditor sounds = Workbench.openEditor(Workbench.newProject("sounds", TaskKind.SOUND_CLASSIFICATION));
		Category clap = ModelEditorTester.of(sounds).addCategory("Clap");
		MicrophoneDialogTester microphone = new MicrophoneDialogTester(
				Workbench.onUiThread(() -> sounds.openMicrophone(clap, false)));
		Workbench.waitUntil("the microphone search is done", 60,
				() -> !microphone.pickerMessage().startsWith("Looking"));
		try {
			assertReadable(microphone.shell(), "microphone");
		} finally {
			microphone.close();
		}
	}

	@Test
	void theEditorAndTheViewsShowAllTheirText() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("views", TaskKind.IMAGE_CLASSIFICATION));
		ModelEditorTester.of(editor).addCategory("Cat");
		for (String id : List.of(TrainingView.ID, ValidationView.ID)) {
			IViewPart view = Workbench.onUiThread(() -> Workbench.page().showView(id));
			// Maximised, as a user with a small screen at 200 % would look at it.
			Workbench.onUiThread(() -> Workbench.page().setPartState(Workbench.page().getReference(view),
					IWorkbenchPage.STATE_MAXIMIZED));
			try {
				assertReadable(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()),
						id.substring(id.lastIndexOf('.') + 1));
			} finally {
				Workbench.onUiThread(() -> Workbench.page().setPartState(Workbench.page().getReference(view),
						IWorkbenchPage.STATE_RESTORED));
			}
		}
	}

	@Test
	void theDeployViewShowsAllItsTextForABoardThatRunsTheModel() throws Exception {
		ModelEditor editor = Workbench.openEditor(Workbench.newProject("deployed", TaskKind.IMAGE_CLASSIFICATION));
		ModelEditorTester.of(editor).addCategory("Cat");
		DeployViewTester deploy = DeployViewTester.show();
		dev.modelbench.ui.deploy.DeployView view = deploy.view();
		deploy.chooseBoard("UNIHIKER");
		Workbench.onUiThread(() -> {
			Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		});
		try {
			assertReadable(Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell()), "deploy");
		} finally {
			Workbench.onUiThread(() -> {
				Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
				Workbench.page().hideView(view);
			});
		}
	}

	/**
	 * On a classroom laptop's screen (1366 x 768 at 100 %, 1920 x 1080 at 150 %) the Model
	 * perspective, as it opens, shows every step's controls: the editor's cards, the Training view's
	 * settings and charts with their legends, the Validation view; nothing needs more room than it has
	 * and nothing is cut at the right edge.
	 */
	@Test
	void theModelPerspectiveFitsAClassroomScreen() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(SCREEN.matches("\\d+x\\d+"), "not a classroom screen run"); //$NON-NLS-1$ //$NON-NLS-2$
		String[] pixels = SCREEN.split("x"); //$NON-NLS-1$
		// The window fills the screen; SWT sizes in points, the screen has pixels.
		int width = Integer.parseInt(pixels[0]) * 100 / ZOOM;
		int height = Integer.parseInt(pixels[1]) * 100 / ZOOM;
		Shell window = Workbench.onUiThread(() -> Workbench.page().getWorkbenchWindow().getShell());
		org.eclipse.swt.graphics.Rectangle before = Workbench.onUiThread(window::getBounds);
		Workbench.onUiThread(() -> {
			Workbench.page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
					.findPerspectiveWithId(dev.modelbench.ui.perspectives.ModelPerspective.ID));
			Workbench.page().resetPerspective();
			window.setMaximized(false);
			window.setBounds(0, 0, width, height);
		});
		try {
			ModelEditor editor = Workbench.openEditor(Workbench.newProject("classroom", TaskKind.IMAGE_CLASSIFICATION));
			ModelEditorTester.of(editor).addCategory("Cat");
			ModelEditorTester.of(editor).addCategory("Dog");
			String size = "classroom-" + SCREEN + "-" + ZOOM; //$NON-NLS-1$ //$NON-NLS-2$
			List<String> clipped = new ArrayList<>();
			for (String id : List.of(TrainingView.ID, ValidationView.ID)) {
				IViewPart view = Workbench.onUiThread(() -> Workbench.page().showView(id));
				Workbench.onUiThread(() -> Workbench.page().activate(editor));
				// Every section open (Advanced settings, Result Push), as a user going through the steps has them.
				Workbench.onUiThread(() -> expandAll(window));
				Workbench.sleep(300);
				String name = id.substring(id.lastIndexOf('.') + 1);
				clipped.addAll(Workbench.onUiThread(() -> {
					List<String> found = new ArrayList<>();
					collectClipped(window, found);
					collectCut(window, found);
					if (view instanceof TrainingView shown) {
						TrainingViewTester training = TrainingViewTester.of(shown);
						for (dev.modelbench.ui.training.MetricChart chart : List.of(training.lossChart(),
								training.accuracyChart())) {
							if (chart.control().getSize().x < chart.minimumWidth()) {
								found.add("chart " + chart.describe() + " " + chart.control().getSize() + " < " //$NON-NLS-1$ //$NON-NLS-2$
										+ chart.minimumWidth());
							}
						}
					}
					return found.stream().map(text -> name + ": " + text).toList(); //$NON-NLS-1$
				}));
				Workbench.screenshot(window, size + "-" + name + ".png"); //$NON-NLS-1$ //$NON-NLS-2$
				if (view instanceof TrainingView shown) {
					// The charts lie below the settings: scrolled to, so their legends are seen too.
					TrainingViewTester.of(shown).scrollToCharts();
					Workbench.screenshot(window, size + "-" + name + "-charts.png"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			assertTrue(clipped.isEmpty(), SCREEN + " at " + ZOOM + " %: " + clipped);
		} finally {
			Workbench.onUiThread(() -> {
				window.setBounds(before);
				window.setMaximized(true);
			});
		}
	}

	/**
	 * Adds the controls of the Model Bench forms (editor and views) that are cut at the form's right
	 * edge: a form wider than its part scrolls sideways, which nobody finds.
	 */
	private static void collectCut(Control control, List<String> found) {
		if (!control.isVisible()) {
			return;
		}
		if (control instanceof org.eclipse.ui.forms.widgets.ScrolledForm form) {
			org.eclipse.swt.graphics.Rectangle visible = form.getDisplay().map(form, null, form.getClientArea());
			collectBeyond(form.getBody(), visible.x + visible.width, found);
			for (Control child : form.getBody().getChildren()) {
				// What the form's layout asks of it: its width hint where it has one (a wrapping label).
				int wanted = child.getLayoutData() instanceof org.eclipse.swt.layout.GridData data
						&& data.widthHint != SWT.DEFAULT ? data.widthHint : child.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
				if (child.isVisible() && wanted > visible.width) {
					found.add(describe(child) + " asks for " + wanted + " of " + visible.width); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectCut(child, found);
			}
		}
	}

	/** A composite named by the first texts in it, so a failure says which one is cut. */
	private static String describe(Control control) {
		List<String> texts = new ArrayList<>();
		collectTexts(control, texts);
		return control.getClass().getSimpleName() + texts.stream().limit(3).toList();
	}

	private static void collectTexts(Control control, List<String> texts) {
		if (control instanceof Button button) {
			texts.add(button.getText());
		} else if (control instanceof Label label && !label.getText().isBlank()) {
			texts.add(label.getText());
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}

	private static void collectBeyond(Control control, int right, List<String> found) {
		if (!control.isVisible()) {
			return;
		}
		org.eclipse.swt.graphics.Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
		if (bounds.x + bounds.width > right + 1) {
			String text = control instanceof Button button ? button.getText()
					: control instanceof Label label ? label.getText()
							: control instanceof Combo combo ? combo.getText() : describe(control);
			found.add('"' + text + "\" cut by " + (bounds.x + bounds.width - right) + " at the right edge"); //$NON-NLS-1$ //$NON-NLS-2$
			return; // its children are cut with it
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectBeyond(child, right, found);
			}
		}
	}

	/** Fails, naming them, when controls of {@code shell} have less room than their text needs. */
	private static void assertReadable(Shell shell, String name) throws Exception {
		Workbench.sleep(300);
		// Open every folded section (Advanced settings, Result Push) so their content is checked too.
		Workbench.onUiThread(() -> expandAll(shell));
		Workbench.sleep(300);
		List<String> clipped = Workbench.onUiThread(() -> {
			List<String> found = new ArrayList<>();
			collectClipped(shell, found);
			return found;
		});
		Workbench.screenshot(shell, "zoom-" + ZOOM + "-" + name + ".png");
		assertTrue(clipped.isEmpty(), name + " at " + ZOOM + " %: " + clipped);
	}

	private static void expandAll(Control control) {
		if (control instanceof ExpandableComposite section && !section.isExpanded()) {
			section.setExpanded(true);
			// What a click on the twistie does besides: the form makes room for the opened section.
			for (Composite parent = section.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof SharedScrolledComposite form) {
					form.reflow(true);
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				expandAll(child);
			}
		}
	}

	private static void collectClipped(Control control, List<String> found) {
		if (!control.isVisible()) {
			return;
		}
		String text = control instanceof Button button ? button.getText()
				: control instanceof Label label ? label.getText()
						: control instanceof Combo combo ? combo.getText() : null;
		if (text != null && !text.isBlank()) {
			Point size = control.getSize();
			boolean wraps = (control.getStyle() & SWT.WRAP) != 0;
			Point needed = wraps ? control.computeSize(size.x, SWT.DEFAULT, true)
					: control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
			// A pixel of rounding at fractional zooms is no clipping.
			if ((!wraps && size.x < needed.x - 1) || size.y < needed.y - 1) {
				found.add('"' + text.replace("&", "") + "\" " + size + " < " + needed); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectClipped(child, found);
			}
		}
	}
}
