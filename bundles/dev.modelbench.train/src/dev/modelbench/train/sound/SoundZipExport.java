package dev.modelbench.train.sound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.modelbench.core.category.SafeName;
import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.train.cnn.CnnClassifier;
import dev.modelbench.train.cnn.CnnOnnxGraph;
import dev.modelbench.train.onnx.OnnxGraphs;
import dev.modelbench.train.onnx.proto.Onnx.GraphProto;
import dev.modelbench.train.onnx.proto.Onnx.ModelProto;
import dev.modelbench.train.onnx.proto.Onnx.OperatorSetIdProto;
import dev.modelbench.train.report.JsonWriter;

/**
 * Writes a sound model as one .zip that runs anywhere without Model Bench: {@code model.onnx}
 * takes raw 16 kHz PCM (one second, float, -1..1) and computes its own features, so nobody has to
 * reproduce them; {@code labels.txt}; {@code metadata.json} with the sample rate, window, features,
 * classes and the training report; and a README with a Python example.
 */
final class SoundZipExport {

	static final String MODEL = "model.onnx"; //$NON-NLS-1$
	static final String LABELS = "labels.txt"; //$NON-NLS-1$
	static final String METADATA = "metadata.json"; //$NON-NLS-1$
	static final String README = "README.md"; //$NON-NLS-1$
	static final String OUTPUT = "probabilities"; //$NON-NLS-1$

	private SoundZipExport() {
	}

