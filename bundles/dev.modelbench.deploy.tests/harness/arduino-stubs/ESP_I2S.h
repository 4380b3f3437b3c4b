/* The ESP32 Arduino core 3.x I2S class as far as Model Bench's microphone sketch uses it. */
#ifndef ESP_I2S_STUB_H
#define ESP_I2S_STUB_H
#include <stddef.h>
#include <stdint.h>
typedef enum { I2S_MODE_STD, I2S_MODE_TDM, I2S_MODE_PDM_TX, I2S_MODE_PDM_RX } i2s_mode_t;
typedef enum { I2S_DATA_BIT_WIDTH_8BIT = 8, I2S_DATA_BIT_WIDTH_16BIT = 16 } i2s_data_bit_width_t;
typedef enum { I2S_SLOT_MODE_MONO = 1, I2S_SLOT_MODE_STEREO = 2 } i2s_slot_mode_t;
class I2SClass {
public:
	void setPinsPdmRx(int8_t clk, int8_t din0, int8_t din1 = -1, int8_t din2 = -1, int8_t din3 = -1);
	bool begin(i2s_mode_t mode, uint32_t rate, i2s_data_bit_width_t bits, i2s_slot_mode_t slots, int8_t slot_mask = -1);
	size_t readBytes(char *buffer, size_t length);
};
#endif
