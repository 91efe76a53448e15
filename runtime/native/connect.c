/*
 * BrainTS connectivity in C: the rules whose cost is per synapse at large scale. fixedProb draws
 * the gap to each next target (block by block of targets) from the geometric distribution with the counter-based generator
 * of runtime/random.ts (the same keys, so a network is the same on every machine); at 10^8
 * synapses JavaScript's loop spent its time in Math.log and bounds checks.
 */
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include "random.h"

/*
 * Fixed probability p (0 < p < 1) between each pair, drawn in blocks of FIXED_PROB_BLOCK target
 * neurons: the targets of row i in block b are drawn from a stream of their own (keyed by the row
 * and the block, never by how many processes run), by geometric gaps from the block's start. Each
 * pair is in independently with probability p (the gaps are memoryless, so restarting them at a
 * block's start changes nothing of the law), and a process draws only the blocks that overlap its
 * targets, so the network is the same for any number of processes and its drawing time falls with
 * their number.
 */
#define FIXED_PROB_BLOCK 65536

/* The stream of row i's targets in block b. */
static uint32_t block_stream(uint32_t key, int64_t i, int64_t b) {
  return fmix32(fmix32(key ^ (uint32_t)i) + 0x9e3779b9u * (uint32_t)(b + 1));
}

/*
 * Calls keep(j, data) for row i's targets j in [from, to) of block b, in increasing order (j = i
 * left out unless `self`); returns 0, or what keep returned when it stopped early (non-zero).
 */
static int row_block(int64_t i, int64_t b, int64_t n_post, double logq, uint32_t key, int32_t self, int64_t from,
                     int64_t to, int (*keep)(int64_t j, void *data), void *data) {
  const double start = (double)(b * FIXED_PROB_BLOCK), stop = fmin((double)n_post, start + FIXED_PROB_BLOCK);
  uint32_t stream = block_stream(key, i, b), draw = 0;
  /* the gap to the next target is floor(log(u) / log(1 - p)); a double holds j exactly, and an
     enormous gap (tiny p) ends the block without an overflowing conversion */
  for (double j = start + floor(log(unit_draw(stream, draw++)) / logq); j < stop;
       j += 1 + floor(log(unit_draw(stream, draw++)) / logq)) {
    if (j >= (double)to) break;
    if (j < (double)from || (!self && (int64_t)j == i)) continue;
    int stopped = keep((int64_t)j, data);
    if (stopped) return stopped;
  }
  return 0;
}

typedef struct {
  int32_t *col;
  int64_t total, capacity;
} Kept;

static int keep_target(int64_t j, void *data) {
  Kept *k = data;
  if (k->total == k->capacity) return 1;
  k->col[k->total++] = (int32_t)j;
  return 0;
}

/*
 * The targets in [post_begin, post_end) (all: 0, n_post; a process of a distributed run: its
 * neurons) of each presynaptic i, from the blocks overlapping them: writes counts[i] and the
 * targets, row after row, into col. Returns the number kept, or -1 when they would exceed
 * `capacity` (the caller then calls again with more room; rows already written are rewritten the same).
 */
int64_t braints_fixed_prob(int64_t n_pre, int64_t n_post, double p, uint32_t key, int32_t self, int64_t post_begin,
                           int64_t post_end, int32_t *counts, int32_t *col, int64_t capacity) {
  const double logq = log1p(-p);
  Kept k = {col, 0, capacity};
  const int64_t first = post_begin / FIXED_PROB_BLOCK, last = (post_end + FIXED_PROB_BLOCK - 1) / FIXED_PROB_BLOCK;
  for (int64_t i = 0; i < n_pre; i++) {
    int64_t before = k.total;
    for (int64_t b = first; b < last; b++)
      if (row_block(i, b, n_post, logq, key, self, post_begin, post_end, keep_target, &k)) return -1;
    counts[i] = (int32_t)(k.total - before);
  }
  return k.total;
}

typedef struct {
  int64_t begin, below, all;
} Places;

static int count_target(int64_t j, void *data) {
  Places *c = data;
  c->below += j < c->begin;
  c->all++;
  return 0;
}

/*
 * Where a process's targets lie in the whole rows (for per-synapse values keyed by the place in
 * the connector's list): before[i], row i's targets below post_begin, and whole[i], all of its
 * targets; draws every block (one process's cost). Returns the number of synapses of all rows.
 */
int64_t braints_fixed_prob_places(int64_t n_pre, int64_t n_post, double p, uint32_t key, int32_t self,
                                  int64_t post_begin, int32_t *before, int32_t *whole) {
  const double logq = log1p(-p);
  const int64_t blocks = (n_post + FIXED_PROB_BLOCK - 1) / FIXED_PROB_BLOCK;
  int64_t total = 0;
  for (int64_t i = 0; i < n_pre; i++) {
    Places c = {post_begin, 0, 0};
    for (int64_t b = 0; b < blocks; b++) row_block(i, b, n_post, logq, key, self, 0, n_post, count_target, &c);
    before[i] = (int32_t)c.below;
    whole[i] = (int32_t)c.all;
    total += c.all;
  }
  return total;
}
