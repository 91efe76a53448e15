/* The neurons phase (see neurons.h). */
#include "neurons.h"
#include "kernel-abi.h"

int32_t update_share(const GroupPlan *gp, int64_t begin, int64_t end, double t, double dt, int64_t s, uint32_t seed) {
  update_fn update = (update_fn)braints_kernels[gp->kernel];
  uint8_t *flags = PTR(uint8_t, gp->spiked);
  const real *params = PTR(const real, gp->params);
  if (!gp->instance_fields)
    return update(PTR(real *, gp->fields), params, flags, begin, end, t, dt, s, seed, (uint32_t)gp->stream);
  real **const *tables = PTR(real * *const, gp->instance_fields);
  const uint32_t *seeds = PTR(const uint32_t, gp->seeds);
  const int64_t size = gp->n / gp->instances;
  int32_t bad = 0;
  for (int64_t b = begin / size; b * size < end; b++) {
    const int64_t first = b * size, lo = begin > first ? begin : first, hi = end < first + size ? end : first + size;
    bad |= update(tables[b], params, flags + first, lo - first, hi - first, t, dt, s, seeds ? seeds[b] : seed,
                  (uint32_t)gp->stream);
  }
  return bad;
}

void count_instance_spikes(const GroupPlan *gp, const int32_t *list, int64_t count) {
  int64_t *counts = PTR(int64_t, gp->instance_spike_counts);
  if (!counts) return;
  const int64_t size = gp->n / gp->instances;
  for (int64_t j = 0; j < count; j++) counts[list[j] / size]++;
}
