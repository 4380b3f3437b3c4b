/*
 * Model Bench: a camera frame as the input of an image model, as Model Bench's ImageTensor makes
 * it: 2x2 box halving (rounded) while a side is at least twice the target, then bilinear samples
 * at pixel centres; R, G, B planes of value / 255.
 */
#ifndef MB_IMAGE_H
#define MB_IMAGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Writes the 3 x size x size values of an RGB888 image (3 bytes a pixel, row by row) to out. The
 * image is halved in place: rgb must be writable and is changed.
 */
void mb_image_tensor(uint8_t *rgb, int width, int height, int size, float *out);

/* Converts RGB565 pixels (high byte first, as the ESP32 camera gives them) to RGB888. */
void mb_image_from_rgb565(const uint8_t *rgb565, int pixels, uint8_t *rgb);

#ifdef __cplusplus
}
#endif

#endif
