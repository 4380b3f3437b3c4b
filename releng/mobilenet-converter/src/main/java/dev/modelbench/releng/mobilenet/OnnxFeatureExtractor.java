package dev.modelbench.releng.mobilenet;

import java.nio.FloatBuffer;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** Runs a converted feature extractor with ONNX Runtime on one intra-op thread. */
public final class OnnxFeatureExtractor implements AutoCloseable {

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    public OnnxFeatureExtractor(byte[] model) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model, options);
        }
    }

    /** Features of {@code count} images given as NCHW float values; returns [count][D]. */
    public float[][] features(float[] nchw, int count) throws OrtException {
        long[] shape = {count, 3, ImagePreprocessing.SIZE, ImagePreprocessing.SIZE};
        try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(nchw, 0, count * ImagePreprocessing.PIXELS_PER_IMAGE), shape);
                OrtSession.Result result = session.run(Map.of(MobileNetV2FeatureGraph.INPUT, input))) {
            return (float[][]) result.get(0).getValue();
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
