package dev.modelbench.deploy.sensor;

/**
 * What a session with a board lost, for the status line: each bad frame or sound is dropped and
 * counted here, never delivered.
 *
 * @param brokenReplies replies cut short or garbled on the line
 * @param badPayloads   replies whole but their frame or sound not: bad base64, not a whole JPEG, wrong checksum
 * @param missed        events the board numbered but that never arrived
 * @param delivered     frames and sounds delivered
 * @param numbered      whether the board numbers its events (SSCMA's {@code count})
 */
public record DropCounts(int brokenReplies, int badPayloads, long missed, long delivered, boolean numbered) {

	/**
	 * The frames or sounds lost, all reasons together. Where events are numbered, one cut short
	 * shows as a gap in the numbers and is counted there, not twice.
	 */
	public long dropped() {
		return badPayloads + (numbered ? missed : brokenReplies);
	}
}
