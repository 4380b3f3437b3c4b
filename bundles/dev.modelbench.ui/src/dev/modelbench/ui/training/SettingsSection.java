package dev.modelbench.ui.training;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import dev.modelbench.core.model.ModelPackage;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TrainingSettings;
import dev.modelbench.train.ModelKinds;
import dev.modelbench.train.OptimizerChoice;
import dev.modelbench.train.TrainingOptions;
import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.forms.WidgetNames;

/**
 * The Training view's settings: model kind, batch size, epochs and optimizer, and under Advanced the
 * learning rate, seed and augmentation. A change becomes a change of the model's settings (undoable
 * in the editor); a value that is no setting is said on the status line.
 */
final class SettingsSection {

	private static final String[] OPTIMIZERS = { OptimizerChoice.AUTO, "adam", "sgd" }; //$NON-NLS-1$ //$NON-NLS-2$

	private final FormToolkit toolkit;
	private final BiConsumer<EStructuralFeature, Object> apply;
	private final Consumer<String> say;
	private final Combo kind;
	private final Spinner batchSize;
	private final Spinner epochs;
	private final Combo optimizer;
	private final Text learningRate;
	private final Text seed;
	private final Button augmentation;
	private List<ModelKinds.Descriptor> kinds = List.of();

	/**
	 * @param apply changes a setting of the shown model
	 * @param say   shows a line to the user (why a value is refused), empty to clear it
	 */
	SettingsSection(PartForm form, BiConsumer<EStructuralFeature, Object> apply, Consumer<String> say) {
		this.toolkit = form.toolkit();
		this.apply = apply;
		this.say = say;
		Composite settings = form.section(Messages.Training_settings, Section.TITLE_BAR | Section.EXPANDED, 4);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(toolkit.createLabel(settings, Messages.Training_kind));
		kind = WidgetNames.name(new Combo(settings, SWT.READ_ONLY), "training.kind"); //$NON-NLS-1$
		// Under its label, as wide as the view gives, not as its longest choice asks: a narrow view must not cut it.
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(160, SWT.DEFAULT).applyTo(kind);
		kind.addListener(SWT.Selection, event -> kind.setToolTipText(selectedKind() == null ? "" : selectedKind().description())); //$NON-NLS-1$
		toolkit.createLabel(settings, Messages.Training_batchSize);
		batchSize = spinner(settings, 1, 4096, Messages.Training_batchSizeTip, "training.batchSize"); //$NON-NLS-1$
		toolkit.createLabel(settings, Messages.Training_epochs);
		epochs = spinner(settings, 1, TrainingOptions.MAX_EPOCHS, Messages.Training_epochsTip, "training.epochs"); //$NON-NLS-1$
		toolkit.createLabel(settings, Messages.Training_optimizer);
		optimizer = WidgetNames.name(new Combo(settings, SWT.READ_ONLY), "training.optimizer"); //$NON-NLS-1$
		optimizer.setItems(Messages.Training_optimizerAuto, "Adam", "SGD"); //$NON-NLS-1$ //$NON-NLS-2$
		optimizer.setToolTipText(Messages.Training_optimizerTip);
		optimizer.addListener(SWT.Selection, event -> apply.accept(ModelPackage.Literals.TRAINING_SETTINGS__OPTIMIZER,
				OPTIMIZERS[Math.max(0, optimizer.getSelectionIndex())]));

		Composite advanced = form.section(Messages.Training_advanced, Section.TWISTIE | Section.TITLE_BAR, 4);
		toolkit.createLabel(advanced, Messages.Training_learningRate);
		learningRate = text(advanced, Messages.Training_learningRateTip, this::applyLearningRate, "training.learningRate"); //$NON-NLS-1$
		toolkit.createLabel(advanced, Messages.Training_seed);
		seed = text(advanced, Messages.Training_seedTip, this::applySeed, "training.seed"); //$NON-NLS-1$
		augmentation = WidgetNames.name(toolkit.createButton(advanced, Messages.Training_augmentation, SWT.CHECK | SWT.WRAP),
				"training.augmentation"); //$NON-NLS-1$
		augmentation.setToolTipText(Messages.Training_augmentationTip);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(augmentation);
		augmentation.addListener(SWT.Selection, event -> apply.accept(ModelPackage.Literals.TRAINING_SETTINGS__AUGMENTATION,
				augmentation.getSelection()));
	}

