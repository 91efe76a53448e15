/*
 * The threads of one braints_run call: what they share, the barrier between the phases of a step
 * (team_wait), and how a failure in one thread stops them all at the same step.
 */
#ifndef BRAINTS_TEAM_H
#define BRAINTS_TEAM_H
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include "internal.h"
#include "plan.h"

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
  int parallel_inputs; /* the inputs run in shares (there are some, and each can: input_in_shares) */
  int parallel_update; /* the per-target updates run in shares (there are some, and no everyStep) */
  int parallel_delivery; /* every projection that delivers spikes has splits, rows sorted by delay or a thread it is dealt to */
  int32_t **lists; /* lists[t * n_groups + g]: where thread t > 0 lists the spikes of its share of group g */
  int64_t *found;  /* found[t * n_groups + g]: how many it found this step */
  /* per thread, its first failure: a RUN_* code and the group (index) or projection (n_groups + index) */
  int64_t fail_code[MAX_THREADS], fail_at[MAX_THREADS];
  int verdict[2]; /* whether a thread had failed at the last barrier of even and odd generation */
  atomic_int arrived, generation, sleepers; /* the barrier (team_wait) */
  pthread_mutex_t lock;
  pthread_cond_t wake;
  atomic_int go; /* 1 once every thread is started, -1 when one could not be */
  int stop;      /* set by thread 0 before a barrier: every thread returns after it */
  /* with several processes (exchange-steps.c): the first step whose spikes no exchange has taken
     yet, the steps of the exchange in flight (-1: none), the first step not yet counted */
  int64_t pending_from, flight_from, flight_to, uncounted_from;
  int64_t lag; /* steps after its spike a per-synapse delay queues a synapse: exchange_every, or 0 on one process */
  int64_t reached, *status;
} Team;

/* Waits until every thread of the team has arrived; returns whether some thread had failed by then. */
INTERNAL int team_wait(Team *tm);

/* Records thread t's failure (a RUN_* code, at a group or n_groups + a projection) unless it has one already. */
INTERNAL void fail(Team *tm, int64_t t, int64_t code, int64_t at);

/* After a barrier whose verdict is that a thread failed in step s: reports it (thread 0); returns whether to stop. */
INTERNAL int team_failed(Team *tm, int64_t t, int64_t s, int verdict);

#endif
