package dev.modelbench.deploy.sketch;

/** Where a board gets the results the PC's model produces. */
public sealed interface ResultSource {

	/**
	 * Lines over USB serial: {@code label,confidence}, a bare label, or the JSON the MQTT push sends.
	 *
	 * @param baudRate the serial monitor's rate
	 */
	record Serial(int baudRate) implements ResultSource {
	}

	/**
	 * Messages on an MQTT topic over Wi-Fi, as Model Bench's result push publishes them: the label as
	 * text, or JSON {@code {"label","confidence",...}} (SIoT's login is {@code siot}/{@code dfrobot}).
	 */
	record Mqtt(String wifiName, String wifiPassword, String brokerHost, int brokerPort, String user,
			String password, String topic) implements ResultSource {
	}
}
