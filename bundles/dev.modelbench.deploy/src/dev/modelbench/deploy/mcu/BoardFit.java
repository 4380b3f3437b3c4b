package dev.modelbench.deploy.mcu;

import java.text.NumberFormat;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.ModelTooBigException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.internal.Messages;

/**
 * A model's footprint against one board: what it needs of flash and RAM, what the board has free
 * beside the Arduino core, and the estimated time of one result.
 *
 * @param modelMs    the CNN's time: multiply-accumulates × the core's cycles for one, at its clock
 * @param featuresMs the input's time (log-mel spectrogram or image scaling)
 */
public record BoardFit(Board board, ModelFootprint footprint, long flashNeeded, long flashFree, long ramNeeded,
		long ramFree, double modelMs, double featuresMs) {

	public boolean fits() {
		return flashNeeded <= flashFree && ramNeeded <= ramFree;
	}

	/** The estimated milliseconds of one result. */
	public double latencyMs() {
		return modelMs + featuresMs;
	}

	/** The numbers in a sentence for the user, e.g. before flashing. */
	public String summary() {
		NumberFormat bytes = NumberFormat.getIntegerInstance();
		return NLS.bind(Messages.Mcu_fit, new Object[] { board.name(), bytes.format(flashNeeded), bytes.format(flashFree),
				bytes.format(ramNeeded), bytes.format(ramFree), milliseconds(latencyMs()), milliseconds(modelMs),
				milliseconds(featuresMs) });
	}

	/**
	 * Returns quietly when the model fits.
	 *
	 * @throws ModelTooBigException with the numbers when it does not
	 */
	public void requireFits(String modelName) throws ModelTooBigException {
		if (!fits()) {
			NumberFormat bytes = NumberFormat.getIntegerInstance();
			throw new ModelTooBigException(NLS.bind(Messages.Mcu_tooBig, new Object[] { modelName, board.name(),
					bytes.format(flashNeeded), bytes.format(flashFree), bytes.format(ramNeeded), bytes.format(ramFree) }));
		}
	}

	private static String milliseconds(double ms) {
		NumberFormat format = NumberFormat.getNumberInstance();
		format.setMaximumFractionDigits(ms < 10 ? 1 : 0);
		return format.format(ms);
	}
}
