package dev.modelbench.mqtt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.Predicate;

/**
 * Which broker to push to when the user named none. If nothing listens on this computer's MQTT
 * port, Model Bench starts its own broker there ({@link EmbeddedBroker}) so boards on the network
 * can subscribe to it; if something does, it is someone else's broker, and results go to SIoT on a
 * UNIHIKER connected over USB, which is always at 10.1.2.3.
 */
public final class DefaultBroker {

	/** Where the embedded broker is reached from this computer. */
	public static final String LOCAL_HOST = "127.0.0.1"; //$NON-NLS-1$
	/** The address of a UNIHIKER board over USB, where SIoT runs. */
	public static final String UNIHIKER_HOST = "10.1.2.3"; //$NON-NLS-1$
	private static final int PROBE_TIMEOUT_MS = 300;

	/**
	 * The default broker and whether Model Bench must start it.
	 *
	 * @param broker   where to connect, with SIoT's login (the embedded broker uses it too)
	 * @param embedded whether this is the embedded broker, to be started with {@link EmbeddedBroker#start}
	 */
	public record Choice(BrokerSettings broker, boolean embedded) {
	}

	private DefaultBroker() {
	}

	/** Looks at this computer's port 1883 and decides. */
	public static Choice choose() {
		return choose(DefaultBroker::isListening);
	}

	/** Decides with {@code listening} telling whether something accepts connections at an address. */
	public static Choice choose(Predicate<InetSocketAddress> listening) {
		if (listening.test(new InetSocketAddress(LOCAL_HOST, BrokerSettings.MQTT_PORT))) {
			return new Choice(BrokerSettings.siot(UNIHIKER_HOST, BrokerSettings.MQTT_PORT), false);
		}
		return new Choice(BrokerSettings.siot(LOCAL_HOST, BrokerSettings.MQTT_PORT), true);
	}

	/** Whether a TCP connection to {@code address} is accepted. */
	public static boolean isListening(InetSocketAddress address) {
		try (Socket socket = new Socket()) {
			socket.connect(address, PROBE_TIMEOUT_MS);
			return true;
		} catch (IOException e) {
			return false;
		}
	}
}
