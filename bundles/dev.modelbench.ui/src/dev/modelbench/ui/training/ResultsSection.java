package dev.modelbench.ui.training;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import dev.modelbench.train.EvaluationSet;
import dev.modelbench.train.Misclassification;
import dev.modelbench.train.TrainingReport;
import dev.modelbench.train.metrics.ConfusionMatrix;
import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.forms.WidgetNames;

/**
 * The Training view's result of a run: the summary and its notes, the confusion matrix with the right
 * answers on its highlighted diagonal, and the samples the model got wrong (one opened is shown).
 */
final class ResultsSection {

	private final PartForm form;
	private final Label summary;
	private final Table confusion;
	private final TableViewer mistakes;
	private TrainingReport report;

	/** @param open shows a sample (its project path) that the user opened in the mistakes' list */
	ResultsSection(PartForm form, Consumer<String> open) {
		this.form = form;
		FormToolkit toolkit = form.toolkit();
		Composite results = form.section(Messages.Training_results, Section.TITLE_BAR | Section.EXPANDED, 1);
		summary = WidgetNames.name(wrapping(toolkit.createLabel(results, Messages.Training_noResults, SWT.WRAP)),
				"training.summary"); //$NON-NLS-1$
		wrapping(toolkit.createLabel(results, Messages.Training_confusion, SWT.WRAP));
		confusion = WidgetNames.name(toolkit.createTable(results, SWT.BORDER | SWT.FULL_SELECTION), "training.confusion"); //$NON-NLS-1$
		confusion.setHeaderVisible(true);
		confusion.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 100).applyTo(confusion);
		wrapping(toolkit.createLabel(results, Messages.Training_mistakes, SWT.WRAP));
		mistakes = new TableViewer(WidgetNames.name(toolkit.createTable(results, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL),
				"training.mistakes")); //$NON-NLS-1$
		mistakes.getTable().setHeaderVisible(true);
		mistakes.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Training_mistakeSample, 220, Misclassification::sampleId);
		column(Messages.Training_mistakeTrue, 100, m -> className(m.trueClass()));
		column(Messages.Training_mistakePredicted, 100, m -> className(m.predicted()));
		column(Messages.Training_mistakeConfidence, 90, m -> Percent.of(m.confidence()));
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(mistakes.getControl());
		mistakes.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof Misclassification mistake) {
				open.accept(mistake.sampleId());
			}
		});
	}

	/** A wrapping label must not ask for its one-line width, or the whole form gets that wide. */
	private static Label wrapping(Label label) {
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private void column(String title, int width, Function<Misclassification, String> text) {
		TableViewerColumn column = new TableViewerColumn(mistakes, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Misclassification) element);
			}
		});
	}

	private String className(int index) {
		return report != null && index < report.classNames().size() ? report.classNames().get(index)
				: Integer.toString(index);
	}

	/** Shows {@code shown}'s result, or says to train when it is null. */
	void show(TrainingReport shown) {
		if (shown == report) {
			return;
		}
		report = shown;
		for (TableColumn column : confusion.getColumns()) {
			column.dispose();
		}
		confusion.removeAll();
		if (report == null) {
			summary.setText(Messages.Training_noResults);
			mistakes.setInput(new Object[0]);
			return;
		}
		summary.setText(NLS.bind(Messages.Training_summary, new Object[] { report.bestEpoch(),
				Percent.of(report.finalAccuracy()), report.topK(), Percent.of(report.finalTopKAccuracy()),
				report.evaluatedOn() == EvaluationSet.VALIDATION ? Messages.Training_onValidation
						: Messages.Training_onTraining })
				+ (report.notes().isEmpty() ? "" : "\n" + String.join("\n", report.notes()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ConfusionMatrix matrix = report.confusionMatrix();
		TableColumn corner = new TableColumn(confusion, SWT.LEFT);
		corner.setText(Messages.Training_truePredicted);
		corner.setWidth(140);
		for (String name : report.classNames()) {
			TableColumn column = new TableColumn(confusion, SWT.RIGHT);
			column.setText(name);
			column.setWidth(Math.max(60, name.length() * 9));
		}
		for (int t = 0; t < matrix.classes(); t++) {
			TableItem row = new TableItem(confusion, SWT.NONE);
			row.setText(0, report.classNames().get(t));
			for (int p = 0; p < matrix.classes(); p++) {
				row.setText(p + 1, Integer.toString(matrix.count(t, p)));
				if (t == p) {
					row.setBackground(p + 1, confusion.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
				}
			}
		}
		mistakes.setInput(report.misclassified().toArray());
		// Only the summary can change height (the tables have fixed ones): a cheap reflow.
		summary.getParent().layout(new Control[] { summary });
		form.form().reflow(false);
	}
}
