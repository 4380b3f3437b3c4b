package dev.modelbench.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The native libraries inside each lab image's jars, checked by their ELF / PE / Mach-O headers
 * for the environment the image is for: each library a bundle loads must exist at the path its
 * loader looks under there, built for that OS and processor (ONNX Runtime 1.24.1 had no macOS
 * library at all); every other native library must at least be one of the three formats.
 */
class NativeLibrariesTest {

	private static final Pattern NATIVE_LIBRARY = Pattern.compile(".*\\.(so(\\.\\d+)*|dll|dylib|jnilib)");

	/** A library a bundle's Java code loads, by the path its loader looks under on each environment. */
	private record Loaded(String bundle, Map<Environment, String> paths) {
	}

	private static final List<Loaded> LOADED = List.of(
			new Loaded("com.microsoft.onnxruntime", Map.of( // ai.onnxruntime.OnnxRuntime: native/<os>-<arch>/
					Environment.LINUX, "ai/onnxruntime/native/linux-x64/libonnxruntime.so",
					Environment.WINDOWS, "ai/onnxruntime/native/win-x64/onnxruntime.dll",
					Environment.MACOS, "ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib")),
			new Loaded("com.microsoft.onnxruntime", Map.of(
					Environment.LINUX, "ai/onnxruntime/native/linux-x64/libonnxruntime4j_jni.so",
					Environment.WINDOWS, "ai/onnxruntime/native/win-x64/onnxruntime4j_jni.dll",
					Environment.MACOS, "ai/onnxruntime/native/osx-aarch64/libonnxruntime4j_jni.dylib")),
			new Loaded("com.fazecast.jSerialComm", Map.of( // serial ports: <OS>/<arch>/
					Environment.LINUX, "Linux/x86_64/libjSerialComm.so",
					Environment.WINDOWS, "Windows/x86_64/jSerialComm.dll",
					Environment.MACOS, "OSX/aarch64/libjSerialComm.jnilib")),
			new Loaded("com.sun.jna", Map.of( // JNA, which the platform uses: com/sun/jna/<os>-<arch>/
					Environment.LINUX, "com/sun/jna/linux-x86-64/libjnidispatch.so",
					Environment.WINDOWS, "com/sun/jna/win32-x86-64/jnidispatch.dll",
					Environment.MACOS, "com/sun/jna/darwin-aarch64/libjnidispatch.jnilib")),
			new Loaded("com.nativelibs4java.bridj", Map.of( // webcam-capture's built-in USB driver
					Environment.LINUX, "org/bridj/lib/linux_x64/libbridj.so",
					Environment.WINDOWS, "org/bridj/lib/win64/bridj.dll",
					Environment.MACOS, "org/bridj/lib/darwin_universal/libbridj.dylib")),
			new Loaded("com.github.sarxos.webcam-capture", Map.of(
					Environment.LINUX, "com/github/sarxos/webcam/ds/buildin/lib/linux_x64/OpenIMAJGrabber.so",
					Environment.WINDOWS, "com/github/sarxos/webcam/ds/buildin/lib/win64/OpenIMAJGrabber.dll",
					Environment.MACOS, "com/github/sarxos/webcam/ds/buildin/lib/darwin_universal/libOpenIMAJGrabber.dylib")),
			new Loaded("io.github.eduramiba.webcam-capture-driver-native", Map.of( // USB webcams on Windows and macOS, through JNA
					Environment.LINUX, "linux-x86-64/libcnokhwa.so",
					Environment.WINDOWS, "win32-x86-64/cnokhwa.dll",
					Environment.MACOS, "darwin-aarch64/libvideocapture.dylib")));

	/**
	 * Libraries known not to be built for an environment, and why that is accepted. The test fails
	 * when one of them starts to fit, so the list cannot go stale.
	 */
	private static final Map<String, String> GAPS = Map.of(
			"com.nativelibs4java.bridj@" + Environment.MACOS,
			"BridJ 0.7.0, the last release, has an x86_64 macOS library only: webcam-capture's built-in USB driver cannot run on Apple silicon",
			"com.github.sarxos.webcam-capture@" + Environment.MACOS,
			"webcam-capture 0.3.12's macOS grabber is x86_64 and i386 only, and relies on QTKit, which macOS dropped in 10.15");

