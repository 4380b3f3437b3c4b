package dev.modelbench.core.internal.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.modelbench.core.category.BackgroundNoise;
import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.sample.UnreadableSampleException;

/**
 * Cuts a sound dataset's background recordings into one-second samples. Datasets such as Google's
 * Speech Commands ship background noise as a few long recordings ({@code _background_noise_/} holds
 * minute-long ones), which would otherwise be one sample each, short of the 20 training needs: a
 * file of the background class that lasts 1.5 s or more becomes one sample per whole second.
 * Other classes and shorter files stay as they are. The clips live in a scratch folder until closed.
 */
public final class BackgroundRecordings implements AutoCloseable {

	private static final int SECOND = SoundSamples.SAMPLE_RATE;
	/** Long enough for two windows a second apart, as predict's timeline counts them. */
	private static final int LONG = SECOND * 3 / 2;
	private static final String WAV = ".wav"; //$NON-NLS-1$

	private Path scratch;
	private int recordings;

	/** {@code verified} with each long background recording replaced by its one-second clips, in order. */
	public VerifiedDataset cut(VerifiedDataset verified) throws IOException {
		List<ScannedClass> classes = new ArrayList<>();
		for (ScannedClass scannedClass : verified.classes()) {
			if (!BackgroundNoise.isAlias(scannedClass.displayName())) {
				classes.add(scannedClass);
				continue;
			}
			List<ScannedFile> files = new ArrayList<>();
			for (ScannedFile file : scannedClass.files()) {
				files.addAll(clipsOf(file));
			}
			classes.add(new ScannedClass(scannedClass.displayName(), files));
		}
		return new VerifiedDataset(classes, verified.unreadable(), verified.classesLeftEmpty());
	}

	private List<ScannedFile> clipsOf(ScannedFile file) throws IOException {
		float[] audio;
		try {
			audio = SoundSamples.read(file.file());
		} catch (UnreadableSampleException e) {
			return List.of(file); // verified already; left to the import's own handling
		}
		if (audio.length < LONG) {
			return List.of(file);
		}
		String name = file.file().getFileName().toString();
		String stem = name.toLowerCase(Locale.ROOT).endsWith(WAV) ? name.substring(0, name.length() - WAV.length())
				: name;
		// One folder per recording: two recordings of the same name (train/ and val/) must not collide.
		Path folder = Files.createDirectories(scratch().resolve(Integer.toString(++recordings)));
		List<ScannedFile> clips = new ArrayList<>();
		for (int c = 0; c < audio.length / SECOND; c++) {
			String number = String.format(Locale.ROOT, "%03d", c + 1); //$NON-NLS-1$
			Path clip = folder.resolve(stem + '_' + number + WAV);
			try (OutputStream out = Files.newOutputStream(clip)) {
				SoundSamples.writeWav(Arrays.copyOfRange(audio, c * SECOND, (c + 1) * SECOND), out);
			}
			clips.add(new ScannedFile(clip, file.relativeName() + '#' + number, file.givenSplit()));
		}
		return clips;
	}

	private Path scratch() throws IOException {
		if (scratch == null) {
			scratch = Files.createTempDirectory("modelbench-background-"); //$NON-NLS-1$
		}
		return scratch;
	}

	@Override
	public void close() {
		if (scratch != null) {
			RecursiveDelete.quietly(scratch);
		}
	}
}
