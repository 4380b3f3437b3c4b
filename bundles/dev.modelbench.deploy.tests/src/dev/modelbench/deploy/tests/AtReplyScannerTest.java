package dev.modelbench.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.modelbench.deploy.sensor.AtReply;
import dev.modelbench.deploy.sensor.AtReplyScanner;

/** Cutting a board's bytes into SSCMA replies, whatever pieces the line delivers them in. */
class AtReplyScannerTest {

	@Test
	void repliesSplitAcrossReadsComeWholeAndTagsAreRemoved() {
		String bytes = "\r{\"type\": 0, \"name\": \"10@ID?\", \"code\": 0, \"data\": \"7e2d02cf\"}\n"
				+ "\r{\"type\":1,\"name\":\"SAMPLE\",\"code\":0,\"data\":{\"count\":8,\"image\":\"/9j/\",\"resolution\":[240,240]}}\n";
		List<AtReply> replies = feedInPieces(new AtReplyScanner(), bytes, 3);

		assertEquals(2, replies.size());
		assertTrue(replies.get(0).answers("ID?"));
		assertEquals("7e2d02cf", replies.get(0).data());
		assertEquals(AtReply.EVENT, replies.get(1).type());
		assertEquals(8L, replies.get(1).number("count").orElseThrow());
		assertEquals("/9j/", replies.get(1).text("image").orElseThrow());
	}

	@Test
	void bootTextBetweenRepliesIsKeptApartAndItsLastLineRemembered() {
		AtReplyScanner scanner = new AtReplyScanner();
		List<AtReply> replies = feedInPieces(scanner,
				"ESP-ROM:esp32s3-20210327\r\nentry 0x403c98d0\r\n\r{\"type\":0,\"name\":\"NAME?\",\"code\":0,\"data\":\"a\\\"b\"}\n", 7);

		assertEquals(1, replies.size());
		assertEquals("a\"b", replies.getFirst().data());
		assertEquals("entry 0x403c98d0", scanner.lastText());
		assertEquals(0, scanner.broken());
	}

	@Test
	void aReplyCutByANewOneIsBrokenAndTheNewOneStillCounts() {
		AtReplyScanner scanner = new AtReplyScanner();
		List<AtReply> replies = feedInPieces(scanner,
				"\r{\"type\":1,\"name\":\"SAMPLE\",\"code\":0,\"data\":{\"image\":\"AAAA"
						+ "\r{\"type\":0,\"name\":\"BREAK\",\"code\":0,\"data\":1}\n"
						+ "\r{not json}\n\r{\"type\":0}\n",
				5);

		assertEquals(1, replies.size());
		assertTrue(replies.getFirst().answers("BREAK"));
		assertEquals(3, scanner.broken(), "the cut reply, the one that is no JSON, the one without name and code");
		assertTrue(replies.getFirst().data() instanceof Long);
	}

	private static List<AtReply> feedInPieces(AtReplyScanner scanner, String text, int piece) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		List<AtReply> replies = new ArrayList<>();
		for (int at = 0; at < bytes.length; at += piece) {
			scanner.feed(bytes, at, Math.min(piece, bytes.length - at), System.nanoTime(), replies);
		}
		return replies;
	}
}
