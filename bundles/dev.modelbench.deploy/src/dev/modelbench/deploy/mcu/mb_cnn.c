/* Model Bench: the CNN's forward pass in integers. See mb_cnn.h. */
#include <math.h>
#include "mb_cnn.h"
#include "model_data.h"

/* Two buffers, each the largest block input: a block reads one and writes the other. */
static int16_t mb_buffers[2][MB_BUFFER];

static int32_t mb_requantize(int32_t acc, int32_t multiplier, int shift) {
	int64_t product = (int64_t) acc * multiplier + ((int64_t) 1 << (shift - 1));
	product >>= shift; /* gcc shifts signed values arithmetically, on every target */
	return product > INT32_MAX ? INT32_MAX : product < INT32_MIN ? INT32_MIN : (int32_t) product;
}

static int32_t mb_round(float value) {
	float r = value >= 0 ? value + 0.5f : value - 0.5f;
	return r >= 32767.0f ? 32767 : r <= -32767.0f ? -32767 : (int32_t) r;
}

static int16_t mb_relu(int32_t value) {
	return value < 0 ? 0 : value > 32767 ? 32767 : (int16_t) value;
}

/* The ReLU of one output of the block's convolution, as an int16 activation. */
static int16_t mb_activation(const mb_block *b, const int16_t *in, int f, int y, int x) {
	int32_t acc = b->biases[f];
	const int8_t *k = b->kernels + (int32_t) f * b->in_channels * 9;
	int32_t area = (int32_t) b->height * b->width;
	if (y > 0 && y < b->height - 1 && x > 0 && x < b->width - 1) {
		/* Inside: no padding to test for, the nine products in a row. */
		const int16_t *at = in + (y - 1) * b->width + (x - 1);
		for (int c = 0; c < b->in_channels; c++, k += 9, at += area) {
			const int16_t *r0 = at, *r1 = at + b->width, *r2 = at + 2 * b->width;
			acc += (int32_t) k[0] * r0[0] + (int32_t) k[1] * r0[1] + (int32_t) k[2] * r0[2]
					+ (int32_t) k[3] * r1[0] + (int32_t) k[4] * r1[1] + (int32_t) k[5] * r1[2]
					+ (int32_t) k[6] * r2[0] + (int32_t) k[7] * r2[1] + (int32_t) k[8] * r2[2];
		}
		return mb_relu(mb_requantize(acc, b->multipliers[f], b->shifts[f]));
	}
	for (int c = 0; c < b->in_channels; c++, k += 9) {
		const int16_t *plane = in + c * area;
		for (int ky = 0; ky < 3; ky++) {
			int sy = y + ky - 1;
			if (sy < 0 || sy >= b->height) {
				continue; /* zero padding */
			}
			const int16_t *row = plane + sy * b->width;
			for (int kx = 0; kx < 3; kx++) {
				int sx = x + kx - 1;
				if (sx >= 0 && sx < b->width) {
					acc += (int32_t) k[ky * 3 + kx] * row[sx];
				}
			}
		}
	}
	return mb_relu(mb_requantize(acc, b->multipliers[f], b->shifts[f]));
}

/* Convolution, ReLU and the 2x2 max pool (an odd last row or column is dropped). */
static void mb_pooled_block(const mb_block *b, const int16_t *in, int16_t *out) {
	int ph = b->height / 2;
	int pw = b->width / 2;
	for (int f = 0; f < b->filters; f++) {
		for (int py = 0; py < ph; py++) {
			for (int px = 0; px < pw; px++) {
				int16_t best = mb_activation(b, in, f, 2 * py, 2 * px);
				int16_t v = mb_activation(b, in, f, 2 * py, 2 * px + 1);
				best = v > best ? v : best;
				v = mb_activation(b, in, f, 2 * py + 1, 2 * px);
				best = v > best ? v : best;
				v = mb_activation(b, in, f, 2 * py + 1, 2 * px + 1);
				*out++ = v > best ? v : best;
			}
		}
	}
}

/*
 * Convolution, ReLU and the average pool, rounded: the features in the last activations' units.
 * MB_POOLED_COLUMNS is 1 for the global pool, else the block's width: each column over the rows.
 */
static void mb_averaged_block(const mb_block *b, const int16_t *in, int32_t *features) {
	int span = b->width / MB_POOLED_COLUMNS;
	int32_t count = (int32_t) b->height * span;
	for (int f = 0; f < b->filters; f++) {
		for (int c = 0; c < MB_POOLED_COLUMNS; c++) {
			int32_t sum = 0;
			for (int y = 0; y < b->height; y++) {
				for (int x = c * span; x < (c + 1) * span; x++) {
					sum += mb_activation(b, in, f, y, x);
				}
			}
			*features++ = (sum + count / 2) / count;
		}
	}
}

int mb_cnn_logits(const float *input, int32_t *logits) {
	int16_t *in = mb_buffers[0];
	for (int32_t i = 0; i < MB_INPUT_SIZE; i++) {
		int g = MB_STANDARDIZE_COLUMNS ? i % MB_WIDTH : i / (MB_HEIGHT * MB_WIDTH);
		in[i] = (int16_t) mb_round((input[i] - mb_input_mean[g]) * mb_input_factor[g]);
	}
	static int32_t features[MB_FEATURES]; /* static: counted in RAM at link time, not left to the stack */
	for (int b = 0; b < MB_BLOCKS; b++) {
		const int16_t *from = mb_buffers[b % 2];
		if (b < MB_BLOCKS - 1) {
			mb_pooled_block(&mb_blocks[b], from, mb_buffers[(b + 1) % 2]);
		} else {
			mb_averaged_block(&mb_blocks[b], from, features);
		}
	}
	int best = 0;
	for (int c = 0; c < MB_CLASSES; c++) {
		int32_t acc = mb_dense_biases[c];
		for (int i = 0; i < MB_FEATURES; i++) {
			acc += features[i] * mb_dense_weights[i * MB_CLASSES + c];
		}
		logits[c] = mb_requantize(acc, mb_dense_multipliers[c], mb_dense_shifts[c]);
		if (logits[c] > logits[best]) {
			best = c;
		}
	}
	return best;
}

int mb_cnn_classify(const float *input, float *probabilities) {
	int32_t logits[MB_CLASSES];
	int best = mb_cnn_logits(input, logits);
	if (probabilities) {
		float sum = 0;
		for (int c = 0; c < MB_CLASSES; c++) {
			probabilities[c] = expf((float) (logits[c] - logits[best]) * MB_LOGIT_SCALE);
			sum += probabilities[c];
		}
		for (int c = 0; c < MB_CLASSES; c++) {
			probabilities[c] /= sum;
		}
	}
	return best;
}

float mb_cnn_logit_scale(void) {
	return MB_LOGIT_SCALE;
}

const char *mb_cnn_label(int c) {
	return mb_labels[c];
}
