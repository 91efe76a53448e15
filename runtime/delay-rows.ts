// Rows sorted by delay (runtime/native/delay-rows.c): where a projection's per-synapse delays span
// few steps for the length of its rows, each row is reordered by delay once at build, and delivery
// runs each delay's synapses in memory order (runtime/native/synapses.c) instead of queueing every
// synapse at its arrival step. The delays are then kept as where each row's delays begin (the
// bounds), not per synapse; and the synapses' row positions are no longer the connector's list
// order, which the rows' `order` gives back (computed when first read, from each synapse's place
// in its row before the sort, 2 bytes a synapse).
import type { Csr } from './csr';
import type { MpiWorld } from './mpi';
import type { ProjectionState } from './native-memory';
import { sortRowsByDelay as sortRowsByDelayNative } from './native-connect';
import { deliversSpikes, onPreUsesPre } from '../ir/types';
import { BraintsError } from './errors';
import { ROW_SEGMENTS } from '../contract/plan-layout';

/** A projection's rows sorted by delay: see ProjectionState.delayRows. */
export interface DelayRows {
  /** The shortest delay in steps, on every process (the longest is queueSlots - 1). */
  shortest: number;
  /** The delivering threads' shares of the targets each delay's synapses are cut at: the delivering threads, or 1 where their bounds would not fit (see `pays`; each thread then bisects its part). */
  shares: number;
  /**
   * presynaptic neurons x ((longest - shortest + 1) x shares + 1): row i's synapses of delay
   * shortest + d onto share t of the targets are bounds[i * stride + d * shares + t] up to the
   * next, those of delay shortest + d up to bounds[i * stride + (d + 1) * shares].
   */
  bounds: Int32Array;
  /** Room for each delivering thread's list of row segments onto its share of the targets (the plan's rowCuts). */
  cuts: Int32Array;
}

/** Per-synapse delays over all processes: the shortest, the longest and how many synapses have them (collective). */
export function delayExtent(
  local: { shortest: number; longest: number; synapses: number },
  mpi: MpiWorld | undefined,
): { shortest: number; longest: number; synapses: number } {
  if (!mpi || mpi.size === 1) return local;
  const synapses = mpi.concat(Float64Array.of(local.synapses)).reduce((a, b) => a + b, 0);
  return { shortest: mpi.min(local.shortest), longest: mpi.max(local.longest), synapses };
}

/**
 * Whether sorting the rows by delay pays, alike on every process, with each delay's synapses cut
 * at `shares` shares of the targets: onPre delivers spikes and uses no presynaptic state (so that
 * threads can take their parts of every delay's segment, and the kernel can be given segments in
 * place of spikes), and the bounds, at most (longest + 1) x shares + 1 int32 values per
 * presynaptic neuron, take at most the 2 bytes per synapse of the uint16 delays they replace (the
 * presynaptic ring's slots are not counted; in a distributed run each process holds every row's
 * bounds for its share of the synapses counted here).
 */
function pays(p: ProjectionState, extent: { longest: number; synapses: number }, shares: number): boolean {
  const ir = p.synapse.model.ir;
  if (!deliversSpikes(ir) || onPreUsesPre(ir) || extent.synapses === 0) return false;
  return 2 * p.pre.group.size * ((extent.longest + 1) * shares + 1) <= extent.synapses;
}

/** The list order of rows sorted by delay, where the list was the rows' order: row i's list begins at rowptr[i], and `within` says each synapse's place in it. */
function listOrder(rowptr: Int32Array, within: Uint16Array): Int32Array {
  const order = new Int32Array(within.length);
  for (let i = 0; i + 1 < rowptr.length; i++) for (let k = rowptr[i]; k < rowptr[i + 1]; k++) order[k] = rowptr[i] + within[k];
  return order;
}

/** The rows after their sort: the same rows and targets (reordered), with the list order of the synapses. */
function sortedCsr(csr: Csr, within: Uint16Array | undefined, order: Int32Array | undefined): Csr {
  const { rowptr, col } = csr;
  if (order) return csr.listLength === undefined ? { rowptr, col, order } : { rowptr, col, order, listLength: csr.listLength };
  let made: Int32Array | undefined;
  return {
    rowptr,
    col,
    within,
    get order() {
      return (made ??= listOrder(rowptr, within!));
    },
  };
}

