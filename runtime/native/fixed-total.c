/*
 * fixedTotal in C, on several threads: a fixed total of n synapses, each from a source and to a
 * target drawn uniformly (NEST's fixed_total_number with multapses and autapses). Synapse x draws
 * its pair from key ^ x, as fixedTotal in runtime/connect.ts. The rows hold each source's targets
 * in increasing order, so the result is a function of the multiset of pairs only: how the
 * synapses are shared among the threads changes nothing of it.
 *
 * Three passes, each on every thread: (1) each share of the synapses counts its sources per row;
 * (2) it draws them again and writes each target into its row, after the earlier shares' (the
 * counts' prefix sums say where); (3) each share of the rows sorts its rows. The second pass goes
 * through blocks of ROWS_PER_BLOCK rows: it first lists its synapses by their source's block (in
 * `order`, the caller's scratch of 4 bytes a synapse, kept from one call to the next: on this
 * machine's VM a page's first touch costs more than the draws), then draws each block's synapses
 * again and writes their targets, so that the rows being written are a few pages and lines rather
 * than one of each per row (a TLB and cache miss a synapse: 19 ns a synapse on this machine). A
 * share's synapses reach each row in increasing order either way.
 */
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "parallel.h"
#include "random.h"

#define RADIX_BITS 8
#define RADIX      (1 << RADIX_BITS)
/* Rows written together in pass 2: their cursors' lines and pages stay in the caches and the TLB. */
#define ROWS_PER_BLOCK 256

typedef struct {
  int64_t n_pre, n_post;
  uint32_t key;
  int32_t *counts, *col;
  int64_t *row_start; /* n_pre + 1: where each row begins in col */
  int32_t *order;     /* n: pass 2's synapses listed by their source's block, each share in its [begin, end) */
  int64_t n_blocks;   /* of ROWS_PER_BLOCK rows */
} Job;

typedef struct {
  const Job *job;
  int64_t begin, end; /* passes 1 and 2: its synapses [begin, end) */
  int64_t *at;        /* n_pre: this share's count per row (pass 1), then its write cursor (pass 2) */
  int64_t *block_at;  /* n_blocks: where this share's synapses of each block begin in order, then (pass 2) end */
  int32_t pass;       /* 1, 2 or 3 */
  int32_t failed;     /* pass 3: out of memory for its scratch */
  int64_t row_begin, row_end; /* pass 3: its rows */
} Share;

static inline int32_t source_of(uint32_t h, int64_t n_pre) {
  return (int32_t)floor(unit_draw(h, 0) * (double)n_pre);
}
static inline int32_t target_of(uint32_t h, int64_t n_post) {
  return (int32_t)floor(unit_draw(h, 1) * (double)n_post);
}

/* Synapses x .. x + 7's sources and (when `post`) targets, eight lanes at once, bit for bit the above. */
#if defined(__x86_64__)
__attribute__((target("avx2"))) static void index_x8(__m256i h, int64_t n, int32_t *out) {
  __m256d lo, hi, scale = _mm256_set1_pd((double)n);
  unit_of_x8(fmix32_x8(h), BRAINTS_WORD_SALT_0, BRAINTS_WORD_SALT_1, &lo, &hi);
  _mm_storeu_si128((__m128i *)out, _mm256_cvttpd_epi32(_mm256_floor_pd(_mm256_mul_pd(lo, scale))));
  _mm_storeu_si128((__m128i *)(out + 4), _mm256_cvttpd_epi32(_mm256_floor_pd(_mm256_mul_pd(hi, scale))));
}

/* The sources and (when `post`) targets of the eight synapses numbered in `x`. */
__attribute__((target("avx2"))) static void pairs_of_x8(const Job *j, __m256i x, int32_t *pre, int32_t *post) {
  __m256i h = fmix32_x8(_mm256_xor_si256(_mm256_set1_epi32((int32_t)j->key), x));
  index_x8(h, j->n_pre, pre); /* unit_draw(h, 0) */
  if (post) index_x8(_mm256_xor_si256(h, _mm256_set1_epi32(1)), j->n_post, post);
}

