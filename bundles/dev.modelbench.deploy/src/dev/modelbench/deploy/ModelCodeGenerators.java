package dev.modelbench.deploy;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import dev.modelbench.deploy.board.Board;

/** The model code generators contributed to {@value #EXTENSION_POINT}, by board capability. */
public final class ModelCodeGenerators {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "dev.modelbench.deploy.modelCodeGenerators"; //$NON-NLS-1$

	private ModelCodeGenerators() {
	}

	/** The generator for the board's {@link Board#modelCapability()}; empty when none is installed (yet). */
	public static Optional<ModelCodeGenerator> forBoard(Board board) {
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if (board.modelCapability().equals(element.getAttribute("capability"))) { //$NON-NLS-1$
				try {
					return Optional.of((ModelCodeGenerator) element.createExecutableExtension("class")); //$NON-NLS-1$
				} catch (CoreException | ClassCastException e) {
					ILog.of(ModelCodeGenerators.class).error("Ignored the model code generator from " //$NON-NLS-1$
							+ element.getContributor().getName(), e);
				}
			}
		}
		return Optional.empty();
	}
}
