package dev.modelbench.train.optimizer;

import dev.modelbench.train.OptimizerChoice;

/** One optimizer step over all parameter arrays, given their (already averaged) gradients. */
public interface ParameterUpdate {

	/** Moves every parameter against its gradient; the optimizer keeps its own state between steps. */
	void step(float[][] parameters, float[][] gradients);

	/** A new optimizer of the chosen kind at {@code learningRate}. */
	static ParameterUpdate of(OptimizerChoice choice, double learningRate) {
		return switch (choice.kind()) {
			case ADAM -> new AdamUpdate(learningRate);
			case SGD -> new MomentumSgdUpdate(learningRate);
		};
	}
}
