package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.deploy.FirmwareFormatException;
import dev.modelbench.deploy.firmware.IntelHex;
import dev.modelbench.deploy.firmware.MemoryImage;

class IntelHexTest {

	@Test
	void dataRecordsBecomeContiguousSegmentsAndExtendedAddressesMoveThem() throws Exception {
		MemoryImage image = IntelHex.parse(List.of(
				":100000000C9434000C9446000C9446000C9446006A",
				":100010000C9446000C9446000C9446000C94460048",
				":020000040001F9", // extended linear address: 0x10000
				":0400000001020304F2",
				":00000001FF"), "blink.hex");
		assertEquals(2, image.segments().size());
		assertEquals(0x20, image.segments().getFirst().data().length);
		assertEquals(0x10000, image.segments().get(1).address());
		assertArrayEquals(new byte[] { 1, 2, 3, 4 }, image.read(0x10000, 4, (byte) 0xFF));
		assertArrayEquals(new byte[] { 0x0C, (byte) 0x94, (byte) 0xFF }, new byte[] { image.read(0, 1, (byte) 0)[0],
				image.read(1, 1, (byte) 0)[0], image.read(0x20, 1, (byte) 0xFF)[0] });
		assertEquals(List.of(0L, 0x10000L), image.pages(128));
		assertEquals(0x24, image.size());
	}

	@Test
	void aWrongChecksumNamesTheFileAndLine() {
		FirmwareFormatException e = assertThrows(FirmwareFormatException.class,
				() -> IntelHex.parse(List.of(":0400000001020304F3", ":00000001FF"), "sketch.hex"));
		assertTrue(e.getMessage().contains("sketch.hex") && e.getMessage().contains("line 1"), e.getMessage());
	}

	@Test
	void aFileCutShortIsRefused() {
		FirmwareFormatException e = assertThrows(FirmwareFormatException.class,
				() -> IntelHex.parse(List.of(":0400000001020304F2"), "sketch.hex"));
		assertTrue(e.getMessage().contains("cut short"), e.getMessage());
	}

	@Test
	void textThatIsNoHexIsRefused() {
		assertThrows(FirmwareFormatException.class, () -> IntelHex.parse(List.of("void setup() {}"), "sketch.ino"));
	}
}
