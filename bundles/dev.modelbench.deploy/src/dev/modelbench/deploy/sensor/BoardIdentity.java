package dev.modelbench.deploy.sensor;

/**
 * What a board running SSCMA firmware (or Model Bench's capture sketch) says it is.
 *
 * @param id       its device id ({@code AT+ID?}), empty if it gave none
 * @param name     its name ({@code AT+NAME?}), e.g. "Seeed Studio XIAO (ESP32-S3)"
 * @param software its firmware version ({@code AT+VER?}), empty if it gave none
 */
public record BoardIdentity(String id, String name, String software) {

	/** The name Model Bench's capture sketch gives; see capture-protocol.md in the deploy bundle. */
	public static final String CAPTURE_SKETCH_PREFIX = "Model Bench capture"; //$NON-NLS-1$

	/** Whether the board runs Model Bench's own capture sketch (which also has a microphone). */
	public boolean isCaptureSketch() {
		return name.startsWith(CAPTURE_SKETCH_PREFIX);
	}
}
