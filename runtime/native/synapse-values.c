/*
 * Per-synapse values drawn in C: a normal law bounded by redraws (NEST's `redraw`) for each
 * synapse, as runtime/init.ts draws it in JavaScript (the same keys and counters, the same
 * Box-Muller cosine branch), for weights and for delays, the delays rounded to whole steps as
 * they are drawn. At 3 x 10^8 synapses JavaScript's loop spent 100 ns a synapse in Math.log and
 * Math.cos; here the synapses are cut into contiguous shares, one per thread, each drawing its
 * own elements (a draw depends on the element only, so the values do not depend on the threads).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "parallel.h"
#include "random.h"

/* 2 pi as JavaScript's 2 * Math.PI (M_PI is not in strict C11) */
#define TWO_PI 6.283185307179586

/* Redraws of a bounded normal before it is called a mistake (MAX_REDRAWS in runtime/init.ts). */
#define MAX_REDRAWS 1000

enum { DRAWN = 0, NO_DRAW_INSIDE = 1, INVALID_DELAY = 2, DELAY_TOO_LONG = 3 };

/* normalDraw (runtime/random.ts): a standard normal from salts 0 to 3 of draw `counter`, Box-Muller's cosine branch. */
static double normal_draw(uint32_t key, uint32_t counter) {
  uint32_t h = fmix32(key ^ counter);
  double u1 = unit_of(h, BRAINTS_WORD_SALT_0, BRAINTS_WORD_SALT_1),
         u2 = unit_of(h, BRAINTS_WORD_SALT_2, BRAINTS_WORD_SALT_3);
  return sqrt(-2 * log(u1)) * cos(TWO_PI * u2);
}

#define LANES 8

#if defined(__x86_64__)
/* libmvec's AVX2 log and cos (4 ulp at most; the kernels link it too) */
__m256d _ZGVdN4v_log(__m256d);
__m256d _ZGVdN4v_cos(__m256d);

/* Four lanes' normals from their uniforms, with libmvec: log and cos were most of a draw's time. */
__attribute__((target("avx2"))) static __m256d box_muller_x4(__m256d u1, __m256d u2) {
  __m256d log_u1 = _ZGVdN4v_log(u1), cos_u2 = _ZGVdN4v_cos(_mm256_mul_pd(_mm256_set1_pd(TWO_PI), u2));
  return _mm256_mul_pd(_mm256_sqrt_pd(_mm256_mul_pd(_mm256_set1_pd(-2.0), log_u1)), cos_u2);
}

/* The first draws of eight elements from their keys, in eight lanes (the hashes were the rest of a draw's time). */
__attribute__((target("avx2"))) static void normals_x8(__m256i keys, __m256d *lo, __m256d *hi) {
  __m256i h = fmix32_x8(keys); /* key ^ counter 0 */
  __m256d u1_lo, u1_hi, u2_lo, u2_hi;
  unit_of_x8(h, BRAINTS_WORD_SALT_0, BRAINTS_WORD_SALT_1, &u1_lo, &u1_hi);
  unit_of_x8(h, BRAINTS_WORD_SALT_2, BRAINTS_WORD_SALT_3, &u2_lo, &u2_hi);
  *lo = box_muller_x4(u1_lo, u2_lo);
  *hi = box_muller_x4(u1_hi, u2_hi);
}

__attribute__((target("avx2"))) static void first_normals_avx2(const uint32_t *keys, double *z) {
  __m256d lo, hi;
  normals_x8(_mm256_loadu_si256((const __m256i *)keys), &lo, &hi);
  _mm256_storeu_pd(z, lo);
  _mm256_storeu_pd(z + 4, hi);
}
#endif

/*
 * The first draws (counter 0) of LANES elements. With AVX2 every element's first draw goes
 * through libmvec, whatever share or lane it falls in, so the values do not depend on the threads;
 * they can differ in the last bits from a machine without it, and from JavaScript's.
 */
static int use_avx2; /* set by draw_all before its threads start */

static void first_normals(const uint32_t *keys, double *z) {
#if defined(__x86_64__)
  if (use_avx2) {
    first_normals_avx2(keys, z);
    return;
  }
#endif
  for (int l = 0; l < LANES; l++) z[l] = normal_draw(keys[l], 0);
}

