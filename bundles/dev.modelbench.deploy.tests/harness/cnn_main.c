/*
 * Runs a generated model's C on the PC for the deploy tests. Reads a file of little-endian
 * values and prints one line per sample:
 *   cnn_main features FILE   FILE: int32 count, then per sample MB_INPUT_SIZE float32 (raw model input)
 *   cnn_main pcm FILE        FILE: int32 count, then per sample 16000 int16 (mb_logmel, then the model)
 *   cnn_main logmel FILE     as pcm, printing the features instead of classifying
 *   cnn_main image FILE      FILE: int32 count, int32 width, height, then per image width*height*3 bytes RGB;
 *                            prints the model input mb_image makes
 * A classifying line is "best p0 p1 ...", a features line the values, all with %.9g.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mb_cnn.h"
#ifdef MB_WITH_LOGMEL
#include "mb_logmel.h"
#endif
#ifdef MB_WITH_IMAGE
#include "mb_image.h"
#endif

static void need(size_t got, size_t wanted) {
	if (got != wanted) {
		fprintf(stderr, "short input\n");
		exit(2);
	}
}

static void print_values(const float *values, int count) {
	for (int i = 0; i < count; i++) {
		printf(i ? " %.9g" : "%.9g", values[i]);
	}
	printf("\n");
}

static void classify(const float *input) {
	float probabilities[MB_CLASSES];
	int best = mb_cnn_classify(input, probabilities);
	printf("%d", best);
	for (int c = 0; c < MB_CLASSES; c++) {
		printf(" %.9g", probabilities[c]);
	}
	printf("\n");
}

int main(int argc, char **argv) {
	if (argc != 3) {
		fprintf(stderr, "usage: cnn_main features|pcm|logmel|image FILE\n");
		return 2;
	}
	FILE *in = fopen(argv[2], "rb");
	if (!in) {
		perror(argv[2]);
		return 2;
	}
	int32_t count;
	need(fread(&count, 4, 1, in), 1);
	static float input[MB_INPUT_SIZE];
	for (int32_t n = 0; n < count; n++) {
		if (strcmp(argv[1], "features") == 0) {
			need(fread(input, sizeof(float), MB_INPUT_SIZE, in), MB_INPUT_SIZE);
			classify(input);
#ifdef MB_WITH_LOGMEL
		} else if (strcmp(argv[1], "pcm") == 0 || strcmp(argv[1], "logmel") == 0) {
			static int16_t pcm[MB_WINDOW_SAMPLES];
			need(fread(pcm, sizeof(int16_t), MB_WINDOW_SAMPLES, in), MB_WINDOW_SAMPLES);
			mb_logmel_compute(pcm, input);
			if (argv[1][0] == 'p') {
				classify(input);
			} else {
				print_values(input, MB_INPUT_SIZE);
			}
#endif
#ifdef MB_WITH_IMAGE
		} else if (strcmp(argv[1], "image") == 0) {
			static int32_t size[2];
			if (n == 0) {
				need(fread(size, 4, 2, in), 2);
			}
			size_t bytes = (size_t) size[0] * size[1] * 3;
			uint8_t *rgb = malloc(bytes);
			need(fread(rgb, 1, bytes, in), bytes);
			mb_image_tensor(rgb, size[0], size[1], MB_WIDTH, input);
			free(rgb);
			print_values(input, MB_INPUT_SIZE);
#endif
		} else {
			fprintf(stderr, "unknown mode %s\n", argv[1]);
			return 2;
		}
	}
	return 0;
}
