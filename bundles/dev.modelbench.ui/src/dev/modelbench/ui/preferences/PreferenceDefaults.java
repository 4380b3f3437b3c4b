package dev.modelbench.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Gives Model Bench's preferences their defaults (extension org.eclipse.core.runtime.preferences). */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		UiPreferences.initializeDefaults(UiPreferences.store());
	}
}
