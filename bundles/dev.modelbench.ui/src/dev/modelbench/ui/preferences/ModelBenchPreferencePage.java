package dev.modelbench.ui.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.modelbench.capture.FrameRecorder;

/** Window &gt; Preferences &gt; Model Bench: new projects' training settings, the camera, and where caches go. */
public final class ModelBenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "dev.modelbench.ui.preferences.main"; //$NON-NLS-1$

	public ModelBenchPreferencePage() {
		super(GRID);
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		heading(parent, Messages.Preferences_training);
		IntegerFieldEditor batch = new IntegerFieldEditor(UiPreferences.BATCH_SIZE, Messages.Preferences_batchSize, parent);
		batch.setValidRange(1, 4096);
		addField(batch);
		IntegerFieldEditor epochs = new IntegerFieldEditor(UiPreferences.EPOCHS, Messages.Preferences_epochs, parent);
		epochs.setValidRange(1, 10_000);
		addField(epochs);
		addField(new ComboFieldEditor(UiPreferences.OPTIMIZER, Messages.Preferences_optimizer, new String[][] {
				{ Messages.Preferences_optimizerAuto, "auto" }, { "Adam", "adam" }, { "SGD", "sgd" } }, parent)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		heading(parent, Messages.Preferences_camera);
		addField(new StringFieldEditor(UiPreferences.CAMERA, Messages.Preferences_cameraName, parent));
		IntegerFieldEditor fps = new IntegerFieldEditor(UiPreferences.FRAMES_PER_SECOND, Messages.Preferences_fps, parent);
		fps.setValidRange(1, (int) FrameRecorder.MAX_FPS);
		addField(fps);
		addField(new StringFieldEditor(UiPreferences.IP_CAMERAS, Messages.Preferences_ipCameras, 40, 4,
				StringFieldEditor.VALIDATE_ON_KEY_STROKE, parent));

		heading(parent, Messages.Preferences_microphone);
		addField(new StringFieldEditor(UiPreferences.MICROPHONE, Messages.Preferences_microphoneName, parent));

		heading(parent, Messages.Preferences_caches);
		addField(new DirectoryFieldEditor(UiPreferences.CACHE_FOLDER, Messages.Preferences_cacheFolder, parent));
		Label hint = new Label(parent, SWT.WRAP);
		hint.setText(Messages.Preferences_cacheHint);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		data.widthHint = 400;
		hint.setLayoutData(data);
	}

	private static void heading(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
	}
}
