package dev.modelbench.train.head;

/** One optimizer step over all parameter arrays, given their (already averaged) gradients. */
interface ParameterUpdate {

	void step(float[][] parameters, float[][] gradients);
}
