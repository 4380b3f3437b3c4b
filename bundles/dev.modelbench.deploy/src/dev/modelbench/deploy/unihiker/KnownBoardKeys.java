package dev.modelbench.deploy.unihiker;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import dev.modelbench.core.persistence.AtomicFileWriter;
import dev.modelbench.core.persistence.ModelFileWriter;

/**
 * The host keys of the boards a user trusts, in an OpenSSH {@code known_hosts} file: trust on first
 * use, a changed key refused. The file is the user's (Eclipse keeps it in the workspace's plug-in
 * state), never a project's, so a project shared with others brings no trust along.
 */
public final class KnownBoardKeys {

	private static final String FILE = "known_hosts"; //$NON-NLS-1$

	private final Path file;
	private final ModelFileWriter writer;

	/** The keys kept in {@code file}, created on the first trusted board. */
	public KnownBoardKeys(Path file) {
		this(file, new AtomicFileWriter());
	}

	/** The keys kept in {@code file}, written by {@code writer} (tests inject failures there). */
	public KnownBoardKeys(Path file, ModelFileWriter writer) {
		this.file = file;
		this.writer = writer;
	}

	/** The keys of the user running this Eclipse, in this bundle's state location. */
	public static KnownBoardKeys ofUser() {
		return new KnownBoardKeys(Platform.getStateLocation(FrameworkUtil.getBundle(KnownBoardKeys.class)).toPath()
				.resolve(FILE));
	}

	public Path file() {
		return file;
	}

	/** The fingerprint of the key trusted for {@code host:port}, if one is. */
	public Optional<String> fingerprint(String host, int port) throws IOException {
		for (KnownHostEntry entry : entries()) {
			if (entry.isHostMatch(host, port)) {
				try {
					return Optional.of(KeyUtils.getFingerPrint(
							entry.getKeyEntry().resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING)));
				} catch (GeneralSecurityException e) {
					throw new IOException(e.getMessage(), e);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Forgets the key of {@code host:port}, so that the board's next key is asked about as a new
	 * one: what a re-flashed board needs.
	 *
	 * @return whether a key was kept for it
	 */
	public boolean forget(String host, int port) throws IOException {
		List<KnownHostEntry> entries = entries();
		List<String> kept = new ArrayList<>();
		for (KnownHostEntry entry : entries) {
			if (!entry.isHostMatch(host, port)) {
				kept.add(entry.getConfigLine());
			}
		}
		if (kept.size() == entries.size()) {
			return false;
		}
		write(kept);
		return true;
	}

	/** Replaces the file with {@code lines}: a write that fails half-way leaves the old file whole. */
	private void write(List<String> lines) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		byte[] text = lines.stream().map(line -> line + '\n').collect(Collectors.joining())
				.getBytes(StandardCharsets.UTF_8);
		writer.write(file, out -> out.write(text));
	}

	private List<KnownHostEntry> entries() throws IOException {
		return Files.exists(file) ? KnownHostEntry.readKnownHostEntries(file) : List.of();
	}

	/**
	 * A verifier for one connection: a known key passes, an unknown one is put to {@code confirm}
	 * and kept when trusted, a changed one fails and is reported to {@code changed}.
	 */
	ServerKeyVerifier verifier(String host, int port, NewBoardKeyConfirmation confirm,
			AtomicReference<ChangedKey> changed) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		KnownHostsServerKeyVerifier verifier = new KnownHostsServerKeyVerifier(
				(session, address, key) -> confirm.trust(host, port, KeyUtils.getFingerPrint(key)), file) {
			/** MINA appends in place; the line goes in through the atomic writer instead. */
			@Override
			protected KnownHostEntry updateKnownHostsFile(ClientSession session, SocketAddress remote, PublicKey key,
					Path knownHosts, Collection<HostEntryPair> known) throws Exception {
				KnownHostEntry entry = prepareKnownHostEntry(session, remote, key);
				if (entry != null) {
					synchronized (updateLock) {
						List<String> lines = new ArrayList<>(
								Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
						lines.add(entry.getConfigLine());
						write(lines);
					}
				}
				return entry;
			}
		};
		verifier.setModifiedServerKeyAcceptor((ClientSession session, SocketAddress address, KnownHostEntry entry,
				PublicKey expected, PublicKey actual) -> {
			changed.set(new ChangedKey(KeyUtils.getFingerPrint(expected), KeyUtils.getFingerPrint(actual)));
			return false;
		});
		return verifier;
	}

	/** The key trusted before and the one a board showed instead. */
	record ChangedKey(String trusted, String shown) {
	}
}
