/* The error of an exp in ulps against glibc's expl (long double: 11 more bits than a double, so
 * the measured error is good to about 1/1000 ulp), for bench/exp-kernels.ts. */
#include <float.h>
#include <math.h>
#include <stdint.h>

/* |y - e| in units of the last place of the type's value nearest e (2^(emin-p+1) below its
 * smallest normal), inf counting as 2^(emax+1); at and beyond that, and for NaN, only the right
 * result (inf, NaN) is 0 ulp off. */
static long double ulp_error(long double x, long double y, long double e, int mantissa_bits, int min_exp,
                             long double overflow) {
  if (isnan(x)) return isnan(y) ? 0 : INFINITY;
  if (isnan(y)) return INFINITY;
  if (e >= overflow) return y == INFINITY ? 0 : INFINITY;
  if (isinf(y)) y = overflow;
  long double ulp = e < ldexpl(1, min_exp) ? ldexpl(1, min_exp - mantissa_bits) : ldexpl(1, ilogbl(e) - mantissa_bits);
  return fabsl(y - e) / ulp;
}

double exp_ulp_error_f64(const double *x, const double *y, int64_t n, int64_t *worst) {
  long double max = -1;
  for (int64_t i = 0; i < n; i++) {
    long double err = ulp_error(x[i], y[i], expl(x[i]), 52, -1022, 0x1p1024L);
    if (err > max) max = err, *worst = i;
  }
  return (double)max;
}

double exp_ulp_error_f32(const float *x, const float *y, int64_t n, int64_t *worst) {
  long double max = -1;
  for (int64_t i = 0; i < n; i++) {
    long double err = ulp_error(x[i], y[i], expl(x[i]), 23, -126, 0x1p128L);
    if (err > max) max = err, *worst = i;
  }
  return (double)max;
}
