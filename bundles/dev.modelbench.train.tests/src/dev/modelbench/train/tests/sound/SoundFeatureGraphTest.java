package dev.modelbench.train.tests.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.modelbench.core.tests.fixtures.WavFiles;
import dev.modelbench.train.onnx.OnnxGraphs;
import dev.modelbench.train.onnx.OnnxSessions;
import dev.modelbench.train.onnx.proto.Onnx.GraphProto;
import dev.modelbench.train.onnx.proto.Onnx.ModelProto;
import dev.modelbench.train.onnx.proto.Onnx.OperatorSetIdProto;
import dev.modelbench.train.sound.LogMelSpectrogram;
import dev.modelbench.train.sound.SoundFeatureGraph;

/** ONNX Runtime, given raw PCM, computes the features Model Bench computes in Java. */
class SoundFeatureGraphTest {

	@Test
	void onnxRuntimeComputesTheSameLogMelSpectrogramFromRawAudio() throws Exception {
		Random random = new Random(3);
		float[][] sounds = { WavFiles.tone(440, 0.4, 1, 16_000, 1)[0], noise(random, 0.1f), quietChirp(),
				new float[16_000] };
		for (float[] sound : sounds) {
			float[] java = new LogMelSpectrogram().compute(sound, 0);
			float[] onnx = run(sound);
			assertEquals(java.length, onnx.length);
			for (int i = 0; i < java.length; i++) {
				// In the log domain: float32 FFT against double; the tiniest energies differ most.
				assertEquals(java[i], onnx[i], 2e-3 + 1e-4 * Math.abs(java[i]), "value " + i);
			}
		}
	}

	private static float[] run(float[] sound) throws Exception {
		GraphProto.Builder graph = GraphProto.newBuilder().setName("features");
		String features = SoundFeatureGraph.addTo(graph);
		graph.addOutput(OnnxGraphs.floatValue(features, "batch", LogMelSpectrogram.FRAMES, LogMelSpectrogram.MEL_BANDS));
		ModelProto model = ModelProto.newBuilder().setIrVersion(OnnxGraphs.IR_VERSION)
				.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OnnxGraphs.OPSET))
				.setGraph(graph).build();
		OrtEnvironment environment = OnnxSessions.environment();
		try (OrtSession session = environment.createSession(model.toByteArray());
				OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(sound), new long[] { 1, 16_000 });
				OrtSession.Result result = session.run(Map.of(SoundFeatureGraph.INPUT, input))) {
			float[][][] values = (float[][][]) result.get(0).getValue();
			float[] flat = new float[LogMelSpectrogram.SIZE];
			for (int f = 0; f < LogMelSpectrogram.FRAMES; f++) {
				System.arraycopy(values[0][f], 0, flat, f * LogMelSpectrogram.MEL_BANDS, LogMelSpectrogram.MEL_BANDS);
			}
			return flat;
		}
	}

	private static float[] noise(Random random, float amplitude) {
		float[] samples = new float[16_000];
		for (int i = 0; i < samples.length; i++) {
			samples[i] = (float) (random.nextGaussian() * amplitude);
		}
		return samples;
	}

	private static float[] quietChirp() {
		float[] samples = new float[16_000];
		for (int i = 0; i < samples.length; i++) {
			double t = i / 16_000.0;
			samples[i] = (float) (0.001 * Math.sin(2 * Math.PI * (200 + 3000 * t) * t));
		}
		return samples;
	}
}
