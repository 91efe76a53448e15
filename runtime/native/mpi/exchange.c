/*
 * The processes of a distributed run (MPI; runtime/mpi.ts loads this library, built with MPICH's
 * mpicc only when a run asks for MPI). Each process updates its own range of every group's neurons
 * (braints_mpi_range: the same cut as the threads', share_begin) and holds the synapses onto them.
 * What crosses processes:
 *  - spikes, every step or once per minimum delay (the driver's exchange-steps.c says when):
 *    exchange_start and exchange_wait (the plan's exchange and exchangeWait, called by the driver's
 *    thread 0) gather every process's spike lists of each group and step (MPI_Allgather of the
 *    counts, MPI_Iallgatherv of the lists, global neuron indices), so each ring slot lists the
 *    spikes of all processes in neuron order, as one process's;
 *  - a spike monitor's recording, when it is read: each process records its own neurons' spikes,
 *    and braints_mpi_gather_pairs puts them together in one process's order;
 *  - a projection's synapses and per-synapse values, when asked for: braints_mpi_gather_counts,
 *    then braints_mpi_concat;
 *  - state, after every native call: braints_mpi_gather_ranges makes a per-neuron array whole on
 *    every process (each its own range; doubles, or floats in a float32 network), braints_mpi_or ORs buffers in which each value is held by one
 *    process and zero bits elsewhere (state monitors' rows), exactly.
 * The collectives are called by one thread (the team's thread 0, which is JavaScript's): FUNNELED.
 */
#define _POSIX_C_SOURCE 199309L /* nanosleep */
#include <mpi.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "internal.h"
#include "plan.h"
#include "shares.h"

#ifndef MPICH_VERSION
#error "BrainTS's MPI backend is built against MPICH (apt-get install mpich libmpich-dev)"
#endif

static int rank_, size_;
static int *counts_; /* counts_[r * cells + (u - first) * groups + g]: spikes of group g on process r in step u */
static int *local_;  /* this process's counts, (u - first) * groups + g */
static int *recv_counts_, *displs_;
static int32_t *send_, *recv_;
static int64_t cells_, send_capacity_, recv_capacity_;
static double seconds_; /* in the exchange's collectives */
static double bytes_;   /* spike-list bytes received by this process (counts included) */
static int64_t exchanges_;

/* Initializes MPI (once per process); returns 0, or MPI's error code. */
int braints_mpi_init(void) {
  int ready = 0, provided;
  MPI_Initialized(&ready);
  if (!ready) {
    int rc = MPI_Init_thread(0, 0, MPI_THREAD_FUNNELED, &provided);
    if (rc != MPI_SUCCESS) return rc;
  }
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
  recv_counts_ = calloc((size_t)size_, sizeof(int));
  displs_ = calloc((size_t)size_, sizeof(int));
  return recv_counts_ && displs_ ? 0 : -1;
}

int braints_mpi_rank(void) {
  return rank_;
}

int braints_mpi_size(void) {
  return size_;
}

void braints_mpi_finalize(void) {
  int done = 0;
  MPI_Finalized(&done);
  if (!done) MPI_Finalize();
}

void braints_mpi_barrier(void) {
  MPI_Barrier(MPI_COMM_WORLD);
}

/* Stops every process of the run (after the caller printed why). */
void braints_mpi_abort(int code) {
  /* MPICH's proxies forward a process's output as it comes; MPI_Abort ends them at once, so give
     them a moment to pass on the error line just written (without it, the refusal test twice
     saw no process's message) */
  nanosleep(&(struct timespec){0, 200000000}, 0);
  MPI_Abort(MPI_COMM_WORLD, code);
}

/* The first neuron of process r's range of a group of n neurons (braints_mpi_range(n, size) is n). */
static int64_t range_begin(int64_t n, int64_t r) {
  return share_begin(0, n, r, size_);
}

int64_t braints_mpi_range(int64_t n, int64_t r) {
  return range_begin(n, r);
}

static int grow(int32_t **buf, int64_t *capacity, int64_t need) {
  if (need <= *capacity) return 1;
  int32_t *p = realloc(*buf, (size_t)need * sizeof(int32_t));
  if (!p) return 0;
  *buf = p;
  *capacity = need;
  return 1;
}

/* The exchange started last: its steps first .. last, each process's counts per (step, group), and its request. */
static int64_t first_, last_;
static MPI_Request request_ = MPI_REQUEST_NULL;

/*
 * Starts the exchange of steps first .. last: MPI_Allgather of every process's spike counts per
 * step and group (small; it sizes what follows), then MPI_Iallgatherv of the lists themselves (global
 * neuron indices, step after step, group after group), which travel while the driver goes on.
 */
