package dev.modelbench.train.sound;

import java.util.List;

import dev.modelbench.train.onnx.OnnxGraphs;
import dev.modelbench.train.onnx.proto.Onnx.GraphProto;

/**
 * The ONNX nodes that compute {@link LogMelSpectrogram} inside a model, so an exported sound model
 * takes raw PCM and nobody has to reproduce the features elsewhere: Unsqueeze, STFT (opset 17) with
 * the same periodic Hann window, |X|², the same mel filter bank as a constant matrix, log, minus the window's mean.
 */
public final class SoundFeatureGraph {

	/** The graph input: float32 [batch, {@value LogMelSpectrogram#WINDOW_SAMPLES}] samples at 16 kHz, -1..1. */
	public static final String INPUT = "audio"; //$NON-NLS-1$

	private SoundFeatureGraph() {
	}

	/**
	 * Adds the input and the nodes to {@code graph}.
	 *
	 * @return the name of the tensor holding the features, float32 [batch, frames, bands]
	 */
	public static String addTo(GraphProto.Builder graph) {
		graph.addInput(OnnxGraphs.floatValue(INPUT, "batch", LogMelSpectrogram.WINDOW_SAMPLES)); //$NON-NLS-1$
		graph.addInitializer(OnnxGraphs.longs("features_channel_axis", new long[] { 1 }, new long[] { 2 })); //$NON-NLS-1$
		graph.addInitializer(OnnxGraphs.longs("features_hop", new long[0], new long[] { LogMelSpectrogram.HOP })); //$NON-NLS-1$
		graph.addInitializer(OnnxGraphs.longs("features_frame_length", new long[0], //$NON-NLS-1$
				new long[] { LogMelSpectrogram.FRAME_LENGTH }));
		graph.addInitializer(OnnxGraphs.floats("features_window", new long[] { LogMelSpectrogram.FRAME_LENGTH }, //$NON-NLS-1$
				LogMelSpectrogram.window()));
		graph.addInitializer(OnnxGraphs.longs("features_last_axis", new long[] { 1 }, new long[] { -1 })); //$NON-NLS-1$
		graph.addInitializer(OnnxGraphs.floats("features_mel", //$NON-NLS-1$
				new long[] { LogMelSpectrogram.FRAME_LENGTH / 2 + 1, LogMelSpectrogram.MEL_BANDS },
				LogMelSpectrogram.filterMatrix()));
		graph.addInitializer(OnnxGraphs.floats("features_log_offset", new long[0], //$NON-NLS-1$
				new float[] { (float) LogMelSpectrogram.LOG_OFFSET }));

		graph.addNode(OnnxGraphs.node("Unsqueeze", "features_signal", List.of(INPUT, "features_channel_axis"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		graph.addNode(OnnxGraphs.node("STFT", "features_stft", //$NON-NLS-1$ //$NON-NLS-2$
				List.of("features_signal", "features_hop", "features_window", "features_frame_length"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				OnnxGraphs.attribute("onesided", 1L))); //$NON-NLS-1$
		graph.addNode(OnnxGraphs.node("Mul", "features_squared", List.of("features_stft", "features_stft"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		graph.addNode(OnnxGraphs.node("ReduceSum", "features_power", //$NON-NLS-1$ //$NON-NLS-2$
				List.of("features_squared", "features_last_axis"), OnnxGraphs.attribute("keepdims", 0L))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		graph.addNode(OnnxGraphs.node("MatMul", "features_mel_energy", List.of("features_power", "features_mel"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		graph.addNode(OnnxGraphs.node("Add", "features_offset", List.of("features_mel_energy", "features_log_offset"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		graph.addNode(OnnxGraphs.node("Log", "features_log_mel", List.of("features_offset"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// Opset 17's ReduceMean takes its axes as an attribute (an input only from opset 18).
		graph.addNode(OnnxGraphs.node("ReduceMean", "features_window_mean", List.of("features_log_mel"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				OnnxGraphs.ints("axes", 1, 2), OnnxGraphs.attribute("keepdims", 1L))); //$NON-NLS-1$ //$NON-NLS-2$
		graph.addNode(OnnxGraphs.node("Sub", "features_centred", List.of("features_log_mel", "features_window_mean"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return "features_centred"; //$NON-NLS-1$
	}
}
