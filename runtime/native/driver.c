/*
 * BrainTS native driver: runs many simulation steps per call from JavaScript.
 *
 * The network is described by a plan: an array of int64 words written by runtime/plan.ts, holding
 * sizes and the addresses of the typed arrays JavaScript allocated (state lives in those arrays,
 * shared without copies). Each step, in this order (Brian2's order for a group's own variables):
 *   1. inputs add into current accumulators, and synapses with per-target dynamics advance them
 *      (their update(t, dt) runs per postsynaptic neuron and may add into its currents); then
 *      synapses with everyStep(t, dt) run it for every synapse (gap junctions add into currents);
 *   2. state monitors record (every `period` steps);
 *   3. each group's kernel advances its neurons from t to t + dt, writes a spike flag per neuron,
 *      and clears its currents;
 *   4. spikes are gathered: counted, appended to spike monitors as (t, i) pairs, and listed in the
 *      group's spike ring (one slot per step of the longest delay that leaves the group);
 *   5. projections deliver the spikes whose delay has passed: with one delay for the projection,
 *      the ring slot of `delay` steps ago is handed to the synapse kernel row by row; with
 *      per-synapse delays, each new spike's synapses are queued for their arrival step and the
 *      current step's queue is handed to the kernel as synapse indices.
 *   6. projections with onPost run it for the synapses onto the neurons that spiked in this step.
 * Brian2 delivers spikes with delay 0 in the step they are emitted, after the neuron updates;
 * so does this loop.
 * The call stops early, at a step boundary, when a kernel reports a non-finite state or a monitor
 * buffer could overflow; JavaScript then reports the error, or grows the buffer and calls again.
 * A non-finite state is reported by the index of its group, or n_groups + the projection's index.
 */
#include <stdint.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include "random.h"

typedef int32_t (*kernel_fn)(double **fields, const double *params, uint8_t *spiked, int64_t begin,
                             int64_t end, double t, double dt, int64_t step, uint32_t seed, uint32_t stream);

typedef int32_t (*synapse_fn)(double **fields, const double *params, const int32_t *items, int64_t count,
                              const int32_t *by, const int32_t *col, double t, double dt, int64_t step,
                              uint32_t seed, uint32_t stream);

/* everyStep: synapses 0 .. count - 1, synapse k from pre[k] to col[k]. */
typedef int32_t (*each_fn)(double **fields, const double *params, int64_t count, const int32_t *pre, const int32_t *col,
                           double t, double dt, int64_t step, uint32_t seed, uint32_t stream);

/* Provided by the per-network kernel table (see runtime/native.ts). */
extern void *braints_kernels[];

#define PLAN_VERSION 5

/* Each record is a run of int64 words; the field order is mirrored in runtime/plan.ts. */
typedef struct {
  int64_t kernel, n, fields, params, spiked, stream, spike_count, spike_monitor;
  int64_t ring, ring_counts, ring_slots; /* int32[ring_slots * n], int64[ring_slots] */
} GroupPlan;

typedef struct {
  int64_t kernel_rows, kernel_ids, pre_group, fields, params, rowptr, col, pre_index;
  int64_t delay;  /* steps, or -1: per-synapse delays in `delays` (int32 steps) */
  int64_t delays, queue, queue_slots, stream;
  int64_t kernel_post, post_group, colptr, csc_ids; /* onPost (kernel_post -1: none), by target (CSC) */
  int64_t kernel_update;                            /* per-target update(t, dt), or -1 */
  int64_t kernel_each, n_synapses;                  /* everyStep(t, dt) per synapse, or -1 */
} ProjectionPlan;

typedef int32_t (*post_fn)(double **fields, const double *params, const int32_t *spikes, int64_t count,
                           const int32_t *colptr, const int32_t *ids, const int32_t *pre, double t, double dt,
                           int64_t step, uint32_t seed, uint32_t stream);

/* Synapse indices waiting for their arrival step, one bucket per step modulo `slots`. */
typedef struct {
  int64_t slots;
  int64_t *count, *cap;
  int32_t **items;
} Queue;

typedef struct {
  int64_t target, n, indices, weights, signal, step0, signal_len;
  int64_t kind;  /* an INPUT_* value */
  int64_t state; /* events: address of the int64 cursor into the event list, kept across calls */
} InputPlan;

