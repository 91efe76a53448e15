/*
 * BrainTS connectivity in C: the rules whose cost is per synapse at large scale. fixedProb draws
 * the gap to each next target from the geometric distribution with the counter-based generator
 * of runtime/random.ts (the same keys, so a network is the same on every machine); at 10^8
 * synapses JavaScript's loop spent its time in Math.log and bounds checks.
 */
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
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

/*
 * A fixed total of n synapses, each from a source and to a target drawn uniformly (NEST's
 * fixed_total_number with multapses and autapses): synapse x draws its pair from key ^ x, as
 * fixedTotal in runtime/connect.ts. Writes counts[i] (n_pre of them) and the targets, row after
 * row, each row in increasing order, into col (n of them): a counting sort by target, then a
 * stable one by source, so each row comes out sorted (two passes over the synapses; a qsort of
 * each row cost three times as much). Returns 0, or -1 when out of memory.
 */
int64_t braints_fixed_total(int64_t n, int64_t n_pre, int64_t n_post, uint32_t key, int32_t *counts, int32_t *col) {
  int32_t *pre = malloc(sizeof(int32_t) * (size_t)n), *post = malloc(sizeof(int32_t) * (size_t)n),
          *by_target = malloc(sizeof(int32_t) * (size_t)n);
  int64_t *at_post = calloc((size_t)n_post + 1, sizeof(int64_t)), *at_pre = malloc(sizeof(int64_t) * (size_t)n_pre);
  int64_t status = -1;
  if (!pre || !post || !by_target || !at_post || !at_pre) goto done;
  for (int64_t i = 0; i < n_pre; i++) counts[i] = 0;
  for (int64_t x = 0; x < n; x++) {
    uint32_t h = fmix32(key ^ (uint32_t)x);
    pre[x] = (int32_t)floor(unit_draw(h, 0) * (double)n_pre);
    post[x] = (int32_t)floor(unit_draw(h, 1) * (double)n_post);
    counts[pre[x]]++;
    at_post[post[x] + 1]++;
  }
  for (int64_t j = 0; j < n_post; j++) at_post[j + 1] += at_post[j];
  /* the sources, grouped by target; afterwards at_post[j] is where target j's group ends */
  for (int64_t x = 0; x < n; x++) by_target[at_post[post[x]]++] = pre[x];
  at_pre[0] = 0;
  for (int64_t i = 1; i < n_pre; i++) at_pre[i] = at_pre[i - 1] + counts[i - 1];
  for (int64_t j = 0, y = 0; j < n_post; j++)
    for (; y < at_post[j]; y++) col[at_pre[by_target[y]]++] = (int32_t)j;
  status = 0;
done:
  free(pre);
  free(post);
  free(by_target);
  free(at_post);
  free(at_pre);
  return status;
}
