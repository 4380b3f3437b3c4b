package dev.modelbench.core.category;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns what a user typed (any language, any characters) into a file or folder name that is valid
 * on Windows, macOS and Linux, survives zips and git, and is safe in shell scripts and Python
 * training code. The original text is kept elsewhere (Category.displayName, Sample.origin).
 */
public final class SafeName {

	/** Longest name produced; long enough to be readable, short enough for Windows path limits. */
	public static final int MAX_LENGTH = 64;

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]+"); //$NON-NLS-1$
	private static final Pattern REPEATED_SEPARATORS = Pattern.compile("([_-])[_-]+"); //$NON-NLS-1$
	private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[_-]+|[_-]+$"); //$NON-NLS-1$
	private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])"); //$NON-NLS-1$

	private SafeName() {
	}

	/**
	 * The safe form of {@code text}: accents stripped, anything outside [A-Za-z0-9_-] replaced by
	 * '_', runs of separators collapsed, separators trimmed from the ends, at most
	 * {@value #MAX_LENGTH} characters, never a Windows device name; {@code fallback} when nothing
	 * usable is left (for example a name written only in Chinese characters).
	 */
	public static String of(String text, String fallback) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String name = COMBINING_MARKS.matcher(decomposed).replaceAll(""); //$NON-NLS-1$
		name = UNSAFE.matcher(name).replaceAll("_"); //$NON-NLS-1$
		name = REPEATED_SEPARATORS.matcher(name).replaceAll("$1"); //$NON-NLS-1$
		name = EDGE_SEPARATORS.matcher(name).replaceAll(""); //$NON-NLS-1$
		if (name.length() > MAX_LENGTH) {
			name = EDGE_SEPARATORS.matcher(name.substring(0, MAX_LENGTH)).replaceAll(""); //$NON-NLS-1$
		}
		if (name.isEmpty()) {
			name = fallback;
		}
		if (WINDOWS_RESERVED.matcher(name).matches()) {
			name = name + '_';
		}
		return name;
	}

	/**
	 * {@code stem + extension}, or the same with "_2", "_3", ... appended to the stem, whichever is
	 * first not in {@code taken}. Compared case-insensitively because Windows and macOS file systems
	 * are; the result stays within {@value #MAX_LENGTH} characters for the stem.
	 *
	 * @param extension including its dot, or "" for folders
	 */
	public static String unique(String stem, String extension, Collection<String> taken) {
		Set<String> takenIgnoringCase = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		takenIgnoringCase.addAll(taken);
		String candidate = stem + extension;
		for (int counter = 2; takenIgnoringCase.contains(candidate); counter++) {
			String suffix = "_" + counter; //$NON-NLS-1$
			String base = stem.length() + suffix.length() > MAX_LENGTH
					? stem.substring(0, MAX_LENGTH - suffix.length())
					: stem;
			candidate = base + suffix + extension;
		}
		return candidate;
	}
}
