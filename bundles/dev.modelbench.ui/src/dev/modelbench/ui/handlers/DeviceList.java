package dev.modelbench.ui.handlers;

/**
 * A chooser of devices a user plugs in while it is open (serial ports, cameras, microphones): the
 * Refresh Devices command lists them again.
 */
public interface DeviceList {

	/** Lists the devices again, in the background; the chooser shows them when found. */
	void refresh();
}
