import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * Writes the image benchmark's colour sets, whose training and test pictures of the same classes
 * come from different artists, as class folders of PNG files (transparency kept, as a user's files
 * have it). From Debian packages (see README.md beside this file):
 *
 *   drawings/labelled  Tux Paint's stamps (tuxpaint-stamps-default): animals, food, plants,
 *                      vehicles; up to 50 of each
 *   drawings/test      Openclipart's drawings (openclipart-png) of the same four classes, by many
 *                      other artists (its vehicles and boats for vehicles); up to 100 of each
 *   icons/labelled     Papirus icons (papirus-icon-theme, the largest size of each name): faces, folders, weather,
 *                      batteries; up to 50 of each
 *   icons/test         the same icon names as drawn by Adwaita, elementary-xfce and Breeze, the
 *                      largest size of each name; up to 100 of each class
 *
 * Scalable icons are rasterised with rsvg-convert at 128 px. Every choice is seeded, so the sets
 * are the same on every machine. Symbolic (one-colour) icons are left out: the sets are about colour.
 *
 * Usage: java MakeColourSets.java EXTRACTED_DEBS_ROOT RSVG_CONVERT OUT_DIR
 */
public class MakeColourSets {

	private static final int TRAIN = 50;
	private static final int TEST = 100;
	private static final int LONGEST_SIDE = 256;

	private static Path rsvgConvert;

	public static void main(String[] args) throws IOException, InterruptedException {
		Path share = Path.of(args[0], "usr/share");
		rsvgConvert = Path.of(args[1]);
		Path out = Path.of(args[2]);

		Path stamps = share.resolve("tuxpaint/stamps");
		Path clipart = share.resolve("openclipart/png");
		Map<String, List<Path>> drawingsTrain = new LinkedHashMap<>();
		Map<String, List<Path>> drawingsTest = new LinkedHashMap<>();
		// Openclipart's transportation also holds road signs and pictograms: its vehicles and boats
		// are what Tux Paint's vehicles show.
		for (String[] classAndTests : new String[][] { { "animals", "animals" }, { "food", "food" },
				{ "plants", "plants" }, { "vehicles", "transportation/vehicles", "transportation/boating" } }) {
			drawingsTrain.put(classAndTests[0], files(stamps.resolve(classAndTests[0]), ".png"));
			List<Path> tests = new ArrayList<>();
			for (int i = 1; i < classAndTests.length; i++) {
				tests.addAll(files(clipart.resolve(classAndTests[i]), ".png"));
			}
			drawingsTest.put(classAndTests[0], tests);
		}
		write(drawingsTrain, TRAIN, out.resolve("drawings/labelled"));
		write(drawingsTest, TEST, out.resolve("drawings/test"));

		Path icons = share.resolve("icons");
		Map<String, Pattern> iconClasses = new LinkedHashMap<>();
		iconClasses.put("faces", Pattern.compile("face-.*"));
		iconClasses.put("folders", Pattern.compile("folder(-.*)?"));
		iconClasses.put("weather", Pattern.compile("weather-.*"));
		iconClasses.put("batteries", Pattern.compile("battery(-.*)?"));
		Map<String, List<Path>> iconsTrain = new LinkedHashMap<>();
		Map<String, List<Path>> iconsTest = new LinkedHashMap<>();
		for (Map.Entry<String, Pattern> entry : iconClasses.entrySet()) {
			iconsTrain.put(entry.getKey(), largestOfEachName(List.of(icons.resolve("Papirus")), entry.getValue()));
			iconsTest.put(entry.getKey(), largestOfEachName(List.of(icons.resolve("Adwaita"),
					icons.resolve("elementary-xfce"), icons.resolve("breeze")), entry.getValue()));
		}
		write(iconsTrain, TRAIN, out.resolve("icons/labelled"));
		write(iconsTest, TEST, out.resolve("icons/test"));
	}

