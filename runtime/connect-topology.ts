// Connectivity rules of a geometry (neurons on 2-D grids) or of a random-graph model (small
// world, scale free), drawing from the counter-based generator as the rules of connect.ts.
import { fmix32, uniformDraw } from './random';
import { BraintsError } from './errors';
import { fromPairs, rowPointers } from './csr';
import type { Connector } from './connect';

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
