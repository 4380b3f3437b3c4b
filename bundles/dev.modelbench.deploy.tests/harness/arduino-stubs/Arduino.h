/* The few Arduino core declarations Model Bench's model sketches use, to check their C++ on the PC. */
#ifndef ARDUINO_STUB_H
#define ARDUINO_STUB_H
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h> /* as the cores' Arduino.h: malloc and free */
#define A0 26
class HardwareSerial {
public:
	void begin(unsigned long baud);
	size_t print(const char *text);
	size_t print(char c);
	size_t println(const char *text);
	size_t println(double value, int digits = 2);
	size_t write(const uint8_t *buffer, size_t size);
	int available(void);
	int read(void);
};
extern HardwareSerial Serial;
unsigned long micros(void);
int analogRead(uint8_t pin);
void delay(unsigned long ms);
#endif