/* Synapses x .. x + 7. */
__attribute__((target("avx2"))) static void pairs_x8(const Job *j, int64_t x, int32_t *pre, int32_t *post) {
  pairs_of_x8(j, _mm256_add_epi32(_mm256_set1_epi32((int32_t)x), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7)), pre, post);
}

/* The eight synapses listed at order[q ..]. */
__attribute__((target("avx2"))) static void listed_pairs_x8(const Job *j, int64_t q, int32_t *pre, int32_t *post) {
  pairs_of_x8(j, _mm256_loadu_si256((const __m256i *)(j->order + q)), pre, post);
}
#endif
static int use_avx2; /* set before the threads start */

/* Sorts a[0..len) of values below 2^bits, least significant digit first, with scratch of len. */
static void radix_sort(int32_t *a, int32_t *scratch, int64_t len, int bits) {
  int64_t bucket[RADIX];
  int32_t *from = a, *to = scratch;
  for (int shift = 0; shift < bits; shift += RADIX_BITS) {
    memset(bucket, 0, sizeof bucket);
    for (int64_t k = 0; k < len; k++) bucket[((uint32_t)from[k] >> shift) & (RADIX - 1)]++;
    for (int64_t b = 0, sum = 0; b < RADIX; b++) {
      int64_t c = bucket[b];
      bucket[b] = sum;
      sum += c;
    }
    for (int64_t k = 0; k < len; k++) to[bucket[((uint32_t)from[k] >> shift) & (RADIX - 1)]++] = from[k];
    int32_t *swap = from;
    from = to;
    to = swap;
  }
  if (from != a) memcpy(a, from, (size_t)len * sizeof(int32_t));
}

/* Pass 1: the share's count of synapses per row. */
static void count_share(Share *s) {
  const Job *j = s->job;
  int64_t x = s->begin;
#if defined(__x86_64__)
  int32_t pre[8];
  if (use_avx2)
    for (; x + 8 <= s->end; x += 8) {
      pairs_x8(j, x, pre, 0);
      for (int l = 0; l < 8; l++) s->at[pre[l]]++;
    }
#endif
  for (; x < s->end; x++) s->at[source_of(fmix32(j->key ^ (uint32_t)x), j->n_pre)]++;
}

/* Pass 2: the share's synapses listed by block, then each block's targets written into its rows. */
static void write_share(Share *s) {
  const Job *j = s->job;
  int64_t x = s->begin;
#if defined(__x86_64__)
  int32_t pre[8], post[8];
  if (use_avx2)
    for (; x + 8 <= s->end; x += 8) {
      pairs_x8(j, x, pre, 0);
      for (int l = 0; l < 8; l++) j->order[s->block_at[pre[l] / ROWS_PER_BLOCK]++] = (int32_t)(x + l);
    }
#endif
  for (; x < s->end; x++)
    j->order[s->block_at[source_of(fmix32(j->key ^ (uint32_t)x), j->n_pre) / ROWS_PER_BLOCK]++] = (int32_t)x;
  /* block_at[b] is now where block b ends: the next one's beginning */
  for (int64_t b = 0, q = s->begin; b < j->n_blocks; b++) {
    const int64_t end = s->block_at[b];
#if defined(__x86_64__)
    if (use_avx2)
      for (; q + 8 <= end; q += 8) {
        listed_pairs_x8(j, q, pre, post);
        for (int l = 0; l < 8; l++) j->col[s->at[pre[l]]++] = post[l];
      }
#endif
    for (; q < end; q++) {
      uint32_t h = fmix32(j->key ^ (uint32_t)j->order[q]);
      j->col[s->at[source_of(h, j->n_pre)]++] = target_of(h, j->n_post);
    }
  }
}

