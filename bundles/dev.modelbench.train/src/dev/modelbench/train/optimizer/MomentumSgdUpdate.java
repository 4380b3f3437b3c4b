package dev.modelbench.train.optimizer;

/** Stochastic gradient descent with momentum 0.9: velocity = 0.9 velocity + gradient; w -= rate · velocity. */
final class MomentumSgdUpdate implements ParameterUpdate {

	private static final float MOMENTUM = 0.9f;

	private final float learningRate;
	private float[][] velocities;

	MomentumSgdUpdate(double learningRate) {
		this.learningRate = (float) learningRate;
	}

	@Override
	public void step(float[][] parameters, float[][] gradients) {
		if (velocities == null) {
			velocities = AdamUpdate.zerosLike(parameters);
		}
		for (int p = 0; p < parameters.length; p++) {
			float[] w = parameters[p];
			float[] g = gradients[p];
			float[] velocity = velocities[p];
			for (int i = 0; i < w.length; i++) {
				velocity[i] = MOMENTUM * velocity[i] + g[i];
				w[i] -= learningRate * velocity[i];
			}
		}
	}
}
