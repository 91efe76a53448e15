// The connectivity rules written in C (runtime/native/connect.c and fixed-total.c), and the rows
// sorted by delay (delay-rows.c), compiled once into a small cached library and called through
// koffi on the rule's typed arrays.
import koffi from 'koffi';
import { writeFileSync } from 'node:fs';
import { cached, hashOf } from './cache';
import { NATIVE_DIR, nativeSource } from './native';
import { compileCCommand, linkSharedCommand, runNow } from '../llvm/toolchain';

type FixedProb = (
  nPre: number,
  nPost: number,
  p: number,
  key: number,
  self: number,
  postBegin: number,
  postEnd: number,
  counts: Int32Array,
  col: Int32Array,
  capacity: number,
) => number;

type FixedProbPlaces = (
  nPre: number,
  nPost: number,
  p: number,
  key: number,
  self: number,
  postBegin: number,
  before: Int32Array,
  whole: Int32Array,
) => number;

type FixedTotal = (
  n: number,
  nPre: number,
  nPost: number,
  key: number,
  threads: number,
  counts: Int32Array,
  col: Int32Array,
  order: Int32Array,
) => number;

type SortRowsByDelay = (
  nPre: number,
  rowptr: Int32Array,
  col: Int32Array,
  order: Int32Array | null,
  delays: Uint16Array | Int32Array,
  delayBytes: number,
  shortest: number,
  span: number,
  postBegin: number,
  postEnd: number,
  targetShares: number,
  within: Uint16Array | null,
  bounds: Int32Array,
  threads: number,
) => number;

interface Rules {
  fixedProb: FixedProb;
  fixedProbPlaces: FixedProbPlaces;
  fixedTotal: FixedTotal;
  sortRowsByDelay: SortRowsByDelay;
}

let rules: Rules | undefined;

function load(): Rules {
  const sources = ['connect.c', 'fixed-total.c', 'delay-rows.c'].map((file) => nativeSource(file));
  const lib = cached(`connect-${hashOf(...sources.map((s) => s.identity))}.so`, (tmp) => {
    const objects = sources.map((source, k) => {
      writeFileSync(`${tmp}-${k}.c`, source.text);
      runNow(compileCCommand(`${tmp}-${k}.c`, `${tmp}-${k}.o`, NATIVE_DIR));
      return `${tmp}-${k}.o`;
    });
    runNow(linkSharedCommand(objects, tmp));
  });
  const so = koffi.load(lib.path);
  const prob = so.func(
    'int64_t braints_fixed_prob(int64_t, int64_t, double, uint32_t, int32_t, int64_t, int64_t, void *counts, void *col, int64_t capacity)',
  );
  const places = so.func(
    'int64_t braints_fixed_prob_places(int64_t, int64_t, double, uint32_t, int32_t, int64_t, void *before, void *whole)',
  );
  const total = so.func(
    'int64_t braints_fixed_total(int64_t, int64_t, int64_t, uint32_t, int32_t threads, void *counts, void *col, void *order)',
  );
  const sort = so.func(
    'int32_t braints_sort_rows_by_delay(int64_t, void *rowptr, void *col, void *order, void *delays, int32_t, int64_t, int64_t, int64_t, int64_t, int64_t, void *within, void *bounds, int32_t threads)',
  );
  return {
    fixedProb: (...args) => Number(prob(...args)),
    fixedProbPlaces: (...args) => Number(places(...args)),
    fixedTotal: (...args) => Number(total(...args)),
    sortRowsByDelay: (...args) => Number(sort(...args)),
  };
}

/** Where each row's kept targets lie in the whole row: `before[i]` of its targets are below the range, `whole[i]` is all of them. */
export interface RowPlaces {
  before: Int32Array;
  whole: Int32Array;
}

/**
 * Fixed-probability targets in [targets.begin, targets.end) of every presynaptic neuron, drawn
 * from the blocks of targets overlapping that range (see connect.c): fills `counts` (per row) and
 * returns the targets row after row, or undefined when more than `capacity` were kept.
 */
