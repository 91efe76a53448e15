/*
 * Spike gathering: each thread lists the spiking neurons of its share of a group; the lists are
 * then put together, in neuron order, into the group's ring slot of the step and its spike monitor.
 */
#ifndef BRAINTS_SPIKES_H
#define BRAINTS_SPIKES_H
#include <stdint.h>
#include "internal.h"
#include "plan.h"
#include "team.h"

/* The ring slot of group g for step s: its spiking neurons, in order. */
static inline int32_t *ring_slot(const GroupPlan *g, int64_t s) {
  return PTR(int32_t, g->ring) + (s % g->ring_slots) * g->n;
}

/* Thread t's list of the spikes of its share of group g: thread 0's is the start of the ring slot itself. */
static inline int32_t *share_list(const Team *tm, int64_t t, int64_t g, int64_t s) {
  return t == 0 ? ring_slot(&tm->groups[g], s) : tm->lists[t * tm->h->n_groups + g];
}

/* Lists the spiking neurons among flags[begin .. end - 1]; returns how many. */
INTERNAL int64_t gather_share(const uint8_t *flags, int64_t begin, int64_t end, int32_t *list);

/* Puts thread t's spikes of group g after those of threads 0 .. t - 1 in the ring slot and the monitor. */
INTERNAL void publish_spikes(Team *tm, int64_t t, int64_t g, int64_t s);

/* Thread 0, with several processes, once the exchange completed step s's slots: the spikes of the process's own neurons into the monitors. */
INTERNAL void record_spikes(Team *tm, int64_t s);

/* Thread 0, once every thread has published (or the exchange completed): counts the step's spikes into the groups' totals and the monitors' room. */
INTERNAL void count_spikes(Team *tm, int64_t s);

/* Thread t > 0's spike lists, one per group, each as long as its share; 0 when out of memory. */
INTERNAL int make_lists(Team *tm);
INTERNAL void free_lists(Team *tm);

#endif
