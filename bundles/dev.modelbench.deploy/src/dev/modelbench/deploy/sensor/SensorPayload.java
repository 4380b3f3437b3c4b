package dev.modelbench.deploy.sensor;

import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The bytes an SSCMA event carries under a key ({@code image}, {@code audio}), base64 decoded and
 * checked against the {@code crc32} that Model Bench's sketches add; shared by the recording and
 * the results reader so that both drop the same damaged payloads.
 */
final class SensorPayload {

	private SensorPayload() {
	}

	/**
	 * The payload under {@code key}, or null when its base64 is invalid or its checksum is wrong or,
	 * where {@code checksumRequired}, missing.
	 */
	static byte[] of(AtReply reply, String key, boolean checksumRequired) {
		Optional<String> text = reply.text(key);
		if (text.isEmpty()) {
			return null;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(text.get());
		} catch (IllegalArgumentException e) {
			return null;
		}
		Optional<Long> crc = reply.number("crc32"); //$NON-NLS-1$
		boolean right = crc.isPresent() ? crc.get().longValue() == crc32(bytes) : !checksumRequired;
		return right ? bytes : null;
	}

	/** The CRC-32 of zlib and PNG. */
	static long crc32(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return crc.getValue();
	}
}
