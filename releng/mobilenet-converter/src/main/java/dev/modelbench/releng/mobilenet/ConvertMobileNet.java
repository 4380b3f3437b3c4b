package dev.modelbench.releng.mobilenet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.modelbench.releng.mobilenet.MobileNetV2FeatureGraph.Pooling;
import dev.modelbench.releng.mobilenet.MobileNetV2FeatureGraph.WeightStorage;
import dev.modelbench.train.onnx.proto.Onnx.ModelProto;

/**
 * Converts nsfwjs's MobileNetV2 into a frozen ONNX feature extractor.
 *
 * <pre>
 * ConvertMobileNet --package DIR [--cut 10|0..16|final|10+13] [--pool 2x2|global] [--weights uint8|float32] --out FILE.onnx
 * </pre>
 *
 * A cut of several blocks joined by {@code +} gives their pooled features concatenated, in that order.
 *
 * DIR is the unpacked {@code nsfwjs-4.4.0.tgz} (the folder holding {@code package.json}).
 */
public final class ConvertMobileNet {

    public static final String SOURCE = "npm nsfwjs@4.4.0, dist/models/mobilenet_v2";

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseOptions(args);
        Path pkg = Path.of(require(opts, "package"));
        Path out = Path.of(require(opts, "out"));
        String cut = opts.getOrDefault("cut", "10");
        Pooling pooling = Pooling.parse(opts.getOrDefault("pool", "2x2"));
        WeightStorage storage = WeightStorage.valueOf(opts.getOrDefault("weights", "uint8").toUpperCase());

        TfjsLayersModel source = readNsfwjsMobileNet(pkg);
        List<String> layers = cutLayerNames(source, cut);
        String layer = String.join("+", layers);
        ModelProto model = MobileNetV2FeatureGraph.build(source, layers, pooling, storage, provenance(cut));
        Files.write(out, model.toByteArray());
        System.out.printf("%s: cut %s (%s), pool %s, weights %s, %s features, %,d bytes%n", out, cut, layer, pooling,
                storage.name().toLowerCase(), metadata(model, "modelbench.feature_dim"), Files.size(out));
    }

    /** The Keras layer of each block of a cut such as {@code 10} or {@code 10+13}. */
    public static List<String> cutLayerNames(TfjsLayersModel source, String cut) {
        return Arrays.stream(cut.split("\\+")).map(block -> MobileNetV2FeatureGraph.cutLayerName(source, block)).toList();
    }

    public static TfjsLayersModel readNsfwjsMobileNet(Path pkg) throws java.io.IOException {
        String version = Files.readString(pkg.resolve("package.json"));
        if (!version.contains("\"name\": \"nsfwjs\"") || !version.contains("\"version\": \"4.4.0\"")) {
            System.err.println("warning: " + pkg + " is not nsfwjs 4.4.0; the documented provenance will be wrong");
        }
        Path dir = pkg.resolve("dist/models/mobilenet_v2");
        return TfjsLayersModel.read(dir.resolve("model.min.js"), dir.resolve("group1-shard1of1.min.js"));
    }

    public static Map<String, String> provenance(String cut) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("modelbench.source", SOURCE + " (Keras 2.2.4 MobileNetV2 alpha 1.0, 224 px, tfjs uint8-quantized weights)");
        m.put("modelbench.license", "MIT (nsfwjs, Copyright (c) 2019 Infinite Red, Inc.); the ImageNet weights it starts from "
                + "are Keras Applications MobileNetV2 (Apache-2.0)");
        m.put("modelbench.weights_origin", "blocks 0-10: ImageNet (frozen, trainable=false in the source); "
                + "blocks 11-16 and Conv_1: fine-tuned by nsfwjs for its 5 classes");
        m.put("modelbench.cut", cut);
        return m;
    }

    static String metadata(ModelProto model, String key) {
        return model.getMetadataPropsList().stream().filter(p -> p.getKey().equals(key)).findFirst()
                .map(p -> p.getValue()).orElse("?");
    }

    static Map<String, String> parseOptions(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }
}
