/* The esp32-camera driver's image converters as far as Model Bench's camera sketch uses them. */
#ifndef IMG_CONVERTERS_STUB_H
#define IMG_CONVERTERS_STUB_H
#include <stddef.h>
#include <stdint.h>
#include "esp_camera.h"
/* Encodes a frame buffer as JPEG into a buffer it allocates with malloc; false when it cannot. */
bool frame2jpg(camera_fb_t *fb, uint8_t quality, uint8_t **out, size_t *out_len);
#endif
