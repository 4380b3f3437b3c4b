package dev.modelbench.mqtt.internal;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded queue that never makes a producer wait: when it is full, the oldest element makes room
 * and is counted as dropped. For live results, where the newest matter and old ones are stale.
 */
public final class DroppingQueue<T> {

	private final int capacity;
	private final ArrayDeque<T> elements;
	private final ReentrantLock lock = new ReentrantLock();
	private final Condition notEmpty = lock.newCondition();
	private final Condition notFull = lock.newCondition();
	private long dropped;

	public DroppingQueue(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity " + capacity); //$NON-NLS-1$
		}
		this.capacity = capacity;
		this.elements = new ArrayDeque<>(Math.min(capacity, 1024));
	}

	/** Adds {@code element} at the tail, dropping the head first if the queue is full. */
	public void offer(T element) {
		lock.lock();
		try {
			if (elements.size() == capacity) {
				elements.pollFirst();
				dropped++;
			}
			elements.addLast(element);
			notEmpty.signal();
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Puts back at the head an element that was taken but could not be handled, so order is kept.
	 * If newer elements filled the queue meanwhile, it is the oldest, so it is the one dropped.
	 */
	public void putBack(T element) {
		lock.lock();
		try {
			if (elements.size() == capacity) {
				dropped++;
			} else {
				elements.addFirst(element);
				notEmpty.signal();
			}
		} finally {
			lock.unlock();
		}
	}

	/** The head, waiting up to {@code timeout} for one; null if none came. */
	public T poll(long timeout, TimeUnit unit) throws InterruptedException {
		long nanos = unit.toNanos(timeout);
		lock.lockInterruptibly();
		try {
			while (elements.isEmpty()) {
				if (nanos <= 0) {
					return null;
				}
				nanos = notEmpty.awaitNanos(nanos);
			}
			T head = elements.pollFirst();
			notFull.signal();
			return head;
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Waits up to {@code timeout} until the queue has room, for a producer that must not lose an
	 * element; true if it has room.
	 */
	public boolean awaitRoom(long timeout, TimeUnit unit) throws InterruptedException {
		long nanos = unit.toNanos(timeout);
		lock.lockInterruptibly();
		try {
			while (elements.size() == capacity) {
				if (nanos <= 0) {
					return false;
				}
				nanos = notFull.awaitNanos(nanos);
			}
			return true;
		} finally {
			lock.unlock();
		}
	}

	public int size() {
		lock.lock();
		try {
			return elements.size();
		} finally {
			lock.unlock();
		}
	}

	/** How many elements were dropped to make room, since the queue was made. */
	public long dropped() {
		lock.lock();
		try {
			return dropped;
		} finally {
			lock.unlock();
		}
	}

	/** Empties the queue; the elements removed are not counted as dropped. */
	public int clear() {
		lock.lock();
		try {
			int removed = elements.size();
			elements.clear();
			notFull.signalAll();
			return removed;
		} finally {
			lock.unlock();
		}
	}
}
