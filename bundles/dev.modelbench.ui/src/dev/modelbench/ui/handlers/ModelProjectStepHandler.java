package dev.modelbench.ui.handlers;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

/**
 * A handler that runs one of several steps of a view, the step named after the class in plugin.xml
 * ({@code DeployHandler:upload}), so that one class serves all of that view's commands.
 */
abstract class ModelProjectStepHandler extends ModelProjectHandler implements IExecutableExtension {

	private String step;

	/** @param defaultStep the step when plugin.xml names none */
	ModelProjectStepHandler(String defaultStep) {
		step = defaultStep;
	}

	@Override
	public final void setInitializationData(IConfigurationElement config, String property, Object data) {
		if (data instanceof String given) {
			step = given;
		}
	}

	/** The step plugin.xml named, or the default. */
	protected final String step() {
		return step;
	}
}
