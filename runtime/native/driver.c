/*
 * BrainTS native driver: runs many simulation steps per call from JavaScript.
 *
 * The network is described by a plan: an array of int64 words written by runtime/plan.ts, holding
 * sizes and the addresses of the typed arrays JavaScript allocated (state lives in those arrays,
 * shared without copies). Each step, in this order (Brian2's order for a group's own variables):
 *   1. inputs add into current accumulators (events and Poisson counts may jump states instead),
 *      and synapses with per-target dynamics advance them
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
 * With several threads (the plan's `threads`, T), each group's neurons are cut into T shares (see
 * share_begin): thread t updates share t of every group and gathers its spikes, and delivers the
 * synapses whose targets lie in share t of the target group, taking from each spiking row the part
 * reaching its share (row_range). Every neuron, target and synapse thus has one thread, which does
 * its work in the single-threaded order: results are bit for bit those of one thread. Inputs and
 * per-target updates run in shares too, unless an input lists its neurons or events (then all inputs
 * run on thread 0) or a projection has everyStep (then all synapse dynamics do). State monitors,
 * everyStep and onPost always run on thread 0 while the others wait, and so does the delivery of
 * every projection when one of them cannot be cut by target (its onPre writes presynaptic state, or
 * a row visits the shares out of order).
 * The call stops early, at a step boundary, when a kernel reports a non-finite state or a monitor
 * buffer could overflow; JavaScript then reports the error, or grows the buffer and calls again.
 * A non-finite state is reported by the index of its group, or n_groups + the projection's index.
 */
#define _POSIX_C_SOURCE 200809L /* sched_yield */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include "random.h"
#include "poisson.h"

typedef int32_t (*kernel_fn)(double **fields, const double *params, uint8_t *spiked, int64_t begin,
                             int64_t end, double t, double dt, int64_t step, uint32_t seed, uint32_t stream);

/* onPre of the synapses rowBegin[i] .. rowEnd[i] - 1 of each spiking neuron i */
typedef int32_t (*rows_fn)(double **fields, const double *params, const int32_t *spikes, int64_t count,
                           const int32_t *row_begin, const int32_t *row_end, const int32_t *col, double t, double dt,
                           int64_t step, uint32_t seed, uint32_t stream);

/* onPre of the listed synapses ids[0 .. count - 1], synapse k from pre[k] to col[k] */
typedef int32_t (*ids_fn)(double **fields, const double *params, const int32_t *ids, int64_t count, const int32_t *pre,
                          const int32_t *col, double t, double dt, int64_t step, uint32_t seed, uint32_t stream);

/* everyStep: synapses 0 .. count - 1, synapse k from pre[k] to col[k]. */
typedef int32_t (*each_fn)(double **fields, const double *params, int64_t count, const int32_t *pre, const int32_t *col,
                           double t, double dt, int64_t step, uint32_t seed, uint32_t stream);

/* Provided by the per-network kernel table (see runtime/native.ts). */
extern void *braints_kernels[];

#define PLAN_VERSION 6

/* The most threads a plan may ask for. */
#define MAX_THREADS 64

/* Each record is a run of int64 words; the field order is mirrored in runtime/plan.ts. */
typedef struct {
  int64_t kernel, n, fields, params, spiked, stream, spike_count, spike_monitor;
  int64_t ring, ring_counts, ring_slots; /* int32[ring_slots * n], int64[ring_slots] */
} GroupPlan;

typedef struct {
  int64_t kernel_rows, kernel_ids, pre_group, fields, params, rowptr, col, pre_index;
  int64_t delay;  /* steps, or -1: per-synapse delays in `delays` (int32 steps) */
  int64_t delays;
  int64_t queue; /* address of `threads` cells, each the address of a thread's Queue (0 until used) */
  int64_t queue_slots, stream;
  int64_t kernel_post, post_group, colptr, csc_ids; /* onPost (kernel_post -1: none), by target (CSC) */
  int64_t kernel_update;                            /* per-target update(t, dt), or -1 */
  int64_t kernel_each, n_synapses;                  /* everyStep(t, dt) per synapse, or -1 */
  int64_t splits; /* int32[(threads - 1) * n_pre] from braints_row_splits, or 0: delivered by thread 0 */
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
  INPUT_POISSON = 3, /* target[i] += weight * Poisson(mean) per neuron: signal = {the mean's set-up, weight}, step0 = stream */
};

