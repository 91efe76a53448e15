// Connectivity rules: each builds the compressed sparse rows of a projection (for every
// presynaptic neuron i, its postsynaptic targets col[rowptr[i]] ... col[rowptr[i + 1] - 1], in
// increasing order), with int32 indices. Random rules draw from the counter-based generator keyed
// by the network's seed and the projection, so a network is the same on every run and machine.
import { fmix32, uniformDraw } from './random';

export interface Csr {
  rowptr: Int32Array;
  col: Int32Array;
}

export interface Connector {
  readonly description: string;
  build(nPre: number, nPost: number, key: number): Csr;
}

const MAX_SYNAPSES = 2 ** 31 - 1;

/** Turns per-row counts into row pointers; checks the int32 limit. */
function rowPointers(counts: Int32Array | number[], nPre: number): Int32Array {
  const rowptr = new Int32Array(nPre + 1);
  let total = 0;
  for (let i = 0; i < nPre; i++) {
    total += counts[i];
    if (total > MAX_SYNAPSES) throw new Error(`a projection holds at most 2^31 - 1 synapses (int32 indices)`);
    rowptr[i + 1] = total;
  }
  return rowptr;
}

/** A growable int32 buffer (doubling), for rules whose synapse count is known only at the end. */
class IntBuffer {
  data = new Int32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  take(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Neuron i to neuron i (the groups must have the same size). */
export function oneToOne(): Connector {
  return {
    description: 'one-to-one',
    build(nPre, nPost) {
      if (nPre !== nPost) throw new Error(`oneToOne() connects groups of equal size, not ${nPre} and ${nPost}`);
      return { rowptr: Int32Array.from({ length: nPre + 1 }, (_, i) => i), col: Int32Array.from({ length: nPre }, (_, i) => i) };
    },
  };
}

/** Every presynaptic neuron to every postsynaptic one (optionally without i -> i). */
export function allToAll(opts: { selfConnections?: boolean } = {}): Connector {
  const self = opts.selfConnections ?? true;
  return {
    description: `all-to-all${self ? '' : ' without self-connections'}`,
    build(nPre, nPost) {
      const counts = Array.from({ length: nPre }, (_, i) => nPost - (!self && i < nPost ? 1 : 0));
      const rowptr = rowPointers(counts, nPre);
      const col = new Int32Array(rowptr[nPre]);
      let k = 0;
      for (let i = 0; i < nPre; i++) for (let j = 0; j < nPost; j++) if (self || i !== j) col[k++] = j;
      return { rowptr, col };
    },
  };
}

/**
 * Each pair independently with probability p (Brian2's connect(p=...)). Targets are found by
 * geometric skipping, so building takes time proportional to the synapses, not to nPre * nPost.
 */
export function fixedProb(p: number, opts: { selfConnections?: boolean } = {}): Connector {
  if (!(p >= 0 && p <= 1)) throw new Error(`fixedProb(${p}): p is a probability in [0, 1]`);
  const self = opts.selfConnections ?? true;
  return {
    description: `fixed probability ${p}${self ? '' : ' without self-connections'}`,
    build(nPre, nPost, key) {
      const col = new IntBuffer();
      const counts = new Int32Array(nPre);
      const logq = Math.log1p(-p);
      for (let i = 0; i < nPre; i++) {
        const row = fmix32(key ^ i);
        let draw = 0;
        // the gap to the next target is geometric: floor(log(u) / log(1 - p))
        const gap = () => (p === 1 ? 0 : Math.floor(Math.log(uniformDraw(row, draw++)) / logq));
        const before = col.length;
        if (p > 0) for (let j = gap(); j < nPost; j += 1 + gap()) if (self || i !== j) col.push(j);
        counts[i] = col.length - before;
      }
      return { rowptr: rowPointers(counts, nPre), col: col.take() };
    },
  };
}

/** Partial Fisher-Yates: `k` distinct values of [0, n), excluding `skip` (-1: none), sorted. */
function sample(n: number, k: number, skip: number, row: number, scratch: Int32Array): Int32Array {
  const m = skip >= 0 ? n - 1 : n;
  if (k > m) throw new Error(`cannot choose ${k} distinct neurons out of ${m}`);
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
  return {
    description: `${k} sources per postsynaptic neuron`,
    build(nPre, nPost, key) {
      const sources = new Int32Array(nPost * k);
      const scratch = new Int32Array(nPre);
      for (let j = 0; j < nPost; j++) sources.set(sample(nPre, k, self || j >= nPre ? -1 : j, fmix32(key ^ j ^ 0x5bd1e995), scratch), j * k);
      const pre = sources;
      const post = Int32Array.from({ length: nPost * k }, (_, x) => Math.floor(x / k));
      return fromPairs(pre, post, nPre);
    },
  };
}

/** Exactly `n` synapses between pairs drawn uniformly (with repetition, as NEST's fixed_total_number). */
export function fixedTotal(n: number): Connector {
  return {
    description: `${n} synapses in total`,
    build(nPre, nPost, key) {
      const pre = new Int32Array(n), post = new Int32Array(n);
      for (let x = 0; x < n; x++) {
        const h = fmix32(key ^ x);
        pre[x] = Math.floor(uniformDraw(h, 0) * nPre);
        post[x] = Math.floor(uniformDraw(h, 1) * nPost);
      }
      return fromPairs(pre, post, nPre);
    },
  };
}

/** Sorts (i, j) pairs into rows by a counting sort, keeping each row's targets in increasing order. */
function fromPairs(pre: Int32Array, post: Int32Array, nPre: number): Csr {
  const counts = new Int32Array(nPre);
  for (let x = 0; x < pre.length; x++) counts[pre[x]]++;
  const rowptr = rowPointers(counts, nPre);
  const fill = rowptr.slice(0, nPre);
  const col = new Int32Array(pre.length);
  for (let x = 0; x < pre.length; x++) col[fill[pre[x]]++] = post[x];
  for (let i = 0; i < nPre; i++) col.subarray(rowptr[i], rowptr[i + 1]).sort();
  return { rowptr, col };
}

/** Synapses given as index arrays: synapse x connects pre[x] to post[x]. */
export function fromArrays(pre: ArrayLike<number>, post: ArrayLike<number>): Connector {
  if (pre.length !== post.length) throw new Error(`fromArrays(): ${pre.length} presynaptic and ${post.length} postsynaptic indices`);
  return {
    description: `${pre.length} given synapses`,
    build(nPre, nPost) {
      for (let x = 0; x < pre.length; x++) {
        if (!(pre[x] >= 0 && pre[x] < nPre && post[x] >= 0 && post[x] < nPost)) throw new Error(`fromArrays(): synapse ${x} (${pre[x]} -> ${post[x]}) is outside the groups`);
      }
      return fromPairs(Int32Array.from(pre), Int32Array.from(post), nPre);
    },
  };
}

/** Synapses where a dense nPre x nPost matrix (row-major) is non-zero. */
export function fromMatrix(matrix: ArrayLike<number>): Connector {
  return {
    description: 'dense matrix',
    build(nPre, nPost) {
      if (matrix.length !== nPre * nPost) throw new Error(`fromMatrix(): ${matrix.length} entries for ${nPre} x ${nPost}`);
      const pre: number[] = [], post: number[] = [];
      for (let i = 0; i < nPre; i++) for (let j = 0; j < nPost; j++) if (matrix[i * nPost + j] !== 0) { pre.push(i); post.push(j); }
      return fromPairs(Int32Array.from(pre), Int32Array.from(post), nPre);
    },
  };
}
