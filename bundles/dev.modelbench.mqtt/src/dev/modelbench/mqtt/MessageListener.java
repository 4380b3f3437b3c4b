package dev.modelbench.mqtt;

/** Handed every message that arrives on a subscription, on a background thread, in arrival order. */
@FunctionalInterface
public interface MessageListener {

	void messageArrived(ReceivedMessage message);
}
