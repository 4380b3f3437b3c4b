package dev.modelbench.deploy.sensor;

import java.awt.image.BufferedImage;
import java.util.function.Function;

import dev.modelbench.train.Prediction;

/**
 * The board's results beside the PC model's answers on the same frames, with a running count of
 * how often they agree: how the model does on the device, where the board's camera, its integer
 * arithmetic and its smaller input may change the answer. Results without a frame are shown alone
 * and not counted. Used from one thread.
 */
public final class BoardComparison {

	/**
	 * A board's result and, when it sent its frame, the PC model's answer on that frame.
	 *
	 * @param board    what the board said
	 * @param pc       what the PC model says on the board's frame; null when there was no frame or no PC model
	 * @param compared the results compared so far, this one included
	 * @param agreed   how many of them had the same label on both
	 */
	public record Compared(BoardResult board, Prediction pc, int compared, int agreed) {

		/** Whether both chose the same class; false when there is nothing to compare. */
		public boolean agrees() {
			return pc != null && pc.label().equals(board.label());
		}
	}

	private final Function<BufferedImage, Prediction> pcModel;
	private int compared;
	private int agreed;

	/** @param pcModel the PC's model on a frame, e.g. an {@code ImageClassifier}'s predict; null for the board alone */
	public BoardComparison(Function<BufferedImage, Prediction> pcModel) {
		this.pcModel = pcModel;
	}

	/** Puts the PC's answer beside {@code result} when the board sent its frame, and counts. */
	public Compared add(BoardResult result) {
		if (pcModel == null || result.frame() == null) {
			return new Compared(result, null, compared, agreed);
		}
		Prediction pc = pcModel.apply(result.frame().image());
		compared++;
		if (pc.label().equals(result.label())) {
			agreed++;
		}
		return new Compared(result, pc, compared, agreed);
	}
}
