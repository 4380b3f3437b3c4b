package dev.modelbench.deploy.sensor;

/** What a board sends from its sensors: a {@link BoardFrame} or a {@link BoardSound}. */
public sealed interface SensorEvent permits BoardFrame, BoardSound {

	/** The board's event count, -1 when it sent none. */
	long sequence();
}
