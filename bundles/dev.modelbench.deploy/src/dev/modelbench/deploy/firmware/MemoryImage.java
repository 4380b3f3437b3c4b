package dev.modelbench.deploy.firmware;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes of a program by address, as an Intel HEX file or a binary image holds them: one or more
 * contiguous segments with gaps between them that an uploader leaves alone (or fills with 0xFF).
 */
public final class MemoryImage {

	/** One run of bytes starting at {@code address}. */
	public record Segment(long address, byte[] data) {

		public long end() {
			return address + data.length;
		}
	}

	private final List<Segment> segments;

	private MemoryImage(List<Segment> segments) {
		this.segments = List.copyOf(segments);
	}

	/** An image of one segment. */
	public static MemoryImage of(long address, byte[] data) {
		return new Builder().put(address, data).build();
	}

	/** The segments in address order, adjacent ones merged. */
	public List<Segment> segments() {
		return segments;
	}

	public boolean isEmpty() {
		return segments.isEmpty();
	}

	/** The lowest address that holds a byte. */
	public long start() {
		return segments.isEmpty() ? 0 : segments.getFirst().address();
	}

	/** One past the highest address that holds a byte. */
	public long end() {
		return segments.isEmpty() ? 0 : segments.getLast().end();
	}

	/** How many bytes the image holds (gaps not counted). */
	public long size() {
		return segments.stream().mapToLong(s -> s.data().length).sum();
	}

	/** {@code length} bytes from {@code address}, with {@code fill} where the image has none. */
	public byte[] read(long address, int length, byte fill) {
		byte[] out = new byte[length];
		Arrays.fill(out, fill);
		long to = address + length;
		for (Segment segment : segments) {
			long from = Math.max(address, segment.address());
			long until = Math.min(to, segment.end());
			if (from < until) {
				System.arraycopy(segment.data(), (int) (from - segment.address()), out, (int) (from - address),
						(int) (until - from));
			}
		}
		return out;
	}

	/** The start addresses of the {@code pageSize}-aligned pages that hold at least one byte. */
	public List<Long> pages(int pageSize) {
		List<Long> pages = new ArrayList<>();
		for (Segment segment : segments) {
			long first = segment.address() / pageSize * pageSize;
			for (long page = first; page < segment.end(); page += pageSize) {
				if (pages.isEmpty() || pages.getLast() < page) {
					pages.add(page);
				}
			}
		}
		return pages;
	}

	/** Collects bytes by address; later bytes replace earlier ones at the same address. */
	public static final class Builder {

		private final TreeMap<Long, byte[]> runs = new TreeMap<>();

		public Builder put(long address, byte[] data) {
			if (address < 0) {
				throw new IllegalArgumentException("negative address " + address); //$NON-NLS-1$
			}
			if (data.length > 0) {
				runs.put(address, data.clone());
			}
			return this;
		}

		public MemoryImage build() {
			List<Segment> merged = new ArrayList<>();
			long start = -1;
			byte[] buffer = new byte[0];
			int used = 0;
			for (Map.Entry<Long, byte[]> run : runs.entrySet()) {
				long address = run.getKey();
				byte[] data = run.getValue();
				if (start >= 0 && address <= start + used) {
					int at = (int) (address - start);
					int needed = Math.max(used, at + data.length);
					if (needed > buffer.length) {
						buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
					}
					System.arraycopy(data, 0, buffer, at, data.length);
					used = needed;
				} else {
					if (start >= 0) {
						merged.add(new Segment(start, Arrays.copyOf(buffer, used)));
					}
					start = address;
					buffer = Arrays.copyOf(data, Math.max(data.length, 256));
					used = data.length;
				}
			}
			if (start >= 0) {
				merged.add(new Segment(start, Arrays.copyOf(buffer, used)));
			}
			return new MemoryImage(merged);
		}
	}
}
