package dev.modelbench.deploy.board;

import java.util.Set;

/**
 * What a model's C code can count on in a microcontroller board: the flash and RAM a sketch may
 * use beside the Arduino core's own, and how fast the core multiplies, for the size and latency
 * estimates made before anything is flashed. The speeds are estimates for plain C at -O2/-Os.
 *
 * @param core            the processor core, e.g. "Xtensa LX7"
 * @param clockHz         its clock
 * @param cyclesPerMac    cycles of one int16 × int8 multiply-accumulate in the convolution loop
 * @param cyclesPerFlop   cycles of one float operation (a few with an FPU, tens in software)
 * @param programFlash    the flash a sketch may take (the app partition, or the flash less the bootloader)
 * @param coreFlash       what the Arduino core, serial and the capture driver take of it
 * @param dataRam         the RAM for a sketch's static data and heap
 * @param coreRam         what the core takes of it (buffers, stacks)
 * @param constantsInRam  whether constant arrays are copied into RAM at start (AVR without PROGMEM)
 * @param sensors         the sensors on the board
 */
public record Microcontroller(String core, long clockHz, double cyclesPerMac, double cyclesPerFlop, long programFlash,
		long coreFlash, long dataRam, long coreRam, boolean constantsInRam, Set<OnBoardSensor> sensors) {

	public Microcontroller {
		sensors = Set.copyOf(sensors);
	}
}
