/* Delay queues (see queue.h). */
#include <stdlib.h>
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

int queue_push(Queue *q, int64_t slot, int32_t k) {
  if (q->count[slot] == q->cap[slot]) {
    int64_t cap = q->cap[slot] ? 2 * q->cap[slot] : 1024;
    int32_t *items = realloc(q->items[slot], (size_t)cap * sizeof(int32_t));
    if (!items) return 0;
    q->items[slot] = items;
    q->cap[slot] = cap;
  }
  q->items[slot][q->count[slot]++] = k;
  return 1;
}

/* Frees a delay queue (called when JavaScript disposes of the network). */
void braints_free_queue(void *queue) {
  Queue *q = queue;
  if (!q) return;
  for (int64_t s = 0; s < q->slots; s++) free(q->items[s]);
  free(q->items);
  free(q->count);
  free(q->cap);
  free(q);
}
