package dev.modelbench.ui.push;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import dev.modelbench.mqtt.BrokerStartException;
import dev.modelbench.mqtt.EmbeddedBroker;

/**
 * The one built-in MQTT broker of this workbench: started from the Result Push panel, shared by
 * every Validation view, and stopped with the workbench so that its non-daemon threads end.
 */
public final class LocalBroker {

	/** Read without the lock: the UI thread asks while a job may be starting the broker. */
	private static volatile EmbeddedBroker running;
	private static boolean stopsWithWorkbench;

	private LocalBroker() {
	}

	/** Starts the built-in broker on {@code port} with SIoT's login; does nothing if one runs. */
	public static synchronized EmbeddedBroker start(int port) throws BrokerStartException {
		if (running == null || !running.isRunning()) {
			running = EmbeddedBroker.start(EmbeddedBroker.Settings.DEFAULT.withPort(port));
			stopWithWorkbench();
		}
		return running;
	}

	private static void stopWithWorkbench() {
		if (!stopsWithWorkbench && PlatformUI.isWorkbenchRunning()) {
			stopsWithWorkbench = true;
			PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
				@Override
				public boolean preShutdown(IWorkbench workbench, boolean forced) {
					return true;
				}

				@Override
				public void postShutdown(IWorkbench workbench) {
					stop();
				}
			});
		}
	}

	/** Stops the built-in broker if it runs. */
	public static synchronized void stop() {
		if (running != null) {
			running.stop();
			running = null;
		}
	}

	public static boolean isRunning() {
		EmbeddedBroker current = running;
		return current != null && current.isRunning();
	}

	/** The port it listens on, or -1 when it does not run. */
	public static int port() {
		EmbeddedBroker current = running;
		return current != null && current.isRunning() ? current.settings().port() : -1;
	}
}
