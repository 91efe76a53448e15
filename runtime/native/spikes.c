/* Spike gathering (see spikes.h). */
#include <stdlib.h>
#include <string.h>
#include "spikes.h"
#include "shares.h"
#include "neurons.h"

/* Skips 32, then 8 zero flags at a time: most steps most neurons are silent. */
int64_t gather_share(const uint8_t *flags, int64_t begin, int64_t end, int32_t *list) {
  int64_t found = 0, i = begin;
  while (i < end) {
    if (i + 32 <= end) {
      uint64_t w[4];
      memcpy(w, flags + i, 32);
      if (!(w[0] | w[1] | w[2] | w[3])) {
        i += 32;
        continue;
      }
    }
    if (i + 8 <= end) {
      uint64_t word;
      memcpy(&word, flags + i, 8);
      if (!word) {
        i += 8;
        continue;
      }
    }
    int64_t stop = i + 8 < end ? i + 8 : end;
    for (; i < stop; i++)
      if (flags[i]) list[found++] = (int32_t)i;
  }
  return found;
}

/* Both the ring slot and the monitor stay in neuron order; thread 0 sets the slot's count. */
void publish_spikes(Team *tm, int64_t t, int64_t g, int64_t s) {
  const GroupPlan *gp = &tm->groups[g];
  const int64_t G = tm->h->n_groups;
  int64_t before = 0, total = 0;
  for (int64_t u = 0; u < tm->threads; u++) {
    if (u < t) before += tm->found[u * G + g];
    total += tm->found[u * G + g];
  }
  const int64_t mine = tm->found[t * G + g];
  const int32_t *list = share_list(tm, t, g, s);
  if (t > 0) memcpy(ring_slot(gp, s) + before, list, (size_t)mine * sizeof(int32_t));
  else PTR(int64_t, gp->ring_counts)[s % gp->ring_slots] = total;
  /* with several processes the monitor is filled from the slot once the exchange completed it */
  if (gp->spike_monitor >= 0 && !tm->h->exchange) {
    const SpikeMonitorPlan *mon = &tm->kmon[gp->spike_monitor];
    int32_t *out = PTR(int32_t, mon->buffer) + 2 * (mon->count + before);
    for (int64_t j = 0; j < mine; j++) {
      out[2 * j] = (int32_t)s;
      out[2 * j + 1] = list[j];
    }
  }
}

/* The first of the `n` neurons of a neuron-ordered list at or above `neuron`. */
static int64_t lower_bound(const int32_t *list, int64_t n, int64_t neuron) {
  int64_t lo = 0, hi = n;
  while (lo < hi) {
    const int64_t mid = lo + (hi - lo) / 2;
    if (list[mid] < neuron) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* A process keeps its own neurons' spikes of the exchanged slot: every process holds a share of the recording. */
void record_spikes(Team *tm, int64_t s) {
  for (int64_t g = 0; g < tm->h->n_groups; g++) {
    const GroupPlan *gp = &tm->groups[g];
    if (gp->spike_monitor < 0) continue;
    SpikeMonitorPlan *mon = &tm->kmon[gp->spike_monitor];
    const int32_t *list = ring_slot(gp, s);
    const int64_t n = PTR(int64_t, gp->ring_counts)[s % gp->ring_slots];
    const int64_t from = lower_bound(list, n, gp->begin), to = lower_bound(list, n, gp->end);
    int32_t *out = PTR(int32_t, mon->buffer) + 2 * mon->count;
    for (int64_t j = from; j < to; j++) {
      out[2 * (j - from)] = (int32_t)s;
      out[2 * (j - from) + 1] = list[j];
    }
    mon->count += to - from;
  }
}

void count_spikes(Team *tm, int64_t s) {
  for (int64_t g = 0; g < tm->h->n_groups; g++) {
    GroupPlan *gp = &tm->groups[g];
    int64_t total = PTR(int64_t, gp->ring_counts)[s % gp->ring_slots];
    *PTR(int64_t, gp->spike_count) += total;
    count_instance_spikes(gp, ring_slot(gp, s), total);
    if (gp->spike_monitor < 0) continue;
    SpikeMonitorPlan *mon = &tm->kmon[gp->spike_monitor];
    mon->room += total;
    /* with several processes record_spikes counted the process's own */
    if (!tm->h->exchange) mon->count += total;
  }
}

int make_lists(Team *tm) {
  const int64_t G = tm->h->n_groups, T = tm->threads;
  tm->found = calloc((size_t)(T * G + 1), sizeof(int64_t));
  tm->lists = calloc((size_t)(T * G + 1), sizeof(int32_t *));
  if (!tm->found || !tm->lists) return 0;
  for (int64_t t = 1; t < T; t++) {
    for (int64_t g = 0; g < G; g++) {
      const GroupPlan *gp = &tm->groups[g];
      int64_t share = share_begin(gp->begin, gp->end, t + 1, T) - share_begin(gp->begin, gp->end, t, T);
      if (!(tm->lists[t * G + g] = malloc((size_t)(share + 1) * sizeof(int32_t)))) return 0;
    }
  }
  return 1;
}

void free_lists(Team *tm) {
  if (tm->lists)
    for (int64_t j = 0; j < tm->threads * tm->h->n_groups; j++) free(tm->lists[j]);
  free(tm->lists);
  free(tm->found);
}