	/** The files under {@code folder} ending in {@code suffix}, in name order. */
	private static List<Path> files(Path folder, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
					// Tux Paint's thumbnails and mirrored copies are the same drawings again.
					.filter(p -> !p.getFileName().toString().matches(".*_(thumb|mirror)\\..*")).sorted().toList();
		}
	}

	/**
	 * One file per icon name matching {@code name} in each theme (the largest, by the pixel size in
	 * its folders' names; scalable counts as largest), symbolic icons left out.
	 */
	private static List<Path> largestOfEachName(List<Path> themes, Pattern name) throws IOException {
		List<Path> chosen = new ArrayList<>();
		for (Path theme : themes) {
			Map<String, Path> best = new LinkedHashMap<>();
			for (Path file : files(theme, "")) {
				String fileName = file.getFileName().toString();
				int dot = fileName.lastIndexOf('.');
				if (dot < 0 || !(fileName.endsWith(".png") || fileName.endsWith(".svg")) || Files.isSymbolicLink(file)
						|| file.toString().contains("symbolic") || !name.matcher(fileName.substring(0, dot)).matches()) {
					continue;
				}
				best.merge(fileName.substring(0, dot), file,
						(a, b) -> Comparator.comparingInt(MakeColourSets::pixelSize).compare(a, b) >= 0 ? a : b);
			}
			chosen.addAll(best.values());
		}
		Collections.sort(chosen);
		return chosen;
	}

	/** The icon size a theme's folder names give ({@code 48x48}, {@code 48}), scalable as 1000. */
	private static int pixelSize(Path file) {
		int size = 0;
		for (Path part : file) {
			String text = part.toString().replaceFirst("x\\d+(@2x)?$", "");
			if (text.matches("\\d+")) {
				size = Math.max(size, Integer.parseInt(text));
			} else if (text.startsWith("scalable")) {
				size = 1000;
			}
		}
		return size;
	}

	/** Writes a seeded choice of at most {@code limit} pictures of each class as PNG. */
	private static void write(Map<String, List<Path>> classes, int limit, Path out) throws IOException, InterruptedException {
		for (Map.Entry<String, List<Path>> entry : classes.entrySet()) {
			List<Path> files = new ArrayList<>(entry.getValue());
			Collections.shuffle(files, new Random(entry.getKey().hashCode()));
			Path folder = Files.createDirectories(out.resolve(entry.getKey()));
			int written = 0;
			for (Path file : files) {
				if (written == limit) {
					break;
				}
				BufferedImage image = read(file);
				if (image == null) {
					continue;
				}
				ImageIO.write(image, "png", folder.resolve(String.format("%03d.png", written++)).toFile());
			}
			System.out.printf("%s/%s: %d of %d%n", out, entry.getKey(), written, files.size());
		}
	}

	/** The picture, at most {@link #LONGEST_SIDE} pixels on a side, alpha kept; null if unreadable. */
	private static BufferedImage read(Path file) throws IOException, InterruptedException {
		BufferedImage image;
		if (file.toString().endsWith(".svg")) {
			Path png = Files.createTempFile("icon", ".png");
			Process process = new ProcessBuilder(rsvgConvert.toString(), "-w", "128", "-h", "128", "-o", png.toString(),
					file.toString()).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			image = process.waitFor() == 0 ? ImageIO.read(png.toFile()) : null;
			Files.delete(png);
		} else {
			try {
				image = ImageIO.read(file.toFile());
			} catch (IOException | RuntimeException e) {
				return null;
			}
		}
		if (image == null) {
			return null;
		}
		int longest = Math.max(image.getWidth(), image.getHeight());
		if (longest <= LONGEST_SIDE) {
			return image;
		}
		int width = Math.max(1, image.getWidth() * LONGEST_SIDE / longest);
		int height = Math.max(1, image.getHeight() * LONGEST_SIDE / longest);
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		scaled.createGraphics().drawImage(image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
		return scaled;
	}
}
