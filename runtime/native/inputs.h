/* The network's inputs (InputPlan, see contract/plan-layout.ts INPUT_KIND), applied each step. */
#ifndef BRAINTS_INPUTS_H
#define BRAINTS_INPUTS_H
#include <stdint.h>
#include "internal.h"
#include "plan.h"

INTERNAL void apply_input(const InputPlan *in, int64_t step, uint32_t seed, int64_t begin, int64_t end);

/* Whether input `in` can be applied in shares: each element a different neuron, drawn or added independently. */
static inline int input_in_shares(const InputPlan *in) {
  return in->kind != INPUT_EVENTS && !in->indices;
}

#endif
