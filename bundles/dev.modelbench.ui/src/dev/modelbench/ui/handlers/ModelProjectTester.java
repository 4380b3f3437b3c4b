package dev.modelbench.ui.handlers;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IProject;

import dev.modelbench.core.model.TaskKind;
import dev.modelbench.train.project.TrainedModelStore;
import dev.modelbench.ui.editors.ModelEditor;

/**
 * The properties plugin.xml enables commands by, on a Model editor or a resource of a Model project:
 * {@code modelProject}, {@code trained} (a trained model is stored), {@code task} ("image" or
 * "sound").
 */
public final class ModelProjectTester extends PropertyTester {

	/** The namespace and property that tell whether a trained model exists, to re-evaluate after training. */
	public static final String TRAINED = "dev.modelbench.ui.trained"; //$NON-NLS-1$

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		IProject project = ModelProjects.of(receiver);
		if (project == null || project.getLocation() == null) {
			return false;
		}
		return switch (property) {
		case "modelProject" -> true; //$NON-NLS-1$
		case "trained" -> TrainedModelStore.hasModel(project.getLocation().toPath()); //$NON-NLS-1$
		case "task" -> String.valueOf(expectedValue).equals(task(receiver, project)); //$NON-NLS-1$
		default -> false;
		};
	}

	private static String task(Object receiver, IProject project) {
		TaskKind kind;
		if (receiver instanceof ModelEditor editor) {
			kind = editor.model().getTaskKind();
		} else {
			kind = ProjectTasks.of(project);
		}
		return kind == TaskKind.SOUND_CLASSIFICATION ? "sound" : "image"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
