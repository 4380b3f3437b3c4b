package dev.modelbench.mqtt.tests;

import java.nio.file.Path;

import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.mqtt.tests.fixtures.TestBroker;

/** Pushing to Debian's mosquitto, as to SIoT: a login is required and sessions survive a restart. */
class MosquittoPushTest extends PushContract {

	@Override
	TestBroker startBroker(Path directory) throws Exception {
		return Mosquitto.start(directory);
	}
}
