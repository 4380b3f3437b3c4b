package dev.modelbench.ui.validation;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.modelbench.train.TrainedModel;
import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.push.ResultPushPanel;

/**
 * What the Validation view's sections share: the form they live in, the trained model loaded now,
 * the answer they show and the Result Push their results go to.
 */
final class ValidationContext {

	final FormToolkit toolkit;
	private final PartForm form;
	private final Supplier<TrainedModel> model;
	private final Supplier<List<String>> classNames;
	private final Supplier<ResultPushPanel> push;

	ValidationContext(PartForm form, Supplier<TrainedModel> model, Supplier<List<String>> classNames,
			Supplier<ResultPushPanel> push) {
		this.toolkit = form.toolkit();
		this.form = form;
		this.model = model;
		this.classNames = classNames;
		this.push = push;
	}

	/** The classes of the model, or of the project while there is no model; empty without a project. */
	List<String> classNames() {
		return classNames.get();
	}

	/** The trained model loaded now, or null. */
	TrainedModel model() {
		return model.get();
	}

	/** The Result Push section, to hand results to; returns at once, connected or not. */
	ResultPushPanel push() {
		return push.get();
	}

	void reflow() {
		form.reflow();
	}

	/** Runs {@code work} on the UI thread if the view is still open, else {@code otherwise} here. */
	void asyncIfOpen(Runnable work, Runnable otherwise) {
		form.asyncIfOpen(work, otherwise);
	}

	/** Runs {@code work} on the UI thread if the view is still open. */
	void asyncIfOpen(Runnable work) {
		form.asyncIfOpen(work);
	}
}
