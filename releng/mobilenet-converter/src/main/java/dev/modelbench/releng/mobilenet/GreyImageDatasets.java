package dev.modelbench.releng.mobilenet;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import javax.imageio.ImageIO;

/** The small labelled grey-image datasets used for the cut-layer comparison. */
public final class GreyImageDatasets {

    /** Images of {@code width x height} grey bytes with labels 0..classes-1, split into a train and a test pool. */
    public record Split(String name, int width, int height, int classes, byte[][] trainImages, int[] trainLabels,
            byte[][] testImages, int[] testLabels) {
    }

    private GreyImageDatasets() {
    }

    /** Debian {@code dataset-fashion-mnist}: /usr/share/datasets/fashion-mnist (MIT, Zalando SE). */
    public static Split fashionMnist(Path dir) throws IOException {
        return new Split("Fashion-MNIST", 28, 28, 10, idxImages(dir.resolve("train-images-idx3-ubyte.gz")),
                idxLabels(dir.resolve("train-labels-idx1-ubyte.gz")), idxImages(dir.resolve("t10k-images-idx3-ubyte.gz")),
                idxLabels(dir.resolve("t10k-labels-idx1-ubyte.gz")));
    }

    /**
     * OpenCV's {@code samples/data/digits.png} (Debian {@code opencv-doc}): 5000 handwritten digits, 20x20,
     * 100 per row, 5 rows per digit. Columns 0-49 are the train pool, columns 50-99 the test pool.
     */
    public static Split opencvDigits(Path png) throws IOException {
        BufferedImage sheet = ImageIO.read(png.toFile());
        byte[][] train = new byte[2500][], test = new byte[2500][];
        int[] trainLabels = new int[2500], testLabels = new int[2500];
        int nTrain = 0, nTest = 0;
        for (int row = 0; row < 50; row++) {
            for (int col = 0; col < 100; col++) {
                byte[] cell = new byte[400];
                for (int y = 0; y < 20; y++) {
                    for (int x = 0; x < 20; x++) {
                        cell[y * 20 + x] = (byte) (sheet.getRGB(col * 20 + x, row * 20 + y) & 0xff);
                    }
                }
                if (col < 50) {
                    trainLabels[nTrain] = row / 5;
                    train[nTrain++] = cell;
                } else {
                    testLabels[nTest] = row / 5;
                    test[nTest++] = cell;
                }
            }
        }
        return new Split("OpenCV digits", 20, 20, 10, train, trainLabels, test, testLabels);
    }

    private static DataInputStream gunzip(Path file) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        return new DataInputStream(in);
    }

    private static byte[][] idxImages(Path file) throws IOException {
        try (DataInputStream in = gunzip(file)) {
            if (in.readInt() != 0x803) {
                throw new IOException(file + ": not an IDX image file");
            }
            int n = in.readInt(), h = in.readInt(), w = in.readInt();
            byte[][] images = new byte[n][w * h];
            for (byte[] image : images) {
                in.readFully(image);
            }
            return images;
        }
    }

    private static int[] idxLabels(Path file) throws IOException {
        try (DataInputStream in = gunzip(file)) {
            if (in.readInt() != 0x801) {
                throw new IOException(file + ": not an IDX label file");
            }
            int[] labels = new int[in.readInt()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = in.readUnsignedByte();
            }
            return labels;
        }
    }
}
