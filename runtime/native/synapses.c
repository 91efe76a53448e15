/*
 * Calls of a projection's synapse kernels (see synapses.h). Each of its functions draws from a
 * random stream of its own: onPre keeps the projection's stream, onPost, update and everyStep get
 * theirs (synapse_stream, random.h), so a synapse's draws in onPre are not those of target neuron k
 * in update. The synapse kernels key a synapse's draws by its index in the connector's list, from
 * the plan's keys (0 where it is the row position): in a process's share of a distributed run the
 * rows hold only the synapses onto its neurons, so a row position is not one process's.
 */
#include "synapses.h"
#include "kernel-abi.h"
#include "queue.h"
#include "random.h"
#include "shares.h"

int32_t deliver_post(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed) {
  GroupPlan *post = &groups[p->post_group];
  int64_t slot = step % post->ring_slots, count = PTR(int64_t, post->ring_counts)[slot];
  if (!count) return 0;
  post_fn f = (post_fn)braints_kernels[p->kernel_post];
  return f(PTR(real *, p->fields), PTR(const real, p->params), PTR(int32_t, post->ring) + slot * post->n, count,
           PTR(const int32_t, p->colptr), PTR(const int32_t, p->csc_ids), PTR(const int32_t, p->pre_index),
           PTR(const int32_t, p->keys), t, dt, step, seed, synapse_stream((uint32_t)p->stream, FN_ON_POST));
}

/* The first of the synapses [k, end) of a row segment (targets in increasing order) whose target is at least j. */
static inline int32_t first_onto(const int32_t *col, int32_t k, int32_t end, int64_t j) {
  while (k < end) {
    int32_t mid = k + (end - k) / 2;
    if (col[mid] < j) k = mid + 1;
    else end = mid;
  }
  return k;
}

/* How many segments ahead delivery through rows sorted by delay fetches their bounds, and half as many their targets. */
#define SEGMENTS_AHEAD 32

/*
 * Delivers `count` row segments of rows sorted by delay (`segment[x]`: the segment's first synapse
 * in the bounds, its end `reach` bounds on) as thread `part` of `parts`: where the bounds cut each
 * delay at the threads' shares (delay_shares = parts), the segments are the thread's parts already;
 * else each is cut at the thread's share of the targets [lo, hi) by bisection. Lists the non-empty
 * parts in rowCuts and calls the onPre kernel on them, numbered in place of spikes. A segment's
 * bounds (and targets, for a bisection) are a wait for memory each (rows of gigabytes, each visited
 * once per delay), so they are fetched ahead, over the segments of every delay and spike of the
 * step at once.
 */
static int32_t deliver_segments(ProjectionPlan *p, const int32_t *const *segment, int64_t reach, int64_t count,
                                int64_t part, int64_t parts, int64_t lo, int64_t hi, int64_t step, double t, double dt,
                                uint32_t seed) {
  const int32_t *col = PTR(const int32_t, p->col);
  int32_t *number = PTR(int32_t, p->row_cuts) + 3 * ROW_SEGMENTS * part, *begin = number + ROW_SEGMENTS,
          *end = begin + ROW_SEGMENTS;
  const int search = parts > 1 && p->delay_shares != parts;
  int32_t m = 0;
  for (int64_t x = 0; x < count; x++) {
    if (x + SEGMENTS_AHEAD < count) __builtin_prefetch(segment[x + SEGMENTS_AHEAD]);
    if (search && x + SEGMENTS_AHEAD / 2 < count) {
      const int32_t *ahead = segment[x + SEGMENTS_AHEAD / 2];
      if (ahead[reach] > ahead[0]) { /* an empty segment's end may be col's start: nothing to fetch */
        __builtin_prefetch(col + ahead[0]);
        __builtin_prefetch(col + ahead[reach] - 1);
      }
    }
    const int32_t *b = segment[x];
    const int32_t first = part == 0 || !search ? b[0] : first_onto(col, b[0], b[reach], lo);
    const int32_t last = part == parts - 1 || !search ? b[reach] : first_onto(col, first, b[reach], hi);
    if (first == last) continue;
    number[m] = m;
    begin[m] = first;
    end[m++] = last;
  }
  if (!m) return 0;
  rows_fn rows = (rows_fn)braints_kernels[p->kernel_rows];
  return rows(PTR(real *, p->fields), PTR(const real, p->params), number, m, begin, end, col,
              PTR(const int32_t, p->keys), t, dt, step, seed, synapse_stream((uint32_t)p->stream, FN_ON_PRE));
}

/*
 * Delivery through rows sorted by delay: for each delay d, longest first, the spikes of step - d
 * through their rows' segments of delay d, each thread the part of a segment onto its share of the
 * targets. Longest first is the order of the spikes' steps, so each target sums the inputs of a
 * step in the order a delay queue filled step by step gives them. Every delay is at least the lag
 * of the spike exchange, so the ring slots read hold every process's spikes. The segments go to
 * the onPre kernel ROW_SEGMENTS at a time (its onPre reads no presynaptic state: runtime/delay-rows.ts),
 * so that its prefetches run ahead over many spikes and delays rather than a few.
 */
