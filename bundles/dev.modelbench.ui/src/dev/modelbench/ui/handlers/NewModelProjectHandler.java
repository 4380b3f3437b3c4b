package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.modelbench.ui.wizards.NewModelProjectWizard;

/** Opens the New Model Project wizard, as File &gt; New &gt; Model Project does. */
public final class NewModelProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		NewModelProjectWizard wizard = new NewModelProjectWizard();
		wizard.init(window.getWorkbench(), HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				? selection
				: StructuredSelection.EMPTY);
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}
}
