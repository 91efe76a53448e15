// Connectivity rules: each builds the compressed sparse rows (csr.ts) of a projection. Random
// rules draw from the counter-based generator keyed by the network's seed and the projection, so a
// network is the same on every run and machine. Rules of a geometry or a graph model (grids, small
// world, scale free) are in connect-topology.ts.
import { fixedProbPlaces, fixedProbTargets, fixedTotalTargets } from './native-connect';
import type { RowPlaces } from './native-connect';
import { fmix32, uniformDraw } from './random';
import { BraintsError } from './errors';
import { fromPairs, fromPairsWithOrder, rowPointers } from './csr';
import type { Csr } from './csr';

export interface Connector {
  readonly description: string;
  /**
   * The projection's synapses. `targets`, given by a process of a distributed run (MPI), is the
   * range of target neurons it holds: a rule may build only the synapses onto them, drawn as the
   * whole projection's (its Csr then says `order` and `listLength`); one that builds them all
   * has the rest dropped by the caller. `threads` is how many threads the rule may draw on (the
   * run's; the synapses are the same for any number).
   */
  build(nPre: number, nPost: number, key: number, targets?: { begin: number; end: number }, threads?: number): Csr;
}

/** Neuron i to neuron i (the groups must have the same size); given a range of targets, the synapses onto it (synapse i is i -> i). */
export function oneToOne(): Connector {
  return {
    description: 'one-to-one',
    build(nPre, nPost, _key, targets = { begin: 0, end: nPost }) {
      if (nPre !== nPost) throw new BraintsError(`oneToOne() connects groups of equal size, not ${nPre} and ${nPost}`);
      const { begin, end } = targets;
      const rowptr = Int32Array.from({ length: nPre + 1 }, (_, i) => Math.min(Math.max(i - begin, 0), end - begin));
      const col = Int32Array.from({ length: end - begin }, (_, k) => begin + k);
      return begin === 0 && end === nPost ? { rowptr, col } : { rowptr, col, order: col.slice(), listLength: nPre };
    },
  };
}

/**
 * Every presynaptic neuron to every postsynaptic one (optionally without i -> i); given a range of
 * targets, the synapses onto it, each with its place in the whole rows (known by index).
 */
export function allToAll(opts: { selfConnections?: boolean } = {}): Connector {
  const self = opts.selfConnections ?? true;
  return {
    description: `all-to-all${self ? '' : ' without self-connections'}`,
    build(nPre, nPost, _key, targets = { begin: 0, end: nPost }) {
      const { begin, end } = targets;
      const skips = (i: number) => !self && i >= begin && i < end;
      const counts = Array.from({ length: nPre }, (_, i) => end - begin - (skips(i) ? 1 : 0));
      const rowptr = rowPointers(counts, nPre);
      const col = new Int32Array(rowptr[nPre]);
      const whole = begin === 0 && end === nPost;
      const order = whole ? undefined : new Int32Array(rowptr[nPre]);
      const rowLength = (i: number) => nPost - (!self && i < nPost ? 1 : 0);
      let k = 0,
        start = 0;
      for (let i = 0; i < nPre; i++) {
        for (let j = begin; j < end; j++) {
          if (!self && i === j) continue;
          // its place in row i of the whole list: j, less the self-connection left out before it
          if (order) order[k] = start + j - (!self && i < j ? 1 : 0);
          col[k++] = j;
        }
        start += rowLength(i);
      }
      return order ? { rowptr, col, order, listLength: start } : { rowptr, col };
    },
  };
}

/**
 * Each pair independently with probability p (Brian2's connect(p=...)). Targets are found by
 * geometric skipping, so building takes time proportional to the synapses, not to nPre * nPost,
 * in blocks of targets with draws of their own (runtime/native/connect.c). Given a range of
 * targets, only the blocks overlapping it are drawn; the kept synapses' places in the whole list
 * are drawn (every block counted) only when a per-synapse value or delay needs them.
 */
