/*
 * BrainTS native driver: runs many simulation steps per call from JavaScript (braints_run).
 *
 * The network is described by a plan (contract/plan-layout.ts; its C form plan.h is generated): an
 * array of int64 words written by runtime/plan.ts, holding sizes and the addresses of the typed
 * arrays JavaScript allocated (state lives in those arrays, shared without copies). Each step runs
 * the phases of contract/step-order.ts, in its order: inputs, synapseDynamics, stateMonitors,
 * neurons, spikeGathering, delivery, onPost (what each does is documented there).
 * The parts, one job to a file: inputs.c applies the inputs, neurons.c calls a group's kernel (once per
 * instance where a group holds several instances of a network), synapses.c calls a projection's
 * synapse kernels (with queue.c's delay queues), spikes.c gathers spikes, monitors.c records
 * state monitors, team.c holds the barrier between phases, shares.h cuts groups and rows into the
 * threads' shares; this file runs the steps.
 *
 * With several threads (the plan's `threads`, T), each group's neurons are cut into T shares (see
 * share_begin): thread t updates share t of every group and gathers its spikes, and delivers the
 * synapses whose targets lie in share t of the target group, taking from each spiking row the part
 * reaching its share (row_range; in rows sorted by delay, the part of each delay's segment, cut in
 * the bounds or found by bisection: synapses.c); or, where the target groups were dealt whole to
 * the threads (delivered_by: runtime/deal-targets.ts), thread t delivers every synapse onto its
 * groups, whole rows and segments. Every neuron, target and synapse thus has one thread, which does
 * its work in the single-threaded order: results are bit for bit those of one thread. Inputs and
 * per-target updates run in shares too, unless an input lists its neurons or events (then all inputs
 * run on thread 0) or a projection has everyStep (then all synapse dynamics do). State monitors,
 * everyStep and onPost always run on thread 0 while the others wait, and so does the delivery of
 * every projection when one of them can be neither cut by target nor dealt (its onPre writes
 * presynaptic state, or a row visits the shares out of order and its target group is not dealt).
 * With several processes (MPI: runtime/mpi.ts), each updates its own range of every group's neurons
 * (GroupPlan begin .. end; the threads cut that range) and holds the synapses onto them; after the
 * spikes of a step are gathered, the plan's exchange functions (runtime/native/mpi/exchange.c, at the
 * steps of exchange-steps.c: every step, or once per minimum delay) make each ring slot list the
 * spikes of every process, in neuron order, before they are delivered.
 * The call stops early, at a step boundary, when a kernel reports a non-finite state or a monitor
 * buffer could overflow; JavaScript then reports the error, or grows the buffer and calls again.
 * A non-finite state is reported by the index of its group, or n_groups + the projection's index.
 */
#define _POSIX_C_SOURCE 200809L /* sched_yield */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include "internal.h"
#include "plan.h"
#include "inputs.h"
#include "monitors.h"
#include "neurons.h"
#include "shares.h"
#include "spikes.h"
#include "exchange-steps.h"
#include "synapses.h"
#include "team.h"

/*
 * Thread 0, after the inputs: advances the synapses' own dynamics (step phase synapseDynamics: they
 * add into the currents the neurons use now), then records (stateMonitors).
 */
static void advance_synapses(Team *tm, int64_t s, double t) {
  for (int64_t k = 0; k < tm->h->n_projections; k++) {
    ProjectionPlan *p = &tm->proj[k];
    int32_t bad = p->kernel_update >= 0 && update_targets(p, tm->groups[p->post_group].begin,
                                                          tm->groups[p->post_group].end, s, t, tm->dt, tm->seed);
    if (p->kernel_each >= 0) bad |= every_step(p, s, t, tm->dt, tm->seed);
    if (bad) {
      fail(tm, 0, RUN_NOT_FINITE, tm->h->n_groups + k);
      return;
    }
  }
  record_states(tm, s);
}

/* Whether every spike monitor has room for `steps` steps in which each neuron of its group spikes. */
static int spike_room(const Team *tm, int64_t steps) {
  for (int64_t m = 0; m < tm->h->n_spike_monitors; m++)
    if (tm->kmon[m].capacity - tm->kmon[m].room < steps * tm->groups[tm->kmon[m].group].n) return 0;
  return 1;
}

