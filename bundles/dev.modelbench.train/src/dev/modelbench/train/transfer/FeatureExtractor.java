package dev.modelbench.train.transfer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.modelbench.train.image.ImageTensor;
import dev.modelbench.train.onnx.OnnxSessions;

/**
 * A frozen, pretrained image network cut before its classifier, run by ONNX Runtime: it turns an
 * image into a feature vector on which a small head learns the user's classes from few samples.
 * The model file lies in this bundle's {@code extractors/} folder (see the README there). Safe to
 * share between threads.
 */
public final class FeatureExtractor implements AutoCloseable {

	/**
	 * The extractor Model Bench trains on by default: MobileNetV2 to block 13, the outputs of blocks
	 * 10 and 13 each 2×2 average pooled and concatenated (1024 features). With the clip-art copies of
	 * {@link TransferLearning#TransferLearning()} it beat block 10 alone on the benchmark's four sets
	 * (releng/benchmarks/README.md).
	 */
	public static final String DEFAULT = "mobilenet_v2_block10_13_2x2"; //$NON-NLS-1$

	/** The earlier default, block 10 alone (384 features): still shipped, so the models trained on it load. */
	public static final String BLOCK_10 = "mobilenet_v2_block10_2x2"; //$NON-NLS-1$

	private static final String FOLDER = "/extractors/"; //$NON-NLS-1$

	private final String name;
	private final byte[] model;
	private final String fingerprint;
	private final OrtSession session;
	private final String inputName;
	private final int inputSize;
	private final int featureCount;

	private FeatureExtractor(String name, byte[] model) throws OrtException {
		this.name = name;
		this.model = model;
		this.fingerprint = sha256(model).substring(0, 16);
		this.session = OnnxSessions.open(model);
		Map.Entry<String, NodeInfo> input = session.getInputInfo().entrySet().iterator().next();
		this.inputName = input.getKey();
		long[] inputShape = ((TensorInfo) input.getValue().getInfo()).getShape();
		this.inputSize = (int) inputShape[3];
		long[] outputShape = ((TensorInfo) session.getOutputInfo().values().iterator().next().getInfo()).getShape();
		this.featureCount = (int) outputShape[1];
	}

	/**
	 * Opens the extractor {@code name} shipped in this bundle.
	 *
	 * @throws IllegalArgumentException when there is none of that name
	 */
	public static FeatureExtractor open(String name) {
		try (InputStream in = FeatureExtractor.class.getResourceAsStream(FOLDER + name + ".onnx")) { //$NON-NLS-1$
			if (in == null) {
				throw new IllegalArgumentException("No feature extractor " + name); //$NON-NLS-1$
			}
			return new FeatureExtractor(name, in.readAllBytes());
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a damaged installation
		} catch (OrtException e) {
			throw new IllegalStateException("ONNX Runtime cannot run the feature extractor " + name, e); //$NON-NLS-1$
		}
	}

	/**
	 * Opens an extractor from an ONNX file that follows the same contract (input NCHW RGB 0..1,
	 * output [N, features]), e.g. another cut made with the converter, for measurements.
	 */
	public static FeatureExtractor open(Path file) throws IOException {
		String fileName = file.getFileName().toString();
		try {
			return new FeatureExtractor(fileName.replaceFirst("\\.onnx$", ""), Files.readAllBytes(file)); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (OrtException e) {
			throw new IOException("ONNX Runtime cannot run " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The name it is opened by. */
	public String name() {
		return name;
	}

	/**
	 * Name and a hash of the model file: features from extractors of different identity never mix,
	 * and a model trained on one refuses to run on another.
	 */
	public String identity() {
		return name + '@' + fingerprint;
	}

	/** The ONNX model, for an export that appends a head to it. */
	public byte[] model() {
		return model.clone();
	}

	/** Side of the square input in pixels. */
	public int inputSize() {
		return inputSize;
	}

	/** Length of each feature vector. */
	public int featureCount() {
		return featureCount;
	}

	/** The feature vector of one image. */
	public float[] extract(BufferedImage image) {
		return extract(List.of(image))[0];
	}

	/** The feature vectors of several images, computed in one batch. */
	public float[][] extract(List<BufferedImage> images) {
		int values = 3 * inputSize * inputSize;
		float[] batch = new float[images.size() * values];
		for (int i = 0; i < images.size(); i++) {
			ImageTensor.write(images.get(i), inputSize, batch, i * values);
		}
		return run(batch, images.size());
	}

	/** The feature vectors of {@code count} images already in the input layout (NCHW, 0..1). */
	public float[][] run(float[] pixels, int count) {
		long[] shape = { count, 3, inputSize, inputSize };
		try (OnnxTensor input = OnnxTensor.createTensor(OnnxSessions.environment(), FloatBuffer.wrap(pixels), shape);
				OrtSession.Result result = session.run(Map.of(inputName, input))) {
			return (float[][]) result.get(0).getValue();
		} catch (OrtException e) {
			throw new IllegalStateException("The feature extractor " + name + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public void close() {
		try {
			session.close();
		} catch (OrtException e) {
			throw new IllegalStateException(e);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every JDK has SHA-256
		}
	}
}
