package dev.modelbench.ui.validation;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.modelbench.train.ImageClassifier;
import dev.modelbench.train.Prediction;

/**
 * Classifies camera frames on its own thread, always the newest: frames that come while one is
 * being classified replace each other, so predictions keep up with the video instead of lagging.
 */
final class LivePredictor implements AutoCloseable {

	private final ImageClassifier classifier;
	private final Consumer<Prediction> onPrediction;
	private final AtomicReference<BufferedImage> next = new AtomicReference<>();
	private final Thread thread;
	private volatile boolean closed;
	private volatile int predictions;

	/** @param onPrediction hears each prediction, on the predictor's thread */
	LivePredictor(ImageClassifier classifier, Consumer<Prediction> onPrediction) {
		this.classifier = classifier;
		this.onPrediction = onPrediction;
		thread = new Thread(this::run, "Model Bench live prediction"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	/** Hands over the newest frame; returns at once. */
	void offer(BufferedImage frame) {
		next.set(frame);
		synchronized (next) {
			next.notifyAll();
		}
	}

	int predictions() {
		return predictions;
	}

	private void run() {
		while (!closed) {
			BufferedImage frame = next.getAndSet(null);
			if (frame == null) {
				synchronized (next) {
					try {
						next.wait(100);
					} catch (InterruptedException e) {
						return;
					}
				}
				continue;
			}
			Prediction prediction = classifier.predict(frame);
			predictions++;
			if (!closed) {
				onPrediction.accept(prediction);
			}
		}
	}

	@Override
	public void close() {
		closed = true;
		thread.interrupt();
		try {
			thread.join(2000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
