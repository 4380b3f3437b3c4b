package dev.modelbench.deploy.unihiker;

/**
 * Decides whether to trust a board met for the first time, from the fingerprint of the key it
 * identifies itself with. The IDE asks the user; it is called on the connecting thread, never the
 * UI thread.
 */
@FunctionalInterface
public interface NewBoardKeyConfirmation {

	/** Trusts no new board: only boards whose keys are already known can be reached. */
	NewBoardKeyConfirmation REFUSE = (host, port, fingerprint) -> false;

	/**
	 * @param fingerprint the key's SHA-256 fingerprint as OpenSSH shows it, {@code SHA256:...}
	 * @return true to trust this key for {@code host:port} from now on
	 */
	boolean trust(String host, int port, String fingerprint);
}
