/*
 * When the driver hands a run's spikes to the other processes (MPI: the plan's exchange and
 * exchangeWait, runtime/native/mpi/exchange.c). With a minimum delay of d >= 1 steps over every
 * projection (PlanHeader.exchange_every), the spikes of d steps go at once: the exchange of steps
 * a .. a + d - 1 starts after the spikes of a + d - 1 are gathered and is completed after those of
 * a + d are, before their delivery, so that the delivery of a + d - 1 and the update of a + d run
 * while the spikes travel. No delivery needs them earlier: a spike of step u is delivered at
 * u + d at the soonest (per-synapse delays queue it then, synapses.c). With a delay of 0 every
 * step's spikes are exchanged before its delivery. Each completed step is then counted (spike
 * totals, monitors) in step order, as on one process.
 */
#ifndef BRAINTS_EXCHANGE_STEPS_H
#define BRAINTS_EXCHANGE_STEPS_H
#include <stdint.h>
#include "internal.h"
#include "team.h"

/* Thread 0, after the spikes of step s are published: completes the exchange in flight, and starts the next when due. */
INTERNAL void exchange_after_gathering(Team *tm, int64_t s);

/*
 * Thread 0, in step with the other processes: exchanges every step before s not exchanged yet, so
 * each is counted (at the end of a call, s = the step reached; or early, when a monitor has no room
 * for the spikes of the steps waiting).
 */
INTERNAL void exchange_before(Team *tm, int64_t s);

/* Whether step s's spikes are to be counted now (one process), rather than when their exchange completes. */
static inline int counts_at_delivery(const Team *tm) {
  return !tm->h->exchange;
}

#endif
