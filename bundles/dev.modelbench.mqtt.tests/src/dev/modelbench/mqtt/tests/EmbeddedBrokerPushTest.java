package dev.modelbench.mqtt.tests;

import java.nio.file.Path;

import dev.modelbench.mqtt.tests.fixtures.EmbeddedTestBroker;
import dev.modelbench.mqtt.tests.fixtures.Mosquitto;
import dev.modelbench.mqtt.tests.fixtures.TestBroker;

/** Pushing to the embedded broker (MQTT 3.1.1), with mosquitto_sub in the board's place. */
class EmbeddedBrokerPushTest extends PushContract {

	@Override
	TestBroker startBroker(Path directory) throws Exception {
		Mosquitto.assumeInstalled();
		return EmbeddedTestBroker.start();
	}
}
