package dev.modelbench.mqtt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.modelbench.mqtt.BrokerSettings;
import dev.modelbench.mqtt.PayloadFormat;
import dev.modelbench.mqtt.PushRate;
import dev.modelbench.mqtt.PushSettings;
import dev.modelbench.mqtt.PushSettingsException;
import dev.modelbench.mqtt.PushUri;

class PushUriTest {

	@Test
	void readsTheLoginBrokerAndTopicOfASiotAddress() throws Exception {
		PushSettings settings = PushUri.parse("mqtt://siot:dfrobot@10.1.2.3:1883/ailab/s01", "pets");

		assertEquals(new BrokerSettings("10.1.2.3", 1883, "siot", "dfrobot", false), settings.broker());
		assertEquals("ailab/s01", settings.topic());
		assertEquals(0, settings.qos());
		assertEquals(PayloadFormat.LABEL, settings.payload());
		assertEquals(PushRate.everyResult(), settings.rate());
	}

	@Test
	void withoutLoginPortOrTopicUsesSiotsLoginPort1883AndTheProjectsTopic() throws Exception {
		PushSettings settings = PushUri.parse("mqtt://192.168.4.1", "Cat vs Dog");

		assertEquals(BrokerSettings.siot("192.168.4.1", 1883), settings.broker());
		assertEquals("modelbench/Cat vs Dog", settings.topic());
	}

	@Test
	void theDefaultTopicIsOneLevelWhateverTheProjectIsCalled() {
		assertEquals("modelbench/a-b-c-d", PushSettings.defaultTopic("a/b+c#d"));
		assertEquals("modelbench/results", PushSettings.defaultTopic(" "));
	}

	@Test
	void mqttsMeansTlsOnPort8883UnlessAPortIsGiven() throws Exception {
		assertEquals(new BrokerSettings("broker.example", 8883, "siot", "dfrobot", true),
				PushUri.parse("MQTTS://broker.example/t", "p").broker());
		assertEquals(9999, PushUri.parse("mqtts://broker.example:9999/t", "p").broker().port());
	}

	@Test
	void decodesEscapedCharactersInTheLoginAndKeepsPlusSigns() throws Exception {
		BrokerSettings broker = PushUri.parse("mqtt://b%C3%B6b:p%40ss%3Aw+rd@host/t", "p").broker();

		assertEquals("böb", broker.user());
		assertEquals("p@ss:w+rd", broker.password());
	}

	@Test
	void aUserWithoutPasswordHasAnEmptyOneToBeFilledFromSecureStorage() throws Exception {
		BrokerSettings broker = PushUri.parse("mqtt://teacher@host/t", "p").broker();

		assertEquals("teacher", broker.user());
		assertEquals("", broker.password());
	}

	@Test
	void readsIpv6Hosts() throws Exception {
		BrokerSettings broker = PushUri.parse("mqtt://[::1]:1884/t", "p").broker();

		assertEquals("::1", broker.host());
		assertEquals(1884, broker.port());
		assertEquals("[::1]:1884", broker.address());
	}

	@Test
	void readsQosPayloadAndRateOptions() throws Exception {
		PushSettings settings = PushUri.parse("mqtt://h/t?qos=1&payload=JSON&rate=5/s", "p");

		assertEquals(1, settings.qos());
		assertEquals(PayloadFormat.JSON, settings.payload());
		assertEquals(PushRate.atMost(5), settings.rate());
		assertEquals(PushRate.onLabelChange(), PushUri.parse("mqtt://h/t?rate=change", "p").rate());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"''                               | No MQTT address given",
			"10.1.2.3:1883/ailab/s01          | is not an MQTT address",
			"http://10.1.2.3/ailab/s01        | starts with \"http:\"",
			"mqtt://siot:dfrobot@:1883/t      | names no broker",
			"mqtt://host:99999/t              | must be a number from 1 to 65535",
			"mqtt://host:port/t               | must be a number from 1 to 65535",
			"mqtt://host/ailab/+/s01          | contains + or #",
			"mqtt://host/t?colour=red         | unknown option \"colour\"",
			"mqtt://host/t?qos=3              | must be 0, 1 or 2",
			"mqtt://host/t?payload=xml        | is not a payload format",
			"mqtt://host/t?rate=often         | is not a push rate",
			"mqtt://host/t?rate=0/s           | more than 0 results a second",
			"mqtt://u:50%@host/t              | broken %-escape" })
	void refusesAddressesItCannotUseAndSaysWhatToWrite(String uri, String expected) {
		PushSettingsException refusal = assertThrows(PushSettingsException.class, () -> PushUri.parse(uri, "p"));

		assertTrue(refusal.getMessage().contains(expected), refusal.getMessage());
	}

	@Test
	void theWrittenAddressLeavesOutThePasswordAndDefaultOptionsAndReadsBack() throws Exception {
		PushSettings settings = PushUri.parse("mqtt://siot:dfrobot@10.1.2.3:1883/ailab/s01?qos=1&payload=json", "p");

		String written = PushUri.format(settings);

		assertEquals("mqtt://siot@10.1.2.3:1883/ailab/s01?qos=1&payload=json", written);
		assertFalse(written.contains("dfrobot"));
		assertEquals(settings.withBroker(settings.broker().withPassword("")), PushUri.parse(written, "p"));
	}

	@Test
	void theWrittenAddressEscapesWhatWouldBeMisread() throws Exception {
		PushSettings settings = PushSettings.defaults(new BrokerSettings("h", 1883, "a@b:c", "x", false), "p")
				.withTopic("room 1/desk?").withRate(PushRate.atMost(2.5));

		String written = PushUri.format(settings);

		assertEquals("mqtt://a%40b%3Ac@h:1883/room%201/desk%3F?rate=2.5/s", written);
		assertEquals(settings.withBroker(settings.broker().withPassword("")), PushUri.parse(written, "p"));
	}

	@Test
	void settingsShowNoPassword() {
		assertFalse(BrokerSettings.siot("10.1.2.3", 1883).toString().contains("dfrobot"));
	}
}
