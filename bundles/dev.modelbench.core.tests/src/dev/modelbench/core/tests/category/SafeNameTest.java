package dev.modelbench.core.tests.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.modelbench.core.category.SafeName;

class SafeNameTest {

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', value = {
			"cat|cat",
			"Café au lait|Cafe_au_lait",
			"Ångström ß|Angstrom",
			"  thumbs up 👍 |thumbs_up",
			"a...b///c|a_b_c",
			"--x--|x",
			"rock-paper_scissors|rock-paper_scissors",
			"ﬁre|fire",
			"猫|class",
			"CON|CON_",
			"com1|com1_",
			"LPT9|LPT9_",
			"console|console" })
	void namesBecomeSafeFolderNames(String typed, String expected) {
		assertEquals(expected, SafeName.of(typed, "class"));
	}

	@Test
	void namesAreCutToTheMaximumLength() {
		String name = SafeName.of("x".repeat(100) + " y", "class");

		assertEquals(SafeName.MAX_LENGTH, name.length());
	}

	@Test
	void uniqueNamesIgnoreCaseAndCountUp() {
		assertEquals("cat_3", SafeName.unique("cat", "", List.of("CAT", "Cat_2")));
		assertEquals("img_2.jpg", SafeName.unique("img", ".jpg", List.of("IMG.JPG")));
		assertEquals("dog", SafeName.unique("dog", "", List.of("cat")));
	}

	@Test
	void uniqueNamesStayWithinTheMaximumLength() {
		String longName = "x".repeat(SafeName.MAX_LENGTH);

		String unique = SafeName.unique(longName, "", List.of(longName));

		assertEquals(SafeName.MAX_LENGTH, unique.length());
		assertTrue(unique.endsWith("_2"));
	}
}
