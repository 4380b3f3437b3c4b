/* The capture sketch's framing (mb_sscma.c) as a board on a pty, built by the PC's gcc: it answers
 * the commands that come in through the sketch's own parser and sends the JPEG files given as its
 * camera frames, in turn, and the PCM file given as its microphone's sound.
 * With -m it is a model sketch instead: after AT+INVOKE it sends frame i's result, class i % 2 at
 * 87 %, as an INVOKE event, with the frame when the PC asked for it.
 * Usage: sscma_board [-m] PTY PCM_FILE JPEG_FILE... ; ends when the line is closed. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include "mb_sscma.h"

#define SAMPLES_PER_EVENT 4000

static int line = -1;

static void send_bytes(const char *bytes, size_t length) {
	while (length > 0) {
		ssize_t n = write(line, bytes, length);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN) {
				continue;
			}
			exit(0); /* the PC closed the line */
		}
		bytes += n;
		length -= (size_t) n;
	}
}

static unsigned char *load(const char *path, size_t *length) {
	FILE *file = fopen(path, "rb");
	if (!file) {
		perror(path);
		exit(2);
	}
	fseek(file, 0, SEEK_END);
	long size = ftell(file);
	fseek(file, 0, SEEK_SET);
	unsigned char *bytes = malloc(size > 0 ? (size_t) size : 1);
	if (!bytes || fread(bytes, 1, (size_t) size, file) != (size_t) size) {
		perror(path);
		exit(2);
	}
	fclose(file);
	*length = (size_t) size;
	return bytes;
}

int main(int argc, char **argv) {
	int model = argc > 1 && argv[1][0] == '-' && argv[1][1] == 'm';
	if (model) {
		argc--;
		argv++;
	}
	if (argc < 4) {
		fprintf(stderr, "usage: sscma_board PTY PCM JPEG...\n");
		return 2;
	}
	line = open(argv[1], O_RDWR | O_NOCTTY);
	if (line < 0) {
		perror(argv[1]);
		return 2;
	}
	struct termios raw;
	if (tcgetattr(line, &raw) == 0) {
		cfmakeraw(&raw);
		tcsetattr(line, TCSANOW, &raw);
	}
	size_t pcm_length;
	unsigned char *pcm = load(argv[2], &pcm_length);
	int frames = argc - 3;
	unsigned char **jpegs = calloc((size_t) frames, sizeof(*jpegs));
	size_t *lengths = calloc((size_t) frames, sizeof(*lengths));
	for (int i = 0; i < frames; i++) {
		jpegs[i] = load(argv[3 + i], &lengths[i]);
	}
	unsigned char chunk[SAMPLES_PER_EVENT * 2];
	size_t pcm_at = 0;
	int frame = 0;

	mb_sscma sscma;
	if (model) {
		mb_sscma_init(&sscma, "Model Bench model (XIAO ESP32S3 Sense)", "xiao-esp32s3", "160x120 RGB565", send_bytes);
		mb_sscma_runs_model(&sscma);
	} else {
		mb_sscma_init(&sscma, "Model Bench capture (XIAO ESP32S3 Sense)", "xiao-esp32s3", "240x240 JPEG", send_bytes);
	}
	for (;;) {
		struct pollfd in = { line, POLLIN, 0 };
		int busy = mb_sscma_wants(&sscma, MB_SSCMA_CAMERA) || mb_sscma_wants(&sscma, MB_SSCMA_MICROPHONE)
				|| mb_sscma_invoking(&sscma);
		int ready = poll(&in, 1, busy ? 0 : 10);
		if (ready > 0) {
			if (in.revents & (POLLHUP | POLLERR)) {
				return 0;
			}
			char bytes[256];
			ssize_t n = read(line, bytes, sizeof(bytes));
			if (n <= 0) {
				return 0;
			}
			for (ssize_t i = 0; i < n; i++) {
				mb_sscma_feed(&sscma, bytes[i]);
			}
		}
		if (mb_sscma_invoking(&sscma)) {
			int with_image = mb_sscma_invoking(&sscma) == MB_SSCMA_RESULTS_AND_IMAGE;
			mb_sscma_result(&sscma, frame % 2, 87, with_image ? jpegs[frame] : NULL, with_image ? lengths[frame] : 0);
			frame = (frame + 1) % frames;
		} else if (mb_sscma_wants(&sscma, MB_SSCMA_CAMERA)) {
			mb_sscma_event(&sscma, jpegs[frame], lengths[frame]);
			frame = (frame + 1) % frames;
		} else if (mb_sscma_wants(&sscma, MB_SSCMA_MICROPHONE)) {
			for (size_t i = 0; i < sizeof(chunk); i++) {
				chunk[i] = pcm[(pcm_at + i) % pcm_length];
			}
			pcm_at = (pcm_at + sizeof(chunk)) % pcm_length;
			mb_sscma_event(&sscma, chunk, sizeof(chunk));
		}
	}
}