static void exchange_start(int64_t *plan, int64_t first, int64_t last) {
  double start = MPI_Wtime();
  PlanHeader *h = (PlanHeader *)plan;
  PlanRecords r = plan_records(h);
  const int64_t G = h->n_groups, cells = (last - first + 1) * G;
  if (cells > cells_) {
    free(counts_);
    counts_ = calloc((size_t)(size_ * cells + 1), sizeof(int));
    free(local_);
    local_ = calloc((size_t)(cells + 1), sizeof(int));
    cells_ = cells;
  }
  if (!counts_ || !local_) MPI_Abort(MPI_COMM_WORLD, 3);
  int64_t total = 0;
  for (int64_t u = first; u <= last; u++)
    for (int64_t g = 0; g < G; g++) {
      GroupPlan *gp = &r.groups[g];
      total += local_[(u - first) * G + g] = (int)PTR(int64_t, gp->ring_counts)[u % gp->ring_slots];
    }
  if (!grow(&send_, &send_capacity_, total + 1)) MPI_Abort(MPI_COMM_WORLD, 3);
  int64_t o = 0;
  for (int64_t u = first; u <= last; u++)
    for (int64_t g = 0; g < G; g++) {
      GroupPlan *gp = &r.groups[g];
      int c = local_[(u - first) * G + g];
      memcpy(send_ + o, PTR(int32_t, gp->ring) + (u % gp->ring_slots) * gp->n, (size_t)c * sizeof(int32_t));
      o += c;
    }
  MPI_Allgather(local_, (int)cells, MPI_INT, counts_, (int)cells, MPI_INT, MPI_COMM_WORLD);
  int64_t all = 0;
  for (int q = 0; q < size_; q++) {
    int64_t of_q = 0;
    for (int64_t c = 0; c < cells; c++) of_q += counts_[q * cells + c];
    recv_counts_[q] = (int)of_q;
    displs_[q] = (int)all;
    all += of_q;
  }
  if (!grow(&recv_, &recv_capacity_, all + 1)) MPI_Abort(MPI_COMM_WORLD, 3);
  MPI_Iallgatherv(send_, (int)total, MPI_INT32_T, recv_, recv_counts_, displs_, MPI_INT32_T, MPI_COMM_WORLD, &request_);
  first_ = first;
  last_ = last;
  bytes_ += (double)(all * sizeof(int32_t) + size_ * cells * sizeof(int));
  exchanges_++;
  seconds_ += MPI_Wtime() - start;
}

/* Completes the exchange started last: each ring slot of its steps lists every process's part in process order, which is neuron order. */
static void exchange_wait(int64_t *plan) {
  double start = MPI_Wtime();
  MPI_Wait(&request_, MPI_STATUS_IGNORE);
  PlanHeader *h = (PlanHeader *)plan;
  PlanRecords r = plan_records(h);
  const int64_t G = h->n_groups, cells = (last_ - first_ + 1) * G;
  int64_t before[size_ + 1];
  for (int q = 0; q < size_; q++) before[q] = 0;
  for (int64_t u = first_; u <= last_; u++)
    for (int64_t g = 0; g < G; g++) {
      GroupPlan *gp = &r.groups[g];
      int32_t *slot = PTR(int32_t, gp->ring) + (u % gp->ring_slots) * gp->n;
      int64_t n = 0;
      for (int q = 0; q < size_; q++) {
        int c = counts_[q * cells + (u - first_) * G + g];
        memcpy(slot + n, recv_ + displs_[q] + before[q], (size_t)c * sizeof(int32_t));
        before[q] += c;
        n += c;
      }
      PTR(int64_t, gp->ring_counts)[u % gp->ring_slots] = n;
    }
  seconds_ += MPI_Wtime() - start;
}

/* The plan's exchange and exchangeWait words. */
intptr_t braints_mpi_exchange_address(void) {
  return (intptr_t)&exchange_start;
}

intptr_t braints_mpi_exchange_wait_address(void) {
  return (intptr_t)&exchange_wait;
}

/* Seconds in the exchange, bytes received and exchanges since the last call, which resets them. */
void braints_mpi_exchange_stats(double *out) {
  out[0] = seconds_;
  out[1] = bytes_;
  out[2] = (double)exchanges_;
  seconds_ = bytes_ = 0;
  exchanges_ = 0;
}

/*
 * Makes a per-neuron array of n elements whole on every process: process r sends its range of it.
 * Its elements are doubles, or floats where element_bytes is 4 (a float32 network's state).
 */
