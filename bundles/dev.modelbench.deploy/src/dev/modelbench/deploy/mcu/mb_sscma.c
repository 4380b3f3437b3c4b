/* Model Bench capture sketch: SSCMA AT protocol framing (see capture-protocol.md in the deploy bundle).
 * Commands are AT+...\r; every reply is \r{JSON}\n with "type", "name", "code" and "data", as
 * SSCMA firmware sends them. What Model Bench adds: a microphone (sensor type 2) whose events carry
 * "audio", and a "crc32" of the decoded payload in every event; a model sketch's results as INVOKE
 * events with the frame they classified. */
#include "mb_sscma.h"

#include <stdio.h>
#include <string.h>

static const char BASE64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

uint32_t mb_crc32(const uint8_t *data, size_t length) {
	uint32_t crc = 0xFFFFFFFFu;
	for (size_t i = 0; i < length; i++) {
		crc ^= data[i];
		for (int bit = 0; bit < 8; bit++) {
			crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
		}
	}
	return crc ^ 0xFFFFFFFFu;
}

void mb_sscma_init(mb_sscma *s, const char *name, const char *id, const char *camera, mb_sscma_write write) {
	memset(s, 0, sizeof(*s));
	s->sensor = MB_SSCMA_CAMERA;
	s->name = name;
	s->id = id;
	s->camera = camera;
	s->write = write;
}

static void put(const mb_sscma *s, const char *text) {
	s->write(text, strlen(text));
}

/* \r{"type":T,"name":"TAGNAME","code":C,"data":DATA}\n */
static void reply(const mb_sscma *s, int type, const char *tag, const char *name, int code, const char *data) {
	char head[MB_SSCMA_COMMAND_MAX + 48];
	snprintf(head, sizeof(head), "\r{\"type\":%d,\"name\":\"%s%s\",\"code\":%d,\"data\":", type, tag, name, code);
	put(s, head);
	put(s, data);
	put(s, "}\n");
}

static void answer(mb_sscma *s, const char *command) {
	char tag[MB_SSCMA_COMMAND_MAX] = "";
	char data[256];
	const char *body;
	const char *at;
	if (strncmp(command, "AT+", 3) != 0) {
		reply(s, 2, "", "AT", 5, "\"not an AT command\"");
		return;
	}
	body = command + 3;
	at = strchr(body, '@');
	if (at) {
		size_t n = (size_t) (at - body) + 1;
		memcpy(tag, body, n);
		tag[n] = '\0';
		body = at + 1;
	}
	if (strcmp(body, "ID?") == 0) {
		snprintf(data, sizeof(data), "\"%s\"", s->id);
		reply(s, 0, tag, body, 0, data);
	} else if (strcmp(body, "NAME?") == 0) {
		snprintf(data, sizeof(data), "\"%s\"", s->name);
		reply(s, 0, tag, body, 0, data);
	} else if (strcmp(body, "VER?") == 0) {
		reply(s, 0, tag, body, 0, "{\"at_api\":\"v0\",\"software\":\"modelbench-capture 1\",\"hardware\":\"1\"}");
	} else if (strcmp(body, "SENSORS?") == 0) {
		snprintf(data, sizeof(data),
				"[{\"id\":1,\"type\":1,\"state\":1,\"opt_id\":0,\"opt_detail\":\"%s\"},"
				"{\"id\":2,\"type\":2,\"state\":1,\"opt_id\":0,\"opt_detail\":\"16000 Hz PCM\"}]",
				s->camera);
		reply(s, 0, tag, body, 0, data);
	} else if (strncmp(body, "SENSOR=", 7) == 0) {
		int id = 0, enable = 0;
		if (sscanf(body + 7, "%d,%d", &id, &enable) == 2 && (id == 1 || id == 2) && enable == 1) {
			s->sensor = id;
			s->sampling = 0;
			snprintf(data, sizeof(data), "{\"sensor\":{\"id\":%d,\"type\":%d,\"state\":1}}", id, id);
			reply(s, 0, tag, "SENSOR", 0, data);
		} else {
			reply(s, 0, tag, "SENSOR", 5, "null");
		}
	} else if (strncmp(body, "SAMPLE=", 7) == 0) {
		int times = 0;
		if (sscanf(body + 7, "%d", &times) == 1 && times != 0) {
			s->sampling = times < 0 ? -1 : times;
			s->count = 0;
			snprintf(data, sizeof(data), "{\"sensor\":{\"id\":%d,\"type\":%d,\"state\":1}}", s->sensor, s->sensor);
			reply(s, 0, tag, "SAMPLE", 0, data);
		} else {
			reply(s, 0, tag, "SAMPLE", 5, "null");
		}
	} else if (strcmp(body, "SAMPLE?") == 0) {
		reply(s, 0, tag, body, 0, s->sampling ? "1" : "0");
	} else if (s->runs_model && strncmp(body, "INVOKE=", 7) == 0) {
		int times = 0, differed = 0, result_only = 0;
		if (sscanf(body + 7, "%d,%d,%d", &times, &differed, &result_only) == 3 && times != 0) {
			/* A model sketch classifies for ever; the number of times is not kept. */
			s->invoking = result_only ? MB_SSCMA_RESULTS : MB_SSCMA_RESULTS_AND_IMAGE;
			s->count = 0;
			reply(s, 0, tag, "INVOKE", 0, "{\"model\":1,\"algorithm\":3,\"sensor\":1}");
		} else {
			reply(s, 0, tag, "INVOKE", 5, "null");
		}
	} else if (strcmp(body, "BREAK") == 0) {
		s->sampling = 0;
		s->invoking = 0;
		reply(s, 0, tag, body, 0, "0");
	} else {
		reply(s, 2, tag, body, 8, "\"not supported by the Model Bench capture sketch\"");
	}
}

