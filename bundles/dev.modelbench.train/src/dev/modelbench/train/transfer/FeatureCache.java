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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import org.eclipse.core.runtime.ILog;

import dev.modelbench.core.persistence.AtomicFileWriter;

/**
 * The feature vectors of samples already seen by one extractor, so training again after adding a
 * few samples extracts only the new ones. Keyed by the hash of each file's bytes (and the
 * augmentation variant), so renaming or moving a sample keeps its entry and changing it does not.
 * It also keeps the keys of variants a sample has none of (the clip-art copy of a grey image), so
 * that training again need not decode the image to find that out. Only an optimisation: a missing,
 * damaged or older cache file is the same as an empty one.
 *
 * <pre>
 * "MBFC" int32 version, int32 featureCount, int32 entries,
 *   per entry: int32 keyLength, UTF-8 key, float32[featureCount]
 * int32 absentEntries, per entry: int32 keyLength, UTF-8 key
 * int32 CRC-32 of all bytes before it        (little-endian)
 * </pre>
 */
final class FeatureCache {

	private static final byte[] MAGIC = { 'M', 'B', 'F', 'C' };
	private static final int VERSION = 2;

	private final Path file;
	private final int featureCount;
	private final Map<String, float[]> stored;
	private final Set<String> storedAbsent;
	/** What this run used or added: what {@link #save()} keeps, so the cache never outgrows the project. */
	private final Map<String, float[]> used = new LinkedHashMap<>();
	private final Set<String> usedAbsent = new LinkedHashSet<>();

	private FeatureCache(Path file, int featureCount, Map<String, float[]> stored, Set<String> storedAbsent) {
		this.file = file;
		this.featureCount = featureCount;
		this.stored = stored;
		this.storedAbsent = storedAbsent;
	}

	/** What a cache file holds. */
	private record Contents(Map<String, float[]> features, Set<String> absent) {
	}

	/** The cache of extractor {@code identity} in {@code folder}; empty when there is none yet. */
	static FeatureCache open(Path folder, String identity, int featureCount) {
		Path file = folder.resolve(identity.replaceAll("[^A-Za-z0-9._-]", "_") + ".features"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Contents stored = new Contents(new HashMap<>(), new HashSet<>());
		try {
			stored = read(Files.readAllBytes(file), featureCount);
		} catch (NoSuchFileException e) {
			// first training of this project
		} catch (IOException | RuntimeException e) {
			ILog.of(FeatureCache.class).warn("Ignoring the damaged feature cache " + file + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new FeatureCache(file, featureCount, stored.features(), stored.absent());
	}

	/** The cached features for {@code key}, or null. */
	float[] get(String key) {
		float[] features = stored.get(key);
		if (features != null) {
			used.put(key, features);
		}
		return features;
	}

	/** Whether an earlier run found that the sample has no variant {@code key}. */
	boolean isAbsent(String key) {
		boolean absent = storedAbsent.contains(key);
		if (absent) {
			usedAbsent.add(key);
		}
		return absent;
	}

	/** Notes that the sample has no variant {@code key}. */
	void putAbsent(String key) {
		storedAbsent.add(key);
		usedAbsent.add(key);
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
		int size = MAGIC.length + 12 + 4 + 4;
		for (String key : used.keySet()) {
			size += keyBytes(key) + 4 * featureCount;
		}
		for (String key : usedAbsent) {
			size += keyBytes(key);
		}
		ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put(MAGIC).putInt(VERSION).putInt(featureCount).putInt(used.size());
		for (Map.Entry<String, float[]> entry : used.entrySet()) {
			putKey(buffer, entry.getKey());
			for (float value : entry.getValue()) {
				buffer.putFloat(value);
			}
		}
		buffer.putInt(usedAbsent.size());
		for (String absent : usedAbsent) {
			putKey(buffer, absent);
		}
		CRC32 crc = new CRC32();
		crc.update(buffer.array(), 0, buffer.position());
		buffer.putInt((int) crc.getValue());
		return buffer.array();
	}

	private static Contents read(byte[] bytes, int featureCount) throws IOException {
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
				String key = key(buffer);
				float[] features = new float[featureCount];
				buffer.asFloatBuffer().get(features);
				buffer.position(buffer.position() + 4 * featureCount);
				map.put(key, features);
			}
			int absentEntries = buffer.getInt();
			Set<String> absent = new HashSet<>();
			for (int i = 0; i < absentEntries; i++) {
				absent.add(key(buffer));
			}
			return new Contents(map, absent);
		} catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
			throw new IOException("truncated feature cache", e); //$NON-NLS-1$
		}
	}

	/** The bytes {@link #putKey} writes for {@code key}. */
	private static int keyBytes(String key) {
		return 4 + key.getBytes(StandardCharsets.UTF_8).length;
	}

	/** Writes {@code key} as {@link #key(ByteBuffer)} reads it back: its UTF-8 length, then its bytes. */
	private static void putKey(ByteBuffer buffer, String key) {
		byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
		buffer.putInt(bytes.length).put(bytes);
	}

	private static String key(ByteBuffer buffer) {
		byte[] key = new byte[buffer.getInt()];
		buffer.get(key);
		return new String(key, StandardCharsets.UTF_8);
	}
}
