package dev.modelbench.cli;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.project.SampleCounts;

/** {@code modelbench info --project NAME}: the classes, their sample counts and the split. */
final class InfoVerb implements Verb {

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
		try (OpenModelProject project = OpenModelProject.of(arguments)) {
			print(project.document().getModel(), out);
			return CommandLine.OK;
		}
	}

	/** Prints the project as a table; also used by the quick start. */
	static void print(ModelProject model, PrintStream out) {
		out.println(NLS.bind(Messages.Info_project, model.getName(), TaskKinds.label(model.getTaskKind())));
		String row = "%-24s %-24s %7s %7s %7s%n"; //$NON-NLS-1$
		out.printf(row, Messages.Info_class, Messages.Info_folder, Messages.Info_train, Messages.Info_validation,
				Messages.Info_total);
		for (Category category : model.getCategories()) {
			SampleCounts counts = SampleCounts.of(category);
			out.printf(row, category.getDisplayName(), category.getName(), counts.train(), counts.validation(),
					counts.total());
		}
		SampleCounts all = SampleCounts.of(model);
		out.printf(row, Messages.Info_allClasses, "", all.train(), all.validation(), all.total()); //$NON-NLS-1$
		if (all.total() > 0) {
			out.println(NLS.bind(Messages.Info_split, Math.round(100.0 * all.train() / all.total()),
					Math.round(100.0 * all.validation() / all.total())));
		}
	}
}
