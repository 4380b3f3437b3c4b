package dev.modelbench.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Refresh Devices: lists again the devices of the chooser whose Refresh button was pressed (it
 * passes itself as {@link ModelCommands#DEVICE_LIST}, since a dialog has no part), else of the
 * active view's chooser (the Deploy view's and the Serial Monitor's port, from their menus).
 */
public final class RefreshDevicesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		DeviceList list = HandlerUtil.getVariable(event, ModelCommands.DEVICE_LIST) instanceof DeviceList pressed
				? pressed
				: Adapters.adapt(HandlerUtil.getActivePart(event), DeviceList.class);
		if (list != null) {
			list.refresh();
		}
		return null;
	}
}
