package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelbench.core.host.Host;
import dev.modelbench.deploy.DeployException;
import dev.modelbench.deploy.board.Board;
import dev.modelbench.deploy.board.BoardCatalog;
import dev.modelbench.deploy.esp.EspChip;
import dev.modelbench.deploy.mcu.CaptureSketch;
import dev.modelbench.deploy.sensor.CaptureSketchInstaller;
import dev.modelbench.deploy.sketch.SketchCompiler;
import dev.modelbench.deploy.sketch.SketchFlasher;
import dev.modelbench.deploy.tests.fixtures.FakeEspRom;
import dev.modelbench.deploy.tests.fixtures.PtyPair;

/**
 * The capture sketch put onto a XIAO ESP32S3 Sense by the board's own upload path: generated,
 * compiled by arduino-cli (here a script standing in for it, which leaves its images where the ESP32
 * core does, as no ESP32 core is installed offline) and flashed into a fake ESP32-S3 ROM on a pty.
 */
class CaptureSketchInstallerTest {

	@TempDir
	Path folder;

	private static Board board(String id) {
		return BoardCatalog.installed().byId(id).orElseThrow();
	}

	/** An arduino-cli that writes the three images of an ESP32 build and keeps the .ino it compiled. */
	private Path fakeArduinoCli() throws Exception {
		Path cli = Files.createDirectories(folder.resolve("bin")).resolve("arduino-cli");
		Files.writeString(cli, """
				#!/bin/sh
				while [ $# -gt 0 ]; do
				  case "$1" in
				    --build-path) build="$2"; shift ;;
				    --fqbn) fqbn="$2"; shift ;;
				    *) sketch="$1" ;;
				  esac
				  shift
				done
				name=$(basename "$sketch")
				mkdir -p "$build"
				echo "$fqbn" > "$build/fqbn.txt"
				cp "$sketch/$name.ino" "$build/compiled.ino"
				for image in ino.bin:351:40000 ino.bootloader.bin:351:9000 ino.partitions.bin:252:3072; do
				  file="$build/$name.${image%%:*}"; rest="${image#*:}"
				  printf "\\\\${rest%%:*}" > "$file"
				  head -c "${rest#*:}" /dev/urandom >> "$file"
				done
				""");
		Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwxr-xr-x"));
		return cli;
	}

	@Test
	void theCaptureSketchIsCompiledForTheXiaoAndFlashedWhereItsBootloaderExpectsIt() throws Exception {
		Path cli = fakeArduinoCli();
		SketchCompiler compiler = SketchCompiler.find(Host.Os.LINUX, Map.of("PATH", cli.getParent().toString()),
				Files.createDirectories(folder.resolve("home")), folder);
		byte[] flash = FakeEspRom.erasedFlash(8 * 1024 * 1024);
		Board xiao = board("seeed.xiao.esp32s3.sense");
		Path work = folder.resolve("work");
		try (PtyPair pty = PtyPair.open(Files.createDirectories(folder.resolve("pty")));
				FakeEspRom rom = new FakeEspRom(EspChip.ESP32S3, flash, pty.b())) {
			SketchFlasher.Flashed flashed = new CaptureSketchInstaller(() -> compiler, new SketchFlasher(List.of()))
					.install(xiao, pty.a(), work, new NullProgressMonitor());
			assertTrue(rom.finished());
			assertEquals(pty.a(), flashed.where());
		}
		Path build = work.resolve("build");
		assertEquals(xiao.fqbn().orElseThrow(), Files.readString(build.resolve("fqbn.txt")).strip());
		assertEquals(Files.readString(work.resolve(CaptureSketch.NAME).resolve(CaptureSketch.NAME + ".ino")),
				Files.readString(build.resolve("compiled.ino")), "the capture sketch is what was compiled");
		assertTrue(Files.readString(build.resolve("compiled.ino")).contains("FRAMESIZE_240X240"));
		Path application = build.resolve(CaptureSketch.NAME + ".ino.bin");
		Path bootloader = build.resolve(CaptureSketch.NAME + ".ino.bootloader.bin");
		assertArrayEquals(Files.readAllBytes(application), slice(flash, 0x10000, application));
		assertArrayEquals(Files.readAllBytes(bootloader), slice(flash, 0x0, bootloader));
	}

	@Test
	void boardsWithoutTheXiaosCameraAreNotOfferedTheSketch() {
		assertTrue(CaptureSketchInstaller.fits(board("seeed.xiao.esp32s3.sense")));
		for (String id : List.of("arduino.uno", "raspberrypi.pico", "espressif.esp32.devkit", "dfrobot.unihiker")) {
			assertFalse(CaptureSketchInstaller.fits(board(id)), id);
		}
		DeployException refusal = assertThrows(DeployException.class, () -> new CaptureSketchInstaller(() -> null, null)
				.install(board("arduino.uno"), "/dev/null", folder, new NullProgressMonitor()));
		assertTrue(refusal.getMessage().contains("Arduino Uno"), refusal.getMessage());
	}

	private static byte[] slice(byte[] flash, int offset, Path file) throws Exception {
		return Arrays.copyOfRange(flash, offset, offset + (int) Files.size(file));
	}
}