	private Spinner spinner(Composite parent, int min, int max, String tip, String name) {
		Spinner spinner = WidgetNames.name(new Spinner(parent, SWT.BORDER), name);
		spinner.setValues(min, min, max, 0, 1, 10);
		spinner.setToolTipText(tip);
		toolkit.adapt(spinner);
		spinner.addListener(SWT.Selection, event -> applySpinners());
		spinner.addListener(SWT.FocusOut, event -> applySpinners());
		return spinner;
	}

	private Text text(Composite parent, String tip, Runnable apply, String name) {
		Text text = WidgetNames.name(toolkit.createText(parent, "", SWT.BORDER), name); //$NON-NLS-1$
		text.setToolTipText(tip);
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.DefaultSelection, event -> apply.run());
		text.addListener(SWT.FocusOut, event -> apply.run());
		return text;
	}

	/** Shows {@code model}'s settings and the model kinds for its task; a field being typed in keeps its text. */
	void show(ModelProject model) {
		List<ModelKinds.Descriptor> forTask = ModelKinds.forTask(model.getTaskKind());
		if (!forTask.stream().map(ModelKinds.Descriptor::id).toList()
				.equals(kinds.stream().map(ModelKinds.Descriptor::id).toList())) {
			kinds = forTask;
			kind.setItems(kinds.stream().map(ModelKinds.Descriptor::label).toArray(String[]::new));
			kind.select(0);
			kind.setToolTipText(kinds.isEmpty() ? "" : kinds.getFirst().description()); //$NON-NLS-1$
		}
		TrainingSettings settings = model.getSettings();
		setIfChanged(batchSize, settings.getBatchSize());
		setIfChanged(epochs, settings.getEpochs());
		int index = List.of(OPTIMIZERS).indexOf(Objects.requireNonNullElse(settings.getOptimizer(), OptimizerChoice.AUTO)
				.toLowerCase(Locale.ROOT));
		optimizer.select(Math.max(0, index));
		if (!learningRate.isFocusControl()) {
			learningRate.setText(Double.toString(settings.getLearningRate()));
		}
		if (!seed.isFocusControl()) {
			seed.setText(Long.toString(settings.getSeed()));
		}
		augmentation.setSelection(settings.isAugmentation());
	}

	private static void setIfChanged(Spinner spinner, int value) {
		if (spinner.getSelection() != value && !spinner.isFocusControl()) {
			spinner.setSelection(value);
		}
	}

	/** The model kind chosen, or null when none is installed for the task. */
	ModelKinds.Descriptor selectedKind() {
		int index = kind.getSelectionIndex();
		return index >= 0 && index < kinds.size() ? kinds.get(index) : null;
	}

	private void applySpinners() {
		apply.accept(ModelPackage.Literals.TRAINING_SETTINGS__BATCH_SIZE, batchSize.getSelection());
		apply.accept(ModelPackage.Literals.TRAINING_SETTINGS__EPOCHS, epochs.getSelection());
	}

	private void applyLearningRate() {
		try {
			double value = Double.parseDouble(learningRate.getText().strip().replace(',', '.'));
			if (value > 0 && value < 10) {
				apply.accept(ModelPackage.Literals.TRAINING_SETTINGS__LEARNING_RATE, value);
				say.accept(""); //$NON-NLS-1$
				return;
			}
		} catch (NumberFormatException e) {
			// told below
		}
		say.accept(NLS.bind(Messages.Training_badLearningRate, learningRate.getText()));
	}

	private void applySeed() {
		try {
			apply.accept(ModelPackage.Literals.TRAINING_SETTINGS__SEED, Long.parseLong(seed.getText().strip()));
		} catch (NumberFormatException e) {
			say.accept(NLS.bind(Messages.Training_badSeed, seed.getText()));
		}
	}
}
