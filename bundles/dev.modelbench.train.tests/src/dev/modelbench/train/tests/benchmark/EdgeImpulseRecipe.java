package dev.modelbench.train.tests.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.SoundClassifier;
import dev.modelbench.train.sound.SoundWindows;

/**
 * The recipe's trained network behind Model Bench's sound model interface, so that the benchmark
 * scores it on clips and on a live stream exactly as it scores Model Bench's own model.
 */
record EdgeImpulseRecipe(EdgeImpulseMfcc mfcc, EdgeImpulseConv1d network, List<String> classNames)
		implements SoundClassifier {

	@Override
	public Prediction predict(float[] window) {
		return Prediction.ofLogits(classNames, network.logits(mfcc.compute(window)));
	}

	@Override
	public Prediction predict(Path sampleFile) throws UnreadableSampleException {
		return predict(SoundWindows.of(SoundSamples.read(sampleFile)));
	}

	@Override
	public String kindId() {
		return "edge-impulse-recipe";
	}

	@Override
	public String description() {
		return "Edge Impulse recipe (MFCC 13x50, Conv1D 8-16)";
	}

	@Override
	public Map<String, byte[]> archiveEntries() {
		throw new UnsupportedOperationException("the benchmark's recipe is not saved");
	}

	@Override
	public List<String> exportFormats() {
		return List.of();
	}

	@Override
	public List<Path> export(String format, Path folder, String modelName) {
		throw new UnsupportedOperationException("the benchmark's recipe is not exported");
	}

	@Override
	public void close() {
		// nothing held
	}
}
