/* A projection's synapse kernels, called for one step: onPre delivery, onPost, per-target update, everyStep. */
#ifndef BRAINTS_SYNAPSES_H
#define BRAINTS_SYNAPSES_H
#include <stdint.h>
#include "internal.h"
#include "plan.h"

/*
 * Delivers the spikes that arrive at `step` through projection p, as thread `part` of `parts`
 * (parts = 1: all of it). With per-synapse delays, the synapses of the spikes of step - lag are
 * queued (lag: the steps a spike takes to reach every process, at most the shortest delay; 0 on
 * one process). Returns RUN_OK, RUN_NOT_FINITE when the synapse code made a state non-finite, or
 * RUN_OUT_OF_MEMORY.
 */
INTERNAL int deliver(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed,
                     int64_t part, int64_t parts, int64_t lag);

/* Runs onPost for the synapses onto the neurons of the target group that spiked in `step`; returns 1 when a state became non-finite. */
INTERNAL int32_t deliver_post(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed);

/* Projection p's per-target update(t, dt) for its targets [begin, end); returns 1 when a state became non-finite. */
INTERNAL int32_t update_targets(ProjectionPlan *p, int64_t begin, int64_t end, int64_t step, double t, double dt,
                                uint32_t seed);

/* Projection p's everyStep(t, dt) for all its synapses; returns 1 when a state became non-finite. */
INTERNAL int32_t every_step(ProjectionPlan *p, int64_t step, double t, double dt, uint32_t seed);

#endif
