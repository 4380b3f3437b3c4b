import java.awt.image.BufferedImage;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Makes the quick-start sample dataset (a zip with one folder per class) from OpenCV's digits.png,
 * a 2000x1000 sheet of 5000 handwritten digits in 20x20 cells, 500 per digit in 5 rows each.
 * Usage (Debian: apt-get download opencv-doc; dpkg -x opencv-doc_*.deb ocv):
 *   java releng/samples/MakeQuickStartDataset.java ocv/usr/share/doc/opencv-doc/examples/data/digits.png \
 *        bundles/dev.modelbench.core/samples/quickstart-digits.zip
 */
public class MakeQuickStartDataset {

	private static final int CELL = 20;
	private static final int PER_CLASS = 30;
	private static final int[] DIGITS = { 0, 1, 7 };
	private static final String[] NAMES = { "zero", "one", "seven" };

	public static void main(String[] args) throws IOException {
		BufferedImage sheet = ImageIO.read(new File(args[0]));
		try (ZipOutputStream zip = new ZipOutputStream(new FileOutputStream(args[1]))) {
			for (int d = 0; d < DIGITS.length; d++) {
				for (int i = 0; i < PER_CLASS; i++) {
					int row = DIGITS[d] * 5 + i / 100;
					int column = i % 100;
					BufferedImage cell = new BufferedImage(CELL, CELL, BufferedImage.TYPE_BYTE_GRAY);
					cell.getGraphics().drawImage(sheet.getSubimage(column * CELL, row * CELL, CELL, CELL), 0, 0, null);
					ZipEntry entry = new ZipEntry(String.format("%s/%s-%02d.png", NAMES[d], NAMES[d], i + 1));
					entry.setTime(0); // reproducible bytes
					zip.putNextEntry(entry);
					ImageIO.write(cell, "png", zip);
					zip.closeEntry();
				}
			}
		}
	}
}
