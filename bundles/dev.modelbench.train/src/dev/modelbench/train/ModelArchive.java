package dev.modelbench.train;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.train.internal.Messages;

/**
 * A trained model as one file: a zip of the entries its {@link ModelKind} wrote, plus a header
 * entry naming the kind. One file, written atomically, so a crash or a cancelled run never leaves
 * half a model, and the previous one stays until the new one is complete.
 *
 * @param kindId  the model kind that reads the entries
 * @param entries the kind's entries by name
 */
public record ModelArchive(String kindId, Map<String, byte[]> entries) {

	/** The usual file name extension. */
	public static final String EXTENSION = ".mbmodel"; //$NON-NLS-1$

	/** The JSON report of the run that made the model, when the project keeps it (optional). */
	public static final String REPORT_ENTRY = "report.json"; //$NON-NLS-1$

	private static final String HEADER = "modelbench-model.properties"; //$NON-NLS-1$
	private static final String KIND = "kind"; //$NON-NLS-1$
	private static final String FORMAT = "format"; //$NON-NLS-1$
	private static final int FORMAT_VERSION = 1;
	/** Far above any model a classroom trains; guards against damaged or hostile files. */
	private static final long MAX_BYTES = 1L << 30;

	public ModelArchive {
		Objects.requireNonNull(kindId, "kindId"); //$NON-NLS-1$
		entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
		if (entries.containsKey(HEADER)) {
			throw new IllegalArgumentException(HEADER + " is reserved"); //$NON-NLS-1$
		}
	}

	/** The archive of {@code model}. */
	public static ModelArchive of(TrainedModel model) {
		return new ModelArchive(model.kindId(), model.archiveEntries());
	}

	/** The entry {@code name}; its absence means the file is damaged. */
	public byte[] entry(String name) throws TrainedModelException {
		byte[] bytes = entries.get(name);
		if (bytes == null) {
			throw new TrainedModelException(NLS.bind(Messages.ModelArchive_damaged, NLS.bind(Messages.ModelArchive_missingEntry, name)));
		}
		return bytes;
	}

	/** The training report's JSON, if the archive holds one. */
	public Optional<String> report() {
		byte[] bytes = entries.get(REPORT_ENTRY);
		return bytes == null ? Optional.empty()
				: Optional.of(new String(bytes, StandardCharsets.UTF_8));
	}

	/** Writes this archive to {@code file}, replacing any previous one only once it is complete. */
	public void save(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		new AtomicFileWriter().write(file, out -> {
			ZipOutputStream zip = new ZipOutputStream(out);
			Properties header = new Properties();
			header.setProperty(KIND, kindId);
			header.setProperty(FORMAT, Integer.toString(FORMAT_VERSION));
			zip.putNextEntry(new ZipEntry(HEADER));
			header.store(zip, null);
			zip.closeEntry();
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
			zip.finish(); // the writer closes the stream
		});
	}

	/**
	 * Reads an archive saved with {@link #save}.
	 *
	 * @throws NoSuchFileException     when there is no file (nothing trained yet)
	 * @throws TrainedModelException when it is damaged or from a newer Model Bench
	 */
	public static ModelArchive load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		} catch (NoSuchFileException e) {
			throw e;
		} catch (IOException e) {
			throw new TrainedModelException(NLS.bind(Messages.ModelArchive_unreadable, file, e.getMessage()), e);
		}
	}

	/** Reads an archive from the bytes of a model file. */
	public static ModelArchive read(byte[] bytes) throws TrainedModelException {
		return read(new ByteArrayInputStream(bytes));
	}

	private static ModelArchive read(InputStream in) throws TrainedModelException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		Properties header = null;
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
				total += bytes.length;
				if (total > MAX_BYTES) {
					throw new TrainedModelException(NLS.bind(Messages.ModelArchive_damaged, Messages.ModelArchive_tooLarge));
				}
				if (entry.getName().equals(HEADER)) {
					header = new Properties();
					header.load(new ByteArrayInputStream(bytes));
				} else {
					entries.put(entry.getName(), bytes);
				}
			}
		} catch (TrainedModelException e) {
			throw e;
		} catch (IOException e) {
			// ZipException, or the end of a cut-off file inside an entry
			throw new TrainedModelException(NLS.bind(Messages.ModelArchive_damaged, e.getMessage()), e);
		}
		if (header == null || header.getProperty(KIND) == null) {
			throw new TrainedModelException(Messages.ModelArchive_notAModel);
		}
		int format;
		try {
			format = Integer.parseInt(header.getProperty(FORMAT, "")); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			throw new TrainedModelException(NLS.bind(Messages.ModelArchive_damaged, FORMAT), e);
		}
		if (format > FORMAT_VERSION) {
			throw new TrainedModelException(NLS.bind(Messages.ModelArchive_newerFormat, format));
		}
		return new ModelArchive(header.getProperty(KIND), entries);
	}
}
