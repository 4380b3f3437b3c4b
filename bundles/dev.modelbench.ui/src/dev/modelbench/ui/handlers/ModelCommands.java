package dev.modelbench.ui.handlers;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

/**
 * The ids of Model Bench's commands (declared in plugin.xml), and how a button runs one: the
 * editor's and the views' buttons execute the same command as the menus and keys, so every action
 * has one path, its handler.
 */
public final class ModelCommands {

	public static final String NEW_PROJECT = "dev.modelbench.ui.commands.newModelProject"; //$NON-NLS-1$
	public static final String ADD_CATEGORY = "dev.modelbench.ui.commands.addCategory"; //$NON-NLS-1$
	public static final String IMPORT_DATASET = "dev.modelbench.ui.commands.importDataset"; //$NON-NLS-1$
	public static final String RECORD_WEBCAM = "dev.modelbench.ui.commands.recordWebcam"; //$NON-NLS-1$
	public static final String RECORD_MICROPHONE = "dev.modelbench.ui.commands.recordMicrophone"; //$NON-NLS-1$
	public static final String RECORD_BOARD = "dev.modelbench.ui.commands.recordBoard"; //$NON-NLS-1$
	public static final String TRAIN = "dev.modelbench.ui.commands.train"; //$NON-NLS-1$
	public static final String CANCEL_TRAINING = "dev.modelbench.ui.commands.cancelTraining"; //$NON-NLS-1$
	public static final String VALIDATE_WEBCAM = "dev.modelbench.ui.commands.validateWebcam"; //$NON-NLS-1$
	public static final String VALIDATE_MICROPHONE = "dev.modelbench.ui.commands.validateMicrophone"; //$NON-NLS-1$
	public static final String VALIDATE_BOARD = "dev.modelbench.ui.commands.validateBoard"; //$NON-NLS-1$
	public static final String VALIDATE_FILE = "dev.modelbench.ui.commands.validateFile"; //$NON-NLS-1$
	public static final String EXPORT = "dev.modelbench.ui.commands.export"; //$NON-NLS-1$
	public static final String GENERATE_SKETCH = "dev.modelbench.ui.commands.generateSketch"; //$NON-NLS-1$
	public static final String GENERATE_MODEL_CODE = "dev.modelbench.ui.commands.generateModelCode"; //$NON-NLS-1$
	public static final String COMPILE_AND_UPLOAD = "dev.modelbench.ui.commands.compileAndUpload"; //$NON-NLS-1$
	public static final String CONNECT_PUSH = "dev.modelbench.ui.commands.connectPush"; //$NON-NLS-1$
	public static final String DISCONNECT_PUSH = "dev.modelbench.ui.commands.disconnectPush"; //$NON-NLS-1$
	public static final String START_BROKER = "dev.modelbench.ui.commands.startBroker"; //$NON-NLS-1$
	public static final String STOP_BROKER = "dev.modelbench.ui.commands.stopBroker"; //$NON-NLS-1$
	public static final String OPEN_SERIAL_MONITOR = "dev.modelbench.ui.commands.openSerialMonitor"; //$NON-NLS-1$
	public static final String COMPILE_AND_FLASH_MODEL = "dev.modelbench.ui.commands.compileAndFlashModel"; //$NON-NLS-1$
	public static final String RUN_ON_BOARD = "dev.modelbench.ui.commands.runOnBoard"; //$NON-NLS-1$
	public static final String STOP_ON_BOARD = "dev.modelbench.ui.commands.stopOnBoard"; //$NON-NLS-1$
	public static final String SERIAL_CONNECT = "dev.modelbench.ui.commands.serialConnect"; //$NON-NLS-1$
	public static final String SERIAL_DISCONNECT = "dev.modelbench.ui.commands.serialDisconnect"; //$NON-NLS-1$
	public static final String SERIAL_SEND = "dev.modelbench.ui.commands.serialSend"; //$NON-NLS-1$
	public static final String SERIAL_CLEAR = "dev.modelbench.ui.commands.serialClear"; //$NON-NLS-1$
	public static final String SERIAL_SAVE_LOG = "dev.modelbench.ui.commands.serialSaveLog"; //$NON-NLS-1$
	public static final String REFRESH_DEVICES = "dev.modelbench.ui.commands.refreshDevices"; //$NON-NLS-1$

