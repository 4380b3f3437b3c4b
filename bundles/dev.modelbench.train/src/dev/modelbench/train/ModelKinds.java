package dev.modelbench.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.model.TaskKind;
import dev.modelbench.train.internal.Messages;

/**
 * The model kinds contributed to the extension point {@value #EXTENSION_POINT}: Model Bench's own
 * (transfer learning and a small CNN for images, a CNN on spectrograms for sounds) and any a
 * plug-in adds. Read from the extension registry each time, so plug-ins may come and go.
 */
public final class ModelKinds {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "dev.modelbench.train.modelKinds"; //$NON-NLS-1$

	private ModelKinds() {
	}

	/**
	 * One contributed model kind, as the UI and the command line list it.
	 *
	 * @param id          what {@code --model} takes and a saved model records
	 * @param label       a short name for people
	 * @param description one sentence on when to choose it
	 * @param task        the project kind it trains for
	 * @param isDefault   whether it is the one trained unless the user picks another
	 */
	public record Descriptor(String id, String label, String description, TaskKind task, boolean isDefault,
			IConfigurationElement element) {

		/** A new instance of the kind. */
		public ModelKind create() {
			try {
				return (ModelKind) element.createExecutableExtension("class"); //$NON-NLS-1$
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException("Model kind " + id + " cannot be created", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** Every contributed kind, in contribution order. */
	public static List<Descriptor> all() {
		List<Descriptor> kinds = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)) {
			TaskKind task = TaskKind.get(element.getAttribute("task")); //$NON-NLS-1$
			String id = element.getAttribute("id"); //$NON-NLS-1$
			if (task == null || id == null) {
				ILog.of(ModelKinds.class).warn("Ignored a model kind without a valid id and task from " //$NON-NLS-1$
						+ element.getContributor().getName());
				continue;
			}
			kinds.add(new Descriptor(id, element.getAttribute("label"), //$NON-NLS-1$
					element.getAttribute("description"), task, //$NON-NLS-1$
					Boolean.parseBoolean(element.getAttribute("default")), element)); //$NON-NLS-1$
		}
		return kinds;
	}

	/** The kinds that train for projects of {@code task}, the default one first. */
	public static List<Descriptor> forTask(TaskKind task) {
		List<Descriptor> kinds = new ArrayList<>(all().stream().filter(kind -> kind.task() == task).toList());
		kinds.sort((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()));
		return kinds;
	}

	/** The kind trained for projects of {@code task} unless the user picks another. */
	public static Descriptor defaultFor(TaskKind task) throws TrainingRefusedException {
		List<Descriptor> kinds = forTask(task);
		if (kinds.isEmpty()) {
			throw new TrainingRefusedException(NLS.bind(Messages.ModelKinds_noneForTask, task.getLiteral()));
		}
		return kinds.getFirst();
	}

	/** The kind with this id, if one is contributed. */
	public static Optional<Descriptor> find(String id) {
		return all().stream().filter(kind -> kind.id().equals(id)).findFirst();
	}

	/**
	 * The kind {@code id} for a project of {@code task}, ignoring case.
	 *
	 * @throws TrainingRefusedException when there is none, listing the ones there are
	 */
	public static Descriptor require(String id, TaskKind task) throws TrainingRefusedException {
		String wanted = id.strip().toLowerCase(Locale.ROOT);
		List<Descriptor> kinds = forTask(task);
		return kinds.stream().filter(kind -> kind.id().equals(wanted)).findFirst()
				.orElseThrow(() -> new TrainingRefusedException(NLS.bind(Messages.ModelKinds_unknown, new Object[] {
						id, task.getLiteral(), kinds.stream().map(Descriptor::id).collect(Collectors.joining(", ")) }))); //$NON-NLS-1$
	}
}
