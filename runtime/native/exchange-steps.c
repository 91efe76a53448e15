/* When the driver hands spikes to the other processes (see exchange-steps.h). */
#include "exchange-steps.h"
#include "spikes.h"

static void start(Team *tm, int64_t first, int64_t last) {
  ((exchange_fn)(intptr_t)tm->h->exchange)((int64_t *)tm->h, first, last);
  tm->flight_from = first;
  tm->flight_to = last;
  tm->pending_from = -1;
}

/* Completes the exchange in flight, then counts its steps in order. */
static void complete(Team *tm) {
  if (tm->flight_from < 0) return;
  ((exchange_wait_fn)(intptr_t)tm->h->exchange_wait)((int64_t *)tm->h);
  for (int64_t u = tm->flight_from; u <= tm->flight_to; u++) {
    record_spikes(tm, u);
    count_spikes(tm, u);
  }
  tm->uncounted_from = tm->flight_to + 1;
  tm->flight_from = tm->flight_to = -1;
}

void exchange_after_gathering(Team *tm, int64_t s) {
  const int64_t every = tm->h->exchange_every;
  complete(tm);
  if (tm->pending_from < 0) tm->pending_from = s;
  /* intervals are aligned to multiples of d from step 0; a call's last step closes one early */
  if (every == 0 || (s + 1) % every == 0 || s + 1 == tm->step_end) start(tm, tm->pending_from, s);
  if (every == 0) complete(tm);
}

void exchange_before(Team *tm, int64_t s) {
  complete(tm);
  if (tm->pending_from >= 0 && tm->pending_from < s) {
    start(tm, tm->pending_from, s - 1);
    complete(tm);
  }
}
