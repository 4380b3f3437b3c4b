package dev.modelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;

import dev.modelbench.ui.wizards.NewModelProjectWizard;

/**
 * The New Model Project wizard as File > New opens it, worked as a user does: type a name, Next,
 * choose the task, type a dataset's path, Finish. Every method may be called from the test thread.
 */
final class NewModelProjectWizardTester {

	private final TestWizardDialog dialog;

	private NewModelProjectWizardTester(TestWizardDialog dialog) {
		this.dialog = dialog;
	}

	/** Opens the wizard in a dialog that does not block the test. */
	static NewModelProjectWizardTester open() {
		return Workbench.onUiThread(() -> {
			IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
					.findWizard(NewModelProjectWizard.ID);
			NewModelProjectWizard wizard = (NewModelProjectWizard) descriptor.createWizard();
			wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
			TestWizardDialog dialog = new TestWizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			return new NewModelProjectWizardTester(dialog);
		});
	}

	Shell shell() {
		return Workbench.onUiThread(dialog::getShell);
	}

	void close() {
		Workbench.onUiThread(dialog::close);
	}

	/** Types the project's name on the first page. */
	void enterName(String name) {
		Workbench.onUiThread(() -> Workbench.find((Composite) dialog.getCurrentPage().getControl(), Text.class, t -> true).setText(name));
	}

	/** Presses Next to the task page. */
	void showTaskPage() {
		Workbench.onUiThread(dialog::pressNext);
		assertTrue(Workbench.onUiThread(() -> named(Text.class, "wizard.dataset").isVisible()), "the task page shows");
	}

	/** Chooses Sound classification, as its radio button does. */
	void chooseSound() {
		Workbench.onUiThread(() -> {
			Button image = named(Button.class, "wizard.image");
			Button sound = named(Button.class, "wizard.sound");
			image.setSelection(false);
			sound.setSelection(true);
			sound.notifyListeners(SWT.Selection, new Event());
		});
	}

	/** Whether Sound classification is chosen. */
	boolean soundChosen() {
		return Workbench.onUiThread(() -> named(Button.class, "wizard.sound").getSelection());
	}

	/** Types {@code path} as the dataset and moves on to the next field. */
	void typeDataset(String path) {
		Workbench.onUiThread(() -> {
			Text dataset = named(Text.class, "wizard.dataset");
			dataset.setText(path);
			dataset.notifyListeners(SWT.FocusOut, new Event());
		});
	}

	/** The error the page shows, or null. */
	String errorMessage() {
		return Workbench.onUiThread(() -> dialog.getCurrentPage().getErrorMessage());
	}

	boolean canFinish() {
		return Workbench.onUiThread(() -> dialog.wizard().canFinish());
	}

	/** Presses Finish and waits until the wizard has closed. */
	void finish() {
		assertTrue(canFinish(), "Finish must be enabled");
		Workbench.onUiThread(dialog::pressFinish);
		Workbench.waitUntil("the wizard closed", () -> dialog.getShell() == null);
	}

	/** Presses Finish where the wizard must refuse and stay open. */
	void finishExpectingToStayOpen() {
		Workbench.onUiThread(dialog::pressFinish);
		assertNotNull(Workbench.onUiThread(dialog::getShell), "the wizard must stay open");
	}

	private <T extends Control> T named(Class<T> type, String name) {
		return Widgets.named(dialog.getShell(), type, name);
	}

	/** Gives the tester the Next and Finish buttons' actions. */
	private static final class TestWizardDialog extends WizardDialog {

		TestWizardDialog(Shell parent, IWizard wizard) {
			super(parent, wizard);
		}

		IWizard wizard() {
			return getWizard();
		}

		void pressNext() {
			nextPressed();
		}

		void pressFinish() {
			finishPressed();
		}
	}
}
