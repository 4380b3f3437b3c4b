package dev.modelbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;

/**
 * The verbs the command line knows, with their options and help. Kept apart from the verbs'
 * implementations so that listing or parsing never loads workspace classes: the workspace may
 * only start once its location is set.
 */
public enum VerbSpec {

	IMPORT("import", Messages.Verb_import_summary, Messages.Verb_import_usage, //$NON-NLS-1$
			Set.of(Options.PROJECT, Options.WORKSPACE, "task", "on-corrupt", "seed"), Set.of()) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		@Override
		Verb create() {
			return new ImportVerb();
		}
	},
	INFO("info", Messages.Verb_info_summary, Messages.Verb_info_usage, //$NON-NLS-1$
			Set.of(Options.PROJECT, Options.WORKSPACE), Set.of()) {
		@Override
		Verb create() {
			return new InfoVerb();
		}
	},
	TRAIN("train", Messages.Verb_train_summary, Messages.Verb_train_usage, //$NON-NLS-1$
			Set.of(Options.PROJECT, Options.WORKSPACE, "epochs", "batch", "optimizer", "model", "report", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					"learning-rate", "seed", "augmentation"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Set.of()) {
		@Override
		Verb create() {
			return new TrainVerb();
		}
	},
	EVALUATE("evaluate", Messages.Verb_evaluate_summary, Messages.Verb_evaluate_usage, //$NON-NLS-1$
			Set.of(Options.PROJECT, Options.WORKSPACE, "data", "report"), Set.of()) { //$NON-NLS-1$ //$NON-NLS-2$
		@Override
		Verb create() {
			return new EvaluateVerb();
		}
	},
	PREDICT("predict", Messages.Verb_predict_summary, Messages.Verb_predict_usage, //$NON-NLS-1$
			Set.of(Options.PROJECT, Options.WORKSPACE, ResultPush.PUSH, ResultPush.PAYLOAD,
					ResultPush.TRUST_CERTIFICATE), Set.of("all")) { //$NON-NLS-1$
		@Override
		Verb create() {
			return new PredictVerb();
		}
	},
	RECORD("record", Messages.Verb_record_summary, Messages.Verb_record_usage, //$NON-NLS-1$
			Set.of(Options.PROJECT, Options.WORKSPACE, RecordVerb.PORT, RecordVerb.CATEGORY, RecordVerb.COUNT,
					RecordVerb.BAUD),
			Set.of()) {
		@Override
		Verb create() {
			return new RecordVerb();
		}
	},
	EXPORT("export", Messages.Verb_export_summary, Messages.Verb_export_usage, //$NON-NLS-1$
			Set.of(Options.PROJECT, Options.WORKSPACE, "format", "out"), Set.of()) { //$NON-NLS-1$ //$NON-NLS-2$
		@Override
		Verb create() {
			return new ExportVerb();
		}
	},
	QUICKSTART("quickstart", Messages.Verb_quickstart_summary, Messages.Verb_quickstart_usage, //$NON-NLS-1$
			Set.of(Options.WORKSPACE), Set.of()) {
		@Override
		Verb create() {
			return new QuickStartVerb();
		}

		/** The quick start must not touch the user's projects: a fresh workspace unless one is named. */
		@Override
		Path workspace(Arguments arguments) throws CommandException {
			Optional<Path> named = arguments.pathOption(Options.WORKSPACE);
			if (named.isPresent()) {
				return named.get();
			}
			try {
				return Files.createTempDirectory("modelbench-quickstart-"); //$NON-NLS-1$
			} catch (IOException e) {
				throw new CommandException(NLS.bind(Messages.Workspace_cannotCreate, e.getMessage()), e);
			}
		}
	};

	/** The command's name as typed. */
	public final String word;
	final String summary;
	final String usage;
	final Set<String> valueOptions;
	final Set<String> flags;

	VerbSpec(String word, String summary, String usage, Set<String> valueOptions, Set<String> flags) {
		this.word = word;
		this.summary = summary;
		this.usage = usage;
		this.valueOptions = valueOptions;
		this.flags = flags;
	}

	abstract Verb create();

	/** The workspace folder the verb works in: --workspace, $MODELBENCH_WORKSPACE, or ~/modelbench-workspace. */
	Path workspace(Arguments arguments) throws CommandException {
		return arguments.pathOption(Options.WORKSPACE).orElseGet(Options::defaultWorkspace);
	}

	static Optional<VerbSpec> named(String word) {
		return Arrays.stream(values()).filter(spec -> spec.word.equals(word)).findFirst();
	}
}
