package dev.modelbench.core.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this bundle, from messages.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "dev.modelbench.core.internal.messages"; //$NON-NLS-1$

	public static String ModelFile_alreadyExists;
	public static String ModelFile_missing;
	public static String ModelFile_unreadable;
	public static String ModelFile_notAModel;
	public static String ModelFile_duplicateCategory;
	public static String ModelFile_saveFailed;
	public static String ModelFile_sampleOutside;
	public static String InitialModel_backgroundNoise;
	public static String Project_notLocal;
	public static String ProjectCreator_task;
	public static String ProjectCreator_exists;
	public static String ProjectCreator_folderNotEmpty;
	public static String ProjectCreator_folderUnreadable;
	public static String Import_task;
	public static String Import_checking;
	public static String Import_copying;
	public static String Import_commandLabel;
	public static String Upload_task;
	public static String Upload_notAFile;
	public static String Upload_wrongKind;
	public static String Import_sourceMissing;
	public static String Import_notFolderOrZip;
	public static String Import_noScratchSpace;
	public static String Import_cutFailed;
	public static String Import_readFailed;
	public static String Import_projectUnreadable;
	public static String Import_noUsableClass;
	public static String Import_refusedCorrupt;
	public static String Import_unreadableFile;
	public static String Import_andMore;
	public static String Import_copyFailed;
	public static String Import_alreadyThere;
	public static String Import_andMoreInline;
	public static String Import_linkFollowed;
	public static String Import_hiddenFolderLeftOut;
	public static String Import_caseOnlyDuplicates;
	public static String Import_addedToExisting;
	public static String ImportReport_imported;
	public static String ImportReport_splitFromDataset;
	public static String ImportReport_splitComputed;
	public static String ImportReport_skipped;
	public static String ImportReport_ignored;
	public static String ImportReport_emptyClasses;
	public static String Zip_unreadable;
	public static String Zip_extractFailed;
	public static String Zip_tooManyEntries;
	public static String Zip_entryEscapes;
	public static String Zip_badEntryName;
	public static String Zip_duplicateEntry;
	public static String Zip_entryTooLarge;
	public static String Zip_tooLarge;
	public static String Zip_bomb;
	public static String Size_bytes;
	public static String Size_kilobytes;
	public static String Size_megabytes;
	public static String Size_gigabytes;
	public static String Sample_unreadable;
	public static String Decode_cannotOpen;
	public static String Decode_notAnImage;
	public static String Decode_damagedImage;
	public static String Decode_imageTooLarge;
	public static String Decode_notWav;
	public static String Decode_noAudio;
	public static String Decode_truncatedAudio;
	public static String Decode_badAudioHeader;
	public static String Decode_unsupportedAudio;
	public static String Decode_audioTooLong;
	public static String Decode_damagedAudio;
	public static String SampleDataset_quickStart;
	public static String FileError_folderNotWritable;
	public static String FileError_accessDenied;
	public static String FileError_exists;
	public static String FileError_missing;
	public static String FileError_notAFolder;
	public static String FileError_folderNotEmpty;
	public static String FileError_other;
	public static String FileError_cannotCreateIn;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
