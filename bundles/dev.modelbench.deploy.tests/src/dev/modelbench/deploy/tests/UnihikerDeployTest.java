package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.deploy.BoardNotAnsweringException;
import dev.modelbench.deploy.ExportedModel;
import dev.modelbench.deploy.ModelCodeGenerators;
import dev.modelbench.deploy.RemoteUploadException;
import dev.modelbench.deploy.board.UploadMethod;
import dev.modelbench.deploy.boards.Unihiker;
import dev.modelbench.deploy.tests.fixtures.Python;
import dev.modelbench.deploy.tests.fixtures.SshBoard;
import dev.modelbench.deploy.unihiker.KnownBoardKeys;
import dev.modelbench.deploy.unihiker.NewBoardKeyConfirmation;
import dev.modelbench.deploy.unihiker.RemoteRun;
import dev.modelbench.deploy.unihiker.SftpDeployer;
import dev.modelbench.deploy.unihiker.UnihikerProgram;

/** Deploying to a UNIHIKER: SFTP upload and SSH run against MINA's server, the generated Python program run on stubs. */
class UnihikerDeployTest {

	@TempDir
	Path folder;

	/** These tests are about uploads; BoardHostKeyTest is about whom to trust. */
	private static final NewBoardKeyConfirmation TRUST_NEW = (host, port, fingerprint) -> true;

	private SshBoard board;
	private Path remote;
	private KnownBoardKeys keys;

	@BeforeEach
	void startBoard() throws Exception {
		board = SshBoard.start(folder);
		remote = folder.resolve("board/root/modelbench");
		keys = new KnownBoardKeys(folder.resolve("user/known_hosts"));
	}

	@AfterEach
	void stopBoard() throws Exception {
		board.close();
	}

	/** An export as the image pipeline writes it, with an ONNX file the stub runtime recognises. */
	private Path export(String version) throws Exception {
		Path export = Files.createDirectories(folder.resolve("export-" + version));
		Files.write(export.resolve("model.onnx"), ("ONNX model " + version + " " + "x".repeat(200_000)).getBytes(StandardCharsets.US_ASCII));
		Files.writeString(export.resolve("model.yaml"), """
				# Written by Model Bench beside model.onnx; the UNIHIKER model runtime reads it.
				model_name: "pets"
				class_names: ["cat", "dog"]
				imgsz: 224
				""");
		return export;
	}

	@Test
	void theFilesArriveWholeUnderTheirNames() throws Exception {
		Path export = export("1");
		try (SftpDeployer deployer = SftpDeployer.connect(board.method(remote), keys, TRUST_NEW)) {
			deployer.upload(List.of(export.resolve("model.onnx"), export.resolve("model.yaml")), new NullProgressMonitor());
		}
		assertArrayEquals(Files.readAllBytes(export.resolve("model.onnx")), Files.readAllBytes(remote.resolve("model.onnx")));
		assertEquals(Files.readString(export.resolve("model.yaml")), Files.readString(remote.resolve("model.yaml")));
		try (var left = Files.list(remote)) {
			assertTrue(left.noneMatch(p -> p.toString().endsWith(".part")));
		}
	}

	@Test
	void aFailedUploadLeavesThePreviousModelAndNoHalfWrittenFile() throws Exception {
		Path first = export("1");
		Path second = export("2");
		try (SftpDeployer deployer = SftpDeployer.connect(board.method(remote), keys, TRUST_NEW)) {
			deployer.upload(List.of(first.resolve("model.onnx")), new NullProgressMonitor());
			board.failWritesTo("model.onnx");
			RemoteUploadException e = assertThrows(RemoteUploadException.class,
					() -> deployer.upload(List.of(second.resolve("model.onnx")), new NullProgressMonitor()));
			assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
		}
		assertArrayEquals(Files.readAllBytes(first.resolve("model.onnx")), Files.readAllBytes(remote.resolve("model.onnx")));
		assertFalse(Files.exists(remote.resolve("model.onnx.part")));
	}

