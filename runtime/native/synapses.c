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

int deliver(ProjectionPlan *p, GroupPlan *groups, int64_t step, double t, double dt, uint32_t seed, int64_t part,
            int64_t parts, int64_t lag) {
  if (p->kernel_rows < 0) return RUN_OK; /* no onPre: nothing happens when a spike arrives */
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
