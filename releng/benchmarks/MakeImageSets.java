import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import javax.imageio.ImageIO;

/**
 * Writes the image benchmark's datasets as class folders of PNG files, from data in Debian
 * packages that no one here made (see README.md beside this file):
 *
 *   fashion5/labelled  5 Fashion-MNIST classes, the first 30 training images of each
 *   fashion5/test      the same classes, the first 200 test images of each (1000)
 *   fashion4x50        4 classes, the first 50 training images of each (the timing target's set)
 *   digits/labelled    OpenCV digits.png: the first 30 cells of each digit (its first row of 100)
 *   digits/test        the rest: 470 per digit (4700)
 *
 * Usage: java MakeImageSets.java FASHION_MNIST_DIR DIGITS_PNG OUT_DIR
 */
public class MakeImageSets {

	private static final String[] FASHION = { "t-shirt", "trouser", "pullover", "dress", "coat" };
	private static final String[] DIGITS = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine" };

	public static void main(String[] args) throws IOException {
		Path fashion = Path.of(args[0]);
		Path out = Path.of(args[2]);
		Idx train = Idx.read(fashion.resolve("train-images-idx3-ubyte.gz"), fashion.resolve("train-labels-idx1-ubyte.gz"));
		Idx test = Idx.read(fashion.resolve("t10k-images-idx3-ubyte.gz"), fashion.resolve("t10k-labels-idx1-ubyte.gz"));
		train.write(out.resolve("fashion5/labelled"), FASHION.length, 30);
		test.write(out.resolve("fashion5/test"), FASHION.length, 200);
		train.write(out.resolve("fashion4x50"), 4, 50);
		digits(ImageIO.read(new File(args[1])), out.resolve("digits"));
	}

	/** Images and labels of an IDX pair (the MNIST file format). */
	private record Idx(byte[][] images, int[] labels, int rows, int columns) {

		static Idx read(Path images, Path labels) throws IOException {
			try (DataInputStream in = gunzip(images); DataInputStream tags = gunzip(labels)) {
				in.readInt();
				int count = in.readInt();
				int rows = in.readInt();
				int columns = in.readInt();
				tags.readInt();
				tags.readInt();
				byte[][] pixels = new byte[count][rows * columns];
				int[] classes = new int[count];
				for (int i = 0; i < count; i++) {
					in.readFully(pixels[i]);
					classes[i] = tags.readUnsignedByte();
				}
				return new Idx(pixels, classes, rows, columns);
			}
		}

		void write(Path folder, int classes, int perClass) throws IOException {
			int[] written = new int[classes];
			for (int i = 0; i < labels.length; i++) {
				int label = labels[i];
				if (label < classes && written[label] < perClass) {
					BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_BYTE_GRAY);
					image.getRaster().setDataElements(0, 0, columns, rows, images[i]);
					save(image, folder.resolve(FASHION[label]).resolve(String.format("%05d.png", i)));
					written[label]++;
				}
			}
		}
	}

	private static void digits(BufferedImage sheet, Path folder) throws IOException {
		for (int digit = 0; digit < DIGITS.length; digit++) {
			for (int row = 0; row < 5; row++) {
				for (int column = 0; column < 100; column++) {
					BufferedImage cell = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
					cell.getRaster().setRect(sheet.getSubimage(column * 20, (digit * 5 + row) * 20, 20, 20).getRaster()
							.createTranslatedChild(0, 0));
					String split = column < 30 && row == 0 ? "labelled" : "test";
					save(cell, folder.resolve(split).resolve(DIGITS[digit])
							.resolve(String.format("%d-%02d.png", row, column)));
				}
			}
		}
	}

	private static DataInputStream gunzip(Path file) throws IOException {
		return new DataInputStream(new GZIPInputStream(new FileInputStream(file.toFile())));
	}

	private static void save(BufferedImage image, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		ImageIO.write(image, "png", file.toFile());
	}
}
