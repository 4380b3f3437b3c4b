package dev.modelbench.deploy;

/**
 * A board answered with another host key than the one trusted for its address: it was re-flashed,
 * or another machine answers in its place. Nothing was sent to it, the password included.
 */
public class BoardKeyChangedException extends RemoteUploadException {

	private static final long serialVersionUID = 1L;

	private final String host;
	private final int port;

	public BoardKeyChangedException(String message, String host, int port) {
		super(message);
		this.host = host;
		this.port = port;
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}
}