	/** Writes {@code <folder>/<model name>.zip}, complete or not at all, and returns it. */
	static Path write(CnnClassifier cnn, String modelName, String reportJson, Path folder) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put(MODEL, toOnnx(cnn, modelName).toByteArray());
		entries.put(LABELS, (String.join("\n", cnn.classNames()) + '\n').getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		entries.put(METADATA, metadata(cnn, modelName, reportJson).getBytes(StandardCharsets.UTF_8));
		entries.put(README, readme(cnn).getBytes(StandardCharsets.UTF_8));
		Files.createDirectories(folder);
		Path zip = folder.resolve(SafeName.of(modelName, "sound-model") + ".zip"); //$NON-NLS-1$ //$NON-NLS-2$
		new AtomicFileWriter().write(zip, out -> {
			ZipOutputStream stream = new ZipOutputStream(out);
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				stream.putNextEntry(new ZipEntry(entry.getKey()));
				stream.write(entry.getValue());
				stream.closeEntry();
			}
			stream.finish();
		});
		return zip;
	}

	static ModelProto toOnnx(CnnClassifier cnn, String modelName) {
		GraphProto.Builder graph = GraphProto.newBuilder().setName("modelbench_" + SoundCnn.ID.replace('-', '_')); //$NON-NLS-1$
		String features = SoundFeatureGraph.addTo(graph);
		graph.addInitializer(OnnxGraphs.longs("cnn_channel_axis", new long[] { 1 }, new long[] { 1 })); //$NON-NLS-1$
		graph.addNode(OnnxGraphs.node("Unsqueeze", "cnn_input", List.of(features, "cnn_channel_axis"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CnnOnnxGraph.addTo(graph, "cnn_input", cnn, OUTPUT); //$NON-NLS-1$
		graph.addOutput(OnnxGraphs.floatValue(OUTPUT, "batch", cnn.classNames().size())); //$NON-NLS-1$
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("modelbench.model_name", modelName); //$NON-NLS-1$
		metadata.put("modelbench.model_kind", SoundCnn.ID); //$NON-NLS-1$
		metadata.put("modelbench.labels", //$NON-NLS-1$
				cnn.classNames().stream().map(JsonWriter::quoted).collect(Collectors.joining(", ", "[", "]"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		metadata.put("modelbench.input", SoundFeatureGraph.INPUT + ": float32 [batch, " + SoundWindows.LENGTH //$NON-NLS-1$ //$NON-NLS-2$
				+ "], one second of mono sound at 16 kHz, -1..1"); //$NON-NLS-1$
		metadata.put("modelbench.output", OUTPUT + ": float32 [batch, " + cnn.classNames().size() //$NON-NLS-1$ //$NON-NLS-2$
				+ "], class probabilities in the order of modelbench.labels"); //$NON-NLS-1$
		return ModelProto.newBuilder().setIrVersion(OnnxGraphs.IR_VERSION)
				.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OnnxGraphs.OPSET)) //$NON-NLS-1$
				.setProducerName("Model Bench").setDocString("Sound classifier trained with Model Bench: " //$NON-NLS-1$ //$NON-NLS-2$
						+ cnn.classNames())
				.setGraph(graph).addAllMetadataProps(OnnxGraphs.metadata(metadata)).build();
	}

	static String metadata(CnnClassifier cnn, String modelName, String reportJson) {
		StringBuilder text = new StringBuilder();
		JsonWriter json = new JsonWriter(text);
		json.beginObject();
		json.field("model_name", modelName); //$NON-NLS-1$
		json.field("model_kind", SoundCnn.ID); //$NON-NLS-1$
		json.field("model_file", MODEL); //$NON-NLS-1$
		json.field("input", SoundFeatureGraph.INPUT); //$NON-NLS-1$
		json.field("output", OUTPUT); //$NON-NLS-1$
		json.field("sample_rate", LogMelSpectrogram.SAMPLE_RATE); //$NON-NLS-1$
		json.field("window_samples", SoundWindows.LENGTH); //$NON-NLS-1$
		json.field("live_hop_samples", LiveSoundClassifier.DEFAULT_HOP); //$NON-NLS-1$
		json.name("features").beginObject() //$NON-NLS-1$
				.field("kind", "log-mel spectrogram, computed inside model.onnx") //$NON-NLS-1$ //$NON-NLS-2$
				.field("frame_length", LogMelSpectrogram.FRAME_LENGTH) //$NON-NLS-1$
				.field("hop_length", LogMelSpectrogram.HOP) //$NON-NLS-1$
				.field("window", "periodic hann") //$NON-NLS-1$ //$NON-NLS-2$
				.field("fft_length", LogMelSpectrogram.FRAME_LENGTH) //$NON-NLS-1$
				.field("power", "|fft|^2") //$NON-NLS-1$ //$NON-NLS-2$
				.field("mel_bands", LogMelSpectrogram.MEL_BANDS) //$NON-NLS-1$
				.field("mel_scale", "htk: 2595 * log10(1 + f / 700)") //$NON-NLS-1$ //$NON-NLS-2$
				.field("low_hz", LogMelSpectrogram.LOW_HZ) //$NON-NLS-1$
				.field("high_hz", LogMelSpectrogram.HIGH_HZ) //$NON-NLS-1$
				.field("log", "natural log of the band energy + " + LogMelSpectrogram.LOG_OFFSET) //$NON-NLS-1$ //$NON-NLS-2$
				.field("frames", LogMelSpectrogram.FRAMES) //$NON-NLS-1$
				.field("centring", "minus the mean of all frames x bands values of the window") //$NON-NLS-1$ //$NON-NLS-2$
				.endObject();
		json.field("network", cnn.shape().describe()); //$NON-NLS-1$
		json.name("classes").beginArray(); //$NON-NLS-1$
		cnn.classNames().forEach(json::value);
		json.endArray();
		json.name("training_report"); //$NON-NLS-1$
		if (reportJson == null) {
			json.value((String) null);
		} else {
			json.raw(reportJson);
		}
		json.endObject();
		json.finish();
		return text.toString();
	}

	private static String readme(CnnClassifier cnn) {
		return "# Sound classifier from Model Bench\n\n" //$NON-NLS-1$
				+ "`model.onnx` takes one second of raw sound and computes its own features: input `audio`, float32\n" //$NON-NLS-1$
				+ "[batch, 16000], mono, 16 kHz, values -1..1; output `probabilities`, float32 [batch, " //$NON-NLS-1$
				+ cnn.classNames().size() + "], in the order of `labels.txt`.\n" //$NON-NLS-1$
				+ "`metadata.json` lists the feature parameters and the training report.\n\n" //$NON-NLS-1$
				+ "```python\n" //$NON-NLS-1$
				+ "import wave, numpy as np, onnxruntime as ort\n" //$NON-NLS-1$
				+ "labels = open('labels.txt').read().split('\\n')[:-1]\n" //$NON-NLS-1$
				+ "with wave.open('clip.wav') as w:  # 16 kHz, mono, 16-bit\n" //$NON-NLS-1$
				+ "    audio = np.frombuffer(w.readframes(16000), np.int16).astype(np.float32) / 32768\n" //$NON-NLS-1$
				+ "audio = np.pad(audio, (0, 16000 - len(audio)))[None, :]\n" //$NON-NLS-1$
				+ "probabilities = ort.InferenceSession('model.onnx').run(None, {'audio': audio})[0][0]\n" //$NON-NLS-1$
				+ "print(labels[probabilities.argmax()], probabilities.max())\n" //$NON-NLS-1$
				+ "```\n"; //$NON-NLS-1$
	}
}
