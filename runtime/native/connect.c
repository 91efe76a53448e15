/*
 * BrainTS connectivity in C: the rules whose cost is per synapse at large scale. fixedProb draws
 * the gap to each next target from the geometric distribution with the counter-based generator
 * of runtime/random.ts (the same keys, so a network is the same on every machine); at 10^8
 * synapses JavaScript's loop spent its time in Math.log and bounds checks.
 */
#include <stdint.h>
#include <math.h>
#include "random.h"

/*
 * Fixed probability p (0 < p < 1) between each pair: for each presynaptic i, the targets j in
 * increasing order, with j = i left out unless `self`. Keeps the targets in [post_begin, post_end)
 * (all: 0, n_post; a process of a distributed run: its neurons), the whole row drawn as on one
 * process: writes counts[i] (kept), before[i] (the row's targets below post_begin) and whole[i]
 * (all of the row's), and the kept targets, row after row, into col. Returns the number kept, or
 * -1 when they would exceed `capacity` (the caller then calls again with more room; rows already
 * written are rewritten the same).
 */
int64_t braints_fixed_prob(int64_t n_pre, int64_t n_post, double p, uint32_t key, int32_t self, int64_t post_begin,
                           int64_t post_end, int32_t *counts, int32_t *before, int32_t *whole, int32_t *col,
                           int64_t capacity) {
  const double logq = log1p(-p);
  int64_t total = 0;
  for (int64_t i = 0; i < n_pre; i++) {
    uint32_t row = fmix32(key ^ (uint32_t)i), draw = 0;
    int64_t kept = total;
    int32_t below = 0, all = 0;
    /* the gap to the next target is floor(log(u) / log(1 - p)); a double holds j exactly, and
       an enormous gap (tiny p) ends the row without an overflowing conversion */
    for (double j = floor(log(unit_draw(row, draw++)) / logq); j < (double)n_post;
         j += 1 + floor(log(unit_draw(row, draw++)) / logq)) {
      if (!self && (int64_t)j == i) continue;
      all++;
      if (j < (double)post_begin) {
        below++;
        continue;
      }
      if (j >= (double)post_end) continue;
      if (total == capacity) return -1;
      col[total++] = (int32_t)j;
    }
    counts[i] = (int32_t)(total - kept);
    before[i] = below;
    whole[i] = all;
  }
  return total;
}
