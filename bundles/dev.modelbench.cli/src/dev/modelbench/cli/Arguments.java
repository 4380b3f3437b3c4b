package dev.modelbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.cli.internal.Messages;

/**
 * The words after the verb: options ({@code --name value}, {@code --name=value}, {@code --flag}) and
 * operands. Only the options the verb declares are accepted, so a typo is an error, not a no-op.
 */
public final class Arguments {

	private final String verb;
	private final Map<String, String> options;
	private final List<String> operands;

	private Arguments(String verb, Map<String, String> options, List<String> operands) {
		this.verb = verb;
		this.options = options;
		this.operands = operands;
	}

	/**
	 * Parses {@code words} for {@code verb}.
	 *
	 * @param valueOptions names (without dashes) of options that take a value
	 * @param flags names of options that take none
	 */
	public static Arguments parse(String verb, List<String> words, Set<String> valueOptions, Set<String> flags)
			throws UsageException {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> operands = new ArrayList<>();
		boolean onlyOperands = false;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (onlyOperands || !word.startsWith("-") || word.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$
				operands.add(word);
				continue;
			}
			if (word.equals("--")) { //$NON-NLS-1$
				onlyOperands = true;
				continue;
			}
			String name = word.replaceFirst("^--?", ""); //$NON-NLS-1$ //$NON-NLS-2$
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (name.equals("h")) { //$NON-NLS-1$
				name = "help"; //$NON-NLS-1$
			}
			if (flags.contains(name) || name.equals("help")) { //$NON-NLS-1$
				if (value != null) {
					throw new UsageException(NLS.bind(Messages.Arguments_flagTakesNoValue, name, verb));
				}
				options.put(name, ""); //$NON-NLS-1$
			} else if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= words.size()) {
						throw new UsageException(NLS.bind(Messages.Arguments_missingValue, name, verb));
					}
					value = words.get(++i);
				}
				options.put(name, value);
			} else {
				throw new UsageException(NLS.bind(Messages.Arguments_unknownOption, new Object[] { word, verb, verb }));
			}
		}
		return new Arguments(verb, Collections.unmodifiableMap(options), List.copyOf(operands));
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	/** The value of an option the verb cannot do without. */
	public String required(String name) throws UsageException {
		return option(name).orElseThrow(() -> new UsageException(NLS.bind(Messages.Arguments_missingOption, name, verb)));
	}

	/** The value of a numeric option, or {@code fallback} when it is not given. */
	public long longOption(String name, long fallback) throws UsageException {
		Optional<String> value = option(name);
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			return Long.parseLong(value.get().trim());
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Arguments_notANumber, name, value.get()));
		}
	}

	/** The value of a numeric option that must fit an int, or {@code fallback} when it is not given. */
	public int intOption(String name, int fallback) throws UsageException {
		long value = longOption(name, fallback);
		if (value != (int) value) {
			throw new UsageException(NLS.bind(Messages.Arguments_outOfRange, new Object[] { name, value, verb }));
		}
		return (int) value;
	}

	/** The value of a decimal option, or {@code fallback} when it is not given. */
	public double doubleOption(String name, double fallback) throws UsageException {
		Optional<String> value = option(name);
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			return Double.parseDouble(value.get().trim());
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Arguments_notADecimal, name, value.get()));
		}
	}

	/** The value of an option naming a file or folder, resolved against the working directory. */
	public Optional<Path> pathOption(String name) {
		return option(name).map(value -> Path.of(value).toAbsolutePath().normalize());
	}

	/**
	 * The value of an option naming a file to write, refused when it names a folder: a verb checks
	 * it before its work, not after.
	 */
	public Optional<Path> fileToWrite(String name) throws UsageException {
		Optional<Path> file = pathOption(name);
		if (file.isPresent() && Files.isDirectory(file.get())) {
			throw new UsageException(NLS.bind(Messages.Arguments_isAFolder, name, file.get()));
		}
		return file;
	}

	public List<String> operands() {
		return operands;
	}

	/** The single operand the verb needs, named {@code what} in the error message. */
	public String singleOperand(String what) throws UsageException {
		if (operands.size() != 1) {
			throw new UsageException(NLS.bind(Messages.Arguments_oneOperand, new Object[] { verb, what, operands.size() }));
		}
		return operands.get(0);
	}
}
