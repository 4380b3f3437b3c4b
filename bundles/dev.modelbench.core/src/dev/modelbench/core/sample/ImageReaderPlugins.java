package dev.modelbench.core.sample;

import javax.imageio.spi.IIORegistry;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * The image readers Model Bench adds to the JDK's: WebP, and a JPEG reader that also decodes CMYK
 * and YCCK files (as print shops and some scanners save them), both from TwelveMonkeys ImageIO.
 * ImageIO finds plug-ins by scanning the class path, which OSGi bundles are not on, so they are
 * registered here by hand, once. TwelveMonkeys' JPEG reader puts itself before the JDK's and hands
 * it every file the JDK can read.
 */
final class ImageReaderPlugins {

	static {
		IIORegistry registry = IIORegistry.getDefaultInstance();
		registry.registerServiceProvider(new WebPImageReaderSpi());
		registry.registerServiceProvider(new JPEGImageReaderSpi());
	}

	private ImageReaderPlugins() {
	}

	/** Makes sure the readers are registered; the first call registers them. */
	static void register() {
		// The static initialiser does the work, once, under the class loader's lock.
	}
}