export function fixedProb(p: number, opts: { selfConnections?: boolean } = {}): Connector {
  if (!(p >= 0 && p <= 1)) throw new BraintsError(`fixedProb(${p}): p is a probability in [0, 1]`);
  const self = opts.selfConnections ?? true;
  return {
    description: `fixed probability ${p}${self ? '' : ' without self-connections'}`,
    build(nPre, nPost, key, targets = { begin: 0, end: nPost }) {
      const counts = new Int32Array(nPre);
      if (p === 0) return { rowptr: rowPointers(counts, nPre), col: new Int32Array(0) };
      if (p === 1) return allToAll({ selfConnections: self }).build(nPre, nPost, key, targets);
      // in C, into an array sized for the expected count plus 6 standard deviations, made larger
      // in the rare case it is not enough
      const mean = nPre * (targets.end - targets.begin) * p;
      let capacity = Math.ceil(mean + 6 * Math.sqrt(mean * (1 - p)) + 16);
      let col: Int32Array | undefined;
      while (!(col = fixedProbTargets(nPre, nPost, p, key, self, targets, counts, capacity))) capacity *= 2;
      const rowptr = rowPointers(counts, nPre);
      if (targets.begin === 0 && targets.end === nPost) return { rowptr, col };
      return withListPlaces({ rowptr, col }, () => fixedProbPlaces(nPre, nPost, p, key, self, targets.begin));
    },
  };
}

/**
 * The kept synapses' rows with, computed when first read (only a per-synapse initializer or delay
 * needs them), the list's length and each one's list index: its place in the whole rows, row
 * after row, from where the kept targets lie in each whole row (`places`).
 */
function withListPlaces(kept: Csr, placesOf: () => RowPlaces): Csr {
  const { rowptr } = kept;
  let found: { order: Int32Array; listLength: number } | undefined;
  const listed = () => {
    if (found) return found;
    const places = placesOf();
    const listLength = places.whole.reduce((a, b) => a + b, 0);
    if (listLength > 2 ** 31 - 1) throw new BraintsError(`a projection holds at most 2^31 - 1 synapses (int32 indices)`);
    const order = new Int32Array(rowptr[rowptr.length - 1]);
    let start = 0;
    for (let i = 0; i + 1 < rowptr.length; i++) {
      for (let k = rowptr[i]; k < rowptr[i + 1]; k++) order[k] = start + places.before[i] + k - rowptr[i];
      start += places.whole[i];
    }
    return (found = { order, listLength });
  };
  return {
    ...kept,
    get listLength() {
      return listed().listLength;
    },
    get order() {
      return listed().order;
    },
  };
}

/** Partial Fisher-Yates: `k` distinct values of [0, n), excluding `skip` (-1: none), sorted. */
function sample(n: number, k: number, skip: number, row: number, scratch: Int32Array): Int32Array {
  const m = skip >= 0 ? n - 1 : n;
  if (k > m) throw new BraintsError(`cannot choose ${k} distinct neurons out of ${m}`);
  for (let x = 0; x < m; x++) scratch[x] = skip >= 0 && x >= skip ? x + 1 : x;
  for (let x = 0; x < k; x++) {
    const y = x + Math.floor(uniformDraw(row, x) * (m - x));
    const tmp = scratch[x];
    scratch[x] = scratch[y];
    scratch[y] = tmp;
  }
  return scratch.slice(0, k).sort();
}

/** Each presynaptic neuron gets exactly `k` distinct targets. */
export function fixedNumberPost(k: number, opts: { selfConnections?: boolean } = {}): Connector {
  const self = opts.selfConnections ?? true;
  return {
    description: `${k} targets per presynaptic neuron`,
    build(nPre, nPost, key) {
      const rowptr = rowPointers(new Array(nPre).fill(k), nPre);
      const col = new Int32Array(rowptr[nPre]);
      const scratch = new Int32Array(nPost);
      for (let i = 0; i < nPre; i++) col.set(sample(nPost, k, self || i >= nPost ? -1 : i, fmix32(key ^ i), scratch), i * k);
      return { rowptr, col };
    },
  };
}