	@Test
	void aWrongPasswordIsALoginRefusedThatNamesTheFactoryPassword() {
		UploadMethod.Sftp method = board.method(remote);
		UploadMethod.Sftp wrong = new UploadMethod.Sftp(method.host(), method.port(), "root", "guess", method.folder());
		RemoteUploadException e = assertThrows(RemoteUploadException.class, () -> SftpDeployer.connect(wrong, keys, TRUST_NEW));
		assertTrue(e.getMessage().contains("dfrobot"), e.getMessage());
	}

	@Test
	void nothingListeningIsNoAnswerWithTheUsbAddress() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		BoardNotAnsweringException e = assertThrows(BoardNotAnsweringException.class,
				() -> SftpDeployer.connect(new UploadMethod.Sftp("127.0.0.1", closed, "root", "dfrobot", "/tmp/x"), keys, TRUST_NEW));
		assertTrue(e.getMessage().contains("10.1.2.3"), e.getMessage());
	}

	@Test
	void theUnihikerGeneratorIsContributedForLinuxBoards() {
		assertTrue(ModelCodeGenerators.forBoard(new Unihiker()).orElseThrow() instanceof UnihikerProgram);
	}

	@Test
	void theGeneratedProgramCompiles() throws Exception {
		List<Path> files = new UnihikerProgram().generate(ExportedModel.read(export("1")), new Unihiker(),
				folder.resolve("program"), new NullProgressMonitor());
		Process compile = new ProcessBuilder(Python.withNumpy(), "-m", "py_compile", files.getFirst().toString())
				.redirectErrorStream(true).start();
		String output = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, compile.waitFor(), output);
		for (Path text : files.subList(0, 2)) { // main.py and settings.json go to a Linux board: LF only
			assertFalse(Files.readString(text).contains("\r"), text.toString());
		}
	}

	@Test
	void theProgramClassifiesCameraFramesOnTheBoardAndPushesEachResult() throws Exception {
		String python = Python.withNumpy();
		ExportedModel model = ExportedModel.read(export("1"));
		assertEquals(List.of("cat", "dog"), model.classNames());
		Path program = folder.resolve("program");
		UnihikerProgram.Settings settings = new UnihikerProgram.Settings("127.0.0.1", 1883, "siot", "dfrobot",
				"modelbench/pets", true, 0);
		List<Path> files = new ArrayList<>(new UnihikerProgram(settings).generate(model, new Unihiker(), program,
				new NullProgressMonitor()));
		List<Path> stubs = Python.stubsInto(program);
		List<String> output = new CopyOnWriteArrayList<>();
		try (SftpDeployer deployer = SftpDeployer.connect(board.method(remote), keys, TRUST_NEW)) {
			deployer.upload(files, new NullProgressMonitor());
			Files.createDirectories(remote.resolve("paho/mqtt"));
			for (Path stub : stubs) {
				Files.copy(stub, remote.resolve(program.relativize(stub)));
			}
			try (RemoteRun run = deployer.start(python + " main.py --frames 3 --no-window", output::add)) {
				assertEquals(Integer.valueOf(0), run.waitFor(Duration.ofSeconds(60)), output.toString());
			}
		}
		assertEquals(List.of("cat 0.93", "cat 0.93", "cat 0.93"), output.stream().filter(l -> !l.startsWith("MQTT")).toList(),
				"red frames are cats: the program feeds RGB, 0 to 1, 224 x 224");
		List<String> published = Files.readAllLines(remote.resolve("published.jsonl"));
		assertEquals(3, published.size());
		String first = published.getFirst();
		assertTrue(first.contains("\"topic\": \"modelbench/pets\""), first);
		assertTrue(first.contains("\\\"label\\\": \\\"cat\\\"") && first.contains("\\\"confidence\\\": 0.9314"), first);
		assertTrue(first.contains("\"login\": [\"siot\", \"dfrobot\"]") && first.contains("\"version\": 2"), first);
	}
}
