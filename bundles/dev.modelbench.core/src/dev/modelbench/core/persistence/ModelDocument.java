package dev.modelbench.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.core.internal.Messages;
import dev.modelbench.core.internal.dataset.ImportJournal;
import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelFactory;
import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.Sample;

/**
 * One Model project's model file, loaded for editing. All changes go through {@link #execute} so
 * they can be undone and so {@link #isDirty()} is exact; {@link #save()} never leaves a half-written
 * file behind. Works on plain paths, so it needs no workspace.
 */
public final class ModelDocument implements AutoCloseable {

	private final Path file;
	private final ModelFileWriter writer;
	private final Resource resource;
	private final ComposedAdapterFactory adapterFactory;
	private final ModelCommandStack commandStack;
	private final AdapterFactoryEditingDomain editingDomain;

	private ModelDocument(Path file, ModelFileWriter writer) {
		this.file = file.toAbsolutePath().normalize();
		this.writer = writer;
		ResourceSet resourceSet = new ResourceSetImpl();
		// Registered here as well as in plugin.xml so the document also works outside OSGi.
		resourceSet.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(ProjectLayout.MODEL_FILE_EXTENSION, new ModelResourceFactory());
		// The reflective item providers give Set/Add/Remove/Move commands without generated edit code.
		adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] {
				new ResourceItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
		commandStack = new ModelCommandStack();
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
		resource = new ModelResource(URI.createFileURI(this.file.toString()));
		resourceSet.getResources().add(resource);
	}

	/** Loads the model file at {@code modelFile}. */
	public static ModelDocument load(Path modelFile) throws ModelFileException {
		return load(modelFile, new AtomicFileWriter());
	}

	/** Loads the model file at {@code modelFile}; saves go through {@code writer}. */
	public static ModelDocument load(Path modelFile, ModelFileWriter writer) throws ModelFileException {
		ModelDocument document = new ModelDocument(modelFile, writer);
		document.read();
		return document;
	}

	/** Writes {@code model} as a new model file at {@code modelFile}, which must not exist yet. */
	public static ModelDocument create(Path modelFile, ModelProject model) throws ModelFileException {
		return create(modelFile, model, new AtomicFileWriter());
	}

	/** Writes {@code model} as a new model file through {@code writer}. */
	public static ModelDocument create(Path modelFile, ModelProject model, ModelFileWriter writer)
			throws ModelFileException {
		ModelDocument document = new ModelDocument(modelFile, writer);
		if (Files.exists(document.file)) {
			throw new ModelFileException(NLS.bind(Messages.ModelFile_alreadyExists, document.file));
		}
		document.resource.getContents().add(model);
		document.save();
		return document;
	}

	private void read() throws ModelFileException {
		if (!Files.isRegularFile(file)) {
			throw new ModelFileException(NLS.bind(Messages.ModelFile_missing, file));
		}
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(NLS.bind(Messages.ModelFile_unreadable, file, describe(e)), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new ModelFileException(
					NLS.bind(Messages.ModelFile_unreadable, file, resource.getErrors().get(0).getMessage()));
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof ModelProject model)) {
			throw new ModelFileException(NLS.bind(Messages.ModelFile_notAModel, file));
		}
		for (Category category : model.getCategories()) {
			for (Sample sample : category.getSamples()) {
				if (sample.getPath() != null && !RelativePath.staysInside(sample.getPath())) {
					// Training would read (and export would describe) a file anywhere on the computer.
					throw new ModelFileException(NLS.bind(Messages.ModelFile_sampleOutside, file, sample.getPath()));
				}
			}
		}
		if (model.getSettings() == null) {
			// Settings are required; a hand-edited file without them gets the defaults back.
			model.setSettings(ModelFactory.eINSTANCE.createTrainingSettings());
		}
		checkCategoriesDistinct(model);
		// A process killed while importing or saving leaves files that only the next one can clean up.
		ImportJournal.recover(getProjectFolder(), model);
		AtomicFileWriter.deleteLeftovers(file);
	}

	/** Two categories of one folder name (a hand edit or a merge) would be one class twice. */
	private void checkCategoriesDistinct(ModelProject model) throws ModelFileException {
		Set<String> names = new HashSet<>();
		for (Category category : model.getCategories()) {
			if (!names.add(category.getName())) {
				throw new ModelFileException(NLS.bind(Messages.ModelFile_duplicateCategory, file, category.getName()));
			}
		}
	}

	private static String describe(Exception e) {
		return FileErrorText.of(e);
	}

	/** The model file on disk. */
	public Path getFile() {
		return file;
	}

	/** The folder the model file lies in, i.e. the project folder. */
	public Path getProjectFolder() {
		return file.getParent();
	}

	/** The root of the model. Change it only through {@link #execute(Command)}. */
	public ModelProject getModel() {
		return (ModelProject) resource.getContents().get(0);
	}

	public EditingDomain getEditingDomain() {
		return editingDomain;
	}

	/** The adapter factory behind the editing domain, for label and content providers. */
	public AdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	public CommandStack getCommandStack() {
		return commandStack;
	}

	/**
	 * Executes {@code command} on the command stack.
	 *
	 * @return false if the command cannot execute (nothing changed)
	 * @throws RuntimeException what the command threw while executing
	 */
	public boolean execute(Command command) {
		commandStack.execute(command);
		RuntimeException failure = commandStack.takeFailure();
		if (failure != null) {
			throw failure;
		}
		return commandStack.isTopCommand(command);
	}

	/**
	 * Executes {@code command} and saves. If the save fails the command is undone and removed from
	 * the stack, so the model is as before and the file is untouched.
	 *
	 * @throws IllegalArgumentException if the command cannot execute
	 */
	public void executeAndSave(Command command) throws ModelFileException {
		if (!execute(command)) {
			throw new IllegalArgumentException("Command cannot execute: " + command.getLabel()); //$NON-NLS-1$
		}
		try {
			save();
		} catch (ModelFileException | RuntimeException e) {
			commandStack.undoAndForget();
			throw e;
		}
	}

	public boolean canUndo() {
		return commandStack.canUndo();
	}

	public void undo() {
		commandStack.undo();
	}

	public boolean canRedo() {
		return commandStack.canRedo();
	}

	public void redo() {
		commandStack.redo();
	}

	/** Whether the model has changes since it was loaded or last saved. */
	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	/** Saves atomically: on failure the previous file stays as it was and no temporary file remains. */
	public void save() throws ModelFileException {
		try {
			writer.write(file, out -> resource.save(out, null));
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(NLS.bind(Messages.ModelFile_saveFailed, file, describe(e)), e);
		}
		commandStack.saveIsDone();
	}

	/**
	 * Writes the model as it is now to {@code target} (atomically, like {@link #save()}), leaving
	 * this document's own file and dirty state as they are: the first half of Save As.
	 */
	public void saveCopy(Path target) throws ModelFileException {
		try {
			writer.write(target.toAbsolutePath().normalize(), out -> resource.save(out, null));
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(NLS.bind(Messages.ModelFile_saveFailed, target, describe(e)), e);
		}
	}

	/** Releases the editing support; the document must not be used afterwards. */
	@Override
	public void close() {
		adapterFactory.dispose();
		resource.unload();
	}
}