	/** The variable through which a chooser's Refresh button names its {@link DeviceList} to Refresh Devices. */
	public static final String DEVICE_LIST = "dev.modelbench.ui.deviceList"; //$NON-NLS-1$

	/** The parameter of the Record commands: the category's folder name (the focused card's when absent). */
	public static final String CATEGORY_PARAMETER = "dev.modelbench.ui.commands.category"; //$NON-NLS-1$

	/** The parameter of Export: the folder to write into (asked for when absent). */
	public static final String FOLDER_PARAMETER = "dev.modelbench.ui.commands.folder"; //$NON-NLS-1$

	/** The parameter of Save Serial Log: the file to write (asked for when absent). */
	public static final String FILE_PARAMETER = "dev.modelbench.ui.commands.file"; //$NON-NLS-1$

	/** The context in which Model Bench's keys apply: active while its editor or one of its views is. */
	public static final String CONTEXT = "dev.modelbench.ui.context"; //$NON-NLS-1$

	private ModelCommands() {
	}

	/** Makes {@code button} of {@code part} run {@code commandId} when pressed. */
	public static void bind(Button button, IWorkbenchPart part, String commandId) {
		bind(button, part, commandId, () -> {
		});
	}

	/**
	 * Makes {@code button} of {@code part} run {@code commandId} when pressed; when the command is
	 * not enabled, {@code notEnabled} says why in the part (train first, choose a port).
	 */
	public static void bind(Button button, IWorkbenchPart part, String commandId, Runnable notEnabled) {
		button.addListener(SWT.Selection, event -> execute(part, commandId, Map.of(), notEnabled));
	}

	/**
	 * Makes {@code button} run Refresh Devices for {@code list}, its own chooser: in a dialog too,
	 * which has no part, it refreshes exactly that chooser.
	 */
	public static void bindRefresh(Button button, DeviceList list) {
		button.addListener(SWT.Selection, event -> execute(PlatformUI.getWorkbench(), REFRESH_DEVICES, Map.of(), () -> {
		}, context -> context.addVariable(DEVICE_LIST, list)));
	}

	/** As {@link #execute(IWorkbenchPart, String, Map, Runnable)}, doing nothing when not enabled. */
	public static Object execute(IWorkbenchPart part, String commandId, Map<String, String> parameters) {
		return execute(part, commandId, parameters, () -> {
		});
	}

	/**
	 * Runs {@code commandId} with {@code parameters} for a button of {@code part}, as its menu item
	 * would with the part active: the part's project, not whatever was selected elsewhere before.
	 *
	 * @param notEnabled run instead when the command is not enabled for the part
	 * @return the handler's result; null when it did not run (disabled, or failed and logged)
	 */
	public static Object execute(IWorkbenchPart part, String commandId, Map<String, String> parameters,
			Runnable notEnabled) {
		IWorkbenchPartSite site = part.getSite();
		return execute(site, commandId, parameters, notEnabled, context -> {
			context.addVariable(ISources.ACTIVE_PART_NAME, part);
			context.addVariable(ISources.ACTIVE_PART_ID_NAME, site.getId());
			context.addVariable(ISources.ACTIVE_SITE_NAME, site);
			context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, StructuredSelection.EMPTY);
			if (part instanceof IEditorPart editor) {
				context.addVariable(ISources.ACTIVE_EDITOR_NAME, editor);
				context.addVariable(ISources.ACTIVE_EDITOR_ID_NAME, site.getId());
			}
		});
	}

	private static Object execute(IServiceLocator services, String commandId, Map<String, String> parameters,
			Runnable notEnabled, Consumer<IEvaluationContext> variables) {
		ICommandService commands = services.getService(ICommandService.class);
		IHandlerService handlers = services.getService(IHandlerService.class);
		IEvaluationContext context = handlers.createContextSnapshot(false);
		variables.accept(context);
		try {
			ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId),
					parameters);
			return handlers.executeCommandInContext(command, null, context);
		} catch (NotEnabledException e) {
			notEnabled.run();
			return null;
		} catch (CommandException e) {
			ILog.of(ModelCommands.class).error(e.getMessage(), e);
			return null;
		}
	}
}
