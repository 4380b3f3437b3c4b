package dev.modelbench.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import dev.modelbench.core.dataset.ImportReport;
import dev.modelbench.core.project.ProjectModelFile;
import dev.modelbench.ui.editors.ModelEditor;

/**
 * File &gt; New &gt; Model Project: a name and place, the task, and optionally a dataset. Opens the
 * new project's Model editor in the Model perspective.
 */
public final class NewModelProjectWizard extends BasicNewResourceWizard implements IExecutableExtension {

	public static final String ID = "dev.modelbench.ui.wizards.newModelProject"; //$NON-NLS-1$

	private WizardNewProjectCreationPage namePage;
	private ModelTaskPage taskPage;
	private IConfigurationElement configuration;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		super.init(workbench, currentSelection);
		setWindowTitle(Messages.NewProjectWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	protected void initializeDefaultPageImageDescriptor() {
		setDefaultPageImageDescriptor(
				ImageDescriptor.createFromURL(getClass().getResource("/icons/wizban/newmprj_wizban.png"))); //$NON-NLS-1$
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		configuration = config;
	}

	@Override
	public void addPages() {
		namePage = new WizardNewProjectCreationPage("name"); //$NON-NLS-1$
		namePage.setTitle(Messages.NamePage_title);
		namePage.setDescription(Messages.NamePage_description);
		addPage(namePage);
		taskPage = new ModelTaskPage();
		addPage(taskPage);
	}

	@Override
	public boolean performFinish() {
		URI location = namePage.useDefaults() ? null : namePage.getLocationURI();
		ModelProjectCreation creation = new ModelProjectCreation(ResourcesPlugin.getWorkspace(),
				namePage.getProjectName(), taskPage.taskKind(), location, taskPage.dataset(), taskPage.quickStart());
		try {
			getContainer().run(true, true, creation);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			String message = cause instanceof CoreException core ? core.getStatus().getMessage() : cause.getMessage();
			if (message == null) {
				// A bug rather than a user's mistake; still, the wizard must not fail silently.
				message = cause.toString();
			}
			ILog.of(getClass()).log(Status.warning(message, cause));
			(getContainer().getCurrentPage() == taskPage ? taskPage : namePage).setErrorMessage(message);
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		BasicNewProjectResourceWizard.updatePerspective(configuration);
		selectAndReveal(creation.project());
		creation.report().filter(NewModelProjectWizard::leftSomethingOut)
				.ifPresent(report -> MessageDialog.openInformation(getShell(), Messages.NewProjectWizard_importTitle,
						report.summary()));
		openEditor(ProjectModelFile.of(creation.project()).file());
		return true;
	}

	private static boolean leftSomethingOut(ImportReport report) {
		return !report.skippedFiles().isEmpty() || !report.emptyClasses().isEmpty();
	}

	private void openEditor(IFile modelFile) {
		IWorkbenchPage page = getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(page, modelFile, ModelEditor.ID);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(new Status(IStatus.ERROR, getClass(), e.getMessage(), e));
		}
	}
}
