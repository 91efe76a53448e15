/*
 * Per-synapse values drawn in C: a normal law bounded by redraws (NEST's `redraw`) for each
 * synapse, as runtime/init.ts draws it in JavaScript (the same keys and counters, the same
 * Box-Muller cosine branch), for weights and for delays, the delays rounded to whole steps as
 * they are drawn. At 3 x 10^8 synapses JavaScript's loop spent 100 ns a synapse in Math.log and
 * Math.cos; here the synapses are cut into contiguous shares, one per thread, each drawing its
 * own elements (a draw depends on the element only, so the values do not depend on the threads).
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include "random.h"

/* 2 pi as JavaScript's 2 * Math.PI (M_PI is not in strict C11) */
#define TWO_PI 6.283185307179586

/* Redraws of a bounded normal before it is called a mistake (MAX_REDRAWS in runtime/init.ts). */
#define MAX_REDRAWS 1000

enum { DRAWN = 0, NO_DRAW_INSIDE = 1, NEGATIVE_DELAY = 2, DELAY_TOO_LONG = 3 };

/* normalDraw (runtime/random.ts): a standard normal from salts 0 to 3 of draw `counter`. */
static double normal_draw(uint32_t key, uint32_t counter) {
  uint32_t h = fmix32(key ^ counter);
  uint32_t a = fmix32(h ^ 0x1b873593u) >> 5, b = fmix32(h ^ 0xe6546b64u) >> 6;
  uint32_t c = fmix32(h ^ 0x85ebca6bu) >> 5, d = fmix32(h ^ 0xc2b2ae35u) >> 6;
  double u1 = ((double)a * 67108864.0 + (double)b + 0.5) / 9007199254740992.0;
  double u2 = ((double)c * 67108864.0 + (double)d + 0.5) / 9007199254740992.0;
  return sqrt(-2 * log(u1)) * cos(TWO_PI * u2);
}

typedef struct {
  /* the law and its key (init.ts's valueOf: element x draws from fmix32(key ^ x)) */
  double mean, std, min, max;
  uint32_t key;
  /* the list index of the synapse at each row position, or 0 where the list is the rows' order */
  const int32_t *order;
  /* delays: dt > 0, the steps stored in `width` bytes (2: uint16, 4: int32); weights: dt = 0, doubles */
  double dt;
  int32_t width;
  void *out;
  /* this share [begin, end), and what went wrong first in it (at row position `where`, value `value`) */
  int64_t begin, end, where, max_steps;
  int32_t status;
  double value;
} Share;

static void *draw_share(void *arg) {
  Share *s = arg;
  const double limit = s->width == 2 ? (double)UINT16_MAX : (double)INT32_MAX;
  s->status = DRAWN;
  s->max_steps = 0;
  for (int64_t k = s->begin; k < s->end; k++) {
    uint32_t key = fmix32(s->key ^ (uint32_t)(s->order ? s->order[k] : k));
    double x = 0;
    int counter = 0;
    for (; counter < MAX_REDRAWS; counter++) {
      x = s->mean + s->std * normal_draw(key, (uint32_t)counter);
      if (x >= s->min && x <= s->max) break;
    }
    if (counter == MAX_REDRAWS) {
      s->status = NO_DRAW_INSIDE;
      s->where = k;
      return 0;
    }
    if (s->dt == 0) {
      ((double *)s->out)[k] = x;
      continue;
    }
    /* round(ms / dt), as Math.round for the delays >= 0 allowed */
    if (!(x >= 0) || !isfinite(x)) {
      s->status = NEGATIVE_DELAY;
      s->where = k;
      s->value = x;
      return 0;
    }
    double steps = round(x / s->dt);
    if (steps > limit) {
      s->status = DELAY_TOO_LONG;
      s->where = k;
      s->value = x;
      return 0;
    }
    if (steps > (double)s->max_steps) s->max_steps = (int64_t)steps;
    if (s->width == 2) ((uint16_t *)s->out)[k] = (uint16_t)steps;
    else ((int32_t *)s->out)[k] = (int32_t)steps;
  }
  return 0;
}

#define MAX_SHARES 64

/*
 * Draws the n values on `threads` threads into `out` and reports through `report`: report[0] the
 * status (DRAWN, or what went wrong first, by row position), report[1] that row position,
 * report[2] the longest delay in steps; `value` gets the offending delay in ms.
 */
static void draw_all(Share proto, int64_t n, int32_t threads, int64_t *report, double *value) {
  Share shares[MAX_SHARES];
  pthread_t ids[MAX_SHARES];
  int started[MAX_SHARES] = {0};
  int64_t parts = threads < 1 ? 1 : threads > MAX_SHARES ? MAX_SHARES : threads;
  if (parts > n / 65536 + 1) parts = n / 65536 + 1; /* a thread costs more than 65,536 draws' worth */
  for (int64_t t = 0; t < parts; t++) {
    shares[t] = proto;
    shares[t].begin = n * t / parts;
    shares[t].end = n * (t + 1) / parts;
    /* share 0 runs on this thread; one that cannot be started runs here too */
    started[t] = t > 0 && pthread_create(&ids[t], 0, draw_share, &shares[t]) == 0;
  }
  for (int64_t t = 0; t < parts; t++)
    if (!started[t]) draw_share(&shares[t]);
  for (int64_t t = 0; t < parts; t++)
    if (started[t]) pthread_join(ids[t], 0);
  report[0] = DRAWN;
  report[2] = 0;
  for (int64_t t = 0; t < parts; t++) {
    if (shares[t].status != DRAWN) { /* the first share that failed holds the first failure */
      report[0] = shares[t].status;
      report[1] = shares[t].where;
      *value = shares[t].value;
      return;
    }
    if (shares[t].max_steps > report[2]) report[2] = shares[t].max_steps;
  }
}

/* Weights (any per-synapse double): out[k] of the n row positions; report as draw_all's. */
void braints_bounded_normal(int64_t n, const int32_t *order, uint32_t key, double mean, double std, double min,
                            double max, double *out, int32_t threads, int64_t *report, double *value) {
  Share proto = {mean, std, min, max, key, order, 0, 8, out, 0, 0, 0, 0, DRAWN, 0};
  draw_all(proto, n, threads, report, value);
}

/* Delays in steps of dt, stored as uint16 (width 2) or int32 (width 4); report as draw_all's. */
void braints_bounded_normal_steps(int64_t n, const int32_t *order, uint32_t key, double mean, double std, double min,
                                  double max, double dt, int32_t width, void *out, int32_t threads, int64_t *report,
                                  double *value) {
  Share proto = {mean, std, min, max, key, order, dt, width, out, 0, 0, 0, 0, DRAWN, 0};
  draw_all(proto, n, threads, report, value);
}
