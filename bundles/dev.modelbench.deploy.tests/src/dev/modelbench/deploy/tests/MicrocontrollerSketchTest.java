package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.ExportedModel;
import dev.modelbench.deploy.ModelCodeGenerators;
import dev.modelbench.deploy.ModelTooBigException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.mcu.BoardFit;
import dev.modelbench.deploy.mcu.MicrocontrollerSketch;
import dev.modelbench.deploy.mcu.OnBoardCnn;
import dev.modelbench.deploy.tests.fixtures.HostC;
import dev.modelbench.deploy.tests.fixtures.SyntheticSounds;
import dev.modelbench.train.EpochListener;
import dev.modelbench.train.FeatureSet;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.train.cnn.CnnClassifier;
import dev.modelbench.train.cnn.CnnFile;
import dev.modelbench.train.cnn.CnnShape;
import dev.modelbench.train.cnn.CnnTrainer;
import dev.modelbench.train.cnn.InputStandardization;
import dev.modelbench.train.image.ImageTensor;
import dev.modelbench.train.sound.LogMelSpectrogram;
import dev.modelbench.train.sound.SoundCnn;

/**
 * The C a microcontroller runs: built with the PC's gcc and run on every test sample, it gives the
 * Java model's top class; it compiles for a Cortex-M4; a model too big for a board is refused.
 */
class MicrocontrollerSketchTest {

	private static final CnnShape SOUND_SHAPE = SoundCnn.shape(SyntheticSounds.CLASSES.length);
	private static final int TRAINING_PER_CLASS = 24;
	private static final int TEST_PER_CLASS = 40;

	private static CnnClassifier sound;
	private static List<float[]> trainingFeatures;
	private static List<float[]> testWindows;

	@TempDir
	Path folder;

	/** A sound CNN of the sound kind's shape, trained on synthetic hums, whistles and chirps. */
	@BeforeAll
	static void trainSoundModel() throws Exception {
		LogMelSpectrogram spectrogram = new LogMelSpectrogram();
		trainingFeatures = new ArrayList<>();
		List<Integer> labels = new ArrayList<>();
		testWindows = new ArrayList<>();
		for (int c = 0; c < SyntheticSounds.CLASSES.length; c++) {
			for (int i = 0; i < TRAINING_PER_CLASS; i++) {
				trainingFeatures.add(spectrogram.compute(SyntheticSounds.window(c, 1, i), 0));
				labels.add(c);
			}
			for (int i = 0; i < TEST_PER_CLASS; i++) {
				testWindows.add(SyntheticSounds.window(c, 2, i));
			}
		}
		FeatureSet training = FeatureSet.of(trainingFeatures.toArray(float[][]::new),
				labels.stream().mapToInt(Integer::intValue).toArray());
		sound = new CnnTrainer().train("sound-cnn", SOUND_SHAPE, InputStandardization.Axis.COLUMN,
				new CnnTrainer.Data(List.of(SyntheticSounds.CLASSES), training, List.of(), FeatureSet.empty()),
				TrainingOptions.defaults().withEpochs(6), EpochListener.NONE, new NullProgressMonitor()).model();
	}

	private static Board board(String id) {
		return BoardCatalog.installed().byId(id).orElseThrow();
	}