typedef struct {
  /* the law and its key (init.ts's valueOf: element x draws from fmix32(key ^ x)) */
  double mean, std, min, max;
  uint32_t key;
  /* the list index of the synapse at each row position, or 0 where the list is the rows' order (or `within` gives it) */
  const int32_t *order;
  /* rows sorted by delay from the rows' own order (runtime/delay-rows.ts), or 0: the synapse at row
     position k of row i is list element rowptr[i] + within[k]; `row` is the row of the last position read */
  const int32_t *rowptr;
  const uint16_t *within;
  int64_t row;
  /* delays: dt > 0, the steps stored in `width` bytes (2: uint16, 4: int32); weights: dt = 0, stored
     in `width` bytes (8: double, 4: float, the value drawn in double and then rounded once) */
  double dt;
  int32_t width;
  void *out;
  /* this share [begin, end), and what went wrong first in it (at row position `where`, value `value`) */
  int64_t begin, end, where, max_steps, min_steps;
  int32_t status;
  double value;
} Share;

/* The list index of row position k; positions are read in increasing order within a share (the `row` cursor). */
static inline uint32_t list_index(Share *s, int64_t k) {
  if (s->order) return (uint32_t)s->order[k];
  if (!s->within) return (uint32_t)k;
  while (s->rowptr[s->row + 1] <= k) s->row++;
  return (uint32_t)(s->rowptr[s->row] + s->within[k]);
}

/* Stores element k's value x (first drawn as z0) after its redraws; 0 when it went wrong (in s->status). */
static int store(Share *s, int64_t k, uint32_t key, double z0, double limit) {
  double x = s->mean + s->std * z0;
  for (int counter = 1; !(x >= s->min && x <= s->max); counter++) {
    if (counter == MAX_REDRAWS) {
      s->status = NO_DRAW_INSIDE;
      s->where = k;
      return 0;
    }
    x = s->mean + s->std * normal_draw(key, (uint32_t)counter);
  }
  if (s->dt == 0) {
    if (s->width == 4) ((float *)s->out)[k] = (float)x;
    else ((double *)s->out)[k] = x;
    return 1;
  }
  /* round(ms / dt), as Math.round for the delays >= 0 allowed */
  double steps = round(x / s->dt);
  if (!(x >= 0) || !isfinite(x) || steps > limit) {
    s->status = x >= 0 && isfinite(x) ? DELAY_TOO_LONG : INVALID_DELAY;
    s->where = k;
    s->value = x;
    return 0;
  }
  if (steps > (double)s->max_steps) s->max_steps = (int64_t)steps;
  if (steps < (double)s->min_steps) s->min_steps = (int64_t)steps;
  if (s->width == 2) ((uint16_t *)s->out)[k] = (uint16_t)steps;
  else ((int32_t *)s->out)[k] = (int32_t)steps;
  return 1;
}

#if defined(__x86_64__)
/*
 * Elements k0 .. k0 + 7 in eight lanes: their keys, first draws and, for the lanes that need no
 * redraw and are valid, their stored values (the delays' shortest and longest in `least` and
 * `most`), bit for bit as store gives them: x = mean + std * z unfused, round(x / dt) as
 * trunc(q) + (q - trunc(q) >= 0.5), exact for q >= 0. Returns the mask of the lanes left for store
 * (redraws and mistakes; a delay's lane is stored over there), their keys and draws in keys and z.
 */
__attribute__((target("avx2"))) static __m256i list_index_x8(Share *s, int64_t k0) {
  if (s->order) return _mm256_loadu_si256((const __m256i *)(s->order + k0));
  if (!s->within) return _mm256_add_epi32(_mm256_set1_epi32((int32_t)k0), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
  uint32_t first = list_index(s, k0);
  if (k0 + LANES <= s->rowptr[s->row + 1]) /* the eight in one row */
    return _mm256_add_epi32(_mm256_set1_epi32((int32_t)(first - s->within[k0])),
                            _mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)(s->within + k0))));
  uint32_t index[LANES];
  index[0] = first;
  for (int l = 1; l < LANES; l++) index[l] = list_index(s, k0 + l);
  return _mm256_loadu_si256((const __m256i *)index);
}

