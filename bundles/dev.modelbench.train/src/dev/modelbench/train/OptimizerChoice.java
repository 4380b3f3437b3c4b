package dev.modelbench.train;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.train.internal.Messages;

/**
 * The optimizer a run uses, resolved from the name in the settings, with the reason the report
 * shows (what "auto" picked and why).
 *
 * @param requested    the name as the settings gave it
 * @param kind         the optimizer that runs
 * @param learningRate the step size it runs with: the settings' for a named optimizer, the model's
 *                     own for "auto"
 * @param reason       a sentence for the user on why this one runs
 */
public record OptimizerChoice(String requested, Kind kind, double learningRate, String reason) {

	/** The setting that lets Model Bench choose. */
	public static final String AUTO = "auto"; //$NON-NLS-1$

	/** The optimizers that can run. */
	public enum Kind {
		/** Adam (beta1 0.9, beta2 0.999, epsilon 1e-8). */
		ADAM("adam"), //$NON-NLS-1$
		/** Stochastic gradient descent with momentum 0.9. */
		SGD("sgd"); //$NON-NLS-1$

		private final String id;

		Kind(String id) {
			this.id = id;
		}

		/** The name used in settings, reports and on the command line. */
		public String id() {
			return id;
		}
	}

	/**
	 * Resolves a settings name, ignoring case and surrounding blanks. "auto" picks Adam at the rate
	 * that suits the model being trained; a named optimizer runs at the rate of the settings.
	 *
	 * @param settingsRate the learning rate of the settings
	 * @param autoRate     the rate the trainer of this model measured to work, for "auto"
	 * @throws TrainingRefusedException when the name is none of "auto", "adam", "sgd"
	 */
	public static OptimizerChoice resolve(String requested, double settingsRate, double autoRate)
			throws TrainingRefusedException {
		String name = requested == null ? AUTO : requested.strip().toLowerCase(Locale.ROOT);
		if (name.equals(AUTO)) {
			return new OptimizerChoice(requested, Kind.ADAM, autoRate, NLS.bind(Messages.Optimizer_autoPicksAdam, autoRate));
		}
		for (Kind kind : Kind.values()) {
			if (kind.id().equals(name)) {
				return new OptimizerChoice(requested, kind, settingsRate, Messages.Optimizer_asRequested);
			}
		}
		throw new TrainingRefusedException(NLS.bind(Messages.Refused_unknownOptimizer, requested, acceptedNames()));
	}

	private static String acceptedNames() {
		StringBuilder names = new StringBuilder(AUTO);
		for (Kind kind : Kind.values()) {
			names.append(", ").append(kind.id()); //$NON-NLS-1$
		}
		return names.toString();
	}
}
