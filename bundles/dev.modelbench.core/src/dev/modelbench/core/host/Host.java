package dev.modelbench.core.host;

import java.util.Locale;

/**
 * The operating system and processor a piece of code runs on. Code that differs by platform (which
 * camera driver, how ports are named, where tools install) takes a Host rather than reading the
 * running JVM, so that a test on Linux can ask what Windows or a Mac would get.
 *
 * @param os   the operating system
 * @param arch the processor architecture
 */
public record Host(Os os, Arch arch) {

	/** The operating systems Model Bench tells apart. */
	public enum Os {
		LINUX, WINDOWS, MACOS, OTHER;

		/** The system's own name for it, as messages write it ("macOS"). */
		public String label() {
			return switch (this) {
			case LINUX -> "Linux"; //$NON-NLS-1$
			case WINDOWS -> "Windows"; //$NON-NLS-1$
			case MACOS -> "macOS"; //$NON-NLS-1$
			case OTHER -> System.getProperty("os.name", "?"); //$NON-NLS-1$ //$NON-NLS-2$
			};
		}

		/** The system an {@code os.name} value names ("Windows 11", "Mac OS X", "Linux"). */
		public static Os of(String osName) {
			String name = osName.toLowerCase(Locale.ROOT);
			if (name.startsWith("windows")) { //$NON-NLS-1$
				return WINDOWS;
			}
			if (name.startsWith("mac") || name.startsWith("darwin")) { //$NON-NLS-1$ //$NON-NLS-2$
				return MACOS;
			}
			if (name.startsWith("linux")) { //$NON-NLS-1$
				return LINUX;
			}
			return OTHER;
		}
	}

	/** The processor architectures Model Bench tells apart. */
	public enum Arch {
		X86_64, AARCH64, OTHER;

		/** The name Eclipse gives it ("aarch64"), as messages write it. */
		public String label() {
			return this == OTHER ? System.getProperty("os.arch", "?") : name().toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		}

		/** The architecture an {@code os.arch} value names ("amd64", "x86_64", "aarch64", "arm64"). */
		public static Arch of(String osArch) {
			return switch (osArch.toLowerCase(Locale.ROOT)) {
			case "amd64", "x86_64", "x64" -> X86_64; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "aarch64", "arm64" -> AARCH64; //$NON-NLS-1$ //$NON-NLS-2$
			default -> OTHER;
			};
		}
	}

	/** The host named by {@code os.name} and {@code os.arch} values. */
	public static Host of(String osName, String osArch) {
		return new Host(Os.of(osName), Arch.of(osArch));
	}

	/** The host this JVM runs on. */
	public static Host current() {
		return of(System.getProperty("os.name", ""), System.getProperty("os.arch", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
