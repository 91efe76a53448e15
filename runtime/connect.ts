// Connectivity rules: each builds the compressed sparse rows of a projection (for every
// presynaptic neuron i, its postsynaptic targets col[rowptr[i]] ... col[rowptr[i + 1] - 1], in
// increasing order), with int32 indices. Random rules draw from the counter-based generator keyed
// by the network's seed and the projection, so a network is the same on every run and machine.
import { fixedProbTargets } from './native-connect';
import { fmix32, uniformDraw } from './random';
import { BraintsError } from './errors';

export interface Csr {
  rowptr: Int32Array;
  col: Int32Array;
  /**
   * Where the connector's own list of synapses differs from the rows (fromArrays: the user's
   * order): for the synapse at row position k, its index in that list. Per-synapse values given
   * as arrays, and per-synapse state read back, are in the list's order. Absent: the list is the
   * rows' order (sorted by presynaptic neuron, then target).
   */
  order?: Int32Array;
}

/** The index in the connector's list of the synapse at row position k. */
export const listIndex = (csr: Csr, k: number): number => (csr.order ? csr.order[k] : k);

/** The presynaptic neuron of each synapse, by row position. */
export function presynapticOf(csr: Csr): Int32Array {
  const pre = new Int32Array(csr.col.length);
  for (let i = 0; i + 1 < csr.rowptr.length; i++) pre.fill(i, csr.rowptr[i], csr.rowptr[i + 1]);
  return pre;
}

/** The row position of each synapse of the connector's list (the inverse of `order`), or undefined where the two agree. */
export function rowPositionsOf(csr: Csr): Int32Array | undefined {
  if (!csr.order) return undefined;
  const at = new Int32Array(csr.order.length);
  csr.order.forEach((x, k) => (at[x] = k));
  return at;
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
    if (total > MAX_SYNAPSES) throw new BraintsError(`a projection holds at most 2^31 - 1 synapses (int32 indices)`);
    rowptr[i + 1] = total;
  }
  return rowptr;
}

/** A growable int32 buffer (doubling), for rules whose synapse count is known only at the end. */
class IntBuffer {
  data: Int32Array;
  length = 0;