/**
 * Sorts projection p's rows by delay where that pays (see `pays`: each delay cut at the shares of
 * the targets of the `delivering` threads, those that deliver it, where that pays too, so that delivery finds each
 * thread's part without a search; `delays` by row position, their extent over every process),
 * reordering its targets and list order in place, and sets its delayRows and csr; returns false,
 * changing nothing, where it does not pay or a row's targets are out of order. Every process calls
 * it for every projection, before the projection's per-synapse arrays are filled
 * (completeProjection, in the rows' final order: their values are not moved).
 */
export function sortRowsByDelay(
  p: ProjectionState,
  delays: Uint16Array | Int32Array,
  extent: { shortest: number; longest: number; synapses: number },
  threads: number,
  delivering: number,
): boolean {
  const shares = pays(p, extent, delivering) ? delivering : 1;
  if (!pays(p, extent, shares)) return false;
  const { csr } = p;
  const { rowptr, col } = csr;
  const nPre = rowptr.length - 1;
  let longestRow = 0;
  for (let i = 0; i < nPre; i++) longestRow = Math.max(longestRow, rowptr[i + 1] - rowptr[i]);
  // the list's order where it is not the rows': reordered with them (read now, before any synapse moves)
  let order = csr.order;
  if (!order && longestRow > 0x10000) order = Int32Array.from({ length: col.length }, (_, k) => k);
  // otherwise each synapse's place in its row before, into the uint16 delays themselves (read row by
  // row before they are written over: no new 2 bytes a synapse, 0.6 GB at the microcircuit's full scale)
  const within = order ? undefined : delays instanceof Uint16Array ? delays : new Uint16Array(col.length);
  const rows = { rowptr, col, order, delays, shortest: extent.shortest, span: extent.longest - extent.shortest + 1 };
  const bounds = new Int32Array(new ArrayBuffer(4 * nPre * (rows.span * shares + 1)));
  const targets = { postBegin: p.post.begin, postEnd: p.post.end, shares };
  const status = sortRowsByDelayNative(rows, targets, { within, bounds }, threads);
  if (status === 'out of memory') throw new BraintsError(`projection ${p.name}: out of memory sorting its rows by delay`);
  if (status === 'unsorted row') return false;
  p.csr = sortedCsr(csr, within, order);
  p.delayRows = { shortest: extent.shortest, shares, bounds, cuts: new Int32Array(new ArrayBuffer(4 * 3 * ROW_SEGMENTS * threads)) };
  return true;
}

/**
 * Calls visit(row, begin, end, steps) over every row's synapses [begin, end) of one delay, in row
 * order: `steps` is that delay, or -1 where each synapse has its own (p.delays, by row position).
 * Rows sorted by delay give their runs from the bounds, with no array of the synapses' delays.
 */
export function forEachDelayRun(p: ProjectionState, visit: (row: number, begin: number, end: number, steps: number) => void): void {
  const { rowptr } = p.csr;
  if (!p.delayRows) {
    const steps = p.delaySteps < 0 ? -1 : p.delaySteps;
    for (let i = 0; i + 1 < rowptr.length; i++) visit(i, rowptr[i], rowptr[i + 1], steps);
    return;
  }
  const { bounds, shortest, shares } = p.delayRows;
  const span = p.queueSlots - shortest,
    stride = span * shares + 1;
  for (let i = 0, r = 0; i + 1 < rowptr.length; i++, r += stride)
    for (let d = 0; d < span; d++) {
      const begin = bounds[r + d * shares],
        end = bounds[r + (d + 1) * shares];
      if (end > begin) visit(i, begin, end, shortest + d);
    }
}

/** Each synapse's delay in steps, by row position: the projection's own, or made from the bounds of rows sorted by delay. */
export function synapseDelays(p: ProjectionState): Uint16Array | Int32Array {
  if (p.delays) return p.delays;
  const out = p.queueSlots - 1 <= 0xffff ? new Uint16Array(p.csr.col.length) : new Int32Array(p.csr.col.length);
  forEachDelayRun(p, (_, begin, end, steps) => out.fill(steps, begin, end));
  return out;
}
