/*
 * Poisson counts for the driver's Poisson inputs: the C form of runtime/poisson.ts (inversion
 * below a mean of 10, Hörmann's PTRS above), which must give the same counts bit for bit. The
 * BRAINTS_POISSON_* and BRAINTS_SETUP_* constants come from runtime/poisson.ts (poissonConstantsC),
 * which runtime/native.ts puts before the driver's source; a mean's set-up (p0 = exp(-mean), the
 * PTRS constants) is computed there too, once per input, and handed over in the plan.
 */
#ifndef BRAINTS_POISSON_H
#define BRAINTS_POISSON_H
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "random.h"

/* log of a positive normal double: fdlibm's e_log.c polynomial, as runtime/poisson.ts logOf */
static inline double braints_log(double x) {
  static const double lg[] = BRAINTS_POISSON_LG;
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  uint32_t hx = (uint32_t)(bits >> 32);
  int32_t k = (int32_t)(hx >> 20) - 1023;
  hx &= 0xfffffu;
  uint32_t i = (hx + 0x95f64u) & 0x100000u;
  bits = ((uint64_t)(hx | (i ^ 0x3ff00000u)) << 32) | (bits & 0xffffffffu);
  k += (int32_t)(i >> 20);
  double m;
  memcpy(&m, &bits, sizeof m);
  double f = m - 1.0, dk = (double)k;
  double hfsq = 0.5 * f * f, s = f / (2.0 + f), z = s * s, w = z * z;
  double R = z * (lg[0] + w * (lg[2] + w * (lg[4] + w * lg[6]))) + w * (lg[1] + w * (lg[3] + w * lg[5]));
  return dk * BRAINTS_POISSON_LN2_HI - ((hfsq - (s * (hfsq + R) + dk * BRAINTS_POISSON_LN2_LO)) - f);
}

/* log(k!) for a whole k >= 0: a table, then Stirling's series */
static inline double braints_log_factorial(double k) {
  static const double table[] = BRAINTS_POISSON_LOG_FACTORIAL, S[] = BRAINTS_POISSON_STIRLING;
  if (k < 10) return table[(int)k];
  double x = k + 1.0, r = 1.0 / x, r2 = r * r;
  return (k + 0.5) * braints_log(x) - x + BRAINTS_POISSON_HALF_LOG2_PI +
         r * (S[0] + r2 * (S[1] + r2 * (S[2] + r2 * S[3])));
}

/* A Poisson count from the draws (key, 0), (key, 1), ...; `setup` as runtime/poisson.ts poissonSetup. */
static double poisson_count(uint32_t key, const double *setup) {
  double mean = setup[BRAINTS_SETUP_MEAN];
  if (!(mean > 0)) return 0;
  if (mean < BRAINTS_POISSON_INVERSION_BELOW) {
    /* the cumulative pmf comes summed in the set-up: no multiply-add chain per draw */
    const double *F = setup + BRAINTS_SETUP_CDF;
    double u = unit_draw(key, 0);
    int k = 0;
    while (u > F[k] && k < BRAINTS_POISSON_INVERSION_TERMS) k++;
    return k;
  }
  double a = setup[BRAINTS_SETUP_A], b = setup[BRAINTS_SETUP_B], vr = setup[BRAINTS_SETUP_VR];
  double inv_alpha = setup[BRAINTS_SETUP_INV_ALPHA], log_mean = setup[BRAINTS_SETUP_LOG_MEAN];
  for (uint32_t j = 0;; j += 2) {
    double U = unit_draw(key, j) - 0.5, V = unit_draw(key, j + 1);
    double us = 0.5 - fabs(U);
    double k = floor((2 * a / us + b) * U + mean + BRAINTS_POISSON_K_SHIFT);
    if (us >= BRAINTS_POISSON_US_QUICK && V <= vr) return k;
    if (k < 0 || (us < BRAINTS_POISSON_US_REJECT && V > us)) continue;
    if (braints_log(V * inv_alpha / (a / (us * us) + b)) <= -mean + k * log_mean - braints_log_factorial(k)) return k;
  }
}

#if defined(__x86_64__)
/* The terms of inversion's walk that eight lanes nearly always pass (1 - F_j above 1/64: at least one lane is then above F_j in most groups of eight). */
static inline int braints_poisson_sure_terms(const double *setup) {
  const double *F = setup + BRAINTS_SETUP_CDF;
  int j = 0;
  while (j < BRAINTS_POISSON_INVERSION_TERMS && 1 - F[j] > 1.0 / 64) j++;
  return j;
}

/*
 * Inversion's counts for eight neuron keys (neuron_key; a mean below BRAINTS_POISSON_INVERSION_BELOW),
 * as poisson_count gives them bit for bit: unit_draw(key, 0) in eight lanes, then the number of
 * F_j below it (F does not decrease, so that is where the scalar walk stops); lanes 0-3 into lo,
 * 4-7 into hi. A Poisson input drew one neuron at a time, a chain of dependent hashes and
 * compares; four at a time it cost a third as much, eight at a time (the hashes in 256-bit
 * integers) less again. The first `sure` terms are counted without asking whether any lane is
 * still above (braints_poisson_sure_terms: nearly always some is), so that the walk's end, a
 * branch no predictor guesses, is asked only where it is rare; a term below every lane adds 0.
 */
__attribute__((target("avx2"))) static inline void braints_poisson_counts_x8(__m256i keys, const double *setup,
                                                                             int sure, __m256d *lo, __m256d *hi) {
  __m256d u_lo, u_hi;
  unit_of_x8(fmix32_x8(keys), BRAINTS_WORD_SALT_0, BRAINTS_WORD_SALT_1, &u_lo, &u_hi); /* counter 0 */
  const double *F = setup + BRAINTS_SETUP_CDF;
  __m256d k_lo = _mm256_setzero_pd(), k_hi = _mm256_setzero_pd(), one = _mm256_set1_pd(1.0);
  for (int j = 0; j < BRAINTS_POISSON_INVERSION_TERMS; j++) {
    __m256d f = _mm256_set1_pd(F[j]);
    __m256d above_lo = _mm256_cmp_pd(u_lo, f, _CMP_GT_OQ), above_hi = _mm256_cmp_pd(u_hi, f, _CMP_GT_OQ);
    if (j >= sure && !_mm256_movemask_pd(_mm256_or_pd(above_lo, above_hi))) break;
    k_lo = _mm256_add_pd(k_lo, _mm256_and_pd(above_lo, one));
    k_hi = _mm256_add_pd(k_hi, _mm256_and_pd(above_hi, one));
  }
  *lo = k_lo;
  *hi = k_hi;
}
#endif

#endif
