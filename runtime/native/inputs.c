/*
 * Applying the inputs. The Poisson sampler's BRAINTS_POISSON_* constants (poisson.h) are put
 * before this file by runtime/native.ts.
 */
#include "inputs.h"
#include "kernel-abi.h"
#include "random.h"
#include "poisson.h"

#if defined(__x86_64__)
/* x[0 .. 7] += size * (lo, hi), each product and sum in double and rounded once to `real`, as `x[l] += size * k` is */
__attribute__((target("avx2"))) static inline void add_x8(real *x, __m256d size, __m256d lo, __m256d hi) {
#ifdef BRAINTS_FLOAT32
  _mm_storeu_ps(x, _mm256_cvtpd_ps(_mm256_add_pd(_mm256_cvtps_pd(_mm_loadu_ps(x)), _mm256_mul_pd(size, lo))));
  _mm_storeu_ps(x + 4, _mm256_cvtpd_ps(_mm256_add_pd(_mm256_cvtps_pd(_mm_loadu_ps(x + 4)), _mm256_mul_pd(size, hi))));
#else
  _mm256_storeu_pd(x, _mm256_add_pd(_mm256_loadu_pd(x), _mm256_mul_pd(size, lo)));
  _mm256_storeu_pd(x + 4, _mm256_add_pd(_mm256_loadu_pd(x + 4), _mm256_mul_pd(size, hi)));
#endif
}

/* A Poisson input of a mean below inversion's bound, eight neurons at a time; returns where the scalar tail begins. */
__attribute__((target("avx2"))) static int64_t poisson_inversion_avx2(real *cur, const int32_t *idx, uint32_t key,
                                                                      const double *par, int64_t begin, int64_t end,
                                                                      int64_t held_begin, int64_t held_end) {
  const int sure = braints_poisson_sure_terms(par);
  int64_t j = begin;
  for (; j + 8 <= end; j += 8) {
    /* the neurons as a vector straight from memory or from j (built in a stack array, their 256-bit load
       waited for eight 4-byte stores: a quarter of the input's time) */
    const __m256i neurons = idx ? _mm256_loadu_si256((const __m256i *)(idx + j))
                                : _mm256_add_epi32(_mm256_set1_epi32((int32_t)j),
                                                   _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    /* neuron_key(key, i) of each */
    __m256i keys = fmix32_x8(_mm256_xor_si256(_mm256_set1_epi32((int32_t)key), neurons));
    __m256d lo, hi;
    double k[8];
    braints_poisson_counts_x8(keys, par, sure, &lo, &hi);
    if (!idx && j >= held_begin && j + 8 <= held_end) {
      /* eight neurons in order, all held: the same products and sums as below, in vectors */
      add_x8(cur + j, _mm256_set1_pd(par[BRAINTS_SETUP_SIZE]), lo, hi);
      continue;
    }
    int32_t i[8];
    _mm256_storeu_si256((__m256i *)i, neurons);
    _mm256_storeu_pd(k, lo);
    _mm256_storeu_pd(k + 4, hi);
    for (int l = 0; l < 8; l++)
      if (i[l] >= held_begin && i[l] < held_end) cur[i[l]] += par[BRAINTS_SETUP_SIZE] * k[l];
  }
  return j;
}
#endif

/*
 * Applies input `in` at `step` to its elements [begin, end) (the receiving neurons, in order; a
 * uniform current has one element). Events are applied whole, whatever the range. A listed neuron
 * or an event outside the neurons this process holds (neurons_begin .. neurons_end - 1) is left to
 * the process holding it. The variable is of the kernels' element type (`real`); what is added is
 * computed in double and rounded once, as JavaScript's `+=` into a Float32Array does.
 */
void apply_input(const InputPlan *in, int64_t step, uint32_t seed, int64_t begin, int64_t end) {
  real *cur = PTR(real, in->target);
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
    int64_t j = begin;
#if defined(__x86_64__)
    double mean = par[BRAINTS_SETUP_MEAN];
    if (mean > 0 && mean < BRAINTS_POISSON_INVERSION_BELOW && __builtin_cpu_supports("avx2"))
      j = poisson_inversion_avx2(cur, idx, key, par, begin, end, in->neurons_begin, in->neurons_end);
#endif
    for (; j < end; j++) {
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
    /* an instance's input spans the instance, of which this process may hold a part only */
    int64_t from = begin > in->neurons_begin ? begin : in->neurons_begin,
            to = end < in->neurons_end ? end : in->neurons_end;
    if (w)
      for (int64_t i = from; i < to; i++) cur[i] += w[i] * v;
    else
      for (int64_t i = from; i < to; i++) cur[i] += v;
  } else {
    for (int64_t j = begin; j < end; j++)
      if (idx[j] >= in->neurons_begin && idx[j] < in->neurons_end) cur[idx[j]] += w ? w[j] * v : v;
  }
}
