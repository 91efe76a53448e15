/*
 * How the threads divide the work: each group is cut into equal shares of neurons, and each row of
 * a projection where its targets pass into the next thread's share (braints_row_splits, computed
 * once when the network is built; JavaScript calls it through runtime/native.ts).
 */
#ifndef BRAINTS_SHARES_H
#define BRAINTS_SHARES_H
#include <stdint.h>
#include "internal.h"
#include "plan.h"

/*
 * The first neuron of share t of the neurons [begin, end) of a group (those of this process: all
 * of them on one process) cut for T threads: equal shares, each beginning at a multiple of 64 when
 * `begin` is one, so that no two threads write the same cache line of a per-neuron array (spike
 * flags are bytes, 64 to a line). share_begin(begin, end, T, T) is end.
 */
static inline int64_t share_begin(int64_t begin, int64_t end, int64_t t, int64_t T) {
  return t >= T ? end : begin + (((end - begin) * t / T) & ~(int64_t)63);
}

int32_t braints_row_splits(const int32_t *rowptr, const int32_t *col, int64_t n_pre, int64_t post_begin,
                           int64_t post_end, int64_t T, int32_t *out);

/* Where the rows of projection p begin and end for thread t of T (T = 1: whole rows). */
static inline void row_range(const ProjectionPlan *p, int64_t n_pre, int64_t t, int64_t T, const int32_t **begin,
                             const int32_t **end) {
  const int32_t *rowptr = PTR(const int32_t, p->rowptr), *splits = PTR(const int32_t, p->splits);
  *begin = t == 0 ? rowptr : splits + (t - 1) * n_pre;
  *end = t == T - 1 ? rowptr + 1 : splits + t * n_pre;
}

#endif
