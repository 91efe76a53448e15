/*
 * The neurons phase of a group's share: its kernel called over the share, or, for a group that
 * holds several instances of a network whose kernel draws random numbers, once per instance
 * block of the share, with that instance's seed and its own neuron indices (its field table
 * starts at its first neuron), so that each instance draws what it draws when run alone.
 */
#ifndef BRAINTS_NEURONS_H
#define BRAINTS_NEURONS_H
#include <stdint.h>
#include "internal.h"
#include "plan.h"

/* Updates neurons [begin, end) of group gp at step s; returns 1 when a state it wrote is not finite. */
INTERNAL int32_t update_share(const GroupPlan *gp, int64_t begin, int64_t end, double t, double dt, int64_t s,
                              uint32_t seed);

/* Adds the spikes listed for step s (list[0 .. count - 1], neuron order) to each instance's count. */
INTERNAL void count_instance_spikes(const GroupPlan *gp, const int32_t *list, int64_t count);

#endif
