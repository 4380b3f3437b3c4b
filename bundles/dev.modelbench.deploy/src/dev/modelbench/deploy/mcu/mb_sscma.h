/* Model Bench capture sketch: SSCMA AT protocol framing (see capture-protocol.md in the deploy bundle). */
#ifndef MB_SSCMA_H
#define MB_SSCMA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MB_SSCMA_CAMERA 1
#define MB_SSCMA_MICROPHONE 2
#define MB_SSCMA_COMMAND_MAX 96
/* What mb_sscma_invoking answers while the PC asked for results (AT+INVOKE). */
#define MB_SSCMA_RESULTS 1
#define MB_SSCMA_RESULTS_AND_IMAGE 2

/* Sends bytes to the PC (Serial.write on the board, stdout or a pty in the PC's tests). */
typedef void (*mb_sscma_write)(const char *bytes, size_t length);

typedef struct {
	char command[MB_SSCMA_COMMAND_MAX];
	size_t length;
	int overflow;
	int sensor;             /* MB_SSCMA_CAMERA or MB_SSCMA_MICROPHONE */
	int sampling;           /* events left to send, -1 for ever, 0 idle */
	int runs_model;         /* whether AT+INVOKE is known: a model sketch, not the capture sketch */
	int invoking;           /* 0, MB_SSCMA_RESULTS or MB_SSCMA_RESULTS_AND_IMAGE */
	unsigned long count;    /* the next event's number, from 0 after each AT+SAMPLE or AT+INVOKE */
	const char *name;       /* AT+NAME? */
	const char *id;         /* AT+ID? */
	const char *camera;     /* the camera's opt_detail, e.g. "240x240 JPEG" */
	mb_sscma_write write;
} mb_sscma;

void mb_sscma_init(mb_sscma *s, const char *name, const char *id, const char *camera, mb_sscma_write write);

/* Takes one byte from the PC; answers a command when its \r arrives. Returns 1 when a command was answered. */
int mb_sscma_feed(mb_sscma *s, char c);

/* Whether an event is due now, and of which sensor. */
int mb_sscma_wants(const mb_sscma *s, int sensor);

/* Sends one SAMPLE event with the payload under "image" (a JPEG) or "audio" (16-bit PCM, little-endian). */
void mb_sscma_event(mb_sscma *s, const uint8_t *payload, size_t length);

/* Makes AT+INVOKE=<times>,<differed>,<result only> known: a model sketch sends its results as INVOKE events. */
void mb_sscma_runs_model(mb_sscma *s);

/* 0 when the PC wants no INVOKE events, else MB_SSCMA_RESULTS or MB_SSCMA_RESULTS_AND_IMAGE. */
int mb_sscma_invoking(const mb_sscma *s);

/* Sends one INVOKE event: "classes":[[score,target]] (score 0 to 100) and, when jpeg is not NULL,
 * the frame that was classified under "image" with its "crc32". */
void mb_sscma_result(mb_sscma *s, int target, int score, const uint8_t *jpeg, size_t length);

/* The CRC-32 of zlib and PNG (IEEE 802.3, reflected, initial and final XOR 0xFFFFFFFF). */
uint32_t mb_crc32(const uint8_t *data, size_t length);

#ifdef __cplusplus
}
#endif

#endif
