/* State monitors: each records its columns of one array at the steps that are multiples of its period. */
#ifndef BRAINTS_MONITORS_H
#define BRAINTS_MONITORS_H
#include <stdint.h>
#include "internal.h"
#include "team.h"

/* Whether a state monitor records at step s. */
INTERNAL int records(const Team *tm, int64_t s);

/* The rows of the monitors that record at step s. */
INTERNAL void record_states(Team *tm, int64_t s);

#endif
