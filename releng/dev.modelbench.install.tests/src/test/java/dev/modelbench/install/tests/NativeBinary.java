package dev.modelbench.install.tests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a native library was built for, read from its ELF, PE or Mach-O header: the file format
 * names the operating system, the header's machine field the processor. A universal (fat) Mach-O
 * file holds several architectures.
 */
record NativeBinary(Format format, Set<String> architectures) {

	enum Format {
		ELF, PE, MACH_O
	}

	/** Enough of a file for every header read here (a PE header sits at the offset its DOS stub names). */
	static final int HEAD_BYTES = 4096;

	/** Whether this library can be loaded by a JVM of the given format and architecture. */
	boolean runsOn(Format expectedFormat, String architecture) {
		return format == expectedFormat && architectures.contains(architecture);
	}

	/** Reads the header at the start of {@code head}; fails with the reason where it is none of the three. */
	static NativeBinary read(byte[] head) {
		ByteBuffer little = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
		ByteBuffer big = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN);
		if (head.length >= 20 && big.getInt(0) == 0x7F454C46) {
			ByteBuffer order = head[5] == 2 ? big : little; // EI_DATA: 1 little-endian, 2 big-endian
			return new NativeBinary(Format.ELF, Set.of(elfMachine(order.getShort(18) & 0xFFFF)));
		}
		if (head.length >= 0x40 && head[0] == 'M' && head[1] == 'Z') {
			int pe = little.getInt(0x3C);
			if (pe < 0 || pe + 6 > head.length || little.getInt(pe) != 0x00004550) {
				throw new IllegalArgumentException("an MZ file without a PE header in the first " + HEAD_BYTES + " bytes");
			}
			return new NativeBinary(Format.PE, Set.of(peMachine(little.getShort(pe + 4) & 0xFFFF)));
		}
		if (head.length >= 8 && (little.getInt(0) == 0xFEEDFACF || little.getInt(0) == 0xFEEDFACE)) {
			return new NativeBinary(Format.MACH_O, Set.of(machOCpu(little.getInt(4))));
		}
		if (head.length >= 8 && big.getInt(0) == 0xCAFEBABE) { // a universal Mach-O (in a .class file: a version, not a count)
			int count = big.getInt(4);
			if (count < 1 || count > 16 || 8 + count * 20 > head.length) {
				throw new IllegalArgumentException("0xCAFEBABE with " + count + " architectures: not a universal Mach-O");
			}
			Set<String> architectures = new LinkedHashSet<>();
			for (int i = 0; i < count; i++) {
				architectures.add(machOCpu(big.getInt(8 + i * 20)));
			}
			return new NativeBinary(Format.MACH_O, architectures);
		}
		throw new IllegalArgumentException(String.format("no ELF, PE or Mach-O header (starts %02x %02x %02x %02x)",
				head.length > 0 ? head[0] : 0, head.length > 1 ? head[1] : 0, head.length > 2 ? head[2] : 0,
				head.length > 3 ? head[3] : 0));
	}

	private static String elfMachine(int machine) {
		return switch (machine) {
		case 0x3E -> "x86_64";
		case 0xB7 -> "aarch64";
		case 0x03 -> "x86";
		case 0x28 -> "arm";
		default -> "elf-machine-0x" + Integer.toHexString(machine);
		};
	}

	private static String peMachine(int machine) {
		return switch (machine) {
		case 0x8664 -> "x86_64";
		case 0xAA64 -> "aarch64";
		case 0x014C -> "x86";
		case 0x01C4 -> "arm";
		default -> "pe-machine-0x" + Integer.toHexString(machine);
		};
	}

	private static String machOCpu(int cpuType) {
		return switch (cpuType) {
		case 0x01000007 -> "x86_64";
		case 0x0100000C -> "aarch64";
		case 0x00000007 -> "x86";
		case 0x00000012 -> "ppc";
		default -> "mach-o-cpu-0x" + Integer.toHexString(cpuType);
		};
	}
}