__attribute__((target("avx2"))) static int draw_x8(Share *s, int64_t k0, double limit, __m256d *least, __m256d *most,
                                                   uint32_t *keys, double *z) {
  __m256i index = list_index_x8(s, k0);
  __m256i key = fmix32_x8(_mm256_xor_si256(_mm256_set1_epi32((int32_t)s->key), index));
  __m256d zs[2];
  normals_x8(key, &zs[0], &zs[1]);
  const __m256d mean = _mm256_set1_pd(s->mean), std = _mm256_set1_pd(s->std), lo = _mm256_set1_pd(s->min),
                hi = _mm256_set1_pd(s->max);
  __m128i steps[2];
  int left = 0;
  for (int half = 0; half < 2; half++) {
    const int64_t k = k0 + 4 * half;
    __m256d x = _mm256_add_pd(mean, _mm256_mul_pd(std, zs[half]));
    __m256d ok = _mm256_and_pd(_mm256_cmp_pd(x, lo, _CMP_GE_OQ), _mm256_cmp_pd(x, hi, _CMP_LE_OQ));
    if (s->dt == 0) {
      if (s->width == 4) _mm_storeu_ps((float *)s->out + k, _mm256_cvtpd_ps(x));
      else _mm256_storeu_pd((double *)s->out + k, x);
    } else {
      __m256d q = _mm256_div_pd(x, _mm256_set1_pd(s->dt));
      __m256d t = _mm256_round_pd(q, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC);
      __m256d r = _mm256_add_pd(
          t, _mm256_and_pd(_mm256_cmp_pd(_mm256_sub_pd(q, t), _mm256_set1_pd(0.5), _CMP_GE_OQ), _mm256_set1_pd(1.0)));
      ok = _mm256_and_pd(ok, _mm256_and_pd(_mm256_cmp_pd(x, _mm256_setzero_pd(), _CMP_GE_OQ),
                                           _mm256_cmp_pd(r, _mm256_set1_pd(limit), _CMP_LE_OQ)));
      *most = _mm256_max_pd(*most, _mm256_blendv_pd(_mm256_setzero_pd(), r, ok));
      *least = _mm256_min_pd(*least, _mm256_blendv_pd(_mm256_set1_pd((double)INT32_MAX), r, ok));
      /* lanes left for store convert to anything: store writes them */
      steps[half] = _mm256_cvttpd_epi32(_mm256_blendv_pd(_mm256_setzero_pd(), r, ok));
      if (s->width == 4) _mm_storeu_si128((__m128i *)((int32_t *)s->out + k), steps[half]);
    }
    left |= (~_mm256_movemask_pd(ok) & 0xf) << (4 * half);
  }
  if (s->dt != 0 && s->width == 2)
    _mm_storeu_si128((__m128i *)((uint16_t *)s->out + k0), _mm_packus_epi32(steps[0], steps[1]));
  if (left) {
    _mm256_storeu_si256((__m256i *)keys, key);
    _mm256_storeu_pd(z, zs[0]);
    _mm256_storeu_pd(z + 4, zs[1]);
  }
  return left;
}

/* draw_share's loop over whole groups of eight with draw_x8; returns where it stopped (failed: at a mistake). */
__attribute__((target("avx2"))) static int64_t draw_avx2(Share *s, double limit, int *failed) {
  __m256d least = _mm256_set1_pd((double)INT32_MAX), most = _mm256_setzero_pd();
  uint32_t keys[LANES];
  double z[LANES];
  int64_t k0 = s->begin;
  for (; k0 + LANES <= s->end; k0 += LANES) {
    int left = draw_x8(s, k0, limit, &least, &most, keys, z);
    for (int l = 0; left; l++, left >>= 1)
      if ((left & 1) && !store(s, k0 + l, keys[l], z[l], limit)) {
        *failed = 1;
        return k0;
      }
  }
  double lanes[4];
  _mm256_storeu_pd(lanes, most);
  for (int l = 0; l < 4; l++)
    if (lanes[l] > (double)s->max_steps) s->max_steps = (int64_t)lanes[l];
  _mm256_storeu_pd(lanes, least);
  for (int l = 0; l < 4; l++)
    if (lanes[l] < (double)s->min_steps) s->min_steps = (int64_t)lanes[l];
  return k0;
}
#endif

