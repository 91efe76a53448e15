/* Cutting a projection's rows at the thread shares of its target group (see shares.h). */
#include "shares.h"

/*
 * Cuts each row of a projection's CSR at the T thread shares of its target group's neurons
 * [post_begin, post_end) (this process's: every target of its rows is one of them): for t = 1 .. T - 1,
 * out[(t - 1) * n_pre + i] is the first synapse of row i whose target is in share t or a later one.
 * Returns 0 when a row lists a target of an earlier share after one of a later share: then the
 * projection cannot be cut, and thread 0 delivers it whole.
 */
int32_t braints_row_splits(const int32_t *rowptr, const int32_t *col, int64_t n_pre, int64_t post_begin,
                           int64_t post_end, int64_t T, int32_t *out) {
  if (T < 2 || T > MAX_THREADS) return 0;
  int64_t bound[MAX_THREADS + 1];
  for (int64_t t = 0; t <= T; t++) bound[t] = share_begin(post_begin, post_end, t, T);
  for (int64_t i = 0; i < n_pre; i++) {
    int64_t t = 1; /* the next cut to place: where share t begins */
    for (int32_t k = rowptr[i]; k < rowptr[i + 1]; k++) {
      if (col[k] < bound[t - 1]) return 0;
      while (t < T && col[k] >= bound[t]) out[(t++ - 1) * n_pre + i] = k;
    }
    while (t < T) out[(t++ - 1) * n_pre + i] = rowptr[i + 1];
  }
  return 1;
}