/** Each postsynaptic neuron gets exactly `k` distinct sources. */
export function fixedNumberPre(k: number, opts: { selfConnections?: boolean } = {}): Connector {
  const self = opts.selfConnections ?? true;
  /** The sources of targets [from, to), k per target, each target's drawn from a stream of its own. */
  const sourcesOf = (nPre: number, key: number, from: number, to: number): Int32Array => {
    const sources = new Int32Array(Math.max(0, to - from) * k);
    const scratch = new Int32Array(nPre);
    for (let j = from; j < to; j++)
      sources.set(sample(nPre, k, self || j >= nPre ? -1 : j, fmix32(key ^ j ^ 0x5bd1e995), scratch), (j - from) * k);
    return sources;
  };
  return {
    description: `${k} sources per postsynaptic neuron`,
    build(nPre, nPost, key, targets = { begin: 0, end: nPost }) {
      // a process of a distributed run draws the sources of its own targets only
      const { begin, end } = targets;
      const pre = sourcesOf(nPre, key, begin, end);
      const post = Int32Array.from({ length: pre.length }, (_, x) => begin + Math.floor(x / k));
      const kept = fromPairs(pre, post, nPre);
      if (begin === 0 && end === nPost) return kept;
      // the list is the whole rows' order: a synapse's place needs every target's sources (drawn only when asked)
      return withListPlaces(kept, () => {
        const before = new Int32Array(nPre),
          whole = new Int32Array(nPre);
        sourcesOf(nPre, key, 0, begin).forEach((i) => before[i]++);
        whole.set(before);
        sourcesOf(nPre, key, begin, nPost).forEach((i) => whole[i]++);
        return { before, whole };
      });
    },
  };
}

/**
 * Exactly `n` synapses between pairs drawn uniformly (with repetition, as NEST's
 * fixed_total_number): synapse x's source and target come from the key ^ x. In C
 * (runtime/native/fixed-total.c), on the run's threads.
 */
export function fixedTotal(n: number): Connector {
  if (!(Number.isInteger(n) && n >= 0)) throw new BraintsError(`fixedTotal(${n}): the number of synapses is a whole number >= 0`);
  return {
    description: `${n} synapses in total`,
    build(nPre, nPost, key, _targets, threads = 1) {
      const counts = new Int32Array(nPre);
      if (n === 0) return { rowptr: rowPointers(counts, nPre), col: new Int32Array(0) };
      if (nPre === 0 || nPost === 0) throw new BraintsError(`fixedTotal(${n}): no neurons to connect (${nPre} sources, ${nPost} targets)`);
      const col = fixedTotalTargets(n, nPre, nPost, key, threads, counts);
      if (!col) throw new BraintsError(`fixedTotal(${n}): out of memory sorting the synapses into rows`);
      return { rowptr: rowPointers(counts, nPre), col };
    },
  };
}

/**
 * Synapses given as index arrays: synapse x connects pre[x] to post[x]. The same pair may be
 * listed more than once (multapses). Per-synapse values given as arrays (parameters, initial
 * state, delays) are in this list's order, and so is per-synapse state read back
 * (`net.synapseState`).
 */
export function fromArrays(pre: ArrayLike<number>, post: ArrayLike<number>): Connector {
  if (pre.length !== post.length) throw new BraintsError(`fromArrays(): ${pre.length} presynaptic and ${post.length} postsynaptic indices`);
  return {
    description: `${pre.length} given synapses`,
    build(nPre, nPost) {
      for (let x = 0; x < pre.length; x++) {
        if (!(Number.isInteger(pre[x]) && Number.isInteger(post[x]) && pre[x] >= 0 && pre[x] < nPre && post[x] >= 0 && post[x] < nPost))
          throw new BraintsError(
            `fromArrays(): synapse ${x} (${pre[x]} -> ${post[x]}) does not connect neurons of the groups (pre 0 to ${nPre - 1}, post 0 to ${nPost - 1})`,
          );
      }
      return fromPairsWithOrder(Int32Array.from(pre), Int32Array.from(post), nPre);
    },
  };
}

/**
 * Synapses where a dense nPre x nPost matrix (row-major) is non-zero, listed in row-major order
 * (by presynaptic neuron, then target: the rows' own order).
 */
export function fromMatrix(matrix: ArrayLike<number>): Connector {
  return {
    description: 'dense matrix',
    build(nPre, nPost) {
      if (matrix.length !== nPre * nPost) throw new BraintsError(`fromMatrix(): ${matrix.length} entries for ${nPre} x ${nPost}`);
      const pre: number[] = [],
        post: number[] = [];
      for (let i = 0; i < nPre; i++)
        for (let j = 0; j < nPost; j++)
          if (matrix[i * nPost + j] !== 0) {
            pre.push(i);
            post.push(j);
          }
      return fromPairs(Int32Array.from(pre), Int32Array.from(post), nPre);
    },
  };
}
