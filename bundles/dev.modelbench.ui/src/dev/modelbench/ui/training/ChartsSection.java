package dev.modelbench.ui.training;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.forms.widgets.Section;

import dev.modelbench.core.model.EpochMetrics;
import dev.modelbench.core.model.TrainingRun;
import dev.modelbench.train.EpochResult;
import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.forms.WidgetNames;

/**
 * The Training view's charts: loss and accuracy per epoch, one above the other (the view is usually
 * a narrow column beside the editor), each with a link that saves it as a PNG.
 */
final class ChartsSection {

	private static final RGB TRAIN_COLOUR = new RGB(0x4E, 0x79, 0xA7);
	private static final RGB VALIDATION_COLOUR = new RGB(0xF2, 0x8E, 0x2B);

	private final MetricChart loss;
	private final MetricChart accuracy;

	/** @param say shows a line to the user (where a chart was saved) */
	ChartsSection(PartForm form, Consumer<String> say) {
		Composite charts = form.section(Messages.Training_charts, Section.TITLE_BAR | Section.EXPANDED, 1);
		loss = new MetricChart(charts, Messages.Chart_loss, false, List.of(
				new MetricChart.Series(Messages.Chart_trainLoss, TRAIN_COLOUR),
				new MetricChart.Series(Messages.Chart_valLoss, VALIDATION_COLOUR)));
		accuracy = new MetricChart(charts, Messages.Chart_accuracy, true, List.of(
				new MetricChart.Series(Messages.Chart_top1, TRAIN_COLOUR),
				new MetricChart.Series(NLS.bind(Messages.Chart_topK, 5), VALIDATION_COLOUR)));
		WidgetNames.name(loss.control(), "training.lossChart"); //$NON-NLS-1$
		WidgetNames.name(accuracy.control(), "training.accuracyChart"); //$NON-NLS-1$
		for (MetricChart chart : List.of(loss, accuracy)) {
			form.toolkit().adapt(chart.control());
			GridDataFactory.fillDefaults().grab(true, false).hint(260, 200).applyTo(chart.control());
			Link save = new Link(charts, SWT.NONE);
			save.setText("<a>" + Messages.Training_saveChart + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
			String name = chart == loss ? "loss.png" : "accuracy.png"; //$NON-NLS-1$ //$NON-NLS-2$
			save.addListener(SWT.Selection, event -> save(chart, name, say));
			save.moveBelow(chart.control());
		}
	}

	/** Empties both charts for a run of {@code epochs} epochs that measures top-{@code k}. */
	void reset(int epochs, int k) {
		loss.reset(epochs);
		accuracy.reset(epochs);
		accuracy.rename(1, NLS.bind(Messages.Chart_topK, k));
	}

	void add(EpochResult epoch) {
		add(epoch.epoch(), epoch.trainLoss(), epoch.validationLoss(), epoch.top1Accuracy(), epoch.topKAccuracy());
	}

	/** Draws a recorded run that measured top-{@code k}; for none, empty charts of {@code plannedEpochs}. */
	void show(TrainingRun run, int plannedEpochs, int k) {
		accuracy.rename(1, NLS.bind(Messages.Chart_topK, k));
		if (run == null) {
			loss.reset(plannedEpochs);
			accuracy.reset(plannedEpochs);
			return;
		}
		loss.reset(run.getEpochs().size());
		accuracy.reset(run.getEpochs().size());
		for (EpochMetrics metrics : run.getEpochs()) {
			add(metrics.getEpoch(), metrics.getTrainLoss(), metrics.getValidationLoss(), metrics.getTop1Accuracy(),
					metrics.getTop5Accuracy());
		}
	}

	private void add(int epoch, double trainLoss, double validationLoss, double top1, double topK) {
		loss.add(0, epoch, trainLoss);
		loss.add(1, epoch, validationLoss);
		accuracy.add(0, epoch, top1);
		accuracy.add(1, epoch, topK);
	}

	private static void save(MetricChart chart, String name, Consumer<String> say) {
		FileDialog dialog = new FileDialog(chart.control().getShell(), SWT.SAVE);
		dialog.setFileName(name);
		dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			chart.exportPng(Path.of(file));
			say.accept(NLS.bind(Messages.Training_chartSaved, file));
		}
	}
}