typedef struct {
  int64_t source, indices, count, period, buffer, capacity, rows;
} StateMonitorPlan;

typedef struct {
  int64_t group, buffer, capacity, count; /* buffer: int32 (step, neuron) pairs, capacity and count in pairs */
} SpikeMonitorPlan;

typedef struct {
  int64_t version, n_groups, n_inputs, n_state_monitors, n_spike_monitors, n_projections, threads;
} PlanHeader;

enum {
  RUN_OK = 0, RUN_NOT_FINITE = 1, RUN_SPIKE_BUFFER_FULL = 2, RUN_STATE_BUFFER_FULL = 3, RUN_BAD_PLAN = 4, RUN_OUT_OF_MEMORY = 5,
  RUN_NO_THREADS = 6
};

#define PTR(type, word) ((type *)(intptr_t)(word))

/*
 * The random stream of one of a projection's functions: onPre keeps the projection's own stream,
 * onPost, update and everyStep get their own (bit 24 up), so a synapse's draws in onPre are not
 * those of target neuron k in update. Mirrored by synapseStream in runtime/random.ts.
 */
enum { FN_ON_PRE = 0, FN_ON_POST = 1, FN_UPDATE = 2, FN_EVERY_STEP = 3 };
#define STREAM(p, fn) ((uint32_t)(p)->stream | ((uint32_t)(fn) << 24))

/*
 * Applies input `in` at `step` to its elements [begin, end) (the receiving neurons, in order; a
 * uniform current has one element). Events are applied whole, whatever the range.
 */
static void apply_input(const InputPlan *in, int64_t step, uint32_t seed, int64_t begin, int64_t end) {
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
    for (int64_t j = begin; j < end; j++) {
      int64_t i = idx ? idx[j] : j;
      cur[i] += par[BRAINTS_SETUP_SIZE] * poisson_count(fmix32(key ^ (uint32_t)i), par);
    }
    return;
  }
  int64_t k = step - in->step0;
  int in_signal = k >= 0 && k < in->signal_len;
  if (in->kind == INPUT_ASSIGN) {
    if (begin <= 0 && 0 < end) cur[0] = in_signal ? PTR(double, in->signal)[k] : 0;
    return;
  }
  if (!in_signal) return;
  double v = PTR(double, in->signal)[k];
  const double *w = PTR(double, in->weights);
  if (!idx) {
    if (w) for (int64_t i = begin; i < end; i++) cur[i] += w[i] * v;
    else for (int64_t i = begin; i < end; i++) cur[i] += v;
  } else {
    for (int64_t j = begin; j < end; j++) cur[idx[j]] += w ? w[j] * v : v;
  }
}

