/*
 * BrainTS native driver: runs many simulation steps per call from JavaScript.
 *
 * The network is described by a plan: an array of int64 words written by runtime/plan.ts, holding
 * sizes and the addresses of the typed arrays JavaScript allocated (state lives in those arrays,
 * shared without copies). Each step, in this order (Brian2's order for a group's own variables):
 *   1. inputs add into current accumulators;
 *   2. state monitors record (every `period` steps);
 *   3. each group's kernel advances its neurons from t to t + dt, writes a spike flag per neuron,
 *      and clears its currents;
 *   4. spikes are gathered: counted, and appended to spike monitors as (t, i) pairs.
 * The call stops early, at a step boundary, when a kernel reports a non-finite state or a monitor
 * buffer could overflow; JavaScript then reports the error, or grows the buffer and calls again.
 */
#include <stdint.h>
#include <string.h>

typedef int32_t (*kernel_fn)(double **fields, const double *params, uint8_t *spiked, int64_t begin,
                             int64_t end, double t, double dt, int64_t step, uint32_t seed, uint32_t stream);

/* Provided by the per-network kernel table (see runtime/native.ts). */
extern kernel_fn braints_kernels[];

#define PLAN_VERSION 1

/* Each record is a run of int64 words; the field order is mirrored in runtime/plan.ts. */
typedef struct {
  int64_t kernel, n, fields, params, spiked, stream, spike_count, spike_monitor;
} GroupPlan;

typedef struct {
  int64_t target, n, indices, weights, signal, step0, signal_len;
} InputPlan;

typedef struct {
  int64_t source, indices, count, period, buffer, capacity, rows;
} StateMonitorPlan;

typedef struct {
  int64_t group, buffer, capacity, count;
} SpikeMonitorPlan;

typedef struct {
  int64_t version, n_groups, n_inputs, n_state_monitors, n_spike_monitors;
} PlanHeader;

enum { RUN_OK = 0, RUN_NOT_FINITE = 1, RUN_SPIKE_BUFFER_FULL = 2, RUN_STATE_BUFFER_FULL = 3, RUN_BAD_PLAN = 4 };

#define PTR(type, word) ((type *)(intptr_t)(word))

static void apply_input(const InputPlan *in, int64_t step) {
  int64_t k = step - in->step0;
  if (k < 0 || k >= in->signal_len) return;
  double v = PTR(double, in->signal)[k];
  double *cur = PTR(double, in->target);
  const int32_t *idx = PTR(int32_t, in->indices);
  const double *w = PTR(double, in->weights);
  if (!idx) {
    if (w) for (int64_t i = 0; i < in->n; i++) cur[i] += w[i] * v;
    else for (int64_t i = 0; i < in->n; i++) cur[i] += v;
  } else {
    for (int64_t j = 0; j < in->n; j++) cur[idx[j]] += w ? w[j] * v : v;
  }
}

static void record_state(StateMonitorPlan *m) {
  const double *src = PTR(double, m->source);
  const int32_t *idx = PTR(int32_t, m->indices);
  double *row = PTR(double, m->buffer) + m->rows * m->count;
  if (idx) for (int64_t j = 0; j < m->count; j++) row[j] = src[idx[j]];
  else memcpy(row, src, (size_t)m->count * sizeof(double));
  m->rows++;
}

/* Counts the spike flags of a group and appends (t, i) pairs to its monitor; skips 8 zero flags at a time. */
static int64_t gather_spikes(const GroupPlan *g, SpikeMonitorPlan *mon, double t) {
  const uint8_t *flags = PTR(uint8_t, g->spiked);
  int64_t n = g->n, found = 0, i = 0;
  double *out = mon ? PTR(double, mon->buffer) + 2 * mon->count : 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t word;
      memcpy(&word, flags + i, 8);
      if (!word) { i += 8; continue; }
    }
    int64_t stop = i + 8 < n ? i + 8 : n;
    for (; i < stop; i++) {
      if (!flags[i]) continue;
      if (out) { out[2 * found] = t; out[2 * found + 1] = (double)i; }
      found++;
    }
  }
  if (mon) mon->count += found;
  return found;
}

/*
 * Runs steps [step_begin, step_end). Returns the first step not run; status[0] is a RUN_* code and
 * status[1] the index of the group or monitor it concerns.
 */
int64_t braints_run(int64_t *plan, int64_t step_begin, int64_t step_end, double dt, uint32_t seed, int64_t *status) {
  PlanHeader *h = (PlanHeader *)plan;
  status[0] = RUN_OK;
  status[1] = -1;
  if (h->version != PLAN_VERSION) { status[0] = RUN_BAD_PLAN; return step_begin; }
  GroupPlan *groups = (GroupPlan *)(h + 1);
  InputPlan *inputs = (InputPlan *)(groups + h->n_groups);
  StateMonitorPlan *smon = (StateMonitorPlan *)(inputs + h->n_inputs);
  SpikeMonitorPlan *kmon = (SpikeMonitorPlan *)(smon + h->n_state_monitors);

  for (int64_t s = step_begin; s < step_end; s++) {
    /* stop before a step whose output might not fit, so nothing is ever dropped */
    for (int64_t m = 0; m < h->n_spike_monitors; m++) {
      if (kmon[m].capacity - kmon[m].count < groups[kmon[m].group].n) {
        status[0] = RUN_SPIKE_BUFFER_FULL; status[1] = m; return s;
      }
    }
    for (int64_t m = 0; m < h->n_state_monitors; m++) {
      if (s % smon[m].period == 0 && smon[m].rows >= smon[m].capacity) {
        status[0] = RUN_STATE_BUFFER_FULL; status[1] = m; return s;
      }
    }
    double t = (double)s * dt;
    for (int64_t k = 0; k < h->n_inputs; k++) apply_input(&inputs[k], s);
    for (int64_t m = 0; m < h->n_state_monitors; m++) {
      if (s % smon[m].period == 0) record_state(&smon[m]);
    }
    for (int64_t gi = 0; gi < h->n_groups; gi++) {
      GroupPlan *g = &groups[gi];
      int32_t bad = braints_kernels[g->kernel](PTR(double *, g->fields), PTR(const double, g->params), PTR(uint8_t, g->spiked),
                                               0, g->n, t, dt, s, seed, (uint32_t)g->stream);
      SpikeMonitorPlan *mon = g->spike_monitor >= 0 ? &kmon[g->spike_monitor] : 0;
      *PTR(int64_t, g->spike_count) += gather_spikes(g, mon, t);
      if (bad) { status[0] = RUN_NOT_FINITE; status[1] = gi; return s + 1; }
    }
  }
  return step_end;
}

/* The address of a typed array's memory, for the plan (JavaScript cannot take addresses itself). */
intptr_t braints_address(void *p) { return (intptr_t)p; }
