/* Model Bench: log-mel features on the board. See mb_logmel.h. */
#include <math.h>
#include "mb_logmel.h"
#include "logmel_data.h"

static float mb_real[MB_FRAME_LENGTH];
static float mb_imaginary[MB_FRAME_LENGTH];

static int mb_reversed(int i) {
	int r = 0;
	for (int bit = 1; bit < MB_FRAME_LENGTH; bit <<= 1) {
		r = (r << 1) | ((i & bit) ? 1 : 0);
	}
	return r;
}

/* In-place radix-2 FFT of the frame in mb_real (mb_imaginary zero), twiddles from the Java tables. */
static void mb_fft(void) {
	for (int length = 2; length <= MB_FRAME_LENGTH; length <<= 1) {
		int half = length >> 1;
		int step = MB_FRAME_LENGTH / length;
		for (int start = 0; start < MB_FRAME_LENGTH; start += length) {
			for (int k = 0; k < half; k++) {
				float wr = mb_twiddle_cos[k * step];
				float wi = mb_twiddle_sin[k * step];
				int a = start + k;
				int b = a + half;
				float tr = wr * mb_real[b] - wi * mb_imaginary[b];
				float ti = wr * mb_imaginary[b] + wi * mb_real[b];
				mb_real[b] = mb_real[a] - tr;
				mb_imaginary[b] = mb_imaginary[a] - ti;
				mb_real[a] += tr;
				mb_imaginary[a] += ti;
			}
		}
	}
}

void mb_logmel_compute(const int16_t *pcm, float *features) {
	for (int f = 0; f < MB_FRAMES; f++) {
		const int16_t *frame = pcm + f * MB_HOP;
		for (int i = 0; i < MB_FRAME_LENGTH; i++) {
			mb_real[mb_reversed(i)] = (frame[i] / 32768.0f) * mb_hann[i];
			mb_imaginary[i] = 0;
		}
		mb_fft();
		const float *weight = mb_mel_weights;
		for (int band = 0; band < MB_MEL_BANDS; band++) {
			float energy = 0;
			for (int n = 0; n < mb_mel_count[band]; n++) {
				int bin = mb_mel_first[band] + n;
				energy += *weight++ * (mb_real[bin] * mb_real[bin] + mb_imaginary[bin] * mb_imaginary[bin]);
			}
			features[f * MB_MEL_BANDS + band] = logf(energy + 1e-6f);
		}
	}
	/* Minus the window's mean, as the model was trained: the level of a sound does not count. */
	float sum = 0;
	for (int i = 0; i < MB_FRAMES * MB_MEL_BANDS; i++) {
		sum += features[i];
	}
	float mean = sum / (MB_FRAMES * MB_MEL_BANDS);
	for (int i = 0; i < MB_FRAMES * MB_MEL_BANDS; i++) {
		features[i] -= mean;
	}
}