	@Test
	void theGeneratedCGivesTheJavaModelsTopClassOnEverySoundTestSample() throws Exception {
		MicrocontrollerSketch.Result sketch = new MicrocontrollerSketch().generate(
				new OnBoardCnn("hum whistle chirp", sound, trainingFeatures), board("seeed.xiao.esp32s3.sense"), folder,
				new NullProgressMonitor());
		HostC c = HostC.build(sketch.folder(), "MB_WITH_LOGMEL");
		LogMelSpectrogram spectrogram = new LogMelSpectrogram();
		List<float[]> testFeatures = testWindows.stream().map(w -> spectrogram.compute(w, 0)).toList();

		Agreement fromFeatures = agreement(sound, testFeatures, c.run("features", HostC.floats(testFeatures)));
		Agreement fromSound = agreement(sound, testFeatures, c.run("pcm", HostC.pcm(testWindows)));
		double featureGap = 0;
		List<String> cFeatures = c.run("logmel", HostC.pcm(testWindows));
		for (int n = 0; n < testFeatures.size(); n++) {
			float[] fromC = HostC.values(cFeatures.get(n));
			for (int i = 0; i < fromC.length; i++) {
				featureGap = Math.max(featureGap, Math.abs(fromC[i] - testFeatures.get(n)[i]));
			}
		}

		System.out.printf("Sound CNN %s, %d test samples: top-1 agrees on %d (Java features), %d (C log-mel);"
				+ " max probability gap %.2e / %.2e; max log-mel gap %.2e; Java accuracy %.3f%n", SOUND_SHAPE,
				testFeatures.size(), fromFeatures.agreeing, fromSound.agreeing, fromFeatures.maxGap, fromSound.maxGap,
				featureGap, fromFeatures.accuracy(TEST_PER_CLASS));
		assertEquals(testFeatures.size(), fromFeatures.agreeing, "top-1 of the C on the Java features");
		assertEquals(testFeatures.size(), fromSound.agreeing, "top-1 of the C log-mel and C model on the sound");
		assertTrue(fromFeatures.maxGap < 0.01, "probability gap " + fromFeatures.maxGap);
		assertTrue(featureGap < 1e-2, "log-mel gap " + featureGap);
	}

	/** An image CNN of 3 × 32 × 32 trained on noise with a square of one colour, and test images of the same kinds. */
	private record ImageModel(CnnClassifier cnn, List<float[]> training, List<float[]> test) {

		static ImageModel train() throws Exception {
			CnnShape shape = new CnnShape(3, 32, 32, new int[] { 8, 16 }, 3);
			List<float[]> training = new ArrayList<>();
			List<Integer> labels = new ArrayList<>();
			List<float[]> test = new ArrayList<>();
			for (int n = 0; n < 90; n++) {
				training.add(colouredSquare(n % 3, 1, n));
				labels.add(n % 3);
				test.add(colouredSquare(n % 3, 2, n));
			}
			CnnClassifier cnn = new CnnTrainer().train("cnn", shape, InputStandardization.Axis.CHANNEL,
					new CnnTrainer.Data(List.of("red", "green", "blue"), FeatureSet.of(training.toArray(float[][]::new),
							labels.stream().mapToInt(Integer::intValue).toArray()), List.of(), FeatureSet.empty()),
					TrainingOptions.defaults().withEpochs(4), EpochListener.NONE, new NullProgressMonitor()).model();
			return new ImageModel(cnn, training, test);
		}
	}

	@Test
	void aSoundModelCalibratedOnStandardNormalInputsStillAgrees() throws Exception {
		MicrocontrollerSketch.Result sketch = new MicrocontrollerSketch().generate(new OnBoardCnn("uncalibrated", sound,
				List.of()), board("raspberrypi.pico"), folder, new NullProgressMonitor());
		LogMelSpectrogram spectrogram = new LogMelSpectrogram();
		List<float[]> testFeatures = testWindows.stream().map(w -> spectrogram.compute(w, 0)).toList();

		Agreement agreement = agreement(sound, testFeatures,
				HostC.build(sketch.folder(), "MB_WITH_LOGMEL").run("features", HostC.floats(testFeatures)));

		System.out.printf("Sound CNN calibrated on standard-normal inputs: top-1 agrees on %d of %d, max probability gap %.2e%n",
				agreement.agreeing, testFeatures.size(), agreement.maxGap);
		assertEquals(testFeatures.size(), agreement.agreeing);
	}