  constructor(expected = 1024) {
    this.data = new Int32Array(Math.max(16, Math.ceil(expected)));
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** The filled part; a view while the slack is small, so the arrays are not held twice. */
  take(): Int32Array {
    return this.length > 0.9 * this.data.length ? this.data.subarray(0, this.length) : this.data.slice(0, this.length);
  }
}

/** Neuron i to neuron i (the groups must have the same size). */
export function oneToOne(): Connector {
  return {
    description: 'one-to-one',
    build(nPre, nPost) {
      if (nPre !== nPost) throw new BraintsError(`oneToOne() connects groups of equal size, not ${nPre} and ${nPost}`);
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
  if (!(p >= 0 && p <= 1)) throw new BraintsError(`fixedProb(${p}): p is a probability in [0, 1]`);
  const self = opts.selfConnections ?? true;
  return {
    description: `fixed probability ${p}${self ? '' : ' without self-connections'}`,
    build(nPre, nPost, key) {
      const counts = new Int32Array(nPre);
      if (p === 0) return { rowptr: rowPointers(counts, nPre), col: new Int32Array(0) };
      if (p === 1) return allToAll({ selfConnections: self }).build(nPre, nPost, key);
      // in C (runtime/native/connect.c: geometric gaps between targets), into an array sized for
      // the expected count plus 6 standard deviations, made larger in the rare case it is not enough
      const mean = nPre * nPost * p;
      let capacity = Math.ceil(mean + 6 * Math.sqrt(mean * (1 - p)) + 16);
      let col: Int32Array | undefined;
      while (!(col = fixedProbTargets(nPre, nPost, p, key, self, counts, capacity))) capacity *= 2;
      return { rowptr: rowPointers(counts, nPre), col };
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
  return {
    description: `${k} sources per postsynaptic neuron`,
    build(nPre, nPost, key) {
      const sources = new Int32Array(nPost * k);
      const scratch = new Int32Array(nPre);
      for (let j = 0; j < nPost; j++)
        sources.set(sample(nPre, k, self || j >= nPre ? -1 : j, fmix32(key ^ j ^ 0x5bd1e995), scratch), j * k);
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
      const pre = new Int32Array(n),
        post = new Int32Array(n);
      for (let x = 0; x < n; x++) {
        const h = fmix32(key ^ x);
        pre[x] = Math.floor(uniformDraw(h, 0) * nPre);
        post[x] = Math.floor(uniformDraw(h, 1) * nPost);
      }
      return fromPairs(pre, post, nPre);
    },
  };
}

/** The list indices x of (pre[x], post[x]) pairs grouped into rows by a counting sort, increasing in each row. */
function bucketByRow(pre: Int32Array, nPre: number): { rowptr: Int32Array; order: Int32Array } {
  const counts = new Int32Array(nPre);
  for (let x = 0; x < pre.length; x++) counts[pre[x]]++;
  const rowptr = rowPointers(counts, nPre);
  const fill = rowptr.slice(0, nPre);
  const order = new Int32Array(pre.length);
  for (let x = 0; x < pre.length; x++) order[fill[pre[x]]++] = x;
  return { rowptr, order };
}

const targetsOf = (order: Int32Array, post: Int32Array): Int32Array => {
  const col = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) col[k] = post[order[k]];
  return col;
};

/** Sorts (i, j) pairs into rows, each row's targets in increasing order (the list's order is not kept). */
function fromPairs(pre: Int32Array, post: Int32Array, nPre: number): Csr {
  const { rowptr, order } = bucketByRow(pre, nPre);
  const col = targetsOf(order, post);
  for (let i = 0; i < nPre; i++) col.subarray(rowptr[i], rowptr[i + 1]).sort();
  return { rowptr, col };
}

/**
 * As fromPairs, keeping the order: for each row position, the index x of the pair it came from.
 * Pairs with the same (i, j) (multapses) stay distinct, in the order of the list.
 */
function fromPairsWithOrder(pre: Int32Array, post: Int32Array, nPre: number): Csr {
  const { rowptr, order } = bucketByRow(pre, nPre);
  // a stable sort by target keeps multapses in list order
  for (let i = 0; i < nPre; i++) {
    const row = Array.from(order.subarray(rowptr[i], rowptr[i + 1])).sort((a, b) => post[a] - post[b]);
    order.set(row, rowptr[i]);
  }
  return { rowptr, col: targetsOf(order, post), order };
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

/** Position of neuron i on a grid `width` wide: (i mod width, floor(i / width)). */
const gridXY = (i: number, width: number): [number, number] => [i % width, Math.floor(i / width)];

/**
 * Neurons on 2-D grids (pre and post of widths `preWidth` and `postWidth`, coordinates scaled to
 * the same extent): each pair with probability pmax exp(-d^2 / (2 sigma^2)), d in grid units of
 * the postsynaptic grid. Only targets within 5 sigma are tried.
 */
export function gaussianGrid(
  pmax: number,
  sigma: number,
  opts: { preWidth: number; postWidth?: number; selfConnections?: boolean },
): Connector {
  const self = opts.selfConnections ?? true;
  return {
    description: `Gaussian on a grid (pmax ${pmax}, sigma ${sigma})`,
    build(nPre, nPost, key) {
      const pw = opts.preWidth,
        qw = opts.postWidth ?? pw;
      const qh = Math.ceil(nPost / qw),
        scale = qw / pw;
      const r = Math.ceil(5 * sigma);
      const col = new IntBuffer(),
        counts = new Int32Array(nPre);
      for (let i = 0; i < nPre; i++) {
        const [px, py] = gridXY(i, pw);
        const cx = px * scale,
          cy = py * scale,
          row = fmix32(key ^ i);
        const before = col.length;
        let draw = 0;
        for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(qh - 1, Math.ceil(cy + r)); y++) {
          for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(qw - 1, Math.ceil(cx + r)); x++) {
            const j = y * qw + x;
            if (j >= nPost || (!self && i === j)) continue;
            const d2 = (x - cx) ** 2 + (y - cy) ** 2;
            if (uniformDraw(row, draw++) < pmax * Math.exp(-d2 / (2 * sigma * sigma))) col.push(j);
          }
        }
        counts[i] = col.length - before;
      }
      return { rowptr: rowPointers(counts, nPre), col: col.take() };
    },
  };
}

/** Each neuron of a grid `width` wide to its 4 (or, with `diagonals`, 8) nearest neighbours; `periodic` wraps the edges. */
function gridNeighbours(width: number, diagonals: boolean, periodic: boolean): Connector {
  const steps = diagonals
    ? [
        [-1, -1],
        [0, -1],
        [1, -1],
        [-1, 0],
        [1, 0],
        [-1, 1],
        [0, 1],
        [1, 1],
      ]
    : [
        [0, -1],
        [-1, 0],
        [1, 0],
        [0, 1],
      ];
  return {
    description: `grid ${diagonals ? 'eight' : 'four'}${periodic ? ', periodic' : ''}`,
    build(nPre, nPost) {
      if (nPre !== nPost || nPre % width !== 0) throw new BraintsError(`a grid connection needs two equal groups filling rows of ${width}`);
      const height = nPre / width;
      const pre: number[] = [],
        post: number[] = [];
      for (let i = 0; i < nPre; i++) {
        const [x, y] = gridXY(i, width);
        // a set: on a small periodic grid two steps can reach the same neighbour
        const targets = new Set<number>();
        for (const [dx, dy] of steps) {
          let nx = x + dx,
            ny = y + dy;
          if (periodic) {
            nx = (nx + width) % width;
            ny = (ny + height) % height;
          }
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          if (ny * width + nx !== i) targets.add(ny * width + nx);
        }
        for (const j of targets) {
          pre.push(i);
          post.push(j);
        }
      }
      return fromPairs(Int32Array.from(pre), Int32Array.from(post), nPre);
    },
  };
}

export const gridFour = (width: number, opts: { periodic?: boolean } = {}) => gridNeighbours(width, false, opts.periodic ?? false);
export const gridEight = (width: number, opts: { periodic?: boolean } = {}) => gridNeighbours(width, true, opts.periodic ?? false);

/**
 * Watts-Strogatz small world within one group: a ring where each neuron connects to its k
 * nearest neighbours (k/2 on each side), each connection then rewired to a random target with
 * probability beta (never to itself, never twice).
 */
export function smallWorld(k: number, beta: number): Connector {
  if (k % 2 !== 0 || k < 2) throw new BraintsError(`smallWorld(${k}, ...): k is an even number >= 2`);
  return {
    description: `small world (k ${k}, beta ${beta})`,
    build(nPre, nPost, key) {
      if (nPre !== nPost) throw new BraintsError('smallWorld() connects a group to itself (equal sizes)');
      const n = nPre;
      if (k >= n) throw new BraintsError(`smallWorld(${k}, ...): k must be below the group size ${n}`);
      const pre = new Int32Array(n * k),
        post = new Int32Array(n * k);
      let x = 0;
      for (let i = 0; i < n; i++) {
        const row = fmix32(key ^ i);
        const targets = new Set<number>();
        for (let d = 1; d <= k / 2; d++) {
          targets.add((i + d) % n);
          targets.add((i - d + n) % n);
        }
        const out = new Set<number>();
        let draw = 0;
        for (const j of targets) {
          let to = j;
          if (uniformDraw(row, draw++) < beta) {
            do to = Math.floor(uniformDraw(row, draw++) * n);
            while (to === i || out.has(to) || (targets.has(to) && to !== j));
          }
          out.add(to);
        }
        for (const j of out) {
          pre[x] = i;
          post[x++] = j;
        }
      }
      return fromPairs(pre.subarray(0, x), post.subarray(0, x), n);
    },
  };
}

/**
 * Barabasi-Albert scale-free network within one group: starting from m + 1 all-to-all connected
 * neurons, each further neuron links to m distinct earlier ones chosen with probability
 * proportional to their degree. Links are synapses both ways.
 */
export function scaleFree(m: number): Connector {
  if (!(m >= 1)) throw new BraintsError(`scaleFree(${m}): m >= 1`);
  return {
    description: `scale free (m ${m})`,
    build(nPre, nPost, key) {
      if (nPre !== nPost) throw new BraintsError('scaleFree() connects a group to itself (equal sizes)');
      const n = nPre;
      if (n <= m) throw new BraintsError(`scaleFree(${m}): the group needs more than ${m} neurons`);
      // every link end listed once: picking a uniform entry picks a neuron in proportion to its degree
      const ends: number[] = [];
      const pre: number[] = [],
        post: number[] = [];
      const link = (a: number, b: number) => {
        pre.push(a, b);
        post.push(b, a);
        ends.push(a, b);
      };
      for (let a = 0; a <= m; a++) for (let b = a + 1; b <= m; b++) link(a, b);
      for (let i = m + 1; i < n; i++) {
        const row = fmix32(key ^ i);
        const chosen = new Set<number>();
        for (let draw = 0; chosen.size < m; draw++) chosen.add(ends[Math.floor(uniformDraw(row, draw) * ends.length)]);
        for (const j of chosen) link(i, j);
      }
      return fromPairs(Int32Array.from(pre), Int32Array.from(post), n);
    },
  };
}