static void *draw_share(void *arg) {
  Share *s = arg;
  const double limit = s->width == 2 ? (double)UINT16_MAX : (double)INT32_MAX;
  s->status = DRAWN;
  s->max_steps = 0;
  s->min_steps = INT32_MAX;
  int64_t k0 = s->begin;
#if defined(__x86_64__)
  if (use_avx2) {
    int failed = 0;
    k0 = draw_avx2(s, limit, &failed);
    if (failed) return 0;
  }
#endif
  for (; k0 < s->end; k0 += LANES) {
    uint32_t keys[LANES];
    double z[LANES];
    int64_t lanes = s->end - k0 < LANES ? s->end - k0 : LANES;
    for (int64_t l = 0; l < LANES; l++) /* past the end: a copy of the first, not stored */
      keys[l] = l < lanes ? fmix32(s->key ^ list_index(s, k0 + l)) : keys[0];
    first_normals(keys, z);
    for (int64_t l = 0; l < lanes; l++)
      if (!store(s, k0 + l, keys[l], z[l], limit)) return 0;
  }
  return 0;
}

/*
 * Draws the n values on `threads` threads into `out` and reports through `report`: report[0] the
 * status (DRAWN, or what went wrong first, by row position), report[1] that row position,
 * report[2] the longest delay in steps, report[3] the shortest (INT32_MAX for none); `value` gets the
 * offending delay in ms.
 */
static void draw_all(Share proto, int64_t n, int64_t n_rows, int32_t threads, int64_t *report, double *value) {
  Share shares[MAX_SHARES];
#if defined(__x86_64__)
  use_avx2 = __builtin_cpu_supports("avx2");
#endif
  const int64_t parts = share_count(threads, n);
  for (int64_t t = 0; t < parts; t++) {
    shares[t] = proto;
    shares[t].begin = n * t / parts;
    shares[t].end = n * (t + 1) / parts;
    if (proto.within) { /* the share's first row: the last one beginning at or before its first position */
      int64_t lo = 0, hi = n_rows - 1;
      while (lo < hi) {
        int64_t mid = (lo + hi + 1) / 2;
        if (proto.rowptr[mid] <= shares[t].begin) lo = mid;
        else hi = mid - 1;
      }
      shares[t].row = lo;
    }
  }
  run_shares(draw_share, shares, sizeof(Share), parts);
  report[0] = DRAWN;
  report[2] = 0;
  report[3] = INT32_MAX;
  for (int64_t t = 0; t < parts; t++) {
    if (shares[t].status != DRAWN) { /* the first share that failed holds the first failure */
      report[0] = shares[t].status;
      report[1] = shares[t].where;
      *value = shares[t].value;
      return;
    }
    if (shares[t].max_steps > report[2]) report[2] = shares[t].max_steps;
    if (shares[t].min_steps < report[3]) report[3] = shares[t].min_steps;
  }
}

/* Weights (any per-synapse real, double or float by `width` 8 or 4): out[k] of the n row positions,
   in list order by `order`, or by the n_rows rows' `rowptr` and `within` (each may be 0); report as draw_all's. */
void braints_bounded_normal(int64_t n, const int32_t *order, const int32_t *rowptr, int64_t n_rows,
                            const uint16_t *within, uint32_t key, double mean, double std, double min, double max,
                            int32_t width, void *out, int32_t threads, int64_t *report, double *value) {
  Share proto = {mean, std, min, max, key, order, rowptr, within, 0, 0, width, out, 0, 0, 0, 0, 0, DRAWN, 0};
  draw_all(proto, n, n_rows, threads, report, value);
}

/* Delays in steps of dt, stored as uint16 (width 2) or int32 (width 4); report as draw_all's. */
void braints_bounded_normal_steps(int64_t n, const int32_t *order, uint32_t key, double mean, double std, double min,
                                  double max, double dt, int32_t width, void *out, int32_t threads, int64_t *report,
                                  double *value) {
  Share proto = {mean, std, min, max, key, order, 0, 0, 0, dt, width, out, 0, 0, 0, 0, 0, DRAWN, 0};
  draw_all(proto, n, 0, threads, report, value);
}
