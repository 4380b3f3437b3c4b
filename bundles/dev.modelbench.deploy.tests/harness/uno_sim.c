/*
 * A simulated Arduino Uno for the deploy tests: an ATmega328P in simavr at 16 MHz, run in real time,
 * with Optiboot as the reset vector (BOOTRST) and UART0 bridged to a pseudo-terminal.
 *
 *   uno_sim BOOTLOADER.hex PTY_LINK [SKETCH.hex]
 *
 * PTY_LINK becomes a symlink to the pty a serial client opens. A pty has no DTR line, so the
 * DTR reset of a real Uno is emulated: the STK500 sync (0x30 0x20) arriving while the sketch runs
 * resets the chip into the bootloader, as the auto-reset capacitor would. Stdout tells what happens,
 * one line each: "ready PATH", "reset", "pin N 0|1 MICROS" (Arduino pin numbers, output pins only).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <simavr/sim_avr.h>
#include <simavr/sim_hex.h>
#include <simavr/avr_ioport.h>
#include <simavr/avr_uart.h>

#define BOOT_START 0x7E00 /* Optiboot: the last 512 bytes of the 32 KiB flash */
#define MCUSR 0x54
#define EXTRF 0x02
#define RING 65536

static avr_t *avr;
static int master;
static uint8_t ring[RING];
static unsigned head, tail; /* guarded by lock */
static uint8_t last_in;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static volatile int xon = 1, stop;
static volatile int reset_requested;

static void load_hex(const char *path)
{
	ihex_chunk_p chunks;
	int n = read_ihex_chunks(path, &chunks);
	if (n <= 0) { fprintf(stderr, "uno_sim: cannot read %s\n", path); exit(2); }
	for (int i = 0; i < n; i++)
		memcpy(avr->flash + chunks[i].baseaddr, chunks[i].data, chunks[i].size);
	free_ihex_chunks(chunks);
}

static void reset_into_bootloader(void)
{
	avr_reset(avr);
	avr->data[MCUSR] = EXTRF; /* an external reset: Optiboot stays instead of starting the sketch */
	xon = 1;
	printf("reset\n");
}

static void uart_out(struct avr_irq_t *irq, uint32_t value, void *param)
{
	uint8_t b = value;
	if (write(master, &b, 1) < 0) { /* nobody reads (non-blocking): lost, as on a real line */ }
}
static void uart_xon(struct avr_irq_t *irq, uint32_t value, void *param) { xon = 1; }
static void uart_xoff(struct avr_irq_t *irq, uint32_t value, void *param) { xon = 0; }

/* Port B is pins 8-13, C is A0-A5 (14-19), D is 0-7. */
static const int first_pin[3] = { 8, 14, 0 };
static const uint16_t ddr_addr[3] = { 0x24, 0x27, 0x2A };
static uint8_t last_port[3];
static void port_changed(struct avr_irq_t *irq, uint32_t value, void *param)
{
	int p = (int)(intptr_t)param;
	uint8_t changed = (last_port[p] ^ value) & avr->data[ddr_addr[p]];
	last_port[p] = value;
	for (int bit = 0; bit < 8; bit++)
		if (changed & (1 << bit))
			printf("pin %d %d %llu\n", first_pin[p] + bit, (value >> bit) & 1,
					(unsigned long long)(avr->cycle / (avr->frequency / 1000000)));
}

static void *read_pty(void *unused)
{
	uint8_t buf[256];
	struct pollfd in = { master, POLLIN, 0 };
	while (!stop) {
		if (poll(&in, 1, 20) <= 0)
			continue;
		ssize_t n = read(master, buf, sizeof buf);
		if (n <= 0) { usleep(2000); continue; } /* EIO: no client has the pty open */
		pthread_mutex_lock(&lock);
		for (ssize_t i = 0; i < n; i++) {
			uint8_t previous = last_in;
			last_in = buf[i];
			if (previous == 0x30 && buf[i] == 0x20 && avr->pc < BOOT_START) {
				reset_requested = 1; /* the sync: drop what the sketch was about to get */
				head = tail;
				continue;
			}
			ring[tail++ % RING] = buf[i];
		}
		pthread_mutex_unlock(&lock);
	}
	return NULL;
}

