/*
 * Model Bench: the small CNN of a trained model, in integer arithmetic (int8 weights, int16
 * activations, int32 accumulators, fixed-point requantisation). Dependency-free C99 but for expf.
 * The layers are those of Model Bench's CnnPass: per block a 3x3 convolution (stride 1, zero
 * padding 1) and a ReLU, a 2x2 max pool (stride 2) between blocks, then an average pool (global,
 * or of each column over the rows: MB_POOLED_COLUMNS) and one dense layer. The model itself is in mb_model.h (its sizes) and model_data.h (its numbers).
 */
#ifndef MB_CNN_H
#define MB_CNN_H

#include <stdint.h>
#include "mb_model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One convolution block and the numbers that take its accumulators back to int16 activations. */
typedef struct {
	int in_channels;
	int filters;
	int height; /* of the block's input and output */
	int width;
	const int8_t *kernels;      /* [filters][in_channels][3][3] */
	const int32_t *biases;      /* [filters], in accumulator units */
	const int32_t *multipliers; /* [filters]: activation = acc * multiplier / 2^shift */
	const int8_t *shifts;       /* [filters] */
} mb_block;

/*
 * Classifies one input of MB_INPUT_SIZE raw values, laid out as the Java model takes them
 * (channel, row, column). Writes MB_CLASSES probabilities when probabilities is not NULL and
 * returns the most probable class (the lowest index on ties).
 */
int mb_cnn_classify(const float *input, float *probabilities);

/* As mb_cnn_classify, giving the integer logits (in units of mb_cnn_logit_scale()). */
int mb_cnn_logits(const float *input, int32_t *logits);

/* The value of one unit of the integer logits. */
float mb_cnn_logit_scale(void);

/* The name of class c. */
const char *mb_cnn_label(int c);

#ifdef __cplusplus
}
#endif

#endif