	@ParameterizedTest
	@EnumSource(Environment.class)
	void everyLibraryABundleLoadsIsBuiltForTheImagesOsAndProcessor(Environment environment) throws IOException {
		List<String> failures = new ArrayList<>();
		for (Loaded library : LOADED) {
			String path = library.paths().get(environment);
			String gap = GAPS.get(library.bundle() + "@" + environment);
			Path jar = bundleJar(environment, library.bundle());
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				ZipEntry entry = zip.getEntry(path);
				if (entry == null) {
					failures.add(jar.getFileName() + " has no " + path);
					continue;
				}
				NativeBinary binary = NativeBinary.read(head(zip, entry));
				boolean fits = binary.runsOn(environment.binaryFormat, environment.binaryArchitecture);
				if (gap == null && !fits) {
					failures.add(jar.getFileName() + "!/" + path + " is " + binary + ", not " + environment.binaryFormat + " "
							+ environment.binaryArchitecture);
				} else if (gap != null && fits) {
					failures.add(jar.getFileName() + "!/" + path + " now fits " + environment + ": drop its gap (" + gap + ")");
				}
			}
		}
		assertEquals(List.of(), failures);
	}

	@ParameterizedTest
	@EnumSource(Environment.class)
	void theSwtFragmentsLibrariesAreAllForItsEnvironment(Environment environment) throws IOException {
		Path fragment = bundleJar(environment, environment.swtFragment());
		try (ZipFile zip = new ZipFile(fragment.toFile())) {
			List<? extends ZipEntry> libraries = zip.stream().filter(e -> NATIVE_LIBRARY.matcher(e.getName()).matches()).toList();
			assertFalse(libraries.isEmpty(), fragment + " holds no native library");
			for (ZipEntry library : libraries) {
				NativeBinary binary = NativeBinary.read(head(zip, library));
				assertTrue(binary.runsOn(environment.binaryFormat, environment.binaryArchitecture),
						fragment.getFileName() + "!/" + library.getName() + " is " + binary);
			}
		}
	}

	/** A jar with natives that no row above names would go unchecked: it must be added there. */
	@ParameterizedTest
	@EnumSource(Environment.class)
	void everyJarWithNativeLibrariesIsCheckedAndEachLibraryHasAKnownHeader(Environment environment) throws IOException {
		List<String> checked = new ArrayList<>(LOADED.stream().map(Loaded::bundle).toList());
		checked.add(environment.swtFragment());
		try (Stream<Path> plugins = Files.list(environment.labImage().resolve("plugins"))) {
			for (Path jar : plugins.filter(p -> p.toString().endsWith(".jar")).toList()) {
				try (ZipFile zip = new ZipFile(jar.toFile())) {
					List<? extends ZipEntry> libraries = zip.stream().filter(e -> NATIVE_LIBRARY.matcher(e.getName()).matches())
							.toList();
					for (ZipEntry library : libraries) {
						try {
							NativeBinary.read(head(zip, library));
						} catch (IllegalArgumentException e) {
							fail(jar.getFileName() + "!/" + library.getName() + ": " + e.getMessage());
						}
					}
					String name = jar.getFileName().toString();
					assertTrue(libraries.isEmpty() || checked.stream().anyMatch(bundle -> name.startsWith(bundle + "_")),
							name + " carries native libraries that no check names: add the paths its loader uses to LOADED");
				}
			}
		}
	}

	@Test
	void theHeaderReaderKnowsTheLibrariesOfTheJavaRunningIt() throws IOException {
		Path libjava = Path.of(System.getProperty("java.home"), "lib", "libjava.so");
		assumeTrue(Files.exists(libjava) && "amd64".equals(System.getProperty("os.arch")),
				"the build machine is Linux x86_64");
		byte[] head;
		try (InputStream in = Files.newInputStream(libjava)) {
			head = in.readNBytes(NativeBinary.HEAD_BYTES);
		}

		NativeBinary binary = NativeBinary.read(head);

		assertTrue(binary.runsOn(NativeBinary.Format.ELF, "x86_64"), binary.toString());
		assertFalse(binary.runsOn(NativeBinary.Format.MACH_O, "x86_64"), binary.toString());
	}

	private static byte[] head(ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return in.readNBytes(NativeBinary.HEAD_BYTES);
		}
	}

	private static Path bundleJar(Environment environment, String bundle) throws IOException {
		try (Stream<Path> plugins = Files.list(environment.labImage().resolve("plugins"))) {
			Optional<Path> jar = plugins.filter(p -> p.getFileName().toString().startsWith(bundle + "_")
					&& p.getFileName().toString().endsWith(".jar")).findFirst();
			return jar.orElseThrow(() -> new AssertionError("the " + environment + " image has no " + bundle));
		}
	}
}
