package dev.modelbench.train.tests.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.modelbench.train.EpochResult;
import dev.modelbench.train.EvaluationSet;
import dev.modelbench.train.project.RecordedEpochs;

class RecordedEpochsTest {

	@Test
	void aShortRunIsRecordedWhole() {
		List<EpochResult> run = epochs(200);

		assertEquals(run, RecordedEpochs.of(run, 17));
	}

	@Test
	void aLongRunIsThinnedEvenlyKeepingTheFirstTheBestAndTheLast() {
		List<EpochResult> run = epochs(1000);

		List<Integer> kept = RecordedEpochs.of(run, 538).stream().map(EpochResult::epoch).toList();

		assertTrue(kept.size() <= RecordedEpochs.MAX, kept.size() + " kept");
		assertEquals(1, kept.getFirst());
		assertEquals(1000, kept.getLast());
		assertTrue(kept.contains(538), "the best epoch");
		for (int i = 1; i < kept.size(); i++) {
			int gap = kept.get(i) - kept.get(i - 1);
			assertTrue(gap >= 1 && gap <= 6, "evenly: a gap of " + gap + " after epoch " + kept.get(i - 1));
		}
	}

	private static List<EpochResult> epochs(int count) {
		return IntStream.rangeClosed(1, count)
				.mapToObj(e -> new EpochResult(e, count, 1.0 / e, 1.0 / e, 0.5, 1, 2, EvaluationSet.VALIDATION, e))
				.toList();
	}
}
