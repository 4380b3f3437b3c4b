package dev.modelbench.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's own model-code generator outside Eclipse, so the committed model code can be
 * regenerated from the .genmodel without an IDE.
 *
 * <p>Arguments: the .genmodel file and the bundle's source folder. Code is generated into a
 * scratch folder first and only the model packages are copied over, because the generator would
 * otherwise also write plugin.xml/MANIFEST.MF, which the bundle maintains by hand.
 */
public final class GenerateModelCode {

	private GenerateModelCode() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: GenerateModelCode <file.genmodel> <bundle source folder>");
		}
		Path genModelFile = Path.of(args[0]).toAbsolutePath().normalize();
		Path sourceFolder = Path.of(args[1]).toAbsolutePath().normalize();
		Path scratch = Files.createTempDirectory("modelbench-codegen");
		try {
			GenModel genModel = loadGenModel(genModelFile);
			String bundleName = URI.createURI(genModel.getModelDirectory()).segment(0);
			// The genmodel names its output as /<bundle>/src; point that bundle at the scratch folder.
			EcorePlugin.getPlatformResourceMap().put(bundleName,
					URI.createFileURI(scratch.toString() + "/"));
			generate(genModel);
			String packagePath = genModel.getGenPackages().get(0).getInterfacePackageName().replace('.', '/');
			replaceTree(scratch.resolve("src").resolve(packagePath), sourceFolder.resolve(packagePath));
			System.out.println("Generated model code into " + sourceFolder.resolve(packagePath));
		} finally {
			deleteTree(scratch);
		}
	}

	private static GenModel loadGenModel(Path genModelFile) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		GenModel genModel = (GenModel) resourceSet
				.getResource(URI.createFileURI(genModelFile.toString()), true).getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("The genmodel is invalid: " + diagnostic);
		}
		return genModel;
	}

	private static void generate(GenModel genModel) {
		// Inside Eclipse the adapter factory comes from an extension; standalone it must be registered.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("Code generation failed: " + result);
		}
	}

	private static void replaceTree(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			throw new IllegalStateException("The generator produced nothing under " + from);
		}
		deleteTree(to);
		try (Stream<Path> files = Files.walk(from)) {
			files.forEach(file -> copy(file, to.resolve(from.relativize(file).toString())));
		}
	}

	private static void copy(Path file, Path target) {
		try {
			if (Files.isDirectory(file)) {
				Files.createDirectories(target);
			} else {
				Files.copy(file, target);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
