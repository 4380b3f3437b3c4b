package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.tests.fixtures.FailingOutputStream;
import dev.modelbench.deploy.BoardKeyChangedException;
import dev.modelbench.deploy.RemoteUploadException;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.tests.fixtures.SshBoard;
import dev.modelbench.deploy.unihiker.KnownBoardKeys;
import dev.modelbench.deploy.unihiker.NewBoardKeyConfirmation;
import dev.modelbench.deploy.unihiker.SftpDeployer;

/**
 * Whom the SSH connection to a board trusts, against MINA's SSH server: a board met for the first
 * time is trusted only when the user confirms its fingerprint, the same key passes silently, a
 * changed key is refused before the password is sent until the user forgets the old key.
 */
class BoardHostKeyTest {

	@TempDir
	Path folder;

	private SshBoard board;
	private KnownBoardKeys keys;
	/** The fingerprints the user was asked to trust, in order. */
	private final List<String> asked = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startBoard() throws Exception {
		board = SshBoard.start(folder.resolve("board-1"));
		keys = new KnownBoardKeys(folder.resolve("user/known_hosts"));
	}

	@AfterEach
	void stopBoard() throws Exception {
		board.close();
	}

	private NewBoardKeyConfirmation answering(boolean trust) {
		return (host, port, fingerprint) -> {
			assertEquals("127.0.0.1", host);
			assertEquals(board.port(), port);
			asked.add(fingerprint);
			return trust;
		};
	}

	private UploadMethod.Sftp login() {
		return board.method(folder.resolve("remote"));
	}

	/** Connects and copies a file, as an upload does. */
	private void upload(NewBoardKeyConfirmation confirm) throws Exception {
		Path file = Files.writeString(folder.resolve("model.yaml"), "imgsz: 224\n");
		try (SftpDeployer deployer = SftpDeployer.connect(login(), keys, confirm)) {
			deployer.upload(List.of(file), new NullProgressMonitor());
		}
	}

	@Test
	void aNewBoardIsTrustedOnlyOnceTheUserConfirmsItsFingerprintAndIsThenKeptForTheUser() throws Exception {
		upload(answering(true));

		assertEquals(List.of(board.fingerprint()), asked);
		assertTrue(board.fingerprint().startsWith("SHA256:"), board.fingerprint());
		assertEquals(Optional.of(board.fingerprint()), keys.fingerprint("127.0.0.1", board.port()));
		assertTrue(Files.readString(keys.file()).startsWith("[127.0.0.1]:" + board.port() + " "),
				"an OpenSSH known_hosts line: " + Files.readString(keys.file()));
		assertTrue(Files.exists(folder.resolve("remote/model.yaml")));
	}

	@Test
	void theSameKeyIsNotAskedAboutAgain() throws Exception {
		upload(answering(true));
		upload(answering(false));

		assertEquals(1, asked.size(), "asked only the first time: " + asked);
	}

	@Test
	void aBoardTheUserDoesNotTrustGetsNeitherPasswordNorFiles() throws Exception {
		RemoteUploadException e = assertThrows(RemoteUploadException.class, () -> upload(answering(false)));

		assertTrue(e.getMessage().contains("not trusted") && e.getMessage().contains(board.fingerprint()), e.getMessage());
		assertEquals(0, board.passwordTries());
		assertFalse(Files.exists(folder.resolve("remote")));
		assertEquals(Optional.empty(), keys.fingerprint("127.0.0.1", board.port()));
	}

	@Test
	void aChangedKeyIsRefusedBeforeThePasswordIsSentWithBothFingerprintsAndHowToAcceptAReflashedBoard() throws Exception {
		upload(answering(true));
		String first = board.fingerprint();
		int port = board.port();
		board.close();
		// The same address with a new key: a re-flashed board, or another computer in its place.
		board = SshBoard.start(folder.resolve("board-2"), port);
		String second = board.fingerprint();

		BoardKeyChangedException e = assertThrows(BoardKeyChangedException.class, () -> upload(answering(true)));

		assertTrue(e.getMessage().contains(first) && e.getMessage().contains(second), e.getMessage());
		assertTrue(e.getMessage().contains("re-flashed") && e.getMessage().contains("forget its old key"), e.getMessage());
		assertEquals("127.0.0.1", e.host());
		assertEquals(port, e.port());
		assertEquals(0, board.passwordTries(), "no password to a board with a changed key");
		assertEquals(1, asked.size(), "a changed key is not offered for trust: " + asked);
		assertEquals(Optional.of(first), keys.fingerprint("127.0.0.1", port), "the trusted key is kept");
	}

	@Test
	void forgettingAReflashedBoardsKeyLetsTheUserTrustItsNewOne() throws Exception {
		upload(answering(true));
		int port = board.port();
		board.close();
		board = SshBoard.start(folder.resolve("board-2"), port);
		assertThrows(BoardKeyChangedException.class, () -> upload(answering(true)));

		assertTrue(keys.forget("127.0.0.1", port));
		upload(answering(true));

		assertEquals(2, asked.size());
		assertEquals(board.fingerprint(), asked.get(1));
		assertEquals(Optional.of(board.fingerprint()), keys.fingerprint("127.0.0.1", port));
		assertFalse(keys.forget("127.0.0.1", port + 1), "nothing kept for another port");
	}

	@Test
	void aForgetThatFailsToBeWrittenKeepsEveryKeyAndLeavesNoTemporaryFile() throws Exception {
		upload(answering(true));
		// A second board's line, so that forgetting the first has something to write.
		String line = Files.readString(keys.file()).strip();
		Files.writeString(keys.file(), line + "\n" + line.replace("]:" + board.port() + " ", "]:" + (board.port() + 1) + " ") + "\n");
		byte[] before = Files.readAllBytes(keys.file());
		KnownBoardKeys diskFull = new KnownBoardKeys(keys.file(), FailingOutputStream.atomicWriterFailingAfter(0));

		assertThrows(IOException.class, () -> diskFull.forget("127.0.0.1", board.port()));

		assertArrayEquals(before, Files.readAllBytes(keys.file()));
		assertEquals(Optional.of(board.fingerprint()), keys.fingerprint("127.0.0.1", board.port()));
		try (Stream<Path> files = Files.list(keys.file().getParent())) {
			assertEquals(List.of(keys.file()), files.toList(), "no temporary file is left");
		}
	}
}