/* Whether input `in` can be applied in shares: each element a different neuron, drawn or added independently. */
static int input_in_shares(const InputPlan *in) {
  return in->kind != INPUT_EVENTS && !in->indices;
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
 * The first neuron of share t of a group of n neurons cut for T threads: equal shares, each
 * beginning at a multiple of 64 so that no two threads write the same cache line of a per-neuron
 * array (spike flags are bytes, 64 to a line). share_begin(n, T, T) is n.
 */
static int64_t share_begin(int64_t n, int64_t t, int64_t T) {
  return t >= T ? n : (n * t / T) & ~(int64_t)63;
}

/*
 * Cuts each row of a projection's CSR at the T thread shares of its target group: for t = 1 .. T - 1,
 * out[(t - 1) * n_pre + i] is the first synapse of row i whose target is in share t or a later one.
 * Returns 0 when a row lists a target of an earlier share after one of a later share: then the
 * projection cannot be cut, and thread 0 delivers it whole.
 */
int32_t braints_row_splits(const int32_t *rowptr, const int32_t *col, int64_t n_pre, int64_t n_post, int64_t T, int32_t *out) {
  if (T < 2 || T > MAX_THREADS) return 0;
  int64_t bound[MAX_THREADS + 1];
  for (int64_t t = 0; t <= T; t++) bound[t] = share_begin(n_post, t, T);
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

/* Where the rows of projection p begin and end for thread t of T (T = 1: whole rows). */
static void row_range(const ProjectionPlan *p, int64_t n_pre, int64_t t, int64_t T, const int32_t **begin, const int32_t **end) {
  const int32_t *rowptr = PTR(const int32_t, p->rowptr), *splits = PTR(const int32_t, p->splits);
  *begin = t == 0 ? rowptr : splits + (t - 1) * n_pre;
  *end = t == T - 1 ? rowptr + 1 : splits + t * n_pre;
}

/* Thread t's delay queue of projection p, made when first needed. */
static Queue *queue_of(ProjectionPlan *p, int64_t t) {
  Queue **cell = PTR(Queue *, p->queue) + t;
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

/* Frees a delay queue (called when JavaScript disposes of the network). */
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
 * Delivers the spikes that arrive at `step` through projection p, as thread `part` of `parts`
 * (parts = 1: all of it). Returns RUN_OK, RUN_NOT_FINITE when the synapse code made a state
 * non-finite, or RUN_OUT_OF_MEMORY.
 */
static int deliver(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed, int64_t part, int64_t parts) {
  if (p->kernel_rows < 0) return RUN_OK; /* no onPre: nothing happens when a spike arrives */
  GroupPlan *pre = &groups[p->pre_group];
  double **fields = PTR(double *, p->fields);
  const double *params = PTR(const double, p->params);
  const int32_t *col = PTR(const int32_t, p->col), *begin, *end;
  row_range(p, pre->n, part, parts, &begin, &end);
  if (p->delay >= 0) {
    int64_t from = step - p->delay;
    if (from < 0) return RUN_OK;
    int64_t slot = from % pre->ring_slots, count = PTR(int64_t, pre->ring_counts)[slot];
    if (!count) return RUN_OK;
    rows_fn rows = (rows_fn)braints_kernels[p->kernel_rows];
    int32_t bad = rows(fields, params, PTR(int32_t, pre->ring) + slot * pre->n, count, begin, end, col, t, dt, step, seed,
                       STREAM(p, FN_ON_PRE));
    return bad ? RUN_NOT_FINITE : RUN_OK;
  }
  Queue *q = queue_of(p, part);
  if (!q) return RUN_OUT_OF_MEMORY;
  /* queue the synapses of this step's spikes at their arrival steps */
  int64_t slot = step % pre->ring_slots, count = PTR(int64_t, pre->ring_counts)[slot];
  const int32_t *spikes = PTR(int32_t, pre->ring) + slot * pre->n, *delays = PTR(const int32_t, p->delays);
  for (int64_t s = 0; s < count; s++) {
    for (int32_t k = begin[spikes[s]]; k < end[spikes[s]]; k++) {
      if (!queue_push(q, (step + delays[k]) % q->slots, k)) return RUN_OUT_OF_MEMORY;
    }
  }
  int64_t now = step % q->slots;
  int32_t bad = 0;
  if (q->count[now]) {
    ids_fn ids = (ids_fn)braints_kernels[p->kernel_ids];
    bad = ids(fields, params, q->items[now], q->count[now], PTR(const int32_t, p->pre_index), col, t, dt, step, seed, STREAM(p, FN_ON_PRE));
    q->count[now] = 0;
  }
  return bad ? RUN_NOT_FINITE : RUN_OK;
}

/* Projection p's per-target update(t, dt) for its targets [begin, end); returns 1 when a state became non-finite. */
static int32_t update_targets(ProjectionPlan *p, int64_t begin, int64_t end, int64_t step, double t, double dt, uint32_t seed) {
  kernel_fn update = (kernel_fn)braints_kernels[p->kernel_update];
  return update(PTR(double *, p->fields), PTR(const double, p->params), 0, begin, end, t, dt, step, seed, STREAM(p, FN_UPDATE));
}

/* Projection p's everyStep(t, dt) for all its synapses; returns 1 when a state became non-finite. */
static int32_t every_step(ProjectionPlan *p, int64_t step, double t, double dt, uint32_t seed) {
  each_fn each = (each_fn)braints_kernels[p->kernel_each];
  return each(PTR(double *, p->fields), PTR(const double, p->params), p->n_synapses, PTR(const int32_t, p->pre_index),
              PTR(const int32_t, p->col), t, dt, step, seed, STREAM(p, FN_EVERY_STEP));
}

/* What the threads of one braints_run call share. */
typedef struct {
  PlanHeader *h;
  GroupPlan *groups;
  InputPlan *inputs;
  StateMonitorPlan *smon;
  SpikeMonitorPlan *kmon;
  ProjectionPlan *proj;
  int64_t step_end, threads;
  double dt;
  uint32_t seed;
  int parallel_inputs;   /* the inputs run in shares (there are some, and each can: input_in_shares) */
  int parallel_update;   /* the per-target updates run in shares (there are some, and no everyStep) */
  int parallel_delivery; /* every projection that delivers spikes has splits */
  int32_t **lists;       /* lists[t * n_groups + g]: where thread t > 0 lists the spikes of its share of group g */
  int64_t *found;        /* found[t * n_groups + g]: how many it found this step */
  /* per thread, its first failure: a RUN_* code and the group (index) or projection (n_groups + index) */
  int64_t fail_code[MAX_THREADS], fail_at[MAX_THREADS];
  int verdict[2]; /* whether a thread had failed at the last barrier of even and odd generation */
  atomic_int arrived, generation, sleepers; /* the barrier (team_wait) */
  pthread_mutex_t lock;
  pthread_cond_t wake;
  atomic_int go;                  /* 1 once every thread is started, -1 when one could not be */
  int stop;                       /* set by thread 0 before a barrier: every thread returns after it */
  int64_t reached, *status;
} Team;

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ volatile("yield");
#endif
}

/* Whether some thread has failed: each thread's failure is written once, before it arrives at a barrier. */
static int any_failure(const Team *tm) {
  for (int64_t u = 0; u < tm->threads; u++) if (tm->fail_code[u] != RUN_OK) return 1;
  return 0;
}

/*
 * Waits until every thread of the team has arrived; returns whether some thread had failed by
 * then. The last to arrive takes that verdict for all (a thread that read the failures itself after
 * leaving could see one made after the barrier by a thread already running on, and stop a phase
 * earlier than the rest). Spins for the few microseconds the usual wait between two phases takes,
 * then sleeps (when the machine has fewer free cores than threads, spinning would keep the awaited
 * thread off its core).
 */
static int team_wait(Team *tm) {
  if (tm->threads == 1) return any_failure(tm);
  int gen = atomic_load(&tm->generation);
  if (atomic_fetch_add(&tm->arrived, 1) == tm->threads - 1) {
    /* verdicts alternate: the next barrier's cannot be written before every thread has read this one */
    tm->verdict[gen & 1] = any_failure(tm);
    atomic_store(&tm->arrived, 0);
    atomic_fetch_add(&tm->generation, 1);
    if (atomic_load(&tm->sleepers)) {
      pthread_mutex_lock(&tm->lock);
      pthread_cond_broadcast(&tm->wake);
      pthread_mutex_unlock(&tm->lock);
    }
    return tm->verdict[gen & 1];
  }
  for (int spins = 0; spins < 1024; spins++) {
    if (atomic_load_explicit(&tm->generation, memory_order_acquire) != gen) return tm->verdict[gen & 1];
    cpu_relax();
  }
  /* seq_cst: either the last thread to arrive sees a sleeper, or the sleeper sees the new generation */
  atomic_fetch_add(&tm->sleepers, 1);
  pthread_mutex_lock(&tm->lock);
  while (atomic_load(&tm->generation) == gen) pthread_cond_wait(&tm->wake, &tm->lock);
  pthread_mutex_unlock(&tm->lock);
  atomic_fetch_sub(&tm->sleepers, 1);
  return tm->verdict[gen & 1];
}

static void fail(Team *tm, int64_t t, int64_t code, int64_t at) {
  if (tm->fail_code[t] == RUN_OK) { tm->fail_code[t] = code; tm->fail_at[t] = at; }
}

/*
 * After a barrier whose verdict (team_wait) is that a thread failed in step s: thread 0 reports the
 * failure of the first group or projection, as one thread running them in order would, and that
 * step s was the last one run. Every thread then returns.
 */
static int team_failed(Team *tm, int64_t t, int64_t s, int verdict) {
  if (!verdict) return 0;
  int64_t first = -1;
  for (int64_t u = 0; u < tm->threads; u++) {
    if (tm->fail_code[u] != RUN_OK && (first < 0 || tm->fail_at[u] < tm->fail_at[first])) first = u;
  }
  if (first < 0) return 0;
  if (t == 0) { tm->status[0] = tm->fail_code[first]; tm->status[1] = tm->fail_at[first]; tm->reached = s + 1; }
  return 1;
}

/* Whether a state monitor records at step s. */
static int records(const Team *tm, int64_t s) {
  for (int64_t m = 0; m < tm->h->n_state_monitors; m++) if (s % tm->smon[m].period == 0) return 1;
  return 0;
}

/* Recorded after everything that adds into this step's currents, before the neurons use them. */
static void record_states(Team *tm, int64_t s) {
  for (int64_t m = 0; m < tm->h->n_state_monitors; m++) if (s % tm->smon[m].period == 0) record_state(&tm->smon[m]);
}

/*
 * Thread 0, after the inputs: advances the synapses' own dynamics (they add into the currents the
 * neurons use now), then records.
 */
static void advance_synapses(Team *tm, int64_t s, double t) {
  for (int64_t k = 0; k < tm->h->n_projections; k++) {
    ProjectionPlan *p = &tm->proj[k];
    int32_t bad = p->kernel_update >= 0 && update_targets(p, 0, tm->groups[p->post_group].n, s, t, tm->dt, tm->seed);
    if (p->kernel_each >= 0) bad |= every_step(p, s, t, tm->dt, tm->seed);
    if (bad) { fail(tm, 0, RUN_NOT_FINITE, tm->h->n_groups + k); return; }
  }
  record_states(tm, s);
}

/*
 * Thread 0's start of step s: stops before a step whose output might not fit a monitor (so nothing
 * is ever dropped); then, unless the threads do them in shares, applies the inputs and advances
 * the synapses.
 */
static void prepare_step(Team *tm, int64_t s, double t) {
  PlanHeader *h = tm->h;
  for (int64_t m = 0; m < h->n_spike_monitors; m++) {
    if (tm->kmon[m].capacity - tm->kmon[m].count < tm->groups[tm->kmon[m].group].n) {
      tm->status[0] = RUN_SPIKE_BUFFER_FULL; tm->status[1] = m; tm->reached = s; tm->stop = 1; return;
    }
  }
  for (int64_t m = 0; m < h->n_state_monitors; m++) {
    if (s % tm->smon[m].period == 0 && tm->smon[m].rows >= tm->smon[m].capacity) {
      tm->status[0] = RUN_STATE_BUFFER_FULL; tm->status[1] = m; tm->reached = s; tm->stop = 1; return;
    }
  }
  if (tm->parallel_inputs) return;
  for (int64_t k = 0; k < h->n_inputs; k++) apply_input(&tm->inputs[k], s, tm->seed, 0, tm->inputs[k].n);
  if (!tm->parallel_update) advance_synapses(tm, s, t);
}

/* Lists the spiking neurons among flags[begin .. end - 1]; skips 32, then 8 zero flags at a time. */
static int64_t gather_share(const uint8_t *flags, int64_t begin, int64_t end, int32_t *list) {
  int64_t found = 0, i = begin;
  while (i < end) {
    if (i + 32 <= end) {
      /* most steps most neurons are silent: test 32 flags at once */
      uint64_t w[4];
      memcpy(w, flags + i, 32);
      if (!(w[0] | w[1] | w[2] | w[3])) { i += 32; continue; }
    }
    if (i + 8 <= end) {
      uint64_t word;
      memcpy(&word, flags + i, 8);
      if (!word) { i += 8; continue; }
    }
    int64_t stop = i + 8 < end ? i + 8 : end;
    for (; i < stop; i++) if (flags[i]) list[found++] = (int32_t)i;
  }
  return found;
}

/* The ring slot of group g for step s: its spiking neurons, in order. */
static int32_t *ring_slot(const GroupPlan *g, int64_t s) {
  return PTR(int32_t, g->ring) + (s % g->ring_slots) * g->n;
}

/* Thread t's list of the spikes of its share of group g: thread 0's is the start of the ring slot itself. */
static int32_t *share_list(const Team *tm, int64_t t, int64_t g, int64_t s) {
  return t == 0 ? ring_slot(&tm->groups[g], s) : tm->lists[t * tm->h->n_groups + g];
}

/*
 * Puts thread t's spikes of group g after those of threads 0 .. t - 1 in the ring slot and the
 * monitor (so both stay in neuron order); thread 0 sets the slot's count.
 */
static void publish_spikes(Team *tm, int64_t t, int64_t g, int64_t s) {
  const GroupPlan *gp = &tm->groups[g];
  const int64_t G = tm->h->n_groups;
  int64_t before = 0, total = 0;
  for (int64_t u = 0; u < tm->threads; u++) {
    if (u < t) before += tm->found[u * G + g];
    total += tm->found[u * G + g];
  }
  const int64_t mine = tm->found[t * G + g];
  const int32_t *list = share_list(tm, t, g, s);
  if (t > 0) memcpy(ring_slot(gp, s) + before, list, (size_t)mine * sizeof(int32_t));
  else PTR(int64_t, gp->ring_counts)[s % gp->ring_slots] = total;
  if (gp->spike_monitor >= 0) {
    const SpikeMonitorPlan *mon = &tm->kmon[gp->spike_monitor];
    int32_t *out = PTR(int32_t, mon->buffer) + 2 * (mon->count + before);
    for (int64_t j = 0; j < mine; j++) { out[2 * j] = (int32_t)s; out[2 * j + 1] = list[j]; }
  }
}

/* Thread 0, once every thread has published: counts the step's spikes into the groups' totals and monitors. */
static void count_spikes(Team *tm, int64_t s) {
  for (int64_t g = 0; g < tm->h->n_groups; g++) {
    GroupPlan *gp = &tm->groups[g];
    int64_t total = PTR(int64_t, gp->ring_counts)[s % gp->ring_slots];
    *PTR(int64_t, gp->spike_count) += total;
    if (gp->spike_monitor >= 0) tm->kmon[gp->spike_monitor].count += total;
  }
}

/*
 * The steps as thread t of the team runs them; with one thread, exactly the order of the header
 * comment. Barriers (team_wait) separate what one thread writes from what another then reads.
 */
static void run_team(Team *tm, int64_t t, int64_t step_begin) {
  PlanHeader *h = tm->h;
  const int64_t T = tm->threads, G = h->n_groups, P = h->n_projections;
  const double dt = tm->dt;
  const uint32_t seed = tm->seed;
  for (int64_t s = step_begin; s < tm->step_end; s++) {
    const double time = (double)s * dt;
    /* 1. inputs, synapse dynamics, state monitors */
    if (t == 0 && !tm->stop) prepare_step(tm, s, time);
    int failed = team_wait(tm);
    if (tm->stop || team_failed(tm, t, s, failed)) return;
    if (tm->parallel_inputs) {
      for (int64_t k = 0; k < h->n_inputs; k++) {
        const InputPlan *in = &tm->inputs[k];
        apply_input(in, s, seed, share_begin(in->n, t, T), share_begin(in->n, t + 1, T));
      }
      team_wait(tm);
      if (!tm->parallel_update) {
        if (t == 0) advance_synapses(tm, s, time);
        if (team_failed(tm, t, s, team_wait(tm))) return;
      }
    }
    if (tm->parallel_update) {
      for (int64_t k = 0; k < P; k++) {
        ProjectionPlan *p = &tm->proj[k];
        if (p->kernel_update < 0) continue;
        int64_t n = tm->groups[p->post_group].n;
        if (update_targets(p, share_begin(n, t, T), share_begin(n, t + 1, T), s, time, dt, seed)) fail(tm, t, RUN_NOT_FINITE, G + k);
      }
      if (team_failed(tm, t, s, team_wait(tm))) return;
      if (records(tm, s)) {
        if (t == 0) record_states(tm, s);
        team_wait(tm);
      }
    }
    /* 2. each thread's share of every group: the neuron update, then its spikes listed */
    for (int64_t g = 0; g < G; g++) {
      GroupPlan *gp = &tm->groups[g];
      int64_t begin = share_begin(gp->n, t, T), end = share_begin(gp->n, t + 1, T);
      uint8_t *flags = PTR(uint8_t, gp->spiked);
      if (begin < end) {
        kernel_fn update = (kernel_fn)braints_kernels[gp->kernel];
        if (update(PTR(double *, gp->fields), PTR(const double, gp->params), flags, begin, end, time, dt, s, seed, (uint32_t)gp->stream))
          fail(tm, t, RUN_NOT_FINITE, g);
      }
      tm->found[t * G + g] = gather_share(flags, begin, end, share_list(tm, t, g, s));
    }
    if (team_failed(tm, t, s, team_wait(tm))) return;
    for (int64_t g = 0; g < G; g++) publish_spikes(tm, t, g, s);
    team_wait(tm);
    /* 3. delivery: by each thread to its targets, or all by thread 0 (as part 0 of 1) */
    if (t == 0) count_spikes(tm, s);
    for (int64_t k = 0; k < P && (tm->parallel_delivery || t == 0); k++) {
      int code = deliver(&tm->proj[k], tm->groups, s, time, dt, seed, t, tm->parallel_delivery ? T : 1);
      if (code != RUN_OK) { fail(tm, t, code, G + k); break; }
    }
    if (team_failed(tm, t, s, team_wait(tm))) return;
    /* 4. plasticity at the synapses onto neurons that fired in this step (thread 0; a failure
       stops the others at the next barrier) */
    for (int64_t k = 0; k < P && t == 0; k++) {
      if (tm->proj[k].kernel_post >= 0 && deliver_post(&tm->proj[k], tm->groups, s, time, dt, seed)) {
        tm->status[0] = RUN_NOT_FINITE; tm->status[1] = G + k; tm->reached = s + 1; tm->stop = 1;
        break;
      }
    }
  }
}

typedef struct {
  Team *team;
  int64_t t, step_begin;
} Worker;

static void *run_worker(void *arg) {
  Worker *w = arg;
  int go;
  while (!(go = atomic_load_explicit(&w->team->go, memory_order_acquire))) sched_yield();
  if (go > 0) run_team(w->team, w->t, w->step_begin);
  return 0;
}

/* Thread t > 0's spike lists, one per group, each as long as its share. */
static int make_lists(Team *tm) {
  const int64_t G = tm->h->n_groups, T = tm->threads;
  tm->found = calloc((size_t)(T * G + 1), sizeof(int64_t));
  tm->lists = calloc((size_t)(T * G + 1), sizeof(int32_t *));
  if (!tm->found || !tm->lists) return 0;
  for (int64_t t = 1; t < T; t++) {
    for (int64_t g = 0; g < G; g++) {
      int64_t n = tm->groups[g].n, share = share_begin(n, t + 1, T) - share_begin(n, t, T);
      if (!(tm->lists[t * G + g] = malloc((size_t)(share + 1) * sizeof(int32_t)))) return 0;
    }
  }
  return 1;
}

static void free_lists(Team *tm) {
  if (tm->lists) for (int64_t j = 0; j < tm->threads * tm->h->n_groups; j++) free(tm->lists[j]);
  free(tm->lists);
  free(tm->found);
}

/*
 * Runs steps [step_begin, step_end) on the plan's number of threads (this one and threads - 1
 * started for the call). Returns the first step not run; status[0] is a RUN_* code and status[1]
 * the index of the monitor, group or projection (n_groups + its index) it concerns.
 */
int64_t braints_run(int64_t *plan, int64_t step_begin, int64_t step_end, double dt, uint32_t seed, int64_t *status) {
  PlanHeader *h = (PlanHeader *)plan;
  status[0] = RUN_OK;
  status[1] = -1;
  if (h->version != PLAN_VERSION || h->threads < 1 || h->threads > MAX_THREADS) { status[0] = RUN_BAD_PLAN; return step_begin; }
  Team tm = {.h = h, .step_end = step_end, .threads = h->threads, .dt = dt, .seed = seed, .reached = step_end, .status = status,
             .lock = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER};
  tm.groups = (GroupPlan *)(h + 1);
  tm.inputs = (InputPlan *)(tm.groups + h->n_groups);
  tm.smon = (StateMonitorPlan *)(tm.inputs + h->n_inputs);
  tm.kmon = (SpikeMonitorPlan *)(tm.smon + h->n_state_monitors);
  tm.proj = (ProjectionPlan *)(tm.kmon + h->n_spike_monitors);
  int any_update = 0, any_each = 0;
  tm.parallel_delivery = tm.threads > 1;
  for (int64_t k = 0; k < h->n_projections; k++) {
    any_update |= tm.proj[k].kernel_update >= 0;
    any_each |= tm.proj[k].kernel_each >= 0;
    if (tm.proj[k].kernel_rows >= 0 && !tm.proj[k].splits) tm.parallel_delivery = 0;
  }
  tm.parallel_update = tm.threads > 1 && any_update && !any_each;
  tm.parallel_inputs = tm.threads > 1 && h->n_inputs > 0;
  for (int64_t k = 0; k < h->n_inputs; k++) tm.parallel_inputs &= input_in_shares(&tm.inputs[k]);
  if (!make_lists(&tm)) { free_lists(&tm); status[0] = RUN_OUT_OF_MEMORY; return step_begin; }
  pthread_t threads[MAX_THREADS];
  Worker workers[MAX_THREADS];
  int64_t started = 1;
  for (; started < tm.threads; started++) {
    workers[started] = (Worker){&tm, started, step_begin};
    if (pthread_create(&threads[started], 0, run_worker, &workers[started])) break;
  }
  if (started == tm.threads) {
    atomic_store_explicit(&tm.go, 1, memory_order_release);
    run_team(&tm, 0, step_begin);
  } else {
    atomic_store_explicit(&tm.go, -1, memory_order_release);
    status[0] = RUN_NO_THREADS; status[1] = started;
    tm.reached = step_begin;
  }
  for (int64_t t = 1; t < started; t++) pthread_join(threads[t], 0);
  free_lists(&tm);
  return tm.reached;
}

/* The address of a typed array's memory, for the plan (JavaScript cannot take addresses itself). */
intptr_t braints_address(void *p) { return (intptr_t)p; }