/*
 * Thread 0's start of step s: stops before a step whose output might not fit a monitor (so nothing
 * is ever dropped); then, unless the threads do them in shares, applies the inputs and advances
 * the synapses.
 */
static void prepare_step(Team *tm, int64_t s, double t) {
  PlanHeader *h = tm->h;
  /* with several processes, the steps since uncounted_from are recorded when their exchange completes:
     where a monitor might not have room for them all, they are exchanged now */
  if (h->exchange && s > tm->uncounted_from && !spike_room(tm, s - tm->uncounted_from + 1)) exchange_before(tm, s);
  for (int64_t m = 0; m < h->n_spike_monitors; m++) {
    if (tm->kmon[m].capacity - tm->kmon[m].room < tm->groups[tm->kmon[m].group].n) {
      tm->status[0] = RUN_SPIKE_BUFFER_FULL;
      tm->status[1] = m;
      tm->reached = s;
      tm->stop = 1;
      return;
    }
  }
  for (int64_t m = 0; m < h->n_state_monitors; m++) {
    if (s % tm->smon[m].period == 0 && tm->smon[m].rows >= tm->smon[m].capacity) {
      tm->status[0] = RUN_STATE_BUFFER_FULL;
      tm->status[1] = m;
      tm->reached = s;
      tm->stop = 1;
      return;
    }
  }
  if (tm->parallel_inputs) return;
  for (int64_t k = 0; k < h->n_inputs; k++)
    apply_input(&tm->inputs[k], s, tm->seed, tm->inputs[k].begin, tm->inputs[k].end);
  if (!tm->parallel_update) advance_synapses(tm, s, t);
}

/*
 * The steps as thread t of the team runs them; with one thread, exactly the order of
 * contract/step-order.ts. Barriers (team_wait) separate what one thread writes from what another
 * then reads.
 */
