/*
 * Applying the inputs. The Poisson sampler's BRAINTS_POISSON_* constants (poisson.h) are put
 * before this file by runtime/native.ts.
 */
#include "inputs.h"
#include "random.h"
#include "poisson.h"

/*
 * Applies input `in` at `step` to its elements [begin, end) (the receiving neurons, in order; a
 * uniform current has one element). Events are applied whole, whatever the range. A listed neuron
 * or an event outside the neurons this process holds (neurons_begin .. neurons_end - 1) is left to
 * the process holding it.
 */
void apply_input(const InputPlan *in, int64_t step, uint32_t seed, int64_t begin, int64_t end) {
  double *cur = PTR(double, in->target);
  const int32_t *idx = PTR(int32_t, in->indices);
  if (in->kind == INPUT_EVENTS) {
    int64_t *cursor = PTR(int64_t, in->state);
    const double *at = PTR(double, in->signal), *values = PTR(double, in->weights);
    while (*cursor < in->signal_len && at[*cursor] <= (double)step) {
      int32_t i = idx[*cursor];
      if (at[*cursor] == (double)step && i >= in->neurons_begin && i < in->neurons_end) cur[i] += values[*cursor];
      (*cursor)++;
    }
    return;
  }
  if (in->kind == INPUT_POISSON) {
    const double *par = PTR(double, in->signal);
    uint32_t key = step_key(in->seed >= 0 ? (uint32_t)in->seed : seed, (uint32_t)in->step0, (uint32_t)step);
    for (int64_t j = begin; j < end; j++) {
      int64_t i = idx ? idx[j] : j;
      if (i >= in->neurons_begin && i < in->neurons_end)
        cur[i] += par[BRAINTS_SETUP_SIZE] * poisson_count(neuron_key(key, (uint32_t)i), par);
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
    if (w)
      for (int64_t i = begin; i < end; i++) cur[i] += w[i] * v;
    else
      for (int64_t i = begin; i < end; i++) cur[i] += v;
  } else {
    for (int64_t j = begin; j < end; j++)
      if (idx[j] >= in->neurons_begin && idx[j] < in->neurons_end) cur[idx[j]] += w ? w[j] * v : v;
  }
}
