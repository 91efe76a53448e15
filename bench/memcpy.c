/*
 * Memory-copy baseline for `npm run bench -- groups`: the time to stream the bytes one simulation
 * step must read and write, `reps` times. A step of a neuron kernel reads each state/current array
 * and writes it back, and writes a spike flag: about what a memcpy of the same number of bytes does
 * (it reads them once and writes them once). So this is a floor our run time can approach only when
 * the kernel is memory-bound; compute-bound kernels (Hodgkin-Huxley) stay far above it.
 *
 *   memcpy BYTES REPS   ->  prints the seconds for REPS copies of BYTES bytes
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: memcpy BYTES REPS\n");
    return 2;
  }
  size_t bytes = (size_t)strtoull(argv[1], 0, 10);
  long reps = strtol(argv[2], 0, 10);
  size_t alloc = (bytes + 63) / 64 * 64;
  unsigned char *a = aligned_alloc(64, alloc), *b = aligned_alloc(64, alloc);
  if (!a || !b) {
    fprintf(stderr, "out of memory\n");
    return 1;
  }
  memset(a, 1, alloc); /* touch every page first, as the simulator's arrays are before its run */
  memset(b, 2, alloc);
  memcpy(b, a, bytes);
  double t0 = now();
  for (long r = 0; r < reps; r++) {
    /* alternate the direction, and tell the compiler memory changed, so no copy can be elided */
    if (r & 1) memcpy(a, b, bytes);
    else memcpy(b, a, bytes);
    __asm__ volatile("" ::: "memory");
  }
  double s = now() - t0;
  printf("%.9f %d\n", s, a[bytes / 2] + b[bytes / 2]); /* the checksum keeps the buffers live */
  return 0;
}
