import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Makes the sound benchmark's sets (releng/benchmarks/README.md) from Debian's sonic-pi-samples and
 * the Asterisk prompt packages (asterisk-core-sounds-*-wav, asterisk-prompt-*), with espeak-ng
 * voices and sox variations; every clip is one second of 16 kHz mono WAV, a sound at a random place
 * over room noise.
 *
 * <pre>java MakeSoundSets.java SONIC_PI_SAMPLES_DIR ASTERISK_SOUNDS_ROOT OUT [instruments] [words] [voices]</pre>
 *
 * Writes OUT/instruments and OUT/words, each with labelled/train and labelled/val (what training
 * sees), the held-out test sets and onsets/ (held-out sounds with their leading silence cut, for
 * the live-latency streams), and the real-voice sets OUT/voices-LANGUAGE (see {@link #voices}); only
 * the families named when some are. Needs sox and espeak-ng on the PATH; the same inputs give the
 * same sets.
 */
public class MakeSoundSets {

	static final int RATE = 16_000;
	static final int TRAIN = 30;
	static final int VAL = 10;
	static final int TEST = 20;

	/** Voices training hears, and the unseen speakers of the test. */
	static final List<String> TRAINING_VOICES = List.of("en-us", "en-gb", "en-us+m3", "en-gb+f2", "en-us+m1");
	static final List<String> UNSEEN_VOICES = List.of("en-gb-scotland+m5", "en-029+f4", "en-us+f1", "en-gb-x-rp+m7",
			"en-us-nyc+m2");
	static final List<String> WORDS = List.of("one", "two", "three", "four");
	/** Phrases around the word that no training clip has; %s is the word. */
	static final List<String> PHRASES = List.of("number %s", "%s please", "press %s", "%s again");

	static Path scratch;

	public static void main(String[] args) throws Exception {
		Path sonicPi = Path.of(args[0]);
		Path asterisk = Path.of(args[1]);
		Path out = Path.of(args[2]);
		List<String> families = args.length > 3 ? List.of(args).subList(3, args.length)
				: List.of("instruments", "words", "voices");
		scratch = Files.createTempDirectory("modelbench-sound-sets");
		Noise noise = new Noise(sox(sonicPi.resolve("vinyl_hiss.flac")));
		if (families.contains("instruments")) {
			instruments(sonicPi, noise, out.resolve("instruments"));
		}
		if (families.contains("words")) {
			words(asterisk.resolve("en_US_f_Allison"), noise, out.resolve("words"));
		}
		if (families.contains("voices")) {
			voices(asterisk, noise, out);
		}
		try (Stream<Path> files = Files.walk(scratch)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	/** Kick drums, cymbals, tabla and electronic bleeps; a third of each family's samples are held out. */
	static void instruments(Path sonicPi, Noise noise, Path out) throws Exception {
		String[][] families = { { "kick", "bd_" }, { "cymbal", "drum_cymbal_", "drum_splash_", "elec_cymbal" },
				{ "tabla", "tabla_" }, { "bleep", "elec_beep", "elec_bell", "elec_blip", "elec_blup", "elec_bong",
						"elec_chime", "elec_ping", "elec_plip", "elec_pop", "elec_tick", "elec_twip", "elec_triangle",
						"elec_twang", "elec_flip", "elec_wood" } };
		Random random = new Random(1);
		for (String[] family : families) {
			List<Path> sources = new ArrayList<>();
			try (Stream<Path> files = Files.list(sonicPi)) {
				files.filter(file -> startsWithAny(file.getFileName().toString(), family)).sorted()
						.forEach(sources::add);
			}
			List<float[]> seen = new ArrayList<>();
			List<float[]> heldOut = new ArrayList<>();
			for (int i = 0; i < sources.size(); i++) {
				(i % 3 == 2 ? heldOut : seen).add(sox(sources.get(i), "silence", "1", "0.005", "0.5%", "trim", "0",
						"0.95"));
			}
			String name = family[0];
			System.out.printf("instruments/%s: %d samples, %d held out%n", name, sources.size(), heldOut.size());
			write(out.resolve("labelled/train").resolve(name), varied(seen, TRAIN, noise, false, random));
			write(out.resolve("labelled/val").resolve(name), varied(seen, VAL, noise, false, random));
			write(out.resolve("test").resolve(name), varied(heldOut, TEST, noise, true, random));
			write(out.resolve("onsets").resolve(name), heldOut);
		}
		backgrounds(noise, "background", out, List.of("test"), random);
	}

	/**
	 * One, two, three, four: Asterisk's speaker and five espeak-ng voices train; five other voices
	 * (unseen speakers) and the training voices in phrases around the word (unseen phrases) test.
	 */
	static void words(Path asterisk, Noise noise, Path out) throws Exception {
		Random random = new Random(2);
		for (int w = 0; w < WORDS.size(); w++) {
			String word = WORDS.get(w);
			float[] allison = sox(asterisk.resolve("digits/" + (w + 1) + ".wav"), "silence", "1", "0.01", "1%");
			List<float[]> train = new ArrayList<>();
			List<float[]> val = new ArrayList<>();
			for (int i = 0; i < 15; i++) {
				(i < 10 ? train : val).add(soxVariant(allison, random));
			}
			for (String voice : TRAINING_VOICES) {
				for (int speed : new int[] { 140, 175 }) {
					for (int pitch : new int[] { 40, 60 }) {
						train.add(espeak(voice, speed, pitch, word));
					}
				}
				if (val.size() < VAL) {
					val.add(espeak(voice, 160, 50, word));
				}
			}
			List<float[]> speakers = new ArrayList<>();
			for (String voice : UNSEEN_VOICES) {
				for (int speed : new int[] { 150, 190 }) {
					for (int pitch : new int[] { 30, 70 }) {
						speakers.add(espeak(voice, speed, pitch, word));
					}
				}
			}
			List<float[]> phrases = new ArrayList<>();
			for (String voice : TRAINING_VOICES) {
				for (String phrase : PHRASES) {
					phrases.add(espeak(voice, 160, 50, String.format(Locale.ROOT, phrase, word)));
				}
			}
			System.out.printf("words/%s: %d train, %d val, %d unseen-speaker and %d unseen-phrase clips%n", word,
					train.size(), val.size(), speakers.size(), phrases.size());
			write(out.resolve("labelled/train").resolve(word), placed(train, noise, false, random));
			write(out.resolve("labelled/val").resolve(word), placed(val, noise, false, random));
			write(out.resolve("test-speakers").resolve(word), placed(speakers, noise, true, random));
			write(out.resolve("test-phrases").resolve(word), placed(phrases, noise, true, random));
			write(out.resolve("onsets").resolve(word), speakers.subList(0, UNSEEN_VOICES.size()));
		}
		// Google's Speech Commands name: the import takes it as the background-noise category.
		backgrounds(noise, "_background_noise_", out, List.of("test-speakers", "test-phrases"), random);
	}

	/**
	 * A language of the real-voice sets: its four number words as espeak-ng says them (the class
	 * folders take the word in Latin letters) and the folders of its real speakers' Asterisk prompts
	 * under the sounds root, each with digits/1..4 (WAV or GSM, 8 kHz telephone recordings).
	 */
	record Language(String code, List<String> words, List<String> spoken, List<String> speakers) {
	}

	static final List<Language> LANGUAGES = List.of(
			new Language("en", WORDS, WORDS, List.of("en_US_f_Allison")),
			new Language("es", List.of("uno", "dos", "tres", "cuatro"), List.of("uno", "dos", "tres", "cuatro"),
					List.of("es_MX_f_Allison", "es")),
			new Language("fr", List.of("un", "deux", "trois", "quatre"), List.of("un", "deux", "trois", "quatre"),
					List.of("fr_CA_f_June", "fr")),
			new Language("it", List.of("uno", "due", "tre", "quattro"), List.of("uno", "due", "tre", "quattro"),
					List.of("it_IT_m_Carlo", "it_IT_f_Menardi")),
			new Language("ru", List.of("odin", "dva", "tri", "chetyre"), List.of("один", "два", "три", "четыре"),
					List.of("ru_RU_f_IvrvoiceRU")));

	/** espeak-ng's variants: five train, four others are the unseen synthetic speakers. */
	static final List<String> TRAINING_VARIANTS = List.of("", "+m3", "+f2", "+m1", "+f5");
	static final List<String> UNSEEN_VARIANTS = List.of("+m5", "+f4", "+m7", "+f1");
	/** Placements of each real recording in the tests: another second of noise and level each time. */
	static final int PLACEMENTS = 6;

	/**
	 * The real-voice sets, one per language: OUT/voices-LANGUAGE trains on synthetic voices only
	 * (espeak-ng, as a teacher without recordings would) and tests on unseen synthetic voices
	 * ({@code test-synthetic}) and on every real speaker ({@code test-real}); where a language has
	 * two real speakers, OUT/voices-LANGUAGE-mixed also trains on the first one (sox variations, as
	 * {@link #words} does with Allison) and {@code test-real} holds only the second.
	 */
	static void voices(Path asterisk, Noise noise, Path out) throws Exception {
		Random random = new Random(3);
		for (Language language : LANGUAGES) {
			Path synthetic = out.resolve("voices-" + language.code());
			Path mixed = out.resolve("voices-" + language.code() + "-mixed");
			boolean twoSpeakers = language.speakers().size() > 1;
			for (int w = 0; w < language.words().size(); w++) {
				String word = language.words().get(w);
				String spoken = language.spoken().get(w);
				List<float[]> train = new ArrayList<>();
				List<float[]> val = new ArrayList<>();
				for (String variant : TRAINING_VARIANTS) {
					for (int speed : new int[] { 140, 175 }) {
						for (int pitch : new int[] { 40, 60 }) {
							train.add(espeak(language.code() + variant, speed, pitch, spoken));
						}
					}
					val.add(espeak(language.code() + variant, 160, 50, spoken));
					val.add(espeak(language.code() + variant, 120, 35, spoken));
				}
				List<float[]> unseen = new ArrayList<>();
				for (String variant : UNSEEN_VARIANTS) {
					for (int speed : new int[] { 150, 190 }) {
						for (int pitch : new int[] { 30, 70 }) {
							unseen.add(espeak(language.code() + variant, speed, pitch, spoken));
						}
					}
				}
				List<float[]> real = new ArrayList<>();
				for (String speaker : language.speakers()) {
					real.add(recording(asterisk.resolve(speaker).resolve("digits"), w + 1));
				}
				System.out.printf("voices-%s/%s: %d train, %d val, %d unseen synthetic, %d real speakers%n",
						language.code(), word, train.size(), val.size(), unseen.size(), real.size());
				write(synthetic.resolve("labelled/train").resolve(word), placed(train, noise, false, random));
				write(synthetic.resolve("labelled/val").resolve(word), placed(val, noise, false, random));
				write(synthetic.resolve("test-synthetic").resolve(word), placed(unseen, noise, true, random));
				write(synthetic.resolve("test-real").resolve(word), placedRepeatedly(real, noise, random));
				if (twoSpeakers) {
					List<float[]> mixedTrain = new ArrayList<>(train);
					List<float[]> mixedVal = new ArrayList<>(val);
					for (int i = 0; i < 15; i++) {
						(i < 10 ? mixedTrain : mixedVal).add(soxVariant(real.getFirst(), random));
					}
					write(mixed.resolve("labelled/train").resolve(word), placed(mixedTrain, noise, false, random));
					write(mixed.resolve("labelled/val").resolve(word), placed(mixedVal, noise, false, random));
					write(mixed.resolve("test-real").resolve(word),
							placedRepeatedly(real.subList(1, real.size()), noise, random));
				}
			}
			// As many background clips in test-real as a word has, so that they do not outweigh the voices.
			backgrounds(noise, "_background_noise_", synthetic, List.of("test-synthetic"), random);
			write(synthetic.resolve("test-real/_background_noise_"),
					noise.seconds(PLACEMENTS * language.speakers().size(), true, random));
			if (twoSpeakers) {
				backgrounds(noise, "_background_noise_", mixed, List.of(), random);
				write(mixed.resolve("test-real/_background_noise_"), noise.seconds(PLACEMENTS, true, random));
			}
		}
	}

	/** The prompt for {@code digit} in {@code digits} (WAV or GSM), leading silence cut. */
	static float[] recording(Path digits, int digit) throws Exception {
		Path file = digits.resolve(digit + ".wav");
		if (!Files.exists(file)) {
			file = digits.resolve(digit + ".gsm");
		}
		return sox(file, "silence", "1", "0.01", "1%", "trim", "0", "1.2");
	}

	/** Each recording {@value #PLACEMENTS} times over test noise, at -6 to +3 dB. */
	static List<float[]> placedRepeatedly(List<float[]> recordings, Noise noise, Random random) {
		List<float[]> sounds = new ArrayList<>();
		for (float[] recording : recordings) {
			for (int i = 0; i < PLACEMENTS; i++) {
				float gain = (float) Math.pow(10, (-6 + 9 * random.nextDouble()) / 20);
				float[] sound = recording.clone();
				for (int s = 0; s < sound.length; s++) {
					sound[s] *= gain;
				}
				sounds.add(sound);
			}
		}
		return placed(sounds, noise, true, random);
	}

	static void backgrounds(Noise noise, String folder, Path out, List<String> tests, Random random)
			throws IOException {
		write(out.resolve("labelled/train").resolve(folder), noise.seconds(TRAIN, false, random));
		write(out.resolve("labelled/val").resolve(folder), noise.seconds(VAL, false, random));
		for (String test : tests) {
			write(out.resolve(test).resolve(folder), noise.seconds(TEST, true, random));
		}
	}

	/** {@code count} clips, each a source in turn with sox variations, placed over noise. */
	static List<float[]> varied(List<float[]> sources, int count, Noise noise, boolean test, Random random)
			throws Exception {
		List<float[]> clips = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			clips.add(soxVariant(sources.get(i % sources.size()), random));
		}
		return placed(clips, noise, test, random);
	}

	/** Pitch ±300 cents, tempo 0.85 to 1.15, gain -6 to +3 dB, cut to 0.95 s. */
	static float[] soxVariant(float[] sound, Random random) throws Exception {
		Path in = scratch.resolve("variant-in.wav");
		writeWav(in, sound);
		return sox(in, "pitch", Integer.toString(random.nextInt(601) - 300), "tempo",
				String.format(Locale.ROOT, "%.3f", 0.85 + 0.3 * random.nextDouble()), "gain",
				String.format(Locale.ROOT, "%.1f", -6 + 9 * random.nextDouble()), "trim", "0", "0.95");
	}

	/** Each sound at a random place in one second of room noise (cut to the second if longer). */
	static List<float[]> placed(List<float[]> sounds, Noise noise, boolean test, Random random) {
		List<float[]> clips = new ArrayList<>();
		for (float[] sound : sounds) {
			float[] clip = noise.seconds(1, test, random).getFirst();
			int length = Math.min(sound.length, RATE);
			int at = random.nextInt(RATE - length + 1);
			for (int i = 0; i < length; i++) {
				clip[at + i] += sound[i];
			}
			clips.add(clip);
		}
		return clips;
	}

	/** {@code text} said by espeak-ng, leading silence cut, at most 1.2 s. */
	static float[] espeak(String voice, int speed, int pitch, String text) throws Exception {
		Path file = scratch.resolve("espeak.wav");
		run("espeak-ng", "-v", voice, "-s", Integer.toString(speed), "-p", Integer.toString(pitch), "-w",
				file.toString(), text);
		return sox(file, "silence", "1", "0.01", "1%", "trim", "0", "1.2");
	}

	/** {@code file} through sox to 16 kHz mono 16-bit, with {@code effects}. */
	static float[] sox(Path file, String... effects) throws Exception {
		Path out = scratch.resolve("sox-out.wav");
		List<String> command = new ArrayList<>(List.of("sox", "-R", file.toString(), "-r", "16000", "-c", "1", "-b",
				"16", out.toString()));
		command.addAll(List.of(effects));
		run(command.toArray(String[]::new));
		try (AudioInputStream audio = AudioSystem.getAudioInputStream(out.toFile())) {
			byte[] bytes = audio.readAllBytes();
			ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
			float[] samples = new float[bytes.length / 2];
			for (int i = 0; i < samples.length; i++) {
				samples[i] = buffer.getShort(2 * i) / 32768f;
			}
			return samples;
		}
	}

	static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
	}

	static void write(Path folder, List<float[]> clips) throws IOException {
		Files.createDirectories(folder);
		for (int i = 0; i < clips.size(); i++) {
			writeWav(folder.resolve(String.format(Locale.ROOT, "%s-%02d.wav", folder.getFileName(), i)), clips.get(i));
		}
	}

	static void writeWav(Path file, float[] samples) throws IOException {
		byte[] pcm = new byte[2 * samples.length];
		ByteBuffer buffer = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
		for (float sample : samples) {
			buffer.putShort((short) Math.round(Math.max(-1f, Math.min(1f, sample)) * 32767f));
		}
		AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
		try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples.length)) {
			AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
		}
	}

	static boolean startsWithAny(String name, String[] family) {
		for (int i = 1; i < family.length; i++) {
			if (name.startsWith(family[i]) && name.endsWith(".flac")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Room noise: a second of the vinyl hiss recording (its first half for training, its second for
	 * tests) at -50 to -30 dBFS, with mains hum (50 Hz in training, 60 Hz in tests) and a little
	 * random low-passed noise.
	 */
	record Noise(float[] hiss) {

		List<float[]> seconds(int count, boolean test, Random random) {
			List<float[]> seconds = new ArrayList<>();
			int half = hiss.length / 2;
			for (int n = 0; n < count; n++) {
				float[] second = new float[RATE];
				int from = (test ? half : 0) + random.nextInt(half - RATE);
				double gain = Math.pow(10, (-50 + 20 * random.nextDouble()) / 20) / rms(hiss, from);
				double hum = 0.002 * random.nextDouble();
				double hertz = test ? 60 : 50;
				double smooth = 0;
				for (int i = 0; i < RATE; i++) {
					smooth = 0.9 * smooth + 0.1 * random.nextGaussian();
					second[i] = (float) (gain * hiss[from + i] + hum * Math.sin(2 * Math.PI * hertz * i / RATE)
							+ 0.002 * smooth);
				}
				seconds.add(second);
			}
			return seconds;
		}

		private static double rms(float[] samples, int from) {
			double sum = 0;
			for (int i = from; i < from + RATE; i++) {
				sum += samples[i] * samples[i];
			}
			return Math.sqrt(sum / RATE) + 1e-9;
		}
	}
}
