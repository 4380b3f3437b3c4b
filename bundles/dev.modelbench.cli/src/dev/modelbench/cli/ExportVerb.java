package dev.modelbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;
import dev.modelbench.core.persistence.FileErrorText;
import dev.modelbench.train.TrainedModel;

/**
 * {@code modelbench export --project NAME --format onnx --out DIR}: writes the trained model in a
 * format that runs without Model Bench, and prints the files written.
 */
final class ExportVerb implements Verb {

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CommandException {
		Path folder = arguments.pathOption("out") //$NON-NLS-1$
				.orElseThrow(() -> new UsageException(NLS.bind(Messages.Arguments_missingOption, "out", "export"))); //$NON-NLS-1$ //$NON-NLS-2$
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new CommandException(NLS.bind(Messages.Export_outIsAFile, folder));
		}
		try (OpenModelProject project = OpenModelProject.of(arguments); TrainedModel model = TrainedModels.load(project)) {
			String format = arguments.option("format").orElse(model.exportFormats().getFirst()); //$NON-NLS-1$
			if (!model.exportFormats().contains(format)) {
				throw new UsageException(NLS.bind(Messages.Export_badFormat, format, String.join(", ", model.exportFormats()))); //$NON-NLS-1$
			}
			for (Path file : model.export(format, folder, project.project().getName())) {
				out.println(file);
			}
			return CommandLine.OK;
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Export_failed, folder, FileErrorText.of(e)), e);
		}
	}
}