	@Test
	void anImageCnnAgreesOnEveryTestImageAndTheCameraScalingIsImageTensors() throws Exception {
		ImageModel model = ImageModel.train();
		CnnClassifier cnn = model.cnn();
		List<float[]> images = model.test();
		List<float[]> training = model.training();
		CnnShape shape = cnn.shape();
		SplittableRandom random = new SplittableRandom(42);
		MicrocontrollerSketch.Result sketch = new MicrocontrollerSketch().generate(
				new OnBoardCnn("colours", cnn, training), board("seeed.xiao.esp32s3.sense"), folder,
				new NullProgressMonitor());
		HostC c = HostC.build(sketch.folder(), "MB_WITH_IMAGE");

		Agreement agreement = agreement(cnn, images, c.run("features", HostC.floats(images)));

		BufferedImage frame = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 120; y++) {
			for (int x = 0; x < 160; x++) {
				frame.setRGB(x, y, random.nextInt(1 << 24));
			}
		}
		float[] java = ImageTensor.of(frame, 32);
		float[] fromC = HostC.values(c.run("image", rgb(frame)).getFirst());
		double imageGap = 0;
		for (int i = 0; i < java.length; i++) {
			imageGap = Math.max(imageGap, Math.abs(java[i] - fromC[i]));
		}
		System.out.printf("Image CNN %s, %d inputs: top-1 agrees on %d, max probability gap %.2e; image scaling gap %.2e%n",
				shape, images.size(), agreement.agreeing, agreement.maxGap, imageGap);
		assertEquals(images.size(), agreement.agreeing);
		assertTrue(imageGap < 1e-5, "image scaling gap " + imageGap);
	}

	@Test
	void theModelCCompilesForACortexM4() throws Exception {
		Path gcc = Path.of("/usr/bin/arm-none-eabi-gcc");
		assumeTrue(Files.isExecutable(gcc), "arm-none-eabi-gcc is not installed (apt-get install gcc-arm-none-eabi"
				+ " libnewlib-arm-none-eabi; .ci/run installs it): the portability check is skipped");
		MicrocontrollerSketch.Result sketch = new MicrocontrollerSketch().generate(
				new OnBoardCnn("cortex", sound, trainingFeatures), board("seeed.xiao.esp32s3.sense"), folder,
				new NullProgressMonitor());
		Files.writeString(sketch.folder().resolve("mb_image.c"), new String(
				MicrocontrollerSketch.class.getResourceAsStream("mb_image.c").readAllBytes()));
		Files.writeString(sketch.folder().resolve("mb_image.h"), new String(
				MicrocontrollerSketch.class.getResourceAsStream("mb_image.h").readAllBytes()));
		StringBuilder sizes = new StringBuilder();
		long soundText = 0;
		for (String source : List.of("mb_cnn.c", "mb_logmel.c", "mb_image.c")) {
			String object = source.replace(".c", ".o");
			Process compile = new ProcessBuilder(gcc.toString(), "-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard",
					"-mfpu=fpv4-sp-d16", "-Os", "-std=c99", "-Wall", "-Wextra", "-Werror", "-c", source, "-o", object)
					.directory(sketch.folder().toFile()).redirectErrorStream(true).start();
			String output = new String(compile.getInputStream().readAllBytes());
			assertEquals(0, compile.waitFor(), source + " for Cortex-M4:\n" + output);
			Process size = new ProcessBuilder("arm-none-eabi-size", object).directory(sketch.folder().toFile())
					.redirectErrorStream(true).start();
			String line = new String(size.getInputStream().readAllBytes()).lines().skip(1).findFirst().orElse("");
			sizes.append(line).append('\n');
			size.waitFor();
			soundText += source.equals("mb_image.c") ? 0 : Long.parseLong(line.strip().split("\\s+")[0]);
		}
		System.out.print("arm-none-eabi-size (text data bss dec hex file):\n" + sizes);
		long estimated = MicrocontrollerSketch.estimate(sound, board("seeed.xiao.esp32s3.sense")).flashNeeded();
		assertTrue(soundText <= estimated && soundText > estimated * 0.8,
				"the flash estimate " + estimated + " B is the compiled size " + soundText + " B or a little more");
	}

	@Test
	void sizesAndLatencyAreEstimatedPerBoardAndTheUnoRefusesTheModelWithTheNumbers() throws Exception {
		for (String id : List.of("seeed.xiao.esp32s3.sense", "espressif.esp32.devkit", "raspberrypi.pico",
				"arduino.uno")) {
			BoardFit fit = MicrocontrollerSketch.estimate(sound, board(id));
			System.out.println(fit.summary() + (fit.fits() ? "" : " - does not fit") + "; weights "
					+ fit.footprint().weightBytes() + " B, code and tables " + fit.footprint().codeBytes()
					+ " B, activations " + fit.footprint().arenaBytes() + " B, " + fit.footprint().macs() + " MACs");
		}
		assertTrue(MicrocontrollerSketch.estimate(sound, board("seeed.xiao.esp32s3.sense")).fits());

		ModelTooBigException refusal = assertThrows(ModelTooBigException.class,
				() -> new MicrocontrollerSketch().generate(new OnBoardCnn("hum whistle chirp", sound, List.of()),
						board("arduino.uno"), folder, new NullProgressMonitor()));

		BoardFit uno = MicrocontrollerSketch.estimate(sound, board("arduino.uno"));
		String message = refusal.getMessage();
		assertTrue(message.contains("Arduino Uno") && message.contains("hum whistle chirp"), message);
		assertTrue(message.contains(java.text.NumberFormat.getIntegerInstance().format(uno.ramNeeded())), message);
		assertTrue(uno.ramNeeded() > uno.ramFree());
		assertTrue(Files.notExists(folder.resolve("hum_whistle_chirp")), "nothing is written for a refused model");
	}

	@Test
	void anImageExportWithItsCnnFileBecomesASketchCalibratedWithoutSamples() throws Exception {
		ImageModel model = ImageModel.train();
		Path export = Files.createDirectories(folder.resolve("export"));
		Files.writeString(export.resolve(ExportedModel.ONNX_FILE), "not read");
		Files.writeString(export.resolve(ExportedModel.YAML_FILE),
				"model_name: \"colours\"\nclass_names: [\"red\", \"green\", \"blue\"]\nimgsz: 32\n");
		Files.write(export.resolve(MicrocontrollerSketch.CNN_FILE), CnnFile.toBytes(model.cnn()));
		Board xiao = board("seeed.xiao.esp32s3.sense");

		List<Path> files = ModelCodeGenerators.forBoard(xiao).orElseThrow().generate(ExportedModel.read(export), xiao,
				folder.resolve("sketch"), new NullProgressMonitor());

		assertEquals(folder.resolve("sketch/colours/colours.ino"), files.getFirst());
		String ino = Files.readString(files.getFirst());
		assertTrue(ino.contains("esp_camera_init") && ino.contains("Serial.print(',')"), ino);
		Agreement agreement = agreement(model.cnn(), model.test(),
				HostC.build(files.getFirst().getParent(), "MB_WITH_IMAGE").run("features", HostC.floats(model.test())));
		System.out.printf("Image CNN calibrated on standard-normal inputs: top-1 agrees on %d of %d, max probability gap %.2e%n",
				agreement.agreeing, model.test().size(), agreement.maxGap);
		assertEquals(model.test().size(), agreement.agreeing);
	}

	@Test
	void anExportWithoutACnnFileIsRefusedWithWhatToDo() throws Exception {
		Path export = Files.createDirectories(folder.resolve("export"));
		Files.writeString(export.resolve(ExportedModel.ONNX_FILE), "not read");
		Files.writeString(export.resolve(ExportedModel.YAML_FILE), "class_names: [\"a\", \"b\"]\nimgsz: 224\n");

		DeployException refusal = assertThrows(DeployException.class, () -> new MicrocontrollerSketch()
				.generate(ExportedModel.read(export), board("raspberrypi.pico"), folder, new NullProgressMonitor()));

		assertTrue(refusal.getMessage().contains(MicrocontrollerSketch.CNN_FILE), refusal.getMessage());
	}

	@Test
	void theSketchesCompileAsCppAgainstTheArduinoApisTheyUse() throws Exception {
		MicrocontrollerSketch generator = new MicrocontrollerSketch();
		OnBoardCnn model = new OnBoardCnn("sound", sound, List.of());
		Path pdm = generator.generate(model, board("seeed.xiao.esp32s3.sense"), folder.resolve("xiao"),
				new NullProgressMonitor()).folder();
		Path analog = generator.generate(model, board("raspberrypi.pico"), folder.resolve("pico"),
				new NullProgressMonitor()).folder();
		Path camera = generator.generate(new OnBoardCnn("camera", ImageModel.train().cnn(), List.of()),
				board("seeed.xiao.esp32s3.sense"), folder.resolve("camera"), new NullProgressMonitor()).folder();

		assertTrue(Files.readString(pdm.resolve("sound.ino")).contains("setPinsPdmRx(42, 41)"));
		assertTrue(Files.readString(analog.resolve("sound.ino")).contains("analogRead(A0)"));
		String cameraIno = Files.readString(camera.resolve("camera.ino"));
		assertTrue(cameraIno.contains("mb_sscma_result(") && cameraIno.contains("frame2jpg(frame"), cameraIno);
		assertTrue(Files.isRegularFile(camera.resolve("mb_sscma.c")), "the camera sketch carries the SSCMA framing");
		for (Path sketch : List.of(pdm, analog, camera)) {
			HostC.checkSketch(sketch);
		}
	}

	@Test
	void theMicrocontrollerBoardsHaveTheSketchGenerator() {
		for (String id : List.of("seeed.xiao.esp32s3.sense", "espressif.esp32.devkit", "raspberrypi.pico",
				"arduino.uno")) {
			assertInstanceOf(MicrocontrollerSketch.class, ModelCodeGenerators.forBoard(board(id)).orElseThrow(), id);
		}
	}

	/** How often the C's top class (first number of each line) is the Java model's, and the largest probability gap. */
	private record Agreement(int agreeing, double maxGap, int correct) {

		double accuracy(int perClass) {
			return (double) correct / (perClass * SyntheticSounds.CLASSES.length);
		}
	}

	private static Agreement agreement(CnnClassifier cnn, List<float[]> inputs, List<String> lines) {
		assertEquals(inputs.size(), lines.size(), "one line per input");
		int agreeing = 0;
		int correct = 0;
		double gap = 0;
		for (int n = 0; n < inputs.size(); n++) {
			Prediction expected = cnn.predict(inputs.get(n));
			float[] c = HostC.values(lines.get(n));
			if ((int) c[0] == expected.classIndex()) {
				agreeing++;
			} else {
				System.out.println("Sample " + n + ": C says " + (int) c[0] + ", Java " + expected.classIndex() + " "
						+ Arrays.toString(expected.probabilities()));
			}
			correct += expected.classIndex() == n / TEST_PER_CLASS ? 1 : 0;
			for (int k = 0; k < expected.probabilities().length; k++) {
				gap = Math.max(gap, Math.abs(expected.probabilities()[k] - c[k + 1]));
			}
		}
		return new Agreement(agreeing, gap, correct);
	}

	/** Noise with a square of more of one colour (0 red, 1 green, 2 blue) somewhere, as the model takes images. */
	private static float[] colouredSquare(int colour, long seed, int index) {
		SplittableRandom random = new SplittableRandom(seed * 7919 + index);
		float[] image = new float[3 * 32 * 32];
		for (int i = 0; i < image.length; i++) {
			image[i] = (float) (0.5 * random.nextDouble());
		}
		int side = 10 + random.nextInt(12);
		int top = random.nextInt(32 - side);
		int left = random.nextInt(32 - side);
		for (int y = top; y < top + side; y++) {
			for (int x = left; x < left + side; x++) {
				image[colour * 1024 + y * 32 + x] += 0.4f;
			}
		}
		return image;
	}

	/** The count, width, height, then the frame's RGB bytes, as cnn_main's image mode reads them. */
	private static byte[] rgb(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(1).putInt(image.getWidth())
				.putInt(image.getHeight()).array());
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int p = image.getRGB(x, y);
				out.write(p >> 16 & 0xFF);
				out.write(p >> 8 & 0xFF);
				out.write(p & 0xFF);
			}
		}
		return out.toByteArray();
	}
}