int mb_sscma_feed(mb_sscma *s, char c) {
	if (c == '\r' || c == '\n') {
		int answered = 0;
		if (s->length > 0 && !s->overflow) {
			s->command[s->length] = '\0';
			answer(s, s->command);
			answered = 1;
		}
		s->length = 0;
		s->overflow = 0;
		return answered;
	}
	if (s->length + 1 < sizeof(s->command)) {
		s->command[s->length++] = c;
	} else {
		s->overflow = 1; /* longer than any command this sketch knows: ignored whole */
	}
	return 0;
}

int mb_sscma_wants(const mb_sscma *s, int sensor) {
	return s->sampling != 0 && s->sensor == sensor;
}

/* Base64 in slices: a frame is never held twice in the board's memory. */
static void put_base64(const mb_sscma *s, const uint8_t *payload, size_t length) {
	char chunk[256];
	size_t used = 0;
	for (size_t i = 0; i < length; i += 3) {
		uint32_t v = (uint32_t) payload[i] << 16;
		if (i + 1 < length) {
			v |= (uint32_t) payload[i + 1] << 8;
		}
		if (i + 2 < length) {
			v |= payload[i + 2];
		}
		chunk[used++] = BASE64[(v >> 18) & 63];
		chunk[used++] = BASE64[(v >> 12) & 63];
		chunk[used++] = i + 1 < length ? BASE64[(v >> 6) & 63] : '=';
		chunk[used++] = i + 2 < length ? BASE64[v & 63] : '=';
		if (used == sizeof(chunk)) {
			s->write(chunk, used);
			used = 0;
		}
	}
	if (used > 0) {
		s->write(chunk, used);
	}
}

void mb_sscma_event(mb_sscma *s, const uint8_t *payload, size_t length) {
	char text[96];
	snprintf(text, sizeof(text), "\r{\"type\":1,\"name\":\"SAMPLE\",\"code\":0,\"data\":{\"count\":%lu,\"%s\":\"",
			s->count, s->sensor == MB_SSCMA_MICROPHONE ? "audio" : "image");
	put(s, text);
	put_base64(s, payload, length);
	snprintf(text, sizeof(text), "\",\"crc32\":%lu}}\n", (unsigned long) mb_crc32(payload, length));
	put(s, text);
	s->count++;
	if (s->sampling > 0) {
		s->sampling--;
	}
}

void mb_sscma_runs_model(mb_sscma *s) {
	s->runs_model = 1;
}

int mb_sscma_invoking(const mb_sscma *s) {
	return s->invoking;
}

void mb_sscma_result(mb_sscma *s, int target, int score, const uint8_t *jpeg, size_t length) {
	char text[128];
	snprintf(text, sizeof(text), "\r{\"type\":1,\"name\":\"INVOKE\",\"code\":0,\"data\":{\"count\":%lu,\"classes\":[[%d,%d]]",
			s->count, score, target);
	put(s, text);
	if (jpeg) {
		put(s, ",\"image\":\"");
		put_base64(s, jpeg, length);
		snprintf(text, sizeof(text), "\",\"crc32\":%lu", (unsigned long) mb_crc32(jpeg, length));
		put(s, text);
	}
	put(s, "}}\n");
	s->count++;
}
