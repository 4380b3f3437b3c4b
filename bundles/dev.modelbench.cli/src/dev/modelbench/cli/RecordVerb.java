package dev.modelbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.SampleSource;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.persistence.ModelFileException;
import dev.modelbench.core.sample.RecordedSamples;
import dev.modelbench.core.sample.SoundSamples;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.sensor.BoardRecorder;
import dev.modelbench.deploy.sensor.BoardSound;
import dev.modelbench.deploy.sensor.DropCounts;
import dev.modelbench.deploy.sensor.SscmaSession;

/**
 * {@code modelbench record --port PORT --project P --category C --count N}: records N frames (in
 * a sound project, N one-second clips) from a board that speaks SSCMA's AT protocol into category
 * C, printing one line per saved file. Frames are saved as the board sent them; the category is
 * made only once the board has answered.
 */
final class RecordVerb implements Verb {

	static final String PORT = "port"; //$NON-NLS-1$
	static final String CATEGORY = "category"; //$NON-NLS-1$
	static final String COUNT = "count"; //$NON-NLS-1$
	static final String BAUD = "baud"; //$NON-NLS-1$

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
		String port = arguments.required(PORT);
		String categoryName = arguments.required(CATEGORY);
		long count = arguments.longOption(COUNT, -1);
		if (count < 1 || count > 100_000) {
			throw new UsageException(NLS.bind(Messages.Record_badCount, arguments.option(COUNT).orElse(""))); //$NON-NLS-1$
		}
		long baud = arguments.longOption(BAUD, SscmaSession.DEFAULT_BAUD);
		try (OpenModelProject project = OpenModelProject.of(arguments)) {
			boolean sound = project.document().getModel().getTaskKind() == TaskKind.SOUND_CLASSIFICATION;
			try (SscmaSession board = SscmaSession.open(port, (int) baud)) {
				try {
					record(board, project, categoryName, (int) count, sound, out, err);
				} finally {
					board.stop();
					project.refresh();
				}
			} catch (DeployException e) {
				throw new CommandException(e.getMessage(), e);
			} catch (IOException e) {
				throw new CommandException(NLS.bind(Messages.Record_cannotSave, e.getMessage()), e);
			}
		}
		return CommandLine.OK;
	}

	private static void record(SscmaSession board, OpenModelProject project, String categoryName, int count,
			boolean sound, PrintStream out, PrintStream err) throws DeployException, IOException, CommandException {
		board.identify();
		Category category;
		try {
			category = RecordedSamples.category(project.document(), categoryName);
		} catch (ModelFileException e) {
			throw new CommandException(e.getMessage(), e);
		}
		BoardRecorder recorder = new BoardRecorder(board, new NullProgressMonitor());
		try {
			if (sound) {
				board.startMicrophone();
				RecordedSamples samples = new RecordedSamples(project.document(), category, "board", ".wav", //$NON-NLS-1$ //$NON-NLS-2$
						SampleSource.MICROPHONE);
				recorder.clips(count, BoardSound.SAMPLE_RATE, clip -> print(out, samples.save(wav -> SoundSamples.writeWav(floats(clip), wav))));
			} else {
				board.startCamera();
				RecordedSamples samples = new RecordedSamples(project.document(), category, "board", ".jpg", //$NON-NLS-1$ //$NON-NLS-2$
						SampleSource.WEBCAM);
				recorder.frames(count, frame -> print(out, samples.save(jpeg -> jpeg.write(frame.jpeg()))));
			}
		} finally {
			DropCounts drops = board.drops();
			if (drops.dropped() > 0) {
				err.println(NLS.bind(Messages.Record_dropped, Long.valueOf(drops.dropped())));
			}
		}
	}

	private static void print(PrintStream out, Path file) {
		out.println(file);
		out.flush();
	}

	private static float[] floats(short[] clip) {
		float[] samples = new float[clip.length];
		for (int i = 0; i < clip.length; i++) {
			samples[i] = clip[i] / 32768f;
		}
		return samples;
	}
}
