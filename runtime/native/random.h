/*
 * The counter-based generator of runtime/random.ts in C, for the driver and the connectivity
 * rules: a draw depends only on its key words, so C, JavaScript and the kernels agree.
 */
#ifndef BRAINTS_RANDOM_H
#define BRAINTS_RANDOM_H
#include <stdint.h>

/* MurmurHash3's 32-bit finalizer: a bijection with full avalanche. */
static inline uint32_t fmix32(uint32_t h) {
  h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16;
  return h;
}

/* uniformDraw: a double in (0, 1) from 27 + 26 bits of two finalizations. */
static inline double unit_draw(uint32_t key, uint32_t counter) {
  uint32_t h = fmix32(key ^ counter);
  uint32_t a = fmix32(h ^ 0x1b873593u) >> 5, b = fmix32(h ^ 0xe6546b64u) >> 6;
  return ((double)a * 67108864.0 + (double)b + 0.5) / 9007199254740992.0;
}

#endif
