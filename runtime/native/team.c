/* The barrier and the failures of a team of threads (see team.h). */
#include <pthread.h>
#include "team.h"

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ volatile("yield");
#endif
}

/* Whether some thread has failed: each thread's failure is written once, before it arrives at a barrier. */
static int any_failure(const Team *tm) {
  for (int64_t u = 0; u < tm->threads; u++)
    if (tm->fail_code[u] != RUN_OK) return 1;
  return 0;
}

/*
 * The last to arrive takes the verdict for all (a thread that read the failures itself after
 * leaving could see one made after the barrier by a thread already running on, and stop a phase
 * earlier than the rest). Spins for the few microseconds the usual wait between two phases takes,
 * then sleeps (when the machine has fewer free cores than threads, spinning would keep the awaited
 * thread off its core).
 */
int team_wait(Team *tm) {
  if (tm->threads == 1) return any_failure(tm);
  int gen = atomic_load(&tm->generation);
  if (atomic_fetch_add(&tm->arrived, 1) == tm->threads - 1) {
    /* verdicts alternate: the next barrier's cannot be written before every thread has read this one */
    tm->verdict[gen & 1] = any_failure(tm);
    atomic_store(&tm->arrived, 0);
    atomic_fetch_add(&tm->generation, 1);
    if (atomic_load(&tm->sleepers)) {
      pthread_mutex_lock(&tm->lock);
      pthread_cond_broadcast(&tm->wake);
      pthread_mutex_unlock(&tm->lock);
    }
    return tm->verdict[gen & 1];
  }
  for (int spins = 0; spins < 1024; spins++) {
    if (atomic_load_explicit(&tm->generation, memory_order_acquire) != gen) return tm->verdict[gen & 1];
    cpu_relax();
  }
  /* seq_cst: either the last thread to arrive sees a sleeper, or the sleeper sees the new generation */
  atomic_fetch_add(&tm->sleepers, 1);
  pthread_mutex_lock(&tm->lock);
  while (atomic_load(&tm->generation) == gen) pthread_cond_wait(&tm->wake, &tm->lock);
  pthread_mutex_unlock(&tm->lock);
  atomic_fetch_sub(&tm->sleepers, 1);
  return tm->verdict[gen & 1];
}

void fail(Team *tm, int64_t t, int64_t code, int64_t at) {
  if (tm->fail_code[t] == RUN_OK) {
    tm->fail_code[t] = code;
    tm->fail_at[t] = at;
  }
}

/*
 * Thread 0 reports the failure of the first group or projection, as one thread running them in
 * order would, and that step s was the last one run. Every thread then returns.
 */
int team_failed(Team *tm, int64_t t, int64_t s, int verdict) {
  if (!verdict) return 0;
  int64_t first = -1;
  for (int64_t u = 0; u < tm->threads; u++) {
    if (tm->fail_code[u] != RUN_OK && (first < 0 || tm->fail_at[u] < tm->fail_at[first])) first = u;
  }
  if (first < 0) return 0;
  if (t == 0) {
    tm->status[0] = tm->fail_code[first];
    tm->status[1] = tm->fail_at[first];
    tm->reached = s + 1;
  }
  return 1;
}
