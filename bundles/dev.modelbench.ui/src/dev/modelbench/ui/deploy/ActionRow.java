package dev.modelbench.ui.deploy;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dev.modelbench.deploy.sketch.BoardAction;
import dev.modelbench.ui.forms.WidgetNames;

/** One class's line of the action table: what the board does when that class is recognised. */
final class ActionRow {

	/** The actions offered, in the order of the chooser. */
	enum Kind {
		NOTHING, PIN_HIGH, PIN_LOW, SERVO, TONE, NEOPIXEL
	}

	/** How many LEDs a NeoPixel action lights: a common ring or stick. */
	private static final int PIXELS = 8;

	private final String className;
	private final Combo kind;
	private final Spinner pin;
	private final Text value;

	/** Adds the row's four cells to {@code table}, a four-column grid. */
	ActionRow(Composite table, String className, int defaultPin) {
		this.className = className;
		Label name = new Label(table, SWT.NONE);
		name.setText(className);
		kind = WidgetNames.name(new Combo(table, SWT.READ_ONLY), "deploy.action." + className); //$NON-NLS-1$
		kind.setItems(Messages.Action_nothing, Messages.Action_pinHigh, Messages.Action_pinLow, Messages.Action_servo,
				Messages.Action_tone, Messages.Action_neoPixel);
		kind.select(0);
		pin = WidgetNames.name(new Spinner(table, SWT.BORDER), "deploy.pin." + className); //$NON-NLS-1$
		pin.setValues(defaultPin, 0, 99, 0, 1, 5);
		value = WidgetNames.name(new Text(table, SWT.BORDER), "deploy.value." + className); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(value);
		kind.addListener(SWT.Selection, event -> kindChanged());
		kindChanged();
	}

	private void kindChanged() {
		Kind chosen = Kind.values()[kind.getSelectionIndex()];
		pin.setEnabled(chosen != Kind.NOTHING);
		value.setEnabled(chosen == Kind.SERVO || chosen == Kind.TONE || chosen == Kind.NEOPIXEL);
		String example = switch (chosen) {
		case SERVO -> "90"; //$NON-NLS-1$
		case TONE -> "440"; //$NON-NLS-1$
		case NEOPIXEL -> "#00FF00"; //$NON-NLS-1$
		default -> ""; //$NON-NLS-1$
		};
		value.setMessage(switch (chosen) {
		case SERVO -> Messages.Action_servoHint;
		case TONE -> Messages.Action_toneHint;
		case NEOPIXEL -> Messages.Action_neoPixelHint;
		default -> ""; //$NON-NLS-1$
		});
		if (value.getText().isEmpty() || !value.isEnabled()) {
			value.setText(example);
		}
	}

	String className() {
		return className;
	}

	/**
	 * The action the row describes; empty for "nothing".
	 *
	 * @throws IllegalArgumentException with a message for the user when the value does not fit
	 */
	Optional<BoardAction> action() {
		int number = pin.getSelection();
		String text = value.getText().strip();
		try {
			return switch (Kind.values()[kind.getSelectionIndex()]) {
			case NOTHING -> Optional.empty();
			case PIN_HIGH -> Optional.of(new BoardAction.SetPin(number, true));
			case PIN_LOW -> Optional.of(new BoardAction.SetPin(number, false));
			case SERVO -> Optional.of(new BoardAction.ServoAngle(number, Integer.parseInt(text)));
			case TONE -> Optional.of(new BoardAction.PlayTone(number, Integer.parseInt(text), 0));
			case NEOPIXEL -> {
				int rgb = Integer.parseInt(text.startsWith("#") ? text.substring(1) : text, 16); //$NON-NLS-1$
				yield Optional.of(new BoardAction.NeoPixelColour(number, PIXELS, rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
			}
			};
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Action_badValue, text, className), e);
		}
	}
}
