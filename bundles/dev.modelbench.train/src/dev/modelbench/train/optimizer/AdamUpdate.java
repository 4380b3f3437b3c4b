package dev.modelbench.train.optimizer;

/** Adam with the usual constants (beta1 0.9, beta2 0.999, epsilon 1e-8) and bias correction. */
final class AdamUpdate implements ParameterUpdate {

	private static final double BETA1 = 0.9;
	private static final double BETA2 = 0.999;
	private static final double EPSILON = 1e-8;

	private final double learningRate;
	private float[][] firstMoments;
	private float[][] secondMoments;
	private int steps;

	AdamUpdate(double learningRate) {
		this.learningRate = learningRate;
	}

	@Override
	public void step(float[][] parameters, float[][] gradients) {
		if (firstMoments == null) {
			firstMoments = zerosLike(parameters);
			secondMoments = zerosLike(parameters);
		}
		steps++;
		double correction1 = 1 - Math.pow(BETA1, steps);
		double correction2 = 1 - Math.pow(BETA2, steps);
		for (int p = 0; p < parameters.length; p++) {
			float[] w = parameters[p];
			float[] g = gradients[p];
			float[] m = firstMoments[p];
			float[] v = secondMoments[p];
			for (int i = 0; i < w.length; i++) {
				m[i] = (float) (BETA1 * m[i] + (1 - BETA1) * g[i]);
				v[i] = (float) (BETA2 * v[i] + (1 - BETA2) * g[i] * g[i]);
				double mHat = m[i] / correction1;
				double vHat = v[i] / correction2;
				w[i] -= (float) (learningRate * mHat / (Math.sqrt(vHat) + EPSILON));
			}
		}
	}

	static float[][] zerosLike(float[][] arrays) {
		float[][] zeros = new float[arrays.length][];
		for (int p = 0; p < arrays.length; p++) {
			zeros[p] = new float[arrays[p].length];
		}
		return zeros;
	}
}
