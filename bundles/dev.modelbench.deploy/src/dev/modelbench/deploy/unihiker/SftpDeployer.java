package dev.modelbench.deploy.unihiker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.modelbench.deploy.BoardKeyChangedException;
import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.RemoteUploadException;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.internal.Messages;

/**
 * Puts files on a Linux board over SFTP and runs a program there over SSH (Apache MINA SSHD). Each
 * file is written under a temporary name and renamed when complete, so a failed upload never leaves
 * a half-written model where the program would load it.
 */
public final class SftpDeployer implements AutoCloseable {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
	private static final String PART = ".part"; //$NON-NLS-1$

	private final UploadMethod.Sftp method;
	private final SshClient client;
	private final ClientSession session;

	private SftpDeployer(UploadMethod.Sftp method, SshClient client, ClientSession session) {
		this.method = method;
		this.client = client;
		this.session = session;
	}

	/**
	 * Logs in to the board once its host key is trusted: a key kept in {@code keys} must match, and
	 * a board met for the first time is trusted only if {@code confirm} says so.
	 *
	 * @throws BoardNotAnsweringException when nothing answers at the address
	 * @throws BoardKeyChangedException   when the board's key is not the one trusted for its address
	 * @throws RemoteUploadException      when the login is refused or the new key is not trusted
	 */
	public static SftpDeployer connect(UploadMethod.Sftp method, KnownBoardKeys keys, NewBoardKeyConfirmation confirm)
			throws DeployException {
		AtomicReference<KnownBoardKeys.ChangedKey> changed = new AtomicReference<>();
		AtomicReference<String> declined = new AtomicReference<>();
		NewBoardKeyConfirmation asked = (host, port, fingerprint) -> {
			boolean trusted = confirm.trust(host, port, fingerprint);
			declined.set(trusted ? null : fingerprint);
			return trusted;
		};
		SshClient client = SshClient.setUpDefaultClient();
		try {
			client.setServerKeyVerifier(keys.verifier(method.host(), method.port(), asked, changed));
		} catch (IOException e) {
			throw new RemoteUploadException(NLS.bind(Messages.Ssh_keysUnreadable, keys.file(), e.getMessage()), e);
		}
		client.start();
		ClientSession session = null;
		try {
			session = client.connect(method.user(), method.host(), method.port()).verify(CONNECT_TIMEOUT).getSession();
		} catch (IOException e) {
			client.stop();
			throw new BoardNotAnsweringException(NLS.bind(Messages.Ssh_noAnswer,
					new Object[] { method.host(), method.port(), e.getMessage() }), e);
		}
		try {
			session.addPasswordIdentity(method.password());
			session.auth().verify(CONNECT_TIMEOUT);
		} catch (IOException e) {
			client.stop();
			// The host key is checked before the password is sent; a refused key ends the session there.
			if (changed.get() != null) {
				throw new BoardKeyChangedException(NLS.bind(Messages.Ssh_keyChanged,
						new Object[] { method.host(), changed.get().trusted(), changed.get().shown() }), method.host(),
						method.port());
			}
			if (declined.get() != null) {
				throw new RemoteUploadException(NLS.bind(Messages.Ssh_keyNotTrusted, method.host(), declined.get()), e);
			}
			throw new RemoteUploadException(NLS.bind(Messages.Ssh_loginRefused, method.user(), method.host()), e);
		}
		return new SftpDeployer(method, client, session);
	}

	/**
	 * Copies {@code files} into the board's folder, each under its own name, replacing older ones.
	 *
	 * @throws RemoteUploadException when a copy fails; files already renamed stay, none is half-written
	 */
	public void upload(List<Path> files, IProgressMonitor monitor) throws DeployException {
		long total = 0;
		for (Path file : files) {
			total += size(file);
		}
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Ssh_uploadTask, method.host()),
				(int) Math.max(1, total / 1024));
		String folder = method.folder();
		try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
			makeFolders(sftp, folder);
			for (Path file : files) {
				String target = folder + '/' + file.getFileName();
				String partial = target + PART;
				progress.subTask(file.getFileName().toString());
				try {
					write(sftp, file, partial, progress);
					replace(sftp, partial, target);
				} catch (IOException | RuntimeException e) {
					removeQuietly(sftp, partial);
					throw e;
				}
			}
		} catch (OperationCanceledException e) {
			throw e;
		} catch (IOException e) {
			throw new RemoteUploadException(NLS.bind(Messages.Ssh_uploadFailed, method.host(), describe(e)), e);
		}
	}

	/**
	 * Starts {@code command} in the board's folder and passes each line it prints to {@code output}.
	 *
	 * @throws RemoteUploadException when it cannot be started
	 */
	public RemoteRun start(String command, Consumer<String> output) throws DeployException {
		try {
			ChannelExec channel = session.createExecChannel("cd " + shellQuoted(method.folder()) + " && " + command); //$NON-NLS-1$ //$NON-NLS-2$
			RemoteRun run = new RemoteRun(channel, output);
			channel.open().verify(CONNECT_TIMEOUT);
			return run;
		} catch (IOException e) {
			throw new RemoteUploadException(NLS.bind(Messages.Ssh_startFailed, command, describe(e)), e);
		}
	}

	@Override
	public void close() {
		try {
			session.close();
		} catch (IOException e) {
			// closing anyway
		}
		client.stop();
	}

	private static void write(SftpClient sftp, Path file, String remote, SubMonitor progress) throws IOException {
		byte[] buffer = new byte[32 * 1024];
		try (InputStream in = Files.newInputStream(file); OutputStream out = sftp.write(remote)) {
			int n;
			long sinceTick = 0;
			while ((n = in.read(buffer)) > 0) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				out.write(buffer, 0, n);
				sinceTick += n;
				progress.worked((int) (sinceTick / 1024));
				sinceTick %= 1024;
			}
		}
	}

	/** Renames over an existing file: POSIX rename where the server has it, else remove and rename. */
	private static void replace(SftpClient sftp, String from, String to) throws IOException {
		try {
			sftp.rename(from, to, SftpClient.CopyMode.Overwrite);
		} catch (IOException | UnsupportedOperationException e) {
			removeQuietly(sftp, to);
			sftp.rename(from, to);
		}
	}

	private static void makeFolders(SftpClient sftp, String folder) throws IOException {
		StringBuilder path = new StringBuilder();
		for (String part : folder.split("/")) { //$NON-NLS-1$
			if (part.isEmpty()) {
				continue;
			}
			path.append('/').append(part);
			try {
				sftp.stat(path.toString());
			} catch (SftpException missing) {
				sftp.mkdir(path.toString());
			}
		}
	}

	private static void removeQuietly(SftpClient sftp, String path) {
		try {
			sftp.remove(path);
		} catch (IOException e) {
			// nothing there
		}
	}

	private static long size(Path file) throws DeployException {
		try {
			return Files.size(file);
		} catch (IOException e) {
			throw new RemoteUploadException(NLS.bind(Messages.Ssh_fileUnreadable, file, e.getMessage()), e);
		}
	}

	private static String describe(IOException e) {
		return e instanceof SshException && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
	}

	static String shellQuoted(String text) {
		return "'" + text.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
