package dev.modelbench.install.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The environments a lab image is built for, as the parent pom lists them, and where the build puts each. */
enum Environment {

	LINUX("linux", "gtk", "x86_64", "tar.gz", "modelbench", "", NativeBinary.Format.ELF, "x86_64"),
	WINDOWS("win32", "win32", "x86_64", "zip", "modelbench", "", NativeBinary.Format.PE, "x86_64"),
	MACOS("macosx", "cocoa", "aarch64", "tar.gz", "Model Bench.app", "Contents/Eclipse", NativeBinary.Format.MACH_O, "aarch64");

	/** Bundles made for one environment carry its os and ws in their names (SWT, launcher, security...). */
	private static final Pattern ENVIRONMENT_SPECIFIC = Pattern.compile("[^/]*\\.(gtk|win32|cocoa|linux|macosx)\\.[^/]*");

	final String os;
	final String ws;
	final String arch;
	private final String archiveExtension;
	/** The archive's one top folder. */
	final String rootFolder;
	/** Where p2 installed the product inside the root folder (macOS: inside the app bundle). */
	private final String installationFolder;
	/** What the native libraries loaded on this environment must be. */
	final NativeBinary.Format binaryFormat;
	final String binaryArchitecture;

	Environment(String os, String ws, String arch, String archiveExtension, String rootFolder, String installationFolder,
			NativeBinary.Format binaryFormat, String binaryArchitecture) {
		this.os = os;
		this.ws = ws;
		this.arch = arch;
		this.archiveExtension = archiveExtension;
		this.rootFolder = rootFolder;
		this.installationFolder = installationFolder;
		this.binaryFormat = binaryFormat;
		this.binaryArchitecture = binaryArchitecture;
	}

	/** The installation folder of the lab image, as materialized (the folder holding plugins/). */
	Path labImage() {
		return products().resolve("dev.modelbench.product").resolve(os).resolve(ws).resolve(arch).resolve(rootFolder)
				.resolve(installationFolder);
	}

	/** The bare Eclipse platform for this environment that the update site is installed into. */
	Path barePlatform() {
		Path folder = products().resolve("dev.modelbench.platform").resolve(os).resolve(ws).resolve(arch);
		// Without a root folder Tycho lays a macOS product out as Eclipse's own app bundle.
		return this == MACOS ? folder.resolve("Eclipse.app/Contents/Eclipse") : folder;
	}

	/** The archive users download. */
	Path archive() {
		return products().resolve("modelbench-lab-image-" + os + "." + ws + "." + arch + "." + archiveExtension);
	}

	/** The path of an installation file inside the archive. */
	String inArchive(String installationPath) {
		return installationFolder.isEmpty() ? rootFolder + "/" + installationPath
				: rootFolder + "/" + installationFolder + "/" + installationPath;
	}

	/** The SWT fragment holding this environment's SWT classes and natives. */
	String swtFragment() {
		return "org.eclipse.swt." + ws + "." + os + "." + arch;
	}

	/** Whether the bundle file or folder of this name is made for another environment. */
	boolean isOtherEnvironmentsBundle(String fileName) {
		return ENVIRONMENT_SPECIFIC.matcher(fileName).matches()
				&& !(fileName.contains("." + ws + ".") && fileName.contains("." + os + "."));
	}

	/** The Equinox launcher's options that make a framework on Linux resolve as this environment. */
	List<String> launcherOptions() {
		return List.of("-os", os, "-ws", ws, "-arch", arch);
	}

	@Override
	public String toString() {
		return os + "/" + ws + "/" + arch;
	}

	private static Path products() {
		return Path.of(System.getProperty("modelbench.products"));
	}
}
