package dev.modelbench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.core.sample.UnreadableSampleException;
import dev.modelbench.train.Prediction;
import dev.modelbench.train.SoundClassifier;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.sound.SoundTimeline;

/**
 * {@code modelbench predict --project NAME FILE...}: one line per file,
 * {@code FILE<TAB>LABEL<TAB>CONFIDENCE} (with {@code --all}, a fourth column with every class's
 * probability). A sound of 1.5 s or more gets one line per window instead, a second long every
 * half second, named {@code FILE@SECONDS} by where the window starts. A file that cannot be read is
 * reported on stderr and the others still run. With {@code --push}, each prediction also goes to an
 * MQTT broker as it is printed.
 */
final class PredictVerb implements Verb {

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
		List<String> files = arguments.operands();
		if (files.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Predict_noFiles, Messages.Predict_operand));
		}
		boolean all = arguments.flag("all"); //$NON-NLS-1$
		int failed = 0;
		try (OpenModelProject project = OpenModelProject.of(arguments); TrainedModel model = TrainedModels.load(project)) {
			Optional<ResultPush> push = ResultPush.of(arguments, project.project().getName(), model.classNames());
			try {
				for (String name : files) {
					Path file = Path.of(name).toAbsolutePath().normalize();
					try {
						if (Files.isDirectory(file)) {
							throw new UnreadableSampleException(file, Messages.Predict_folder);
						}
						if (!Files.isRegularFile(file)) {
							throw new UnreadableSampleException(file, Messages.Predict_noSuchFile);
						}
						for (Labelled labelled : predictions(model, name, file)) {
							out.println(line(labelled.name(), labelled.prediction(), model.classNames(), all));
							push.ifPresent(p -> p.push(labelled.prediction()));
						}
					} catch (UnreadableSampleException e) {
						failed++;
						out.flush();
						err.println("modelbench: " + e.getMessage()); //$NON-NLS-1$
					}
				}
				if (push.isPresent()) {
					push.get().finish(err);
				}
			} finally {
				push.ifPresent(ResultPush::close);
			}
		}
		if (failed > 0) {
			throw new CommandException(NLS.bind(Messages.Predict_someFailed, failed, files.size()));
		}
		return CommandLine.OK;
	}

	/** A prediction with the name its line starts with: the file's, or FILE@SECONDS for a window of it. */
	private record Labelled(String name, Prediction prediction) {
	}

	private static List<Labelled> predictions(TrainedModel model, String name, Path file)
			throws UnreadableSampleException {
		if (!(model instanceof SoundClassifier sound)) {
			return List.of(new Labelled(name, model.predict(file)));
		}
		float[] audio = SoundSamples.read(file);
		List<Labelled> windows = new ArrayList<>();
		for (SoundTimeline.Window window : SoundTimeline.classify(sound, audio)) {
			windows.add(new Labelled(SoundTimeline.isLong(audio)
					? name + String.format(Locale.ROOT, "@%.2f", window.startSeconds()) //$NON-NLS-1$
					: name, window.prediction()));
		}
		return windows;
	}

	static String line(String name, Prediction prediction, List<String> classNames, boolean all) {
		StringBuilder line = new StringBuilder(name).append('\t').append(prediction.label()).append('\t')
				.append(String.format(Locale.ROOT, "%.4f", prediction.confidence())); //$NON-NLS-1$
		if (all) {
			line.append('\t');
			for (int c = 0; c < classNames.size(); c++) {
				line.append(c == 0 ? "" : " ").append(classNames.get(c)).append('=') //$NON-NLS-1$ //$NON-NLS-2$
						.append(String.format(Locale.ROOT, "%.4f", prediction.probabilities()[c])); //$NON-NLS-1$
			}
		}
		return line.toString();
	}
}
