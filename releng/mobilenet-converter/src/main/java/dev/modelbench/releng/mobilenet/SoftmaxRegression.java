package dev.modelbench.releng.mobilenet;

/**
 * Multinomial logistic regression (the "softmax head"): features standardized with the training set's
 * mean and standard deviation, cross-entropy plus L2 on the weights, full-batch Adam from zero.
 * The standardization folds into the head: W' = W / std, b' = b - W' . mean (one Gemm).
 */
public final class SoftmaxRegression {

    private final double[] mean, std;
    private final double[][] w;
    private final double[] b;

    private SoftmaxRegression(double[] mean, double[] std, double[][] w, double[] b) {
        this.mean = mean;
        this.std = std;
        this.w = w;
        this.b = b;
    }

    public static SoftmaxRegression train(float[][] x, int[] y, int classes, double l2, int iterations, double rate) {
        int n = x.length, d = x[0].length;
        double[] mean = new double[d], std = new double[d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.sqrt(std[j]) + 1e-6;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / std[j];
            }
        }
        double[][] w = new double[classes][d], gw = new double[classes][d], mw = new double[classes][d], vw = new double[classes][d];
        double[] b = new double[classes], gb = new double[classes], mb = new double[classes], vb = new double[classes];
        double[] p = new double[classes];
        final double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        for (int t = 1; t <= iterations; t++) {
            for (int k = 0; k < classes; k++) {
                for (int j = 0; j < d; j++) {
                    gw[k][j] = l2 * w[k][j];
                }
                gb[k] = 0;
            }
            for (int i = 0; i < n; i++) {
                softmax(w, b, z[i], p);
                p[y[i]] -= 1;
                for (int k = 0; k < classes; k++) {
                    double g = p[k] / n;
                    gb[k] += g;
                    double[] gwk = gw[k], zi = z[i];
                    for (int j = 0; j < d; j++) {
                        gwk[j] += g * zi[j];
                    }
                }
            }
            double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
            for (int k = 0; k < classes; k++) {
                for (int j = 0; j < d; j++) {
                    mw[k][j] = beta1 * mw[k][j] + (1 - beta1) * gw[k][j];
                    vw[k][j] = beta2 * vw[k][j] + (1 - beta2) * gw[k][j] * gw[k][j];
                    w[k][j] -= rate * (mw[k][j] / c1) / (Math.sqrt(vw[k][j] / c2) + eps);
                }
                mb[k] = beta1 * mb[k] + (1 - beta1) * gb[k];
                vb[k] = beta2 * vb[k] + (1 - beta2) * gb[k] * gb[k];
                b[k] -= rate * (mb[k] / c1) / (Math.sqrt(vb[k] / c2) + eps);
            }
        }
        return new SoftmaxRegression(mean, std, w, b);
    }

    public int predict(float[] features) {
        double[] z = new double[features.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = (features[j] - mean[j]) / std[j];
        }
        double[] p = new double[b.length];
        softmax(w, b, z, p);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    public double accuracy(float[][] x, int[] y) {
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            if (predict(x[i]) == y[i]) {
                correct++;
            }
        }
        return correct / (double) x.length;
    }

    private static void softmax(double[][] w, double[] b, double[] z, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < b.length; k++) {
            double s = b[k];
            double[] wk = w[k];
            for (int j = 0; j < z.length; j++) {
                s += wk[j] * z[j];
            }
            p[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < b.length; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < b.length; k++) {
            p[k] /= sum;
        }
    }
}
