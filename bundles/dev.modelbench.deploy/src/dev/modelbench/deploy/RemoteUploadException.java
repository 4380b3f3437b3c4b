package dev.modelbench.deploy;

/** Copying to or running on a board over the network (SSH/SFTP) failed. */
public class RemoteUploadException extends DeployException {

	private static final long serialVersionUID = 1L;

	public RemoteUploadException(String message) {
		super(message);
	}

	public RemoteUploadException(String message, Throwable cause) {
		super(message, cause);
	}
}