static uint64_t now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000ull + t.tv_nsec;
}

static void on_signal(int sig) { stop = 1; }

int main(int argc, char **argv)
{
	if (argc < 3) { fprintf(stderr, "usage: uno_sim BOOTLOADER.hex PTY_LINK [SKETCH.hex]\n"); return 2; }
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);

	avr = avr_make_mcu_by_name("atmega328p");
	if (!avr) { fprintf(stderr, "uno_sim: simavr has no atmega328p\n"); return 2; }
	avr_init(avr);
	avr->frequency = 16000000;
	load_hex(argv[1]);
	if (argc > 3)
		load_hex(argv[3]);
	avr->reset_pc = BOOT_START;
	avr->pc = BOOT_START;
	avr->codeend = avr->flashend;
	avr->data[MCUSR] = EXTRF;

	int slave;
	char name[128];
	if (openpty(&master, &slave, name, NULL, NULL) < 0) { perror("openpty"); return 2; }
	struct termios raw;
	tcgetattr(slave, &raw);
	cfmakeraw(&raw);
	tcsetattr(slave, TCSANOW, &raw);
	fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
	unlink(argv[2]);
	if (symlink(name, argv[2]) < 0) { perror("symlink"); return 2; }

	avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUTPUT), uart_out, NULL);
	avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XON), uart_xon, NULL);
	avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XOFF), uart_xoff, NULL);
	const char ports[3] = { 'B', 'C', 'D' };
	for (int p = 0; p < 3; p++)
		avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(ports[p]), IOPORT_IRQ_PIN_ALL),
				port_changed, (void *)(intptr_t)p);
	uint32_t flags = 0;
	avr_ioctl(avr, AVR_IOCTL_UART_GET_FLAGS('0'), &flags);
	flags &= ~AVR_UART_FLAG_STDIO; /* the pty is the only place the bytes go */
	avr_ioctl(avr, AVR_IOCTL_UART_SET_FLAGS('0'), &flags);
	avr_irq_t *uart_in = avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_INPUT);

	pthread_t reader;
	pthread_create(&reader, NULL, read_pty, NULL);
	printf("ready %s\n", argv[2]);

	/* Real time: a simulated second is a wall-clock second, so the bootloader's timeouts hold. */
	uint64_t start = now_ns(), last_cycle = 0, base_cycle = 0;
	while (!stop) {
		for (int i = 0; i < 2000; i++) {
			int state = avr_run(avr);
			if (state == cpu_Done || state == cpu_Crashed) {
				fprintf(stderr, "uno_sim: the AVR stopped (state %d) at pc 0x%x\n", state, avr->pc);
				return 3;
			}
		}
		if (reset_requested) { reset_requested = 0; reset_into_bootloader(); }
		pthread_mutex_lock(&lock);
		while (xon && head != tail)
			avr_raise_irq(uart_in, ring[head++ % RING]);
		pthread_mutex_unlock(&lock);
		if (avr->cycle < last_cycle) { start = now_ns(); base_cycle = avr->cycle; } /* a reset clears it */
		last_cycle = avr->cycle;
		uint64_t sim = (avr->cycle - base_cycle) * 1000000000ull / avr->frequency;
		uint64_t wall = now_ns() - start;
		if (sim > wall + 2000000) {
			uint64_t ahead = sim - wall;
			struct timespec d = { (time_t)(ahead / 1000000000ull), (long)(ahead % 1000000000ull) };
			nanosleep(&d, NULL);
		}
	}
	unlink(argv[2]);
	return 0;
}
