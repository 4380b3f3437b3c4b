package dev.modelbench.deploy.unihiker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;

/** A program running on the board; its output arrives line by line, stdout and stderr alike. */
public final class RemoteRun implements AutoCloseable {

	private final ChannelExec channel;

	RemoteRun(ChannelExec channel, Consumer<String> output) {
		this.channel = channel;
		OutputStream lines = new LineSplitter(output);
		channel.setOut(lines);
		channel.setErr(lines);
	}

	/**
	 * Waits until the program ends.
	 *
	 * @return its exit status, or null when it still runs after {@code timeout} (or ended without one)
	 */
	public Integer waitFor(Duration timeout) {
		Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout);
		return events.contains(ClientChannelEvent.TIMEOUT) ? null : channel.getExitStatus();
	}

	/** Whether the program ended (or its connection did). */
	public boolean ended() {
		return channel.isClosed();
	}

	/** Stops the program (closes its channel, which hangs it up). */
	@Override
	public void close() {
		channel.close(false);
	}

	/** Cuts bytes into UTF-8 lines for the consumer. */
	private static final class LineSplitter extends OutputStream {

		private final Consumer<String> output;
		private final ByteArrayOutputStream line = new ByteArrayOutputStream();

		LineSplitter(Consumer<String> output) {
			this.output = output;
		}

		@Override
		public synchronized void write(int b) {
			if (b == '\n') {
				String text = line.toString(StandardCharsets.UTF_8);
				line.reset();
				output.accept(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text); //$NON-NLS-1$
			} else {
				line.write(b);
			}
		}

		@Override
		public synchronized void close() throws IOException {
			if (line.size() > 0) {
				write('\n');
			}
		}
	}
}
