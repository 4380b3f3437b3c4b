package dev.modelbench.deploy.uf2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.FirmwareFormatException;
import dev.modelbench.deploy.internal.Messages;

/** A checked UF2 file: 512-byte blocks with Microsoft's magic numbers, for one chip family. */
public final class Uf2File {

	static final int BLOCK = 512;
	static final int MAGIC_START0 = 0x0A324655;
	static final int MAGIC_START1 = 0x9E5D5157;
	static final int MAGIC_END = 0x0AB16F30;
	static final int FLAG_FAMILY_ID = 0x00002000;

	private final Path path;
	private final int blocks;

	private Uf2File(Path path, int blocks) {
		this.path = path;
		this.blocks = blocks;
	}

	/**
	 * Reads and checks {@code path}.
	 *
	 * @param familyId the family the board's boot ROM takes; blocks that name another family are refused
	 * @throws FirmwareFormatException when it is not a UF2 file, is damaged or is for another chip
	 */
	public static Uf2File check(Path path, long familyId) throws FirmwareFormatException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		} catch (IOException e) {
			throw new FirmwareFormatException(NLS.bind(Messages.Uf2_unreadable, path, e.getMessage()), e);
		}
		if (bytes.length == 0 || bytes.length % BLOCK != 0) {
			throw new FirmwareFormatException(NLS.bind(Messages.Uf2_notUf2, path.getFileName()));
		}
		int count = bytes.length / BLOCK;
		for (int i = 0; i < count; i++) {
			ByteBuffer block = ByteBuffer.wrap(bytes, i * BLOCK, BLOCK).slice().order(ByteOrder.LITTLE_ENDIAN);
			if (block.getInt(0) != MAGIC_START0 || block.getInt(4) != MAGIC_START1 || block.getInt(508) != MAGIC_END) {
				throw new FirmwareFormatException(NLS.bind(Messages.Uf2_badBlock, path.getFileName(), i));
			}
			int flags = block.getInt(8);
			long family = block.getInt(28) & 0xFFFFFFFFL;
			if ((flags & FLAG_FAMILY_ID) != 0 && family != familyId) {
				throw new FirmwareFormatException(NLS.bind(Messages.Uf2_otherFamily, new Object[] { path.getFileName(),
						String.format(Locale.ROOT, "0x%08X", family), String.format(Locale.ROOT, "0x%08X", familyId) })); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (block.getInt(24) != count && block.getInt(20) >= block.getInt(24)) {
				throw new FirmwareFormatException(NLS.bind(Messages.Uf2_badBlock, path.getFileName(), i));
			}
		}
		return new Uf2File(path, count);
	}

	public Path path() {
		return path;
	}

	/** The number of 512-byte blocks. */
	public int blocks() {
		return blocks;
	}
}
