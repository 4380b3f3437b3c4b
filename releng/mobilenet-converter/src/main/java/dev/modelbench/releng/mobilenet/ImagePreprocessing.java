package dev.modelbench.releng.mobilenet;

import java.awt.image.BufferedImage;

/**
 * The model's preprocessing (see {@link MobileNetV2FeatureGraph#PREPROCESSING}): the whole image resized
 * to 224x224 with bilinear interpolation (align-corners, as nsfwjs does), RGB, sample / 255, NCHW.
 */
public final class ImagePreprocessing {

    public static final int SIZE = MobileNetV2FeatureGraph.IMAGE_SIZE;
    public static final int PIXELS_PER_IMAGE = 3 * SIZE * SIZE;

    private ImagePreprocessing() {
    }

    /** Writes one image as NCHW float values into {@code out} at {@code offset}. */
    public static void toNchw(BufferedImage image, float[] out, int offset) {
        int w = image.getWidth(), h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        float[][] planes = new float[3][w * h];
        for (int i = 0; i < argb.length; i++) {
            planes[0][i] = (argb[i] >> 16 & 0xff) / 255f;
            planes[1][i] = (argb[i] >> 8 & 0xff) / 255f;
            planes[2][i] = (argb[i] & 0xff) / 255f;
        }
        for (int c = 0; c < 3; c++) {
            resizeBilinear(planes[c], w, h, out, offset + c * SIZE * SIZE);
        }
    }

    /** A grey image (values 0..255, row-major) as NCHW float values, the grey value in all three channels. */
    public static void greyToNchw(byte[] grey, int w, int h, float[] out, int offset) {
        float[] plane = new float[w * h];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = (grey[i] & 0xff) / 255f;
        }
        resizeBilinear(plane, w, h, out, offset);
        System.arraycopy(out, offset, out, offset + SIZE * SIZE, SIZE * SIZE);
        System.arraycopy(out, offset, out, offset + 2 * SIZE * SIZE, SIZE * SIZE);
    }

    /** tf.image.resizeBilinear with alignCorners=true: corner pixels map onto corner pixels. */
    private static void resizeBilinear(float[] src, int w, int h, float[] out, int offset) {
        float sy = (h - 1) / (float) (SIZE - 1), sx = (w - 1) / (float) (SIZE - 1);
        for (int y = 0; y < SIZE; y++) {
            float fy = y * sy;
            int y0 = (int) fy, y1 = Math.min(y0 + 1, h - 1);
            float dy = fy - y0;
            for (int x = 0; x < SIZE; x++) {
                float fx = x * sx;
                int x0 = (int) fx, x1 = Math.min(x0 + 1, w - 1);
                float dx = fx - x0;
                float top = src[y0 * w + x0] + (src[y0 * w + x1] - src[y0 * w + x0]) * dx;
                float bottom = src[y1 * w + x0] + (src[y1 * w + x1] - src[y1 * w + x0]) * dx;
                out[offset + y * SIZE + x] = top + (bottom - top) * dy;
            }
        }
    }
}