static int deliver_sorted(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed,
                          int64_t part, int64_t parts) {
  GroupPlan *pre = &groups[p->pre_group], *post = &groups[p->post_group];
  const int64_t n = pre->n, shortest = p->delay_shortest, shares = p->delay_shares,
                stride = (p->queue_slots - shortest) * shares + 1;
  const int64_t lo = share_begin(post->begin, post->end, part, parts),
                hi = share_begin(post->begin, post->end, part + 1, parts);
  /* this thread's part of each delay's synapses where the bounds hold the threads' cuts, else the whole delay's */
  const int64_t own = shares == parts ? part : 0, reach = shares == parts ? 1 : shares;
  const int32_t *bounds = PTR(const int32_t, p->delay_bounds) + own;
  const int32_t *segment[ROW_SEGMENTS];
  int64_t count = 0;
  int32_t bad = 0;
  for (int64_t d = p->queue_slots - 1; d >= shortest; d--) {
    const int64_t from = step - d;
    if (from < 0) continue;
    const int64_t slot = from % pre->ring_slots, spiked = PTR(int64_t, pre->ring_counts)[slot];
    const int32_t *spikes = PTR(int32_t, pre->ring) + slot * n;
    for (int64_t s = 0; s < spiked; s++) {
      segment[count++] = bounds + spikes[s] * stride + (d - shortest) * shares;
      if (count == ROW_SEGMENTS) {
        bad |= deliver_segments(p, segment, reach, count, part, parts, lo, hi, step, t, dt, seed);
        count = 0;
      }
    }
  }
  if (count) bad |= deliver_segments(p, segment, reach, count, part, parts, lo, hi, step, t, dt, seed);
  return bad ? RUN_NOT_FINITE : RUN_OK;
}

int deliver(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed, int64_t part,
            int64_t parts, int64_t lag) {
  if (p->kernel_rows < 0) return RUN_OK; /* no onPre: nothing happens when a spike arrives */
  if (p->delay_bounds) return deliver_sorted(p, groups, step, t, dt, seed, part, parts);
  GroupPlan *pre = &groups[p->pre_group];
  real **fields = PTR(real *, p->fields);
  const real *params = PTR(const real, p->params);
  const int32_t *col = PTR(const int32_t, p->col), *keys = PTR(const int32_t, p->keys), *begin, *end;
  const uint32_t stream = synapse_stream((uint32_t)p->stream, FN_ON_PRE);
  row_range(p, pre->n, part, parts, &begin, &end);
  if (p->delay >= 0) {
    int64_t from = step - p->delay;
    if (from < 0) return RUN_OK;
    int64_t slot = from % pre->ring_slots, count = PTR(int64_t, pre->ring_counts)[slot];
    if (!count) return RUN_OK;
    rows_fn rows = (rows_fn)braints_kernels[p->kernel_rows];
    int32_t bad = rows(fields, params, PTR(int32_t, pre->ring) + slot * pre->n, count, begin, end, col, keys, t, dt,
                       step, seed, stream);
    return bad ? RUN_NOT_FINITE : RUN_OK;
  }
  Queue *q = queue_of(p, part);
  if (!q) return RUN_OUT_OF_MEMORY;
  /* queue the synapses of the spikes of step - lag at their arrival steps (each delay is at least
     lag; delays of 2 or 4 bytes) */
  const int64_t from = step - lag;
  int64_t slot = from < 0 ? 0 : from % pre->ring_slots, count = from < 0 ? 0 : PTR(int64_t, pre->ring_counts)[slot];
  const int32_t *spikes = PTR(int32_t, pre->ring) + slot * pre->n;
  const uint16_t *narrow = p->delay_bytes == 2 ? PTR(const uint16_t, p->delays) : 0;
  const int32_t *wide = PTR(const int32_t, p->delays);
  /* the arrival slot (from + delay) % slots without a division per synapse: delay < slots */
  const int64_t sent = from < 0 ? 0 : from % q->slots, now = step % q->slots;
  for (int64_t s = 0; s < count; s++) {
    for (int32_t k = begin[spikes[s]]; k < end[spikes[s]]; k++) {
      int64_t at = sent + (narrow ? narrow[k] : wide[k]);
      if (!queue_push(q, at < q->slots ? at : at - q->slots, k)) return RUN_OUT_OF_MEMORY;
    }
  }
  int32_t bad = 0;
  if (q->count[now]) {
    ids_fn ids = (ids_fn)braints_kernels[p->kernel_ids];
    bad = ids(fields, params, q->items[now], q->count[now], PTR(const int32_t, p->pre_index), col, keys, t, dt, step,
              seed, stream);
    q->count[now] = 0;
  }
  return bad ? RUN_NOT_FINITE : RUN_OK;
}

int32_t update_targets(ProjectionPlan *p, int64_t begin, int64_t end, int64_t step, double t, double dt,
                       uint32_t seed) {
  update_fn update = (update_fn)braints_kernels[p->kernel_update];
  return update(PTR(real *, p->fields), PTR(const real, p->params), 0, begin, end, t, dt, step, seed,
                synapse_stream((uint32_t)p->stream, FN_UPDATE));
}

int32_t every_step(ProjectionPlan *p, int64_t step, double t, double dt, uint32_t seed) {
  each_fn each = (each_fn)braints_kernels[p->kernel_each];
  return each(PTR(real *, p->fields), PTR(const real, p->params), p->n_synapses, PTR(const int32_t, p->pre_index),
              PTR(const int32_t, p->col), PTR(const int32_t, p->keys), t, dt, step, seed,
              synapse_stream((uint32_t)p->stream, FN_EVERY_STEP));
}
