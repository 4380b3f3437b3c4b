package dev.modelbench.install.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small image datasets on disk, as a user would hand them to {@code modelbench import}. */
final class Datasets {

	private Datasets() {
	}

	/** A folder with a sub-folder of {@code count} distinct 16×16 PNGs for each class. */
	static Path classFolders(Path root, int count, String... classes) throws IOException {
		Random random = new Random(7);
		for (String name : classes) {
			Path folder = Files.createDirectories(root.resolve(name));
			for (int i = 0; i < count; i++) {
				BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
				for (int p = 0; p < 256; p++) {
					image.setRGB(p % 16, p / 16, random.nextInt());
				}
				ImageIO.write(image, "png", folder.resolve(String.format("%s-%02d.png", name, i)).toFile());
			}
		}
		return root;
	}

	/** Zips {@code folder} with every entry under {@code prefix} (e.g. "pets/"). */
	static Path zip(Path folder, Path zip, String prefix) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
				var files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
				out.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
		return zip;
	}

	/** A zip with a good entry and one named {@code hostileName}. */
	static Path zipWithEntry(Path zip, String hostileName, Path sample) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (String name : new String[] { "cat/good.png", hostileName }) {
				out.putNextEntry(new ZipEntry(name));
				Files.copy(sample, out);
				out.closeEntry();
			}
		}
		return zip;
	}
}