enum {
  INPUT_ADD = 0,     /* target[i] += weight_i * signal[step] */
  INPUT_ASSIGN = 1,  /* target[0] = signal[step]: the one value of a uniform current */
  INPUT_EVENTS = 2,  /* target[indices[e]] += weights[e] for the events e whose step (signal[e]) is now */
  INPUT_POISSON = 3, /* target[i] += weight * Poisson(lambda) per neuron: signal = {lambda, weight}, step0 = stream */
};

typedef struct {
  int64_t source, indices, count, period, buffer, capacity, rows;
} StateMonitorPlan;

typedef struct {
  int64_t group, buffer, capacity, count; /* buffer: int32 (step, neuron) pairs, capacity and count in pairs */
} SpikeMonitorPlan;

typedef struct {
  int64_t version, n_groups, n_inputs, n_state_monitors, n_spike_monitors, n_projections;
} PlanHeader;

enum { RUN_OK = 0, RUN_NOT_FINITE = 1, RUN_SPIKE_BUFFER_FULL = 2, RUN_STATE_BUFFER_FULL = 3, RUN_BAD_PLAN = 4, RUN_OUT_OF_MEMORY = 5 };

#define PTR(type, word) ((type *)(intptr_t)(word))

/*
 * The random stream of one of a projection's functions: onPre keeps the projection's own stream,
 * onPost, update and everyStep get their own (bit 24 up), so a synapse's draws in onPre are not
 * those of target neuron k in update. Mirrored by synapseStream in runtime/random.ts.
 */
enum { FN_ON_PRE = 0, FN_ON_POST = 1, FN_UPDATE = 2, FN_EVERY_STEP = 3 };
#define STREAM(p, fn) ((uint32_t)(p)->stream | ((uint32_t)(fn) << 24))

/* A Poisson count with mean lambda: multiplying uniforms (Knuth) below 30, a rounded normal above. */
static double poisson_draw(uint32_t key, double lambda) {
  if (lambda <= 0) return 0;
  if (lambda > 30) {
    double u1 = unit_draw(key, 0), u2 = unit_draw(key, 1);
    double z = sqrt(-2 * log(u1)) * cos(6.283185307179586 * u2);
    double k = floor(lambda + sqrt(lambda) * z + 0.5);
    return k < 0 ? 0 : k;
  }
  double limit = exp(-lambda), p = 1;
  uint32_t k = 0;
  for (;;) {
    p *= unit_draw(key, k);
    if (p <= limit) return (double)k;
    k++;
  }
}

