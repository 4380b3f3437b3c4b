package dev.modelbench.deploy.board;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import dev.modelbench.deploy.DeployMode;

/**
 * A board Model Bench can deploy to: what it is, how it is recognised on USB and how programs get
 * onto it. A new board is a subclass and a {@code board} entry on the extension point
 * {@code dev.modelbench.deploy.boards}, which gives it its id and display name.
 */
public abstract class Board implements IExecutableExtension {

	private String id;
	private String name;

	/** For the extension registry, which sets the id and name from plugin.xml. */
	protected Board() {
	}

	/** For a board made in code. */
	protected Board(String id, String name) {
		this.id = id;
		this.name = name;
	}

	@Override
	public final void setInitializationData(IConfigurationElement config, String propertyName, Object data)
			throws CoreException {
		id = config.getAttribute("id"); //$NON-NLS-1$
		name = config.getAttribute("name"); //$NON-NLS-1$
	}

	/** The id of its plugin.xml entry, e.g. {@code arduino.uno}. */
	public final String id() {
		return id;
	}

	/** The name people know it by, e.g. "Arduino Uno". */
	public final String name() {
		return name;
	}

	/** The microcontroller or SoC, e.g. "ATmega328P". */
	public abstract String chip();

	/** The USB ids it shows, itself or through its USB-serial chip; empty when it is not found by USB. */
	public abstract List<UsbId> usbIds();

	/** Program flash in bytes (all of it; the upload method says how much a program may use). */
	public abstract long flashBytes();

	/** Working memory (SRAM, or RAM for Linux boards) in bytes. */
	public abstract long ramBytes();

	/** The ways this board can take part in a deployment. */
	public abstract Set<DeployMode> deployModes();

	/** How programs get onto it. */
	public abstract UploadMethod uploadMethod();

	/** The Arduino board name sketches are compiled for, e.g. {@code arduino:avr:uno}; empty if not an Arduino target. */
	public abstract Optional<String> fqbn();

	/** The pin of the on-board LED (Arduino numbering), or -1 if there is none. */
	public abstract int ledPin();

	/**
	 * What kind of model code generator serves {@link DeployMode#MODEL_ON_BOARD} here, e.g. {@code avr8},
	 * {@code esp32s3}, {@code linux-onnx}; matched against generators' capabilities.
	 */
	public abstract String modelCapability();

	/**
	 * What C code for a model can count on here (sizes, speed, sensors); empty for a board that is
	 * not a microcontroller (a Linux board runs ONNX instead).
	 */
	public Optional<Microcontroller> microcontroller() {
		return Optional.empty();
	}

	/** Whether the board shows one of these USB ids. */
	public boolean matches(UsbId usbId) {
		return usbIds().contains(usbId);
	}

	@Override
	public String toString() {
		return name + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
