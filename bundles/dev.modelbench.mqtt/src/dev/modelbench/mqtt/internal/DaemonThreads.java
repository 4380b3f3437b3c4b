package dev.modelbench.mqtt.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names threads and makes them daemons: a forgotten connection must never keep the IDE or the
 * command line from exiting.
 */
public final class DaemonThreads implements ThreadFactory {

	private final String prefix;
	private final AtomicInteger count = new AtomicInteger();

	public DaemonThreads(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public Thread newThread(Runnable task) {
		Thread thread = new Thread(task, prefix + ' ' + count.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	}
}