static void *run_share(void *arg) {
  Share *s = arg;
  const Job *j = s->job;
  if (s->pass == 1) count_share(s);
  else if (s->pass == 2) write_share(s);
  else {
    int bits = 0;
    while (bits < 31 && (INT64_C(1) << bits) < j->n_post) bits++;
    int64_t longest = 0;
    for (int64_t i = s->row_begin; i < s->row_end; i++)
      if (j->counts[i] > longest) longest = j->counts[i];
    int32_t *scratch = malloc(sizeof(int32_t) * (size_t)(longest > 0 ? longest : 1));
    if (!scratch) {
      s->failed = 1;
      return 0;
    }
    for (int64_t i = s->row_begin; i < s->row_end; i++)
      radix_sort(j->col + j->row_start[i], scratch, j->counts[i], bits);
    free(scratch);
  }
  return 0;
}

/* Runs pass `pass` on every share. */
static void run_pass(Share *shares, int64_t parts, int32_t pass) {
  for (int64_t t = 0; t < parts; t++) shares[t].pass = pass;
  run_shares(run_share, shares, sizeof(Share), parts);
}

/*
 * Writes counts[i] (n_pre of them) and the targets, row after row, each row in increasing order,
 * into col (n of them), on `threads` threads, with `order` (n) as scratch. Returns 0, or -1 when
 * out of memory.
 */
int64_t braints_fixed_total(int64_t n, int64_t n_pre, int64_t n_post, uint32_t key, int32_t threads, int32_t *counts,
                            int32_t *col, int32_t *order) {
  const int64_t parts = share_count(threads, n), n_blocks = (n_pre + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
  Job job = {n_pre, n_post, key, counts, col, malloc(sizeof(int64_t) * (size_t)(n_pre + 1)), order, n_blocks};
  Share shares[MAX_SHARES];
  int64_t status = -1, t;
  int allocated = job.row_start != 0;
#if defined(__x86_64__)
  use_avx2 = __builtin_cpu_supports("avx2");
#endif
  for (t = 0; t < parts; t++) {
    shares[t] = (Share){&job,
                        n * t / parts,
                        n * (t + 1) / parts,
                        calloc((size_t)n_pre, sizeof(int64_t)),
                        malloc(sizeof(int64_t) * (size_t)(n_blocks > 0 ? n_blocks : 1)),
                        0,
                        0,
                        0,
                        0};
    if (!shares[t].at || !shares[t].block_at) {
      allocated = 0;
      t++; /* freed below with the others */
      break;
    }
  }
  if (!allocated) goto done;
  run_pass(shares, parts, 1);
  /* where each share's synapses of each block are listed: its counts per row summed by block */
  for (int64_t s = 0; s < parts; s++) {
    int64_t at = shares[s].begin;
    for (int64_t b = 0; b < n_blocks; b++) {
      shares[s].block_at[b] = at;
      for (int64_t i = b * ROWS_PER_BLOCK; i < n_pre && i < (b + 1) * ROWS_PER_BLOCK; i++) at += shares[s].at[i];
    }
  }
  /* the rows' starts, and each share's cursor in each row: after the earlier shares' synapses */
  job.row_start[0] = 0;
  for (int64_t i = 0; i < n_pre; i++) {
    int64_t at = job.row_start[i];
    for (int64_t s = 0; s < parts; s++) {
      int64_t c = shares[s].at[i];
      shares[s].at[i] = at;
      at += c;
    }
    counts[i] = (int32_t)(at - job.row_start[i]);
    job.row_start[i + 1] = at;
  }
  run_pass(shares, parts, 2);
  /* the rows shared out by their synapses, so that each share sorts about n / parts */
  for (int64_t s = 0, i = 0; s < parts; s++) {
    shares[s].row_begin = i;
    while (i < n_pre && job.row_start[i] < n * (s + 1) / parts) i++;
    shares[s].row_end = s == parts - 1 ? n_pre : i;
  }
  run_pass(shares, parts, 3);
  status = 0;
  for (int64_t s = 0; s < parts; s++)
    if (shares[s].failed) status = -1;
done:
  for (int64_t s = 0; s < t; s++) {
    free(shares[s].at);
    free(shares[s].block_at);
  }
  free(job.row_start);
  return status;
}
