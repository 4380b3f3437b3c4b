package dev.modelbench.train.transfer;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import org.eclipse.core.runtime.ILog;

import dev.modelbench.core.persistence.AtomicFileWriter;

/**
 * The feature vectors of samples already seen by one extractor, so training again after adding a
 * few samples extracts only the new ones. Keyed by the hash of each file's bytes (and the
 * augmentation variant), so renaming or moving a sample keeps its entry and changing it does not.
 * Only an optimisation: a missing or damaged cache file is the same as an empty one.
 *
 * <pre>
 * "MBFC" int32 version, int32 featureCount, int32 entries,
 *   per entry: int32 keyLength, UTF-8 key, float32[featureCount]
 * int32 CRC-32 of all bytes before it        (little-endian)
 * </pre>
 */
final class FeatureCache {

	private static final byte[] MAGIC = { 'M', 'B', 'F', 'C' };
	private static final int VERSION = 1;

	private final Path file;
	private final int featureCount;
	private final Map<String, float[]> stored;
	/** What this run used or added: what {@link #save()} keeps, so the cache never outgrows the project. */
	private final Map<String, float[]> used = new LinkedHashMap<>();

	private FeatureCache(Path file, int featureCount, Map<String, float[]> stored) {
		this.file = file;
		this.featureCount = featureCount;
		this.stored = stored;
	}

	/** The cache of extractor {@code identity} in {@code folder}; empty when there is none yet. */
	static FeatureCache open(Path folder, String identity, int featureCount) {
		Path file = folder.resolve(identity.replaceAll("[^A-Za-z0-9._-]", "_") + ".features"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Map<String, float[]> stored = new HashMap<>();
		try {
			stored = read(Files.readAllBytes(file), featureCount);
		} catch (NoSuchFileException e) {
			// first training of this project
		} catch (IOException | RuntimeException e) {
			ILog.of(FeatureCache.class).warn("Ignoring the damaged feature cache " + file + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new FeatureCache(file, featureCount, stored);
	}

	/** The cached features for {@code key}, or null. */
	float[] get(String key) {
		float[] features = stored.get(key);
		if (features != null) {
			used.put(key, features);
		}
		return features;
	}

	void put(String key, float[] features) {
		if (features.length != featureCount) {
			throw new IllegalArgumentException(features.length + " features, expected " + featureCount); //$NON-NLS-1$
		}
		stored.put(key, features);
		used.put(key, features);
	}

	/** Writes the entries of this run, replacing the file atomically; a failure is only logged. */
	void save() {
		try {
			Files.createDirectories(file.getParent());
			byte[] bytes = toBytes();
			new AtomicFileWriter().write(file, out -> out.write(bytes));
		} catch (IOException e) {
			ILog.of(FeatureCache.class).warn("Could not save the feature cache " + file + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private byte[] toBytes() {
		int size = MAGIC.length + 12 + 4;
		for (String key : used.keySet()) {
			size += 4 + key.getBytes(StandardCharsets.UTF_8).length + 4 * featureCount;
		}
		ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(MAGIC).putInt(VERSION).putInt(featureCount).putInt(used.size());
		for (Map.Entry<String, float[]> entry : used.entrySet()) {
			byte[] key = entry.getKey().getBytes(StandardCharsets.UTF_8);
			buffer.putInt(key.length).put(key);
			for (float value : entry.getValue()) {
				buffer.putFloat(value);
			}
		}
		CRC32 crc = new CRC32();
		crc.update(buffer.array(), 0, buffer.position());
		buffer.putInt((int) crc.getValue());
		return buffer.array();
	}

	private static Map<String, float[]> read(byte[] bytes, int featureCount) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, Math.max(0, bytes.length - 4));
		try {
			byte[] magic = new byte[MAGIC.length];
			buffer.get(magic);
			if (!java.util.Arrays.equals(magic, MAGIC) || buffer.getInt() != VERSION
					|| buffer.getInt() != featureCount || buffer.getInt(bytes.length - 4) != (int) crc.getValue()) {
				throw new IOException("not a feature cache of this extractor"); //$NON-NLS-1$
			}
			int entries = buffer.getInt();
			Map<String, float[]> map = new HashMap<>(Math.max(16, entries * 2));
			for (int i = 0; i < entries; i++) {
				byte[] key = new byte[buffer.getInt()];
				buffer.get(key);
				float[] features = new float[featureCount];
				buffer.asFloatBuffer().get(features);
				buffer.position(buffer.position() + 4 * featureCount);
				map.put(new String(key, StandardCharsets.UTF_8), features);
			}
			return map;
		} catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
			throw new IOException("truncated feature cache", e); //$NON-NLS-1$
		}
	}
}
