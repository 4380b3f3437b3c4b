package dev.modelbench.releng.mobilenet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import dev.modelbench.releng.mobilenet.GreyImageDatasets.Split;
import dev.modelbench.releng.mobilenet.MobileNetV2FeatureGraph.Pooling;
import dev.modelbench.releng.mobilenet.MobileNetV2FeatureGraph.WeightStorage;

/**
 * Compares candidate cut layers: ONNX file size, ONNX Runtime latency (one intra-op thread, batch 1) and
 * the test accuracy of a softmax head trained on few examples per class of each dataset.
 *
 * <pre>
 * CutLayerBenchmark --package DIR [--fashion-mnist DIR] [--digits digits.png]
 *                   [--cuts 10:2x2,13:global,16:global,final:global] [--per-class 30] [--test-per-class 200]
 *                   [--repeats 5] [--l2 1e-3,1e-2,1e-1] [--rounds 6] [--timed-runs 50]
 * </pre>
 */
public final class CutLayerBenchmark {

    private static final int BATCH = 32;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = ConvertMobileNet.parseOptions(args);
        TfjsLayersModel source = ConvertMobileNet.readNsfwjsMobileNet(Path.of(ConvertMobileNet.require(opts, "package")));
        String[] cuts = opts.getOrDefault("cuts", "10:2x2,13:global,16:global,final:global").split(",");
        int perClass = Integer.parseInt(opts.getOrDefault("per-class", "30"));
        int testPerClass = Integer.parseInt(opts.getOrDefault("test-per-class", "200"));
        int repeats = Integer.parseInt(opts.getOrDefault("repeats", "5"));
        int timedRuns = Integer.parseInt(opts.getOrDefault("timed-runs", "50"));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "6"));
        double[] l2s = Arrays.stream(opts.getOrDefault("l2", "1e-3,1e-2,1e-1").split(",")).mapToDouble(Double::parseDouble).toArray();

        List<Split> datasets = new ArrayList<>();
        if (opts.containsKey("fashion-mnist")) {
            datasets.add(GreyImageDatasets.fashionMnist(Path.of(opts.get("fashion-mnist"))));
        }
        if (opts.containsKey("digits")) {
            datasets.add(GreyImageDatasets.opencvDigits(Path.of(opts.get("digits"))));
        }
        List<Protocol> protocols = new ArrayList<>();
        for (Split s : datasets) {
            protocols.add(new Protocol(s, perClass, testPerClass, repeats));
        }
        System.out.printf("protocol: %d train images per class (%d random draws), %d test images per class, "
                + "softmax head (Adam, 400 iterations), L2 in %s%n", perClass, repeats, testPerClass, Arrays.toString(l2s));

        // Latency first, round-robin over all candidate files so that drift (thermal, other load) hits all alike.
        int n = cuts.length;
        String[] layers = new String[n], names = new String[n];
        Pooling[] poolings = new Pooling[n];
        byte[][] uint8 = new byte[n][], float32 = new byte[n][];
        List<OnnxFeatureExtractor> extractors = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String[] cutAndPool = cuts[c].split(":");
            layers[c] = MobileNetV2FeatureGraph.cutLayerName(source, cutAndPool[0]);
            poolings[c] = Pooling.parse(cutAndPool[1]);
            names[c] = "block " + cutAndPool[0] + " + " + poolings[c] + " (" + layers[c] + ")";
            uint8[c] = MobileNetV2FeatureGraph.build(source, layers[c], poolings[c], WeightStorage.UINT8, Map.of()).toByteArray();
            float32[c] = MobileNetV2FeatureGraph.build(source, layers[c], poolings[c], WeightStorage.FLOAT32, Map.of()).toByteArray();
            extractors.add(new OnnxFeatureExtractor(uint8[c]));
            extractors.add(new OnnxFeatureExtractor(float32[c]));
        }
        double[][] ms = latencies(extractors, protocols.isEmpty() ? null : protocols.get(0), rounds, timedRuns);
        for (OnnxFeatureExtractor e : extractors) {
            e.close();
        }

        List<String> rows = new ArrayList<>();
        for (Protocol p : protocols) { // baseline: the head on the raw pixels
            rows.add(row("pixels (" + p.split.width() + "x" + p.split.height() + ")", p.split.width() * p.split.height(),
                    "-", "-", p, l2s, p.pixelFeatures()));
        }
        for (int c = 0; c < n; c++) {
            String size = String.format("%.0f KB (float32: %.0f KB)", uint8[c].length / 1024.0, float32[c].length / 1024.0);
            String latency = String.format("%.2f (float32 file: %.2f)", median(ms[2 * c]), median(ms[2 * c + 1]));
            if (protocols.isEmpty()) {
                rows.add(String.format("| %s | - | %s | %s |", names[c], size, latency));
                System.out.println(rows.get(rows.size() - 1));
            }
            try (OnnxFeatureExtractor extractor = new OnnxFeatureExtractor(uint8[c])) {
                for (Protocol p : protocols) {
                    rows.add(row(names[c], -1, size, latency, p, l2s, p.features(extractor)));
                }
            }
        }
        StringBuilder header = new StringBuilder("| features | dim | ONNX size (uint8) | ms/image, median | dataset |");
        for (double l2 : l2s) {
            header.append(" acc L2=").append(l2).append(" |");
        }
        System.out.println(header);
        System.out.println(header.toString().replaceAll("[^|]+", "---"));
        rows.forEach(System.out::println);
    }

    private static String row(String name, int dim, String size, String latency, Protocol p, double[] l2s, float[][] features) {
        StringBuilder sb = new StringBuilder(String.format("| %s | %d | %s | %s | %s |", name,
                dim > 0 ? dim : features[0].length, size, latency, p.split.name()));
        for (double l2 : l2s) {
            double[] acc = p.accuracies(features, l2);
            double mean = Arrays.stream(acc).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(acc).map(a -> (a - mean) * (a - mean)).sum() / Math.max(1, acc.length - 1));
            sb.append(String.format(" %.3f ± %.3f |", mean, sd));
        }
        System.out.println(sb);
        return sb.toString();
    }

    /**
     * Batch-1 latency in ms over real test images, {@code runs} per extractor and round after a warm-up,
     * extractors taken in turn each round.
     */
    private static double[][] latencies(List<OnnxFeatureExtractor> extractors, Protocol p, int rounds, int runs) throws Exception {
        float[] one = new float[ImagePreprocessing.PIXELS_PER_IMAGE];
        Random random = new Random(7);
        double[][] ms = new double[extractors.size()][rounds * runs];
        for (int round = -1; round < rounds; round++) { // round -1 is the warm-up
            for (int e = 0; e < extractors.size(); e++) {
                for (int r = 0; r < runs; r++) {
                    if (p != null) {
                        p.preprocess(p.testIndices[random.nextInt(p.testIndices.length)], true, one, 0);
                    } else {
                        for (int i = 0; i < one.length; i++) {
                            one[i] = random.nextFloat();
                        }
                    }
                    long t0 = System.nanoTime();
                    extractors.get(e).features(one, 1);
                    if (round >= 0) {
                        ms[e][round * runs + r] = (System.nanoTime() - t0) / 1e6;
                    }
                }
            }
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Fixed random draws: {@code repeats} training sets of perClass images per class, one test set. */
    private static final class Protocol {
        final Split split;
        final int[][] trainDraws; // indices into the train pool
        final int[] trainIndices; // union of the draws, sorted
        final int[] testIndices; // indices into the test pool

        Protocol(Split split, int perClass, int testPerClass, int repeats) {
            this.split = split;
            trainDraws = new int[repeats][];
            TreeSet<Integer> union = new TreeSet<>();
            for (int r = 0; r < repeats; r++) {
                trainDraws[r] = stratified(split.trainLabels(), split.classes(), perClass, new Random(1000 + r));
                Arrays.stream(trainDraws[r]).forEach(union::add);
            }
            trainIndices = union.stream().mapToInt(Integer::intValue).toArray();
            testIndices = stratified(split.testLabels(), split.classes(), testPerClass, new Random(42));
        }

        static int[] stratified(int[] labels, int classes, int perClass, Random random) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, random);
            int[] taken = new int[classes];
            int[] out = new int[classes * perClass];
            int n = 0;
            for (int i : order) {
                if (taken[labels[i]] < perClass) {
                    taken[labels[i]]++;
                    out[n++] = i;
                }
            }
            if (n != out.length) {
                throw new IllegalArgumentException("not enough images per class");
            }
            return out;
        }

        void preprocess(int index, boolean test, float[] out, int offset) {
            byte[] image = test ? split.testImages()[index] : split.trainImages()[index];
            ImagePreprocessing.greyToNchw(image, split.width(), split.height(), out, offset);
        }

        /** Features of all train-union images followed by all test images. */
        float[][] features(OnnxFeatureExtractor extractor) throws Exception {
            int total = trainIndices.length + testIndices.length;
            float[][] out = new float[total][];
            float[] batch = new float[BATCH * ImagePreprocessing.PIXELS_PER_IMAGE];
            for (int start = 0; start < total; start += BATCH) {
                int n = Math.min(BATCH, total - start);
                for (int i = 0; i < n; i++) {
                    int k = start + i;
                    boolean test = k >= trainIndices.length;
                    preprocess(test ? testIndices[k - trainIndices.length] : trainIndices[k], test, batch,
                            i * ImagePreprocessing.PIXELS_PER_IMAGE);
                }
                float[][] f = extractor.features(batch, n);
                System.arraycopy(f, 0, out, start, n);
            }
            return out;
        }

        float[][] pixelFeatures() {
            int total = trainIndices.length + testIndices.length;
            float[][] out = new float[total][];
            for (int k = 0; k < total; k++) {
                boolean test = k >= trainIndices.length;
                byte[] image = test ? split.testImages()[testIndices[k - trainIndices.length]] : split.trainImages()[trainIndices[k]];
                out[k] = new float[image.length];
                for (int j = 0; j < image.length; j++) {
                    out[k][j] = (image[j] & 0xff) / 255f;
                }
            }
            return out;
        }

        /** Test accuracy of one head per training draw; {@code features} as returned by {@link #features}. */
        double[] accuracies(float[][] features, double l2) {
            float[][] test = Arrays.copyOfRange(features, trainIndices.length, features.length);
            int[] testLabels = Arrays.stream(testIndices).map(i -> split.testLabels()[i]).toArray();
            double[] acc = new double[trainDraws.length];
            for (int r = 0; r < trainDraws.length; r++) {
                float[][] x = new float[trainDraws[r].length][];
                int[] y = new int[x.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = features[Arrays.binarySearch(trainIndices, trainDraws[r][i])];
                    y[i] = split.trainLabels()[trainDraws[r][i]];
                }
                acc[r] = SoftmaxRegression.train(x, y, split.classes(), l2, 400, 0.01).accuracy(test, testLabels);
            }
            return acc;
        }
    }
}
