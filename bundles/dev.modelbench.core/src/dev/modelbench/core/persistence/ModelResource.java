package dev.modelbench.core.persistence;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of a model file. Its default options make the file diff well in git: UTF-8,
 * one element per line, '\n' line ends on every platform, no generated IDs, default values left
 * out, and features in metamodel order so saving twice gives identical bytes.
 */
public final class ModelResource extends XMIResourceImpl {

	public ModelResource(URI uri) {
		super(uri);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		save.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		save.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.FALSE);
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		save.put(Resource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$

		Map<Object, Object> load = getDefaultLoadOptions();
		// Keeps attributes written by a newer Model Bench instead of failing or silently dropping them.
		load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		// Model files travel in shared projects and zips; never let one pull in external entities.
		load.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
				"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
				"http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
				"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE)); //$NON-NLS-1$
	}

	@Override
	protected boolean useUUIDs() {
		// IDs would change on every save and make every diff noisy; nothing references samples by ID.
		return false;
	}
}
