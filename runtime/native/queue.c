/* Delay queues (see queue.h). */
#include <stdlib.h>
#include <string.h>
#include "queue.h"

Queue *queue_of(ProjectionPlan *p, int64_t t) {
  Queue **cell = PTR(Queue *, p->queue) + t;
  if (*cell) return *cell;
  Queue *q = calloc(1, sizeof(Queue));
  if (!q) return 0;
  q->slots = p->queue_slots;
  q->count = calloc((size_t)q->slots, sizeof(int64_t));
  q->cap = calloc((size_t)q->slots, sizeof(int64_t));
  q->items = calloc((size_t)q->slots, sizeof(int32_t *));
  if (!q->count || !q->cap || !q->items) return 0;
  *cell = q;
  return q;
}

int queue_grow(Queue *q, int64_t slot) {
  int64_t cap = q->cap[slot] ? 2 * q->cap[slot] : 1024;
  int32_t *items = realloc(q->items[slot], (size_t)cap * sizeof(int32_t));
  if (!items) return 0;
  q->items[slot] = items;
  q->cap[slot] = cap;
  return 1;
}

/* Frees a delay queue (called when JavaScript disposes of the network). */
void braints_free_queue(void *queue) {
  Queue *q = queue;
  if (!q) return;
  if (q->items)
    for (int64_t s = 0; s < q->slots; s++) free(q->items[s]);
  free(q->items);
  free(q->count);
  free(q->cap);
  free(q);
}

/*
 * For checkpoints (runtime/checkpoint.ts): a queue's contents are, for each of its slots, the
 * synapses waiting in it in the order they were pushed (the order their onPre runs in).
 */

/* Fills counts[slot] with the synapses waiting in each slot. */
void braints_queue_counts(void *queue, int64_t *counts) {
  Queue *q = queue;
  for (int64_t s = 0; s < q->slots; s++) counts[s] = q->count[s];
}

/* Copies the waiting synapses into `items`, slot after slot. */
void braints_queue_items(void *queue, int32_t *items) {
  Queue *q = queue;
  for (int64_t s = 0; s < q->slots; s++) {
    memcpy(items, q->items[s], (size_t)q->count[s] * sizeof(int32_t));
    items += q->count[s];
  }
}

/* A queue of `slots` slots holding counts[slot] synapses each, read slot after slot from `items`; 0 when out of memory. */
void *braints_queue_make(int64_t slots, const int64_t *counts, const int32_t *items) {
  Queue *q = calloc(1, sizeof(Queue));
  if (!q) return 0;
  q->slots = slots;
  q->count = calloc((size_t)slots, sizeof(int64_t));
  q->cap = calloc((size_t)slots, sizeof(int64_t));
  q->items = calloc((size_t)slots, sizeof(int32_t *));
  if (!q->count || !q->cap || !q->items) {
    braints_free_queue(q);
    return 0;
  }
  for (int64_t s = 0; s < slots; s++) {
    for (int64_t j = 0; j < counts[s]; j++) {
      if (!queue_push(q, s, items[j])) {
        braints_free_queue(q);
        return 0;
      }
    }
    items += counts[s];
  }
  return q;
}
