/*
 * Model Bench: the log-mel spectrogram of one second of 16 kHz sound, as Model Bench's
 * LogMelSpectrogram computes it: 49 frames of 512 samples every 320, a periodic Hann window, the
 * power spectrum, 40 triangular mel bands (peak 1), natural log of each band plus 1e-6, minus the mean of all
 * the window's values. In float,
 * where the Java one sums in double: the difference is far below what the CNN's int16 input resolves.
 */
#ifndef MB_LOGMEL_H
#define MB_LOGMEL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MB_SAMPLE_RATE 16000
#define MB_WINDOW_SAMPLES 16000
#define MB_FRAME_LENGTH 512
#define MB_HOP 320
#define MB_FRAMES 49
#define MB_MEL_BANDS 40

/* Writes the MB_FRAMES x MB_MEL_BANDS features (frame by frame) of MB_WINDOW_SAMPLES samples (value / 32768 = -1..1). */
void mb_logmel_compute(const int16_t *pcm, float *features);

#ifdef __cplusplus
}
#endif

#endif
