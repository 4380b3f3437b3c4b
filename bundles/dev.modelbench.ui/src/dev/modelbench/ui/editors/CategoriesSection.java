package dev.modelbench.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.ModelProject;
import dev.modelbench.core.model.TaskKind;
import dev.modelbench.core.project.DataAdvice;
import dev.modelbench.core.project.SampleCounts;
import dev.modelbench.ui.forms.FormHeader;
import dev.modelbench.ui.forms.PartForm;
import dev.modelbench.ui.forms.WidgetNames;
import dev.modelbench.ui.handlers.ModelCommands;

/**
 * Seed 000's step 2 in the Model editor: the data tips that apply, a word when there is no category
 * yet, and a card per category (its name, count, thumbnails and the ways to add samples), kept in
 * the model's order. The header sums the project up or warns of unbalanced categories.
 */
final class CategoriesSection {

	private final PartForm form;
	private final ThumbnailCache thumbnails;
	private final CategoryCard.Actions actions;
	private final Label tips;
	private final Label empty;
	private final Composite cardArea;
	private final List<CategoryCard> cards = new ArrayList<>();

	CategoriesSection(PartForm form, ThumbnailCache thumbnails, CategoryCard.Actions actions) {
		this.form = form;
		this.thumbnails = thumbnails;
		this.actions = actions;
		tips = WidgetNames.name(form.toolkit().createLabel(form.body(), "", SWT.WRAP), "editor.tips"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(tips);
		empty = form.toolkit().createLabel(form.body(), Messages.ModelEditor_empty, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(empty);
		cardArea = form.toolkit().createComposite(form.body());
		GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 8).applyTo(cardArea);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(cardArea);
	}

	/** What a category card asks for: model changes, the recording commands, the upload dialogs and jobs. */
	static CategoryCard.Actions actions(ModelEditor editor, CategoryEdits edits, SampleDialogs dialogs,
			SampleUploads uploads) {
		return new CategoryCard.Actions() {
			@Override
			public void rename(Category category, String newName) {
				edits.rename(category, newName);
			}

			@Override
			public void delete(Category category) {
				edits.delete(category);
			}

			@Override
			public void webcam(Category category) {
				ModelCommands.execute(editor, ModelCommands.RECORD_WEBCAM,
						Map.of(ModelCommands.CATEGORY_PARAMETER, category.getName()));
			}

			@Override
			public void microphone(Category category) {
				ModelCommands.execute(editor, ModelCommands.RECORD_MICROPHONE,
						Map.of(ModelCommands.CATEGORY_PARAMETER, category.getName()));
			}

			@Override
			public void chooseFiles(Category category) {
				dialogs.files(category);
			}

			@Override
			public void chooseFolder(Category category) {
				dialogs.folder(category);
			}

			@Override
			public void upload(Category category, List<Path> files) {
				uploads.upload(category, files);
			}
		};
	}

	/** Brings the cards, tips and header in line with the model; reflows the form only when something moved. */
	void show(ModelProject model) {
		boolean structureChanged = reconcileCards(model);
		boolean wasEmpty = empty.getVisible();
		empty.setVisible(model.getCategories().isEmpty());
		((GridData) empty.getLayoutData()).exclude = !model.getCategories().isEmpty();
		String tipsBefore = tips.getText();
		showTips(model);
		if (structureChanged || wasEmpty != empty.getVisible() || !tipsBefore.equals(tips.getText())) {
			form.reflow();
		}
	}

	/** Makes, removes and orders the cards as the categories are; true when any was added, removed or moved. */
	private boolean reconcileCards(ModelProject model) {
		Map<Category, CategoryCard> existing = new HashMap<>();
		cards.forEach(card -> existing.put(card.category(), card));
		List<CategoryCard> ordered = new ArrayList<>();
		boolean images = model.getTaskKind() == TaskKind.IMAGE_CLASSIFICATION;
		for (Category category : model.getCategories()) {
			CategoryCard card = existing.remove(category);
			if (card == null) {
				card = new CategoryCard(cardArea, form.toolkit(), category, thumbnails, images, actions);
				GridDataFactory.fillDefaults().grab(true, false).applyTo(card.control());
			} else {
				card.update();
			}
			ordered.add(card);
		}
		boolean changed = !existing.isEmpty() || !ordered.equals(cards);
		existing.values().forEach(card -> card.control().dispose());
		if (!changed) {
			return false;
		}
		Control previous = null;
		for (CategoryCard card : ordered) {
			if (previous == null) {
				card.control().moveAbove(null);
			} else {
				card.control().moveBelow(previous);
			}
			previous = card.control();
		}
		cards.clear();
		cards.addAll(ordered);
		cardArea.layout(true, true);
		return true;
	}

	private void showTips(ModelProject model) {
		List<String> lines = new ArrayList<>();
		DataAdvice.Tip unbalanced = null;
		for (DataAdvice.Tip tip : DataAdvice.of(model)) {
			String names = String.join(", ", tip.categories()); //$NON-NLS-1$
			switch (tip.kind()) {
			case UNBALANCED -> {
				unbalanced = tip;
				lines.add(NLS.bind(Messages.Tip_unbalanced, new Object[] { tip.categories().get(1), tip.largest(),
						tip.categories().get(0), tip.smallest() }));
			}
			case FEW_SAMPLES -> lines.add(NLS.bind(Messages.Tip_fewSamples, names, DataAdvice.RECOMMENDED_SAMPLES));
			case COMPLEX_NAMES -> lines.add(NLS.bind(Messages.Tip_complexNames, names));
			}
		}
		tips.setText(lines.stream().map(line -> "\u2022 " + line).collect(Collectors.joining("\n"))); //$NON-NLS-1$ //$NON-NLS-2$
		FormHeader header = form.header();
		if (unbalanced != null) {
			header.message(Messages.ModelEditor_unbalanced, IMessageProvider.WARNING);
		} else if (header.messageType() != IMessageProvider.ERROR) {
			SampleCounts all = SampleCounts.of(model);
			header.message(NLS.bind(Messages.ModelEditor_summary, model.getCategories().size(), all.total()),
					IMessageProvider.INFORMATION);
		}
	}

	/** Puts the cursor in {@code category}'s name, selected, and scrolls its card into view. */
	void reveal(Category category) {
		CategoryCard card = cardOf(category);
		if (card != null) {
			card.nameField().setFocus();
			card.nameField().selectAll();
			form.form().showControl(card.control());
		}
	}

	/** The category whose card holds the cursor, or null. */
	Category focused() {
		Control focus = cardArea.getDisplay().getFocusControl();
		for (CategoryCard card : cards) {
			for (Control c = focus; c != null; c = c.getParent()) {
				if (c == card.control()) {
					return card.category();
				}
			}
		}
		return null;
	}

	/** The card of {@code category}, or null. */
	CategoryCard cardOf(Category category) {
		return cards.stream().filter(card -> card.category() == category).findFirst().orElse(null);
	}

	/** Puts the cursor in the first card's name; false when there is no card. */
	boolean setFocus() {
		if (cards.isEmpty()) {
			return false;
		}
		cards.getFirst().nameField().setFocus();
		return true;
	}
}
