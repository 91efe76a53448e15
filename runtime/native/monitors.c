/*
 * State monitors (see monitors.h): thread 0 copies the columns into each monitor's buffer, of
 * doubles at any precision (a float32 network's values are widened, exactly).
 */
#include <string.h>
#include "monitors.h"
#include "kernel-abi.h"

static void record_state(StateMonitorPlan *m) {
  const real *src = PTR(real, m->source);
  const int32_t *idx = PTR(int32_t, m->indices);
  double *row = PTR(double, m->buffer) + m->rows * m->count;
  if (idx)
    for (int64_t j = 0; j < m->count; j++) row[j] = src[idx[j]];
  else if (sizeof(real) == sizeof(double)) memcpy(row, src, (size_t)m->count * sizeof(double));
  else
    for (int64_t j = 0; j < m->count; j++) row[j] = src[j];
  m->rows++;
}

int records(const Team *tm, int64_t s) {
  for (int64_t m = 0; m < tm->h->n_state_monitors; m++)
    if (s % tm->smon[m].period == 0) return 1;
  return 0;
}

void record_states(Team *tm, int64_t s) {
  for (int64_t m = 0; m < tm->h->n_state_monitors; m++)
    if (s % tm->smon[m].period == 0) record_state(&tm->smon[m]);
}
