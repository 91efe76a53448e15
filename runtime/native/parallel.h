/*
 * The build's per-synapse work in C (fixed-total.c, synapse-values.c) on several threads: how many
 * contiguous shares a job of n elements is cut into, and one pass over the shares, each on a
 * thread of its own. These libraries are called between runs, so they start threads of their own
 * rather than the driver's team (team.h).
 */
#ifndef BRAINTS_PARALLEL_H
#define BRAINTS_PARALLEL_H
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#define MAX_SHARES 64

/* The shares of n elements on `threads` threads: 1 to MAX_SHARES, and none of under 65,536 elements' worth (a thread costs more). */
static inline int64_t share_count(int32_t threads, int64_t n) {
  int64_t parts = threads < 1 ? 1 : threads > MAX_SHARES ? MAX_SHARES : threads;
  return parts > n / 65536 + 1 ? n / 65536 + 1 : parts;
}

/*
 * Runs fn on each of `parts` shares (an array of them, `size` bytes each) and returns when all are
 * done: share 0 on this thread, and any share whose thread cannot be started here too.
 */
static inline void run_shares(void *(*fn)(void *), void *shares, size_t size, int64_t parts) {
  pthread_t ids[MAX_SHARES];
  int started[MAX_SHARES] = {0};
  for (int64_t t = 1; t < parts; t++) started[t] = pthread_create(&ids[t], 0, fn, (char *)shares + t * size) == 0;
  for (int64_t t = 0; t < parts; t++)
    if (!started[t]) fn((char *)shares + t * size);
  for (int64_t t = 1; t < parts; t++)
    if (started[t]) pthread_join(ids[t], 0);
}

#endif