void braints_mpi_gather_ranges(void *array, int64_t n, int64_t element_bytes) {
  for (int q = 0; q < size_; q++) {
    displs_[q] = (int)range_begin(n, q);
    recv_counts_[q] = (int)(range_begin(n, q + 1) - range_begin(n, q));
  }
  MPI_Datatype type = element_bytes == 4 ? MPI_FLOAT : MPI_DOUBLE;
  MPI_Allgatherv(MPI_IN_PLACE, 0, MPI_DATATYPE_NULL, array, recv_counts_, displs_, type, MPI_COMM_WORLD);
}

/*
 * Every process's count of n: recv_counts_ and displs_ then place each process's items one after
 * another in process order; returns their total (sizes the receiving buffer of the gather after).
 */
int64_t braints_mpi_gather_counts(int64_t n) {
  int64_t counts[size_], total = 0;
  MPI_Allgather(&n, 1, MPI_INT64_T, counts, 1, MPI_INT64_T, MPI_COMM_WORLD);
  for (int q = 0; q < size_; q++) {
    displs_[q] = (int)total;
    recv_counts_[q] = (int)counts[q];
    total += counts[q];
  }
  return total;
}

/*
 * Puts a spike monitor's recording together, in the order one process records it (by step, then
 * neuron): each process holds `held` (step, neuron) pairs of its own neurons, in that order, and
 * the group's `total` pairs arrive in `whole` on process `root`, or on every process where root
 * is -1 (the others may pass 0). Returns 0, or -1 where total exceeds what one MPI count can say
 * (2^31 - 1) or the receiving buffer cannot be had.
 */
int64_t braints_mpi_gather_pairs(const int32_t *local, int64_t held, int32_t *whole, int64_t total, int64_t root) {
  if (total > INT32_MAX) return -1;
  braints_mpi_gather_counts(held);
  const int receives = root < 0 || root == rank_;
  int32_t *by_rank = receives ? malloc((size_t)(2 * total + 1) * sizeof(int32_t)) : 0;
  if (receives && !by_rank) return -1;
  MPI_Datatype pair;
  MPI_Type_contiguous(2, MPI_INT32_T, &pair);
  MPI_Type_commit(&pair);
  if (root < 0) MPI_Allgatherv(local, (int)held, pair, by_rank, recv_counts_, displs_, pair, MPI_COMM_WORLD);
  else MPI_Gatherv(local, (int)held, pair, by_rank, recv_counts_, displs_, pair, (int)root, MPI_COMM_WORLD);
  MPI_Type_free(&pair);
  if (receives) {
    /* step by step, the processes' pairs in process order, which is neuron order */
    int cursor[size_], end[size_];
    for (int q = 0; q < size_; q++) {
      cursor[q] = displs_[q];
      end[q] = displs_[q] + recv_counts_[q];
    }
    for (int64_t out = 0; out < total;) {
      int32_t step = INT32_MAX;
      for (int q = 0; q < size_; q++)
        if (cursor[q] < end[q] && by_rank[2 * cursor[q]] < step) step = by_rank[2 * cursor[q]];
      for (int q = 0; q < size_; q++)
        for (; cursor[q] < end[q] && by_rank[2 * cursor[q]] == step; cursor[q]++, out++) {
          whole[2 * out] = step;
          whole[2 * out + 1] = by_rank[2 * cursor[q] + 1];
        }
    }
  }
  free(by_rank);
  return 0;
}

/* Every process's `n` doubles one after another, in process order, into `out` on every process: as many as braints_mpi_gather_counts(n), just called, returned. */
void braints_mpi_concat(const double *local, int64_t n, double *out) {
  MPI_Allgatherv(local, (int)n, MPI_DOUBLE, out, recv_counts_, displs_, MPI_DOUBLE, MPI_COMM_WORLD);
}

/* ORs `count` 64-bit words across processes, in place on every process. */
void braints_mpi_or(uint64_t *words, int64_t count) {
  const int64_t piece = (int64_t)1 << 30;
  for (int64_t o = 0; o < count; o += piece) {
    int64_t c = count - o < piece ? count - o : piece;
    MPI_Allreduce(MPI_IN_PLACE, words + o, (int)c, MPI_UINT64_T, MPI_BOR, MPI_COMM_WORLD);
  }
}

/* The largest of a value over every process (the peak memory of the run's processes). */
double braints_mpi_max(double value) {
  double out;
  MPI_Allreduce(&value, &out, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
  return out;
}