static void apply_input(const InputPlan *in, int64_t step, uint32_t seed) {
  double *cur = PTR(double, in->target);
  const int32_t *idx = PTR(int32_t, in->indices);
  if (in->kind == INPUT_EVENTS) {
    int64_t *cursor = PTR(int64_t, in->state);
    const double *at = PTR(double, in->signal), *values = PTR(double, in->weights);
    while (*cursor < in->signal_len && at[*cursor] <= (double)step) {
      if (at[*cursor] == (double)step) cur[idx[*cursor]] += values[*cursor];
      (*cursor)++;
    }
    return;
  }
  if (in->kind == INPUT_POISSON) {
    const double *par = PTR(double, in->signal);
    uint32_t key = fmix32(fmix32(fmix32(seed + 0x9e3779b9u) ^ (uint32_t)in->step0) ^ (uint32_t)step);
    for (int64_t j = 0; j < in->n; j++) {
      int64_t i = idx ? idx[j] : j;
      cur[i] += par[1] * poisson_draw(fmix32(key ^ (uint32_t)i), par[0]);
    }
    return;
  }
  int64_t k = step - in->step0;
  if (k < 0 || k >= in->signal_len) {
    if (in->kind == INPUT_ASSIGN) cur[0] = 0;
    return;
  }
  double v = PTR(double, in->signal)[k];
  if (in->kind == INPUT_ASSIGN) { cur[0] = v; return; }
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

/*
 * Lists the spiking neurons of a group in its ring slot for this step, and appends (step, i)
 * pairs to its monitor; skips 32, then 8 zero flags at a time.
 */
static int64_t gather_spikes(const GroupPlan *g, SpikeMonitorPlan *mon, int64_t step) {
  const uint8_t *flags = PTR(uint8_t, g->spiked);
  int64_t n = g->n, found = 0, i = 0, slot = step % g->ring_slots;
  int32_t *list = PTR(int32_t, g->ring) + slot * n;
  int32_t *out = mon ? PTR(int32_t, mon->buffer) + 2 * mon->count : 0;
  while (i < n) {
    if (i + 32 <= n) {
      /* most steps most neurons are silent: test 32 flags at once */
      uint64_t w[4];
      memcpy(w, flags + i, 32);
      if (!(w[0] | w[1] | w[2] | w[3])) { i += 32; continue; }
    }
    if (i + 8 <= n) {
      uint64_t word;
      memcpy(&word, flags + i, 8);
      if (!word) { i += 8; continue; }
    }
    int64_t stop = i + 8 < n ? i + 8 : n;
    for (; i < stop; i++) {
      if (!flags[i]) continue;
      if (out) { out[2 * found] = (int32_t)step; out[2 * found + 1] = (int32_t)i; }
      list[found++] = (int32_t)i;
    }
  }
  PTR(int64_t, g->ring_counts)[slot] = found;
  if (mon) mon->count += found;
  return found;
}

static Queue *queue_of(ProjectionPlan *p) {
  Queue **cell = PTR(Queue *, p->queue);
  if (*cell) return *cell;
  Queue *q = calloc(1, sizeof(Queue));
  if (!q) return 0;
  q->slots = p->queue_slots;
  q->count = calloc((size_t)q->slots, sizeof(int64_t));
  q->cap = calloc((size_t)q->slots, sizeof(int64_t));
  q->items = calloc((size_t)q->slots, sizeof(int32_t *));
  if (!q->count || !q->cap || !q->items) return 0;
  *cell = q;
  return q;
}

static int queue_push(Queue *q, int64_t slot, int32_t k) {
  if (q->count[slot] == q->cap[slot]) {
    int64_t cap = q->cap[slot] ? 2 * q->cap[slot] : 1024;
    int32_t *items = realloc(q->items[slot], (size_t)cap * sizeof(int32_t));
    if (!items) return 0;
    q->items[slot] = items;
    q->cap[slot] = cap;
  }
  q->items[slot][q->count[slot]++] = k;
  return 1;
}

/* Frees a projection's queue (called when JavaScript disposes of the network). */
void braints_free_queue(void *queue) {
  Queue *q = queue;
  if (!q) return;
  for (int64_t s = 0; s < q->slots; s++) free(q->items[s]);
  free(q->items); free(q->count); free(q->cap); free(q);
}

/* Runs onPost for the synapses onto the neurons of the target group that spiked in `step`; returns 1 when a state became non-finite. */
static int32_t deliver_post(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed) {
  GroupPlan *post = &groups[p->post_group];
  int64_t slot = step % post->ring_slots, count = PTR(int64_t, post->ring_counts)[slot];
  if (!count) return 0;
  post_fn f = (post_fn)braints_kernels[p->kernel_post];
  return f(PTR(double *, p->fields), PTR(const double, p->params), PTR(int32_t, post->ring) + slot * post->n, count,
    PTR(const int32_t, p->colptr), PTR(const int32_t, p->csc_ids), PTR(const int32_t, p->pre_index), t, dt, step, seed, STREAM(p, FN_ON_POST));
}

/*
 * Delivers the spikes that arrive at `step` through projection p. Returns RUN_OK, RUN_NOT_FINITE
 * when the synapse code made a state non-finite, or RUN_OUT_OF_MEMORY.
 */
static int deliver(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed) {
  if (p->kernel_rows < 0) return RUN_OK; /* no onPre: nothing happens when a spike arrives */
  GroupPlan *pre = &groups[p->pre_group];
  double **fields = PTR(double *, p->fields);
  const double *params = PTR(const double, p->params);
  const int32_t *col = PTR(const int32_t, p->col);
  if (p->delay >= 0) {
    int64_t from = step - p->delay;
    if (from < 0) return RUN_OK;
    int64_t slot = from % pre->ring_slots, count = PTR(int64_t, pre->ring_counts)[slot];
    if (!count) return RUN_OK;
    synapse_fn rows = (synapse_fn)braints_kernels[p->kernel_rows];
    int32_t bad = rows(fields, params, PTR(int32_t, pre->ring) + slot * pre->n, count, PTR(const int32_t, p->rowptr), col, t, dt, step,
                       seed, STREAM(p, FN_ON_PRE));
    return bad ? RUN_NOT_FINITE : RUN_OK;
  }
  Queue *q = queue_of(p);
  if (!q) return RUN_OUT_OF_MEMORY;
  /* queue the synapses of this step's spikes at their arrival steps */
  int64_t slot = step % pre->ring_slots, count = PTR(int64_t, pre->ring_counts)[slot];
  const int32_t *spikes = PTR(int32_t, pre->ring) + slot * pre->n;
  const int32_t *rowptr = PTR(const int32_t, p->rowptr), *delays = PTR(const int32_t, p->delays);
  for (int64_t s = 0; s < count; s++) {
    for (int32_t k = rowptr[spikes[s]]; k < rowptr[spikes[s] + 1]; k++) {
      if (!queue_push(q, (step + delays[k]) % q->slots, k)) return RUN_OUT_OF_MEMORY;
    }
  }
  int64_t now = step % q->slots;
  int32_t bad = 0;
  if (q->count[now]) {
    synapse_fn ids = (synapse_fn)braints_kernels[p->kernel_ids];
    bad = ids(fields, params, q->items[now], q->count[now], PTR(const int32_t, p->pre_index), col, t, dt, step, seed, STREAM(p, FN_ON_PRE));
    q->count[now] = 0;
  }
  return bad ? RUN_NOT_FINITE : RUN_OK;
}

/* Phase 1 of a step for projection p: its per-target update, then its per-synapse everyStep. Returns 1 when a state became non-finite. */
static int32_t advance_synapses(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed) {
  int32_t bad = 0;
  if (p->kernel_update >= 0) {
    kernel_fn update = (kernel_fn)braints_kernels[p->kernel_update];
    bad |= update(PTR(double *, p->fields), PTR(const double, p->params), 0, 0, groups[p->post_group].n, t, dt, step, seed, STREAM(p, FN_UPDATE));
  }
  if (p->kernel_each >= 0) {
    each_fn each = (each_fn)braints_kernels[p->kernel_each];
    bad |= each(PTR(double *, p->fields), PTR(const double, p->params), p->n_synapses, PTR(const int32_t, p->pre_index),
                PTR(const int32_t, p->col), t, dt, step, seed, STREAM(p, FN_EVERY_STEP));
  }
  return bad;
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
  ProjectionPlan *proj = (ProjectionPlan *)(kmon + h->n_spike_monitors);

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
    for (int64_t k = 0; k < h->n_inputs; k++) apply_input(&inputs[k], s, seed);
    /* synapses' per-target and per-synapse dynamics first: they add into the currents the neurons use now */
    for (int64_t k = 0; k < h->n_projections; k++) {
      if (advance_synapses(&proj[k], groups, s, t, dt, seed)) { status[0] = RUN_NOT_FINITE; status[1] = h->n_groups + k; return s + 1; }
    }
    /* recorded after everything that adds into this step's currents, before the neurons use them */
    for (int64_t m = 0; m < h->n_state_monitors; m++) {
      if (s % smon[m].period == 0) record_state(&smon[m]);
    }
    int64_t bad_group = -1;
    for (int64_t gi = 0; gi < h->n_groups; gi++) {
      GroupPlan *g = &groups[gi];
      kernel_fn update = (kernel_fn)braints_kernels[g->kernel];
      int32_t bad = update(PTR(double *, g->fields), PTR(const double, g->params), PTR(uint8_t, g->spiked), 0, g->n, t, dt, s, seed, (uint32_t)g->stream);
      SpikeMonitorPlan *mon = g->spike_monitor >= 0 ? &kmon[g->spike_monitor] : 0;
      *PTR(int64_t, g->spike_count) += gather_spikes(g, mon, s);
      if (bad && bad_group < 0) bad_group = gi;
    }
    if (bad_group >= 0) { status[0] = RUN_NOT_FINITE; status[1] = bad_group; return s + 1; }
    for (int64_t k = 0; k < h->n_projections; k++) {
      int code = deliver(&proj[k], groups, s, t, dt, seed);
      if (code != RUN_OK) { status[0] = code; status[1] = code == RUN_NOT_FINITE ? h->n_groups + k : k; return s + 1; }
    }
    /* then plasticity at the synapses onto neurons that fired in this step */
    for (int64_t k = 0; k < h->n_projections; k++) {
      if (proj[k].kernel_post >= 0 && deliver_post(&proj[k], groups, s, t, dt, seed)) {
        status[0] = RUN_NOT_FINITE; status[1] = h->n_groups + k; return s + 1;
      }
    }
  }
  return step_end;
}

/* The address of a typed array's memory, for the plan (JavaScript cannot take addresses itself). */
intptr_t braints_address(void *p) { return (intptr_t)p; }
