package dev.modelbench.cli;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.train.TrainedModel;
import dev.modelbench.train.TrainedModelException;
import dev.modelbench.train.project.TrainedModelStore;

/** Loads the trained model of the project a verb works on, with the command line's errors. */
final class TrainedModels {

	private TrainedModels() {
	}

	/** The project's trained model; the caller closes it. */
	static TrainedModel load(OpenModelProject project) throws CommandException {
		try {
			return TrainedModelStore.load(project.folder());
		} catch (TrainedModelException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Model_unreadable, project.project().getName(), e.getMessage()), e);
		}
	}
}