export function fixedProbTargets(
  nPre: number,
  nPost: number,
  p: number,
  key: number,
  self: boolean,
  targets: { begin: number; end: number },
  counts: Int32Array,
  capacity: number,
): Int32Array | undefined {
  rules ??= load();
  const col = new Int32Array(new ArrayBuffer(4 * Math.max(1, capacity)));
  const total = rules.fixedProb(nPre, nPost, p, key >>> 0, self ? 1 : 0, targets.begin, targets.end, counts, col, capacity);
  if (total < 0) return undefined;
  // a view while the slack is small (no second copy of 10^8 targets), else a trimmed copy
  return total > 0.9 * capacity ? col.subarray(0, total) : col.slice(0, total);
}

/**
 * Where the targets from `postBegin` on lie in the whole rows of the same draws: `before[i]` of row
 * i's targets are below postBegin, `whole[i]` is all of them (every block drawn: one process's cost).
 */
export function fixedProbPlaces(nPre: number, nPost: number, p: number, key: number, self: boolean, postBegin: number): RowPlaces {
  rules ??= load();
  const places = { before: new Int32Array(nPre), whole: new Int32Array(nPre) };
  rules.fixedProbPlaces(nPre, nPost, p, key >>> 0, self ? 1 : 0, postBegin, places.before, places.whole);
  return places;
}

/**
 * The rows of `n` synapses with uniform sources and targets (see fixed-total.c), drawn on
 * `threads` threads (the same rows for any number): fills `counts` and
 * returns the targets row after row, each row sorted; undefined when C ran out of memory.
 */
export function fixedTotalTargets(
  n: number,
  nPre: number,
  nPost: number,
  key: number,
  threads: number,
  counts: Int32Array,
): Int32Array | undefined {
  rules ??= load();
  const col = new Int32Array(new ArrayBuffer(4 * Math.max(1, n)));
  if (!(fixedTotalScratch && fixedTotalScratch.length >= n)) fixedTotalScratch = new Int32Array(new ArrayBuffer(4 * Math.max(1, n)));
  return rules.fixedTotal(n, nPre, nPost, key >>> 0, threads, counts, col, fixedTotalScratch) < 0 ? undefined : col.subarray(0, n);
}

/**
 * fixedTotal's scratch (4 bytes a synapse of the largest rule so far), kept from one projection's
 * rule to the next: fresh pages cost more than the work done in them (fixed-total.c). The build
 * of a network drops it when its projections are built (releaseFixedTotalScratch).
 */
let fixedTotalScratch: Int32Array | undefined;

export function releaseFixedTotalScratch(): void {
  fixedTotalScratch = undefined;
}

/** What braints_sort_rows_by_delay returned (runtime/native/delay-rows.c). */
export type SortStatus = 'sorted' | 'out of memory' | 'unsorted row';

/**
 * Sorts a projection's rows by delay (see delay-rows.c) on `threads` threads: first checks that
 * each row lists its targets (`col`) in increasing order, then reorders them and, if given, the
 * list order `order`, and fills `bounds` (each delay's synapses cut at the `shares` delivering threads'
 * shares of the targets [postBegin, postEnd)) and, if given, `within` (which may be the uint16 delays).
 */
export function sortRowsByDelay(
  rows: { rowptr: Int32Array; col: Int32Array; order?: Int32Array; delays: Uint16Array | Int32Array; shortest: number; span: number },
  targets: { postBegin: number; postEnd: number; shares: number },
  made: { within?: Uint16Array; bounds: Int32Array },
  threads: number,
): SortStatus {
  rules ??= load();
  const { rowptr, col, order, delays, shortest, span } = rows;
  const status = rules.sortRowsByDelay(
    rowptr.length - 1,
    rowptr,
    col,
    order ?? null,
    delays,
    delays.BYTES_PER_ELEMENT,
    shortest,
    span,
    targets.postBegin,
    targets.postEnd,
    targets.shares,
    made.within ?? null,
    made.bounds,
    threads,
  );
  return (['sorted', 'out of memory', 'unsorted row'] as const)[status];
}
