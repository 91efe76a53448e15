/*
 * Delay queues: for a projection with per-synapse delays whose rows are not sorted by delay
 * (runtime/delay-rows.ts decides), the synapse indices waiting for their arrival step, one bucket
 * per step modulo `slots`, per thread (grown with realloc).
 */
#ifndef BRAINTS_QUEUE_H
#define BRAINTS_QUEUE_H
#include <stdint.h>
#include "internal.h"
#include "plan.h"

typedef struct {
  int64_t slots;
  int64_t *count, *cap;
  int32_t **items;
} Queue;

/* Thread t's delay queue of projection p, made when first needed; 0 when out of memory. */
INTERNAL Queue *queue_of(ProjectionPlan *p, int64_t t);

/* Doubles bucket `slot`'s room; 0 when out of memory. */
INTERNAL int queue_grow(Queue *q, int64_t slot);

/* Appends synapse k to bucket `slot`; 0 when out of memory. Inline: a call per synapse event was 4 % of a large network's run. */
static inline int queue_push(Queue *q, int64_t slot, int32_t k) {
  if (q->count[slot] == q->cap[slot] && !queue_grow(q, slot)) return 0;
  q->items[slot][q->count[slot]++] = k;
  return 1;
}

void braints_free_queue(void *queue);

/* A queue's contents, for checkpoints: the count of each slot, the items slot after slot; and a queue made from them. */
void braints_queue_counts(void *queue, int64_t *counts);
void braints_queue_items(void *queue, int32_t *items);
void *braints_queue_make(int64_t slots, const int64_t *counts, const int32_t *items);

#endif
