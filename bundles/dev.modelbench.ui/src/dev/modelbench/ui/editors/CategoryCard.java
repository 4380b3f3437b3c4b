package dev.modelbench.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.modelbench.core.model.Category;
import dev.modelbench.core.model.Sample;
import dev.modelbench.core.project.SampleCounts;
import dev.modelbench.ui.forms.WidgetNames;

/**
 * One category in the Model editor: its colour, its editable name, how many samples it has, a
 * strip of their thumbnails, and the ways to add samples (seed 000's Webcam and Upload, seed 001's Microphone). Files
 * dropped on the card are uploaded into it.
 */
final class CategoryCard {

	/** What the card asks the editor to do; the editor turns each into a command or a job. */
	interface Actions {
		void rename(Category category, String newName);

		void delete(Category category);

		void webcam(Category category);

		void microphone(Category category);

		void chooseFiles(Category category);

		void chooseFolder(Category category);

		void upload(Category category, List<Path> files);
	}

	/** The start of a card's widget name; the category's folder name follows. */
	static final String CARD = "card:"; //$NON-NLS-1$

	private final Category category;
	private final Composite card;
	private final Text name;
	private final Label count;
	private final ThumbnailStrip strip;
	private final Color colour;

	CategoryCard(Composite parent, FormToolkit toolkit, Category category, ThumbnailCache thumbnails, boolean images,
			Actions actions) {
		this.category = category;
		// Named by the category's folder, which stays when the user renames the category.
		card = WidgetNames.name(toolkit.createComposite(parent, SWT.BORDER), CARD + category.getName());
		// The swatch, then name and count, the buttons and the thumbnails one under the other: a card
		// is as narrow as a classroom laptop's editor, and its rows wrap rather than run off the edge.
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(card);

		colour = new Color(parse(category.getColour()));
		Label swatch = toolkit.createLabel(card, "  "); //$NON-NLS-1$
		swatch.setBackground(colour);
		GridDataFactory.fillDefaults().hint(12, SWT.DEFAULT).span(1, 3).applyTo(swatch);

		Composite header = toolkit.createComposite(card);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		name = WidgetNames.name(toolkit.createText(header, "", SWT.BORDER), "card.name"); //$NON-NLS-1$ //$NON-NLS-2$
		name.setMessage(Messages.Card_namePrompt);
		name.setToolTipText(Messages.Card_nameTip);
		name.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
				event.result = Messages.Card_nameAccessible;
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(name);
		name.addListener(SWT.DefaultSelection, event -> renamed(actions));
		name.addListener(SWT.FocusOut, event -> renamed(actions));
		name.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				name.setText(displayName());
				event.doit = false;
			}
		});
		count = WidgetNames.name(toolkit.createLabel(header, "", SWT.WRAP), "card.count"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(120, SWT.DEFAULT).applyTo(count);

		Composite buttons = toolkit.createComposite(card);
		RowLayoutFactory.fillDefaults().wrap(true).spacing(6).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(buttons);
		if (images) {
			button(toolkit, buttons, Messages.Card_webcam, Messages.Card_webcamTip, () -> actions.webcam(category),
					"card.webcam"); //$NON-NLS-1$
		} else {
			button(toolkit, buttons, Messages.Card_microphone, Messages.Card_microphoneTip,
					() -> actions.microphone(category), "card.microphone"); //$NON-NLS-1$
		}
		button(toolkit, buttons, Messages.Card_upload, Messages.Card_uploadTip, () -> actions.chooseFiles(category),
				"card.files"); //$NON-NLS-1$
		button(toolkit, buttons, Messages.Card_folder, Messages.Card_folderTip, () -> actions.chooseFolder(category),
				"card.folder"); //$NON-NLS-1$
		button(toolkit, buttons, Messages.Card_delete, Messages.Card_deleteTip, () -> actions.delete(category),
				"card.delete"); //$NON-NLS-1$

		strip = new ThumbnailStrip(card, thumbnails, images);
		toolkit.adapt(strip.control());
		GridDataFactory.fillDefaults().grab(true, false).hint(300, strip.preferredHeight())
				.applyTo(strip.control());

		dropFiles(card, actions);
		dropFiles(strip.control(), actions);
		card.addDisposeListener(event -> colour.dispose());
		update();
	}

	Composite control() {
		return card;
	}

	Category category() {
		return category;
	}

	/** The name field, for tests and keyboard focus. */
	Text nameField() {
		return name;
	}

	/** Shows the category as the model has it now. */
	void update() {
		if (!name.isFocusControl() || name.getText().isBlank()) {
			name.setText(displayName());
		}
		SampleCounts counts = SampleCounts.of(category);
		count.setText(counts.unassigned() == 0
				? NLS.bind(Messages.Card_count, new Object[] { counts.total(), counts.train(), counts.validation() })
				: NLS.bind(Messages.Card_countUnassigned, counts.total(), counts.unassigned()));
		List<String> paths = new ArrayList<>(category.getSamples().size());
		for (Sample sample : category.getSamples()) {
			paths.add(sample.getPath());
		}
		strip.setSamples(paths);
		count.getParent().layout(true);
	}

	private String displayName() {
		String display = category.getDisplayName();
		return display == null || display.isBlank() ? category.getName() : display;
	}

	private void renamed(Actions actions) {
		String text = name.getText().strip();
		if (text.isEmpty()) {
			name.setText(displayName());
		} else if (!text.equals(displayName())) {
			actions.rename(category, text);
		}
	}

	private static Button button(FormToolkit toolkit, Composite parent, String label, String tip, Runnable action,
			String name) {
		Button button = WidgetNames.name(toolkit.createButton(parent, label, SWT.PUSH), name);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void dropFiles(Control control, Actions actions) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names) {
					actions.upload(category, java.util.Arrays.stream(names).map(Path::of).toList());
				}
			}
		});
	}

	private static RGB parse(String hex) {
		try {
			int value = Integer.parseInt(hex.substring(1), 16);
			return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
		} catch (RuntimeException e) {
			return new RGB(0x4E, 0x79, 0xA7);
		}
	}
}