static void run_team(Team *tm, int64_t t, int64_t step_begin) {
  PlanHeader *h = tm->h;
  const int64_t T = tm->threads, G = h->n_groups, P = h->n_projections;
  const double dt = tm->dt;
  const uint32_t seed = tm->seed;
  for (int64_t s = step_begin; s < tm->step_end; s++) {
    const double time = (double)s * dt;
    /* step phases: inputs, synapseDynamics, stateMonitors */
    if (t == 0 && !tm->stop) prepare_step(tm, s, time);
    int failed = team_wait(tm);
    if (tm->stop || team_failed(tm, t, s, failed)) return;
    if (tm->parallel_inputs) {
      for (int64_t k = 0; k < h->n_inputs; k++) {
        const InputPlan *in = &tm->inputs[k];
        apply_input(in, s, seed, share_begin(in->begin, in->end, t, T), share_begin(in->begin, in->end, t + 1, T));
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
        const GroupPlan *post = &tm->groups[p->post_group];
        if (update_targets(p, share_begin(post->begin, post->end, t, T), share_begin(post->begin, post->end, t + 1, T),
                           s, time, dt, seed))
          fail(tm, t, RUN_NOT_FINITE, G + k);
      }
      if (team_failed(tm, t, s, team_wait(tm))) return;
      if (records(tm, s)) {
        if (t == 0) record_states(tm, s);
        team_wait(tm);
      }
    }
    /* step phases: neurons, spikeGathering (each thread's share of every group: the update, then its spikes listed) */
    for (int64_t g = 0; g < G; g++) {
      GroupPlan *gp = &tm->groups[g];
      int64_t begin = share_begin(gp->begin, gp->end, t, T), end = share_begin(gp->begin, gp->end, t + 1, T);
      if (begin < end && update_share(gp, begin, end, time, dt, s, seed)) fail(tm, t, RUN_NOT_FINITE, g);
      tm->found[t * G + g] = gather_share(PTR(uint8_t, gp->spiked), begin, end, share_list(tm, t, g, s));
    }
    if (team_failed(tm, t, s, team_wait(tm))) return;
    for (int64_t g = 0; g < G; g++) publish_spikes(tm, t, g, s);
    team_wait(tm);
    /* with several processes: the spikes of every process, in the ring slots of the steps due (exchange-steps.h) */
    if (h->exchange) {
      if (t == 0) exchange_after_gathering(tm, s);
      team_wait(tm);
    }
    /* step phase: delivery (by each thread to its targets, or by the thread its target group was
       dealt to, or all by thread 0; the last two as part 0 of 1) */
    if (t == 0 && counts_at_delivery(tm)) count_spikes(tm, s);
    for (int64_t k = 0; k < P && (tm->parallel_delivery || t == 0); k++) {
      ProjectionPlan *p = &tm->proj[k];
      const int whole = !tm->parallel_delivery || p->delivered_by >= 0;
      if (whole && tm->parallel_delivery && p->delivered_by != t) continue;
      int code = deliver(p, tm->groups, s, time, dt, seed, whole ? 0 : t, whole ? 1 : T, tm->lag);
      if (code != RUN_OK) {
        fail(tm, t, code, G + k);
        break;
      }
    }
    if (team_failed(tm, t, s, team_wait(tm))) return;
    /* step phase: onPost (thread 0; a failure stops the others at the next barrier) */
    for (int64_t k = 0; k < P && t == 0; k++) {
      if (tm->proj[k].kernel_post >= 0 && deliver_post(&tm->proj[k], tm->groups, s, time, dt, seed)) {
        tm->status[0] = RUN_NOT_FINITE;
        tm->status[1] = G + k;
        tm->reached = s + 1;
        tm->stop = 1;
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

/*
 * Runs steps [step_begin, step_end) on the plan's number of threads (this one and threads - 1
 * started for the call). Returns the first step not run; status[0] is a RUN_* code and status[1]
 * the index of the monitor, group or projection (n_groups + its index) it concerns.
 */
int64_t braints_run(int64_t *plan, int64_t step_begin, int64_t step_end, double dt, uint32_t seed, int64_t *status) {
  PlanHeader *h = (PlanHeader *)plan;
  status[0] = RUN_OK;
  status[1] = -1;
  if (h->version != PLAN_VERSION || h->threads < 1 || h->threads > MAX_THREADS) {
    status[0] = RUN_BAD_PLAN;
    return step_begin;
  }
  Team tm = {.h = h,
             .step_end = step_end,
             .threads = h->threads,
             .dt = dt,
             .seed = seed,
             .reached = step_end,
             .status = status,
             .pending_from = -1,
             .flight_from = -1,
             .flight_to = -1,
             .uncounted_from = step_begin,
             .lag = h->exchange ? h->exchange_every : 0,
             .lock = PTHREAD_MUTEX_INITIALIZER,
             .wake = PTHREAD_COND_INITIALIZER};
  PlanRecords r = plan_records(h);
  tm.groups = r.groups;
  tm.inputs = r.inputs;
  tm.smon = r.state_monitors;
  tm.kmon = r.spike_monitors;
  tm.proj = r.projections;
  int any_update = 0, any_each = 0;
  tm.parallel_delivery = tm.threads > 1;
  for (int64_t k = 0; k < h->n_projections; k++) {
    any_update |= tm.proj[k].kernel_update >= 0;
    any_each |= tm.proj[k].kernel_each >= 0;
    const ProjectionPlan *p = &tm.proj[k];
    if (p->kernel_rows >= 0 && !p->splits && !p->delay_bounds && p->delivered_by < 0) tm.parallel_delivery = 0;
  }
  tm.parallel_update = tm.threads > 1 && any_update && !any_each;
  tm.parallel_inputs = tm.threads > 1 && h->n_inputs > 0;
  for (int64_t k = 0; k < h->n_inputs; k++) tm.parallel_inputs &= input_in_shares(&tm.inputs[k]);
  if (!make_lists(&tm)) {
    free_lists(&tm);
    status[0] = RUN_OUT_OF_MEMORY;
    return step_begin;
  }
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
    status[0] = RUN_NO_THREADS;
    status[1] = started;
    tm.reached = step_begin;
  }
  for (int64_t t = 1; t < started; t++) pthread_join(threads[t], 0);
  /* processes that stop together (the end of the call, a monitor to be emptied) exchange the steps left */
  if (h->exchange && (status[0] == RUN_OK || status[0] == RUN_SPIKE_BUFFER_FULL || status[0] == RUN_STATE_BUFFER_FULL))
    exchange_before(&tm, tm.reached);
  free_lists(&tm);
  return tm.reached;
}
