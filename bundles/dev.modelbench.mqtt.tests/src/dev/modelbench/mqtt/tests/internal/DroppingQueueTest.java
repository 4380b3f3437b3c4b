package dev.modelbench.mqtt.tests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.modelbench.mqtt.internal.DroppingQueue;

class DroppingQueueTest {

	@Test
	void whenFullTheOldestMakesRoomAndIsCounted() throws Exception {
		DroppingQueue<Integer> queue = new DroppingQueue<>(3);
		for (int i = 1; i <= 5; i++) {
			queue.offer(i);
		}

		assertEquals(List.of(3, 4, 5), drain(queue));
		assertEquals(2, queue.dropped());
	}

	@Test
	void anElementPutBackIsTakenFirstAgain() throws Exception {
		DroppingQueue<Integer> queue = new DroppingQueue<>(3);
		queue.offer(1);
		queue.offer(2);
		Integer taken = queue.poll(0, TimeUnit.SECONDS);
		queue.offer(3);

		queue.putBack(taken);

		assertEquals(List.of(1, 2, 3), drain(queue));
		assertEquals(0, queue.dropped());
	}

	@Test
	void anElementPutBackIntoAFullQueueIsTheOldestAndSoTheOneDropped() throws Exception {
		DroppingQueue<Integer> queue = new DroppingQueue<>(2);
		queue.offer(1);
		Integer taken = queue.poll(0, TimeUnit.SECONDS);
		queue.offer(2);
		queue.offer(3);

		queue.putBack(taken);

		assertEquals(List.of(2, 3), drain(queue));
		assertEquals(1, queue.dropped());
	}

	@Test
	void pollGivesUpAfterItsTimeout() throws Exception {
		assertNull(new DroppingQueue<String>(1).poll(20, TimeUnit.MILLISECONDS));
	}

	@Test
	void pollWakesWhenAnElementArrives() throws Exception {
		DroppingQueue<String> queue = new DroppingQueue<>(1);
		Thread producer = new Thread(() -> {
			sleep(50);
			queue.offer("late");
		});
		producer.start();

		assertEquals("late", queue.poll(20, TimeUnit.SECONDS));
		producer.join();
	}

	@Test
	void awaitRoomWaitsUntilAnElementIsTakenFromAFullQueue() throws Exception {
		DroppingQueue<String> queue = new DroppingQueue<>(2);
		queue.offer("a");
		queue.offer("b");

		assertFalse(queue.awaitRoom(20, TimeUnit.MILLISECONDS), "full, and no one takes");
		Thread consumer = new Thread(() -> {
			sleep(50);
			try {
				queue.poll(0, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		consumer.start();
		assertTrue(queue.awaitRoom(20, TimeUnit.SECONDS));
		consumer.join();
		assertEquals(1, queue.size());
		assertEquals(0, queue.dropped());
	}

	private static List<Integer> drain(DroppingQueue<Integer> queue) throws InterruptedException {
		List<Integer> elements = new ArrayList<>();
		for (Integer next = queue.poll(0, TimeUnit.SECONDS); next != null; next = queue.poll(0, TimeUnit.SECONDS)) {
			elements.add(next);
		}
		return elements;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
