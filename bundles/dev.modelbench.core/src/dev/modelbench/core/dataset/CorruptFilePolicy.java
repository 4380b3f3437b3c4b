package dev.modelbench.core.dataset;

/** What an import does with files that look like samples but cannot be decoded. */
public enum CorruptFilePolicy {
	/** Import everything else and list the unreadable files in the report. */
	SKIP,
	/** Import nothing and name the unreadable files in the error. */
	REFUSE
}
