/*
 * State monitors (see monitors.h): thread 0 copies the columns into each monitor's buffer, of
 * doubles at any precision (a float32 network's values are widened, exactly).
 */
#include "monitors.h"
#include "kernel-abi.h"

/* A row of the monitor: each column this process holds, the others 0 (the processes' rows are then OR-ed: runtime/distributed.ts). */
static void record_state(StateMonitorPlan *m) {
  const real *src = PTR(real, m->source);
  const int32_t *idx = PTR(int32_t, m->indices);
  double *row = PTR(double, m->buffer) + m->rows * m->count;
  for (int64_t j = 0; j < m->count; j++) {
    int64_t e = idx ? idx[j] : j;
    row[j] = e >= m->begin && e < m->end ? src[e] : 0;
  }
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
