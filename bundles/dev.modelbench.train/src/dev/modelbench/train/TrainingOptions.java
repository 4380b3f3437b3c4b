package dev.modelbench.train;

import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.model.TrainingSettings;
import dev.modelbench.train.internal.Messages;

/**
 * The settings one training run uses, as plain values. Values come from the user, so the trainer
 * checks them and refuses bad ones with a {@link TrainingRefusedException}.
 *
 * @param batchSize    samples per weight update
 * @param epochs       passes over the training samples
 * @param optimizer    "auto", "adam" or "sgd", as the user wrote it
 * @param learningRate step size of the optimizer
 * @param weightDecay  L2 penalty on the weights (not the biases)
 * @param hiddenUnits  size of the optional ReLU hidden layer of a classifier head; 0 for none
 * @param augmentation whether training samples are varied at random (flips, rotation, crops,
 *                     brightness; time shift, gain and noise for sounds)
 * @param seed         seeds weight initialisation, shuffling and augmentation; same seed and data,
 *                     same result
 */
public record TrainingOptions(int batchSize, int epochs, String optimizer, double learningRate, double weightDecay,
		int hiddenUnits, boolean augmentation, long seed) {

	/**
	 * Small: it only keeps weights from growing without bound on separable data (1e-4 and 1e-2
	 * scored within a point of each other on the sets measured).
	 */
	public static final double DEFAULT_WEIGHT_DECAY = 1e-4;

	/**
	 * The most epochs a run may have: fifty times the default of 20, more than any of the measured
	 * sets gained from, and a run every epoch of which still fits in a short report.
	 */
	public static final int MAX_EPOCHS = 1000;

	public TrainingOptions {
		Objects.requireNonNull(optimizer, "optimizer"); //$NON-NLS-1$
	}

	/**
	 * The Model Bench defaults: batch 16, 20 epochs, "auto", 0.001, augmentation on, seed 42, and no hidden layer, which
	 * scored as well as 32 to 128 ReLU units on the sets measured at a quarter to a twentieth of the time.
	 */
	public static TrainingOptions defaults() {
		return new TrainingOptions(16, 20, OptimizerChoice.AUTO, 0.001, DEFAULT_WEIGHT_DECAY, 0, true, 42);
	}

	/** The options a project's training settings ask for, with this bundle's weight decay and no hidden layer. */
	public static TrainingOptions from(TrainingSettings settings) {
		return new TrainingOptions(settings.getBatchSize(), settings.getEpochs(),
				Objects.requireNonNullElse(settings.getOptimizer(), OptimizerChoice.AUTO), settings.getLearningRate(),
				DEFAULT_WEIGHT_DECAY, 0, settings.isAugmentation(), settings.getSeed());
	}

	/**
	 * Checks what every trainer needs of the settings and resolves the optimizer.
	 *
	 * @param autoLearningRate the rate "auto" runs this trainer's model at
	 * @throws TrainingRefusedException naming the setting that is out of range
	 */
	public OptimizerChoice check(double autoLearningRate) throws TrainingRefusedException {
		checkRanges();
		return OptimizerChoice.resolve(optimizer, learningRate, autoLearningRate);
	}

	/**
	 * Checks that every number is in its range, before anything is read or trained.
	 *
	 * @throws TrainingRefusedException naming the setting that is out of range
	 */
	public void checkRanges() throws TrainingRefusedException {
		if (batchSize < 1) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_batchSize, batchSize));
		}
		if (epochs < 1 || epochs > MAX_EPOCHS) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_epochs, epochs, MAX_EPOCHS));
		}
		if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_learningRate, learningRate));
		}
		if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_weightDecay, weightDecay));
		}
		if (hiddenUnits < 0) {
			throw new TrainingRefusedException(NLS.bind(Messages.Refused_hiddenUnits, hiddenUnits));
		}
	}

	/** These options with another batch size. */
	public TrainingOptions withBatchSize(int value) {
		return new TrainingOptions(value, epochs, optimizer, learningRate, weightDecay, hiddenUnits, augmentation, seed);
	}

	/** These options with another number of epochs. */
	public TrainingOptions withEpochs(int value) {
		return new TrainingOptions(batchSize, value, optimizer, learningRate, weightDecay, hiddenUnits, augmentation, seed);
	}

	/** These options with another optimizer name. */
	public TrainingOptions withOptimizer(String value) {
		return new TrainingOptions(batchSize, epochs, value, learningRate, weightDecay, hiddenUnits, augmentation, seed);
	}

	/** These options with another learning rate. */
	public TrainingOptions withLearningRate(double value) {
		return new TrainingOptions(batchSize, epochs, optimizer, value, weightDecay, hiddenUnits, augmentation, seed);
	}

	/** These options with another weight decay. */
	public TrainingOptions withWeightDecay(double value) {
		return new TrainingOptions(batchSize, epochs, optimizer, learningRate, value, hiddenUnits, augmentation, seed);
	}

	/** These options with another hidden layer size (0 for none). */
	public TrainingOptions withHiddenUnits(int value) {
		return new TrainingOptions(batchSize, epochs, optimizer, learningRate, weightDecay, value, augmentation, seed);
	}

	/** These options with augmentation on or off. */
	public TrainingOptions withAugmentation(boolean value) {
		return new TrainingOptions(batchSize, epochs, optimizer, learningRate, weightDecay, hiddenUnits, value, seed);
	}

	/** These options with another seed. */
	public TrainingOptions withSeed(long value) {
		return new TrainingOptions(batchSize, epochs, optimizer, learningRate, weightDecay, hiddenUnits, augmentation, value);
	}
}
