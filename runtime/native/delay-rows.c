/*
 * Rows sorted by delay, for a projection with per-synapse delays (runtime/delay-rows.ts): each row
 * is reordered, stably, by delay, so that the synapses of one delay lie together, each delay's in
 * increasing target order. Delivery (synapses.c) then runs the spikes of step s - d through their
 * rows' segments of delay d, for every d, reading the synapses in memory order, instead of queueing
 * every synapse at its arrival step and reading it back out of order. Stable, so a target still
 * sums the inputs of a step in the order a queue filled step by step gives them (bit for bit).
 * Each delay's synapses are also cut where their targets pass into the next delivering thread's
 * share (shares.h), so that a thread finds its part of a segment in the bounds rather than by a
 * bisection per segment (whose mispredicted branches were a third of the microcircuit's delivery).
 * Targets increase along each delay's synapses, so the cuts move no synapse.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "parallel.h"
#include "shares.h"

typedef struct {
  int64_t n_pre;
  const int32_t *rowptr;
  const void *delays; /* uint16 (delay_bytes 2) or int32 (4), by row position before the sort */
  int32_t delay_bytes;
  int64_t shortest, span; /* the delays are shortest .. shortest + span - 1 */
  int64_t target_shares;  /* the delivering threads' shares each delay's synapses are cut into (1: uncut) */
  const int64_t
      *share_start; /* target_shares + 1: where each share of the targets begins (share_begin), then the end */
  int32_t *col;     /* the targets, checked to increase along each row before anything moves, then reordered */
  int32_t *order;   /* each synapse's index in the connector's list, reordered with the targets, or 0 */
  uint16_t *within; /* out, or 0: each synapse's place in its row before (may be `delays`: a row's are read first) */
  int32_t *bounds;  /* out: n_pre * (span * target_shares + 1), row i's synapses of delay shortest + d onto share t
                      of the targets from bounds[i * (span * target_shares + 1) + d * target_shares + t] to the next */
} Job;

enum { SORTED = 0, OUT_OF_MEMORY = 1, UNSORTED_ROW = 2 };

typedef struct {
  const Job *job;
  int64_t row_begin, row_end;
  int32_t status; /* SORTED, OUT_OF_MEMORY or UNSORTED_ROW */
} Share;

/* Whether the share's rows each list their targets in increasing order (the cuts at the threads' shares need it). */
static void *check_share(void *arg) {
  Share *s = arg;
  const int32_t *rowptr = s->job->rowptr, *col = s->job->col;
  for (int64_t i = s->row_begin; i < s->row_end; i++)
    for (int64_t k = rowptr[i] + 1; k < rowptr[i + 1]; k++)
      if (col[k] < col[k - 1]) s->status = UNSORTED_ROW;
  return 0;
}

static inline int64_t delay_at(const Job *j, int64_t k) {
  return j->delay_bytes == 2 ? ((const uint16_t *)j->delays)[k] : ((const int32_t *)j->delays)[k];
}

/* Moves a[r0 + x] to a[r0 + dest[x]] for the len synapses of a row, through `scratch`. */
static void reorder(int32_t *a, int64_t r0, int64_t len, const int32_t *dest, int32_t *scratch) {
  int32_t *row = a + r0;
  for (int64_t x = 0; x < len; x++) scratch[dest[x]] = row[x];
  memcpy(row, scratch, sizeof(int32_t) * (size_t)len);
}

