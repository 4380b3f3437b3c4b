package dev.modelbench.train;

/**
 * The metrics of one finished epoch, as the UI and the command line show them live.
 *
 * @param epoch          1-based number of this epoch
 * @param epochs         how many epochs the run was asked for
 * @param trainLoss      mean cross-entropy on the training samples after this epoch's updates
 * @param validationLoss mean cross-entropy on the validation samples; NaN when there are none
 * @param top1Accuracy   fraction of evaluated samples whose most probable class is right
 * @param topKAccuracy   fraction of evaluated samples whose class is among the k most probable
 * @param k              min(5, number of classes)
 * @param evaluatedOn    which samples the accuracies were measured on (training only when there
 *                       are no validation samples)
 * @param elapsedSeconds seconds since training started, up to the end of this epoch
 */
public record EpochResult(int epoch, int epochs, double trainLoss, double validationLoss, double top1Accuracy,
		double topKAccuracy, int k, EvaluationSet evaluatedOn, double elapsedSeconds) {
}
