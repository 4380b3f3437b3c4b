/* Model Bench: camera frames to image model inputs. See mb_image.h. */
#include "mb_image.h"

void mb_image_from_rgb565(const uint8_t *rgb565, int pixels, uint8_t *rgb) {
	for (int i = 0; i < pixels; i++) {
		unsigned v = (unsigned) rgb565[2 * i] << 8 | rgb565[2 * i + 1];
		unsigned r = v >> 11, g = (v >> 5) & 0x3F, b = v & 0x1F;
		rgb[3 * i] = (uint8_t) (r << 3 | r >> 2);
		rgb[3 * i + 1] = (uint8_t) (g << 2 | g >> 4);
		rgb[3 * i + 2] = (uint8_t) (b << 3 | b >> 2);
	}
}

static float mb_clamp(float source, int extent) {
	return source < 0 ? 0 : source > extent - 1 ? (float) (extent - 1) : source;
}

static float mb_lerp(float from, float to, float t) {
	return from + (to - from) * t;
}

void mb_image_tensor(uint8_t *rgb, int width, int height, int size, float *out) {
	while (width >= 2 * size || height >= 2 * size) {
		int sx = width >= 2 * size ? 2 : 1;
		int sy = height >= 2 * size ? 2 : 1;
		int ow = width / sx, oh = height / sy, count = sx * sy;
		for (int y = 0; y < oh; y++) {
			for (int x = 0; x < ow; x++) {
				for (int ch = 0; ch < 3; ch++) {
					int sum = 0;
					for (int dy = 0; dy < sy; dy++) {
						for (int dx = 0; dx < sx; dx++) {
							sum += rgb[3 * ((y * sy + dy) * width + x * sx + dx) + ch];
						}
					}
					rgb[3 * (y * ow + x) + ch] = (uint8_t) ((sum + count / 2) / count);
				}
			}
		}
		width = ow;
		height = oh;
	}
	float scale_x = (float) width / size;
	float scale_y = (float) height / size;
	int plane = size * size;
	for (int y = 0; y < size; y++) {
		float source_y = mb_clamp((y + 0.5f) * scale_y - 0.5f, height);
		int y0 = (int) source_y;
		int y1 = y0 + 1 < height ? y0 + 1 : height - 1;
		float fy = source_y - y0;
		for (int x = 0; x < size; x++) {
			float source_x = mb_clamp((x + 0.5f) * scale_x - 0.5f, width);
			int x0 = (int) source_x;
			int x1 = x0 + 1 < width ? x0 + 1 : width - 1;
			float fx = source_x - x0;
			for (int ch = 0; ch < 3; ch++) {
				float top = mb_lerp(rgb[3 * (y0 * width + x0) + ch], rgb[3 * (y0 * width + x1) + ch], fx);
				float bottom = mb_lerp(rgb[3 * (y1 * width + x0) + ch], rgb[3 * (y1 * width + x1) + ch], fx);
				out[ch * plane + y * size + x] = mb_lerp(top, bottom, fy) / 255.0f;
			}
		}
	}
}
