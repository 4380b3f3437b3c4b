package dev.modelbench.releng.mobilenet;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.modelbench.releng.mobilenet.MobileNetV2FeatureGraph.Pooling;
import dev.modelbench.releng.mobilenet.MobileNetV2FeatureGraph.WeightStorage;

/**
 * Checks converted models against the original: the same preprocessed images go through
 * {@code reference/tfjs-features.mjs} (the nsfwjs model in TensorFlow.js) and through the ONNX
 * models in ONNX Runtime; the features must agree within {@code --tolerance} (default 1e-4).
 *
 * <pre>
 * ReferenceCheck --package DIR [--cuts 10:2x2,13:global,16:global,final:global] [--tolerance 1e-4]
 *                [--node node] [--script reference/tfjs-features.mjs] IMAGE...
 * </pre>
 */
public final class ReferenceCheck {

    public static void main(String[] args) throws Exception {
        List<String> images = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.add(args[i]);
                options.add(args[++i]);
            } else {
                images.add(args[i]);
            }
        }
        Map<String, String> opts = ConvertMobileNet.parseOptions(options.toArray(String[]::new));
        Path pkg = Path.of(ConvertMobileNet.require(opts, "package"));
        String[] cuts = opts.getOrDefault("cuts", "10:2x2,13:global,16:global,final:global").split(",");
        double tolerance = Double.parseDouble(opts.getOrDefault("tolerance", "1e-4"));
        if (images.isEmpty()) {
            throw new IllegalArgumentException("give some image files");
        }

        int n = images.size();
        float[] nchw = new float[n * ImagePreprocessing.PIXELS_PER_IMAGE];
        for (int i = 0; i < n; i++) {
            BufferedImage image = ImageIO.read(new File(images.get(i)));
            if (image == null) {
                throw new IllegalArgumentException("cannot read " + images.get(i));
            }
            ImagePreprocessing.toNchw(image, nchw, i * ImagePreprocessing.PIXELS_PER_IMAGE);
        }

        TfjsLayersModel source = ConvertMobileNet.readNsfwjsMobileNet(pkg);
        Path work = Files.createTempDirectory("mobilenet-reference");
        Path inputs = work.resolve("inputs.f32");
        Files.write(inputs, littleEndian(toNhwc(nchw, n)));
        List<String> command = new ArrayList<>(List.of(opts.getOrDefault("node", "node"),
                opts.getOrDefault("script", "reference/tfjs-features.mjs"), pkg.toString(), inputs.toString(),
                Integer.toString(n), work.resolve("ref_").toString()));
        // A cut of several blocks (10+13) is checked as the concatenation of each block's reference features.
        List<List<String>> layers = new ArrayList<>();
        for (String cut : cuts) {
            String[] cutAndPool = cut.split(":");
            layers.add(ConvertMobileNet.cutLayerNames(source, cutAndPool[0]));
            for (String layer : layers.get(layers.size() - 1)) {
                command.add(layer + ":" + Pooling.parse(cutAndPool[1]));
            }
        }
        Process node = new ProcessBuilder(command).inheritIO().start();
        if (node.waitFor() != 0) {
            throw new IllegalStateException("reference script failed: " + command);
        }

        boolean ok = true;
        System.out.printf("%-22s %-7s %-8s %5s %12s %12s%n", "cut layer", "pool", "weights", "dim", "max|ref|", "max|diff|");
        for (int c = 0; c < cuts.length; c++) {
            Pooling pooling = Pooling.parse(cuts[c].split(":")[1]);
            float[] ref = reference(work, layers.get(c), pooling, n);
            for (WeightStorage storage : WeightStorage.values()) {
                byte[] model = MobileNetV2FeatureGraph.build(source, layers.get(c), pooling, storage, Map.of()).toByteArray();
                float[][] features;
                try (OnnxFeatureExtractor extractor = new OnnxFeatureExtractor(model)) {
                    features = extractor.features(nchw, n);
                }
                int dim = features[0].length;
                if (dim * n != ref.length) {
                    throw new IllegalStateException("reference has " + ref.length / n + " features, ONNX " + dim);
                }
                double maxRef = 0, maxDiff = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < dim; j++) {
                        maxRef = Math.max(maxRef, Math.abs(ref[i * dim + j]));
                        maxDiff = Math.max(maxDiff, Math.abs(ref[i * dim + j] - features[i][j]));
                    }
                }
                ok &= maxDiff <= tolerance;
                System.out.printf("%-22s %-7s %-8s %5d %12.5f %12.3e %s%n", String.join("+", layers.get(c)), pooling, storage.name().toLowerCase(),
                        dim, maxRef, maxDiff, maxDiff <= tolerance ? "ok" : "TOO FAR");
            }
        }
        try (var files = Files.list(work)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(work);
        System.out.println(n + " images; " + (ok ? "all within " : "NOT all within ") + tolerance);
        System.exit(ok ? 0 : 1);
    }

    /** The reference features of {@code layers}, concatenated per image in that order. */
    private static float[] reference(Path work, List<String> layers, Pooling pooling, int n) throws java.io.IOException {
        List<float[]> parts = new ArrayList<>();
        int dim = 0;
        for (String layer : layers) {
            byte[] bytes = Files.readAllBytes(work.resolve("ref_" + layer + "_" + pooling + ".f32"));
            float[] part = new float[bytes.length / 4];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(part);
            parts.add(part);
            dim += part.length / n;
        }
        float[] ref = new float[n * dim];
        int offset = 0;
        for (float[] part : parts) {
            int partDim = part.length / n;
            for (int i = 0; i < n; i++) {
                System.arraycopy(part, i * partDim, ref, i * dim + offset, partDim);
            }
            offset += partDim;
        }
        return ref;
    }

    private static float[] toNhwc(float[] nchw, int n) {
        int hw = ImagePreprocessing.SIZE * ImagePreprocessing.SIZE;
        float[] out = new float[nchw.length];
        for (int i = 0; i < n; i++) {
            int base = i * 3 * hw;
            for (int p = 0; p < hw; p++) {
                for (int c = 0; c < 3; c++) {
                    out[base + p * 3 + c] = nchw[base + c * hw + p];
                }
            }
        }
        return out;
    }

    private static byte[] littleEndian(float[] values) {
        ByteBuffer buf = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(values);
        return buf.array();
    }
}