static void *sort_share(void *arg) {
  Share *s = arg;
  const Job *j = s->job;
  const int64_t bins = j->span * j->target_shares, stride = bins + 1;
  int64_t room = 0;
  int32_t *dest = 0, *at = malloc(sizeof(int32_t) * (size_t)bins);
  int32_t *scratch = 0;
  s->status = at ? SORTED : OUT_OF_MEMORY;
  for (int64_t i = s->row_begin; i < s->row_end && s->status == SORTED; i++) {
    const int64_t r0 = j->rowptr[i], len = j->rowptr[i + 1] - r0;
    if (len > room) {
      room = len > 2 * room ? len : 2 * room;
      free(dest);
      free(scratch);
      dest = malloc(sizeof(int32_t) * (size_t)room);
      scratch = malloc(sizeof(int32_t) * (size_t)room);
      if (!dest || !scratch) {
        s->status = OUT_OF_MEMORY;
        break;
      }
    }
    /* a counting sort by bin (delay, then share of the targets; in dest first): each bin's first
       place, then each synapse's place after its bin's earlier ones */
    memset(at, 0, sizeof(int32_t) * (size_t)bins);
    for (int64_t x = 0, t = 0; x < len; x++) {
      while (t + 1 < j->target_shares && j->col[r0 + x] >= j->share_start[t + 1]) t++;
      dest[x] = (int32_t)((delay_at(j, r0 + x) - j->shortest) * j->target_shares + t);
      at[dest[x]]++;
    }
    int32_t first = (int32_t)r0;
    for (int64_t b = 0; b < bins; b++) {
      j->bounds[i * stride + b] = first;
      const int32_t here = at[b];
      at[b] = first - (int32_t)r0;
      first += here;
    }
    j->bounds[i * stride + bins] = first;
    for (int64_t x = 0; x < len; x++) dest[x] = at[dest[x]]++;
    reorder(j->col, r0, len, dest, scratch);
    if (j->order) reorder(j->order, r0, len, dest, scratch);
    if (j->within)
      for (int64_t x = 0; x < len; x++) j->within[r0 + dest[x]] = (uint16_t)x;
  }
  free(at);
  free(dest);
  free(scratch);
  return 0;
}

/*
 * Sorts the rows of a projection by delay (see above) on `threads` threads, each a share of the
 * rows holding about as many synapses: reorders the targets `col` and, where given, the list order
 * `order` (the per-synapse values are filled after the sort, runtime/delay-rows.ts); writes
 * `bounds`, each delay's synapses cut at the `target_shares` shares of the targets [post_begin,
 * post_end) that as many delivering threads take, and, where given, `within` (rows of at most
 * 65,536 synapses), which may be the uint16 delays themselves. Returns 0; 1 when out of memory (the
 * caller stops); or 2, changing nothing, when a row of `col` does not list its targets in
 * increasing order.
 */
int32_t braints_sort_rows_by_delay(int64_t n_pre, const int32_t *rowptr, int32_t *col, int32_t *order,
                                   const void *delays, int32_t delay_bytes, int64_t shortest, int64_t span,
                                   int64_t post_begin, int64_t post_end, int64_t target_shares, uint16_t *within,
                                   int32_t *bounds, int32_t threads) {
  int64_t share_start[MAX_THREADS + 1]; /* target_shares: 1 .. MAX_THREADS, as the run's threads */
  for (int64_t t = 0; t <= target_shares; t++) share_start[t] = share_begin(post_begin, post_end, t, target_shares);
  const Job job = {n_pre,         rowptr,      delays, delay_bytes, shortest, span,
                   target_shares, share_start, col,    order,       within,   bounds};
  Share shares[MAX_SHARES];
  const int64_t n = rowptr[n_pre], parts = share_count(threads, n);
  int64_t row = 0;
  for (int64_t t = 0; t < parts; t++) {
    /* rows until the share's end in synapses */
    const int64_t last = n * (t + 1) / parts;
    shares[t] = (Share){&job, row, row, SORTED};
    while (row < n_pre && (t == parts - 1 || rowptr[row + 1] <= last)) row++;
    shares[t].row_end = row;
  }
  run_shares(check_share, shares, sizeof(Share), parts);
  for (int64_t t = 0; t < parts; t++)
    if (shares[t].status != SORTED) return shares[t].status;
  run_shares(sort_share, shares, sizeof(Share), parts);
  for (int64_t t = 0; t < parts; t++)
    if (shares[t].status != SORTED) return shares[t].status;
  return SORTED;
}
