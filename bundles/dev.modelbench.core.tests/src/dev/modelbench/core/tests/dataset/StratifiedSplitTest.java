package dev.modelbench.core.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.modelbench.core.dataset.StratifiedSplit;
import dev.modelbench.core.model.Split;

class StratifiedSplitTest {

	private static List<String> names(int count) {
		return IntStream.range(0, count).mapToObj(i -> "img" + i + ".png").toList();
	}

	@Test
	void eachClassIsSplitSeventyThirty() {
		StratifiedSplit split = new StratifiedSplit(42, 0.7);

		Map<String, Split> cats = split.assign("cat", names(10));
		Map<String, Split> dogs = split.assign("dog", names(20));

		assertEquals(7, count(cats, Split.TRAIN));
		assertEquals(3, count(cats, Split.VALIDATION));
		assertEquals(14, count(dogs, Split.TRAIN));
		assertEquals(6, count(dogs, Split.VALIDATION));
	}

	@Test
	void theSameSeedGivesTheSameSplitWhateverTheInputOrder() {
		List<String> names = names(30);
		List<String> reversed = names.reversed();

		assertEquals(new StratifiedSplit(7, 0.7).assign("cat", names),
				new StratifiedSplit(7, 0.7).assign("cat", reversed));
	}

	@Test
	void anotherSeedGivesAnotherSplit() {
		assertNotEquals(new StratifiedSplit(1, 0.7).assign("cat", names(30)),
				new StratifiedSplit(2, 0.7).assign("cat", names(30)));
	}

	@Test
	void classesOfEqualSizeAreShuffledDifferently() {
		StratifiedSplit split = new StratifiedSplit(42, 0.7);

		assertNotEquals(split.assign("cat", names(30)), split.assign("dog", names(30)));
	}

	@ParameterizedTest(name = "{0} files -> {1} for training")
	@CsvSource({ "0,0", "1,1", "2,1", "3,2", "4,3", "10,7", "11,8", "100,70" })
	void trainCountIsRoundedButLeavesBothSidesNonEmpty(int count, int train) {
		assertEquals(train, StratifiedSplit.trainCount(count, 0.7));
	}

	@Test
	void extremeFractionsStillKeepOneOnEachSide() {
		assertEquals(1, StratifiedSplit.trainCount(5, 0.01));
		assertEquals(4, StratifiedSplit.trainCount(5, 0.99));
	}

	private static long count(Map<String, Split> splits, Split split) {
		return splits.values().stream().filter(split::equals).count();
	}
}
