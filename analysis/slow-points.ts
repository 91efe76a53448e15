// Fixed and slow points of a high-dimensional system (BrainPy's SlowPointFinder; Sussillo & Barak
// 2013, "Opening the black box", Neural Comput. 25:626-649): q(x) = |f(x)|^2 / 2 is minimised from
// many starting points at once by Levenberg-Marquardt (its gradient J^T f and Gauss-Newton matrix
// J^T J from the field's exact Jacobian), every candidate's f and J in one evaluate call per
// iteration. Points with q below a tolerance are kept (q = 0: fixed points; small q > 0: slow
// points, local minima of the speed), duplicates merged, and the Jacobian's eigenvalues given at each.
import { solve } from './dense';
import { type Eigenvalue, eigenvalues } from './eigenvalues';
import { checkState, parameterVector } from './field-points';
import type { VectorField } from './vector-field';

export interface SlowPointOptions {
  /** Every parameter's value. */
  parameters: Record<string, number>;
  /** Starting points (e.g. states along simulated trajectories); or `sample` draws them. */
  starts?: number[][];
  /** Uniform random starts in a box, one [lo, hi] per variable, from a seeded generator. */
  sample?: { count: number; box: [number, number][]; seed?: number };
  /** Keep points with q = |f|^2/2 below this (default 1e-16: fixed points to working precision). */
  tolerance?: number;
  /** Levenberg-Marquardt iterations at most (default 200). */
  maxIterations?: number;
  /** Two kept points closer than this (max-norm, relative to 1 + |x|) are one (default 1e-6). */
  duplicateTolerance?: number;
}

export interface SlowPoint {
  state: number[];
  /** q = |f|^2 / 2 at the point. */
  q: number;
  eigenvalues: Eigenvalue[];
  stable: boolean;
}

export interface SlowPointResult {
  variables: string[];
  points: SlowPoint[];
  /** How many minimisations ended with q above the tolerance (minima of the speed that are not slow enough, or unconverged). */
  rejected: number;
  /** How many kept minimisations landed on a point found already. */
  duplicates: number;
}

/** mulberry32: a small seeded generator, so that sampled starts are reproducible from JSON options. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function startingPoints(field: VectorField, opts: SlowPointOptions): number[][] {
  const dim = field.variables.length;
  const starts = [...(opts.starts ?? [])];
  if (opts.sample) {
    const { count, box, seed } = opts.sample;
    if (box.length !== dim)
      throw new Error(`findSlowPoints: sample.box has ${box.length} ranges for ${dim} variables (${field.variables.join(', ')})`);
    const rand = generator(seed ?? 1);
    for (let i = 0; i < count; i++) starts.push(box.map(([lo, hi]) => lo + (hi - lo) * rand()));
  }
  if (starts.length === 0) throw new Error('findSlowPoints: no starting points: give starts or sample');
  starts.forEach((s, i) => checkState(field, s, `starting point ${i}`));
  return starts;
}

const halfSquare = (f: Float64Array, off: number, dim: number): number => {
  let q = 0;
  for (let i = 0; i < dim; i++) q += f[off + i] ** 2;
  return q / 2;
};

/** Minimises |f|^2/2 from each start; keeps, deduplicates and classifies the points below tolerance. */
export function findSlowPoints(field: VectorField, opts: SlowPointOptions): SlowPointResult {
  const dim = field.variables.length;
  const starts = startingPoints(field, opts);
  const n = starts.length;
  const p = parameterVector(field, opts.parameters);
  const tolerance = opts.tolerance ?? 1e-16;
  const x = Float64Array.from(starts.flat());
  const f = new Float64Array(n * dim);
  const jac = new Float64Array(n * dim * dim);
  const trial = new Float64Array(n * dim);
  const ft = new Float64Array(n * dim);
  const mu = new Float64Array(n).fill(1e-3);
  const active = new Uint8Array(n).fill(1);
  const q = new Float64Array(n);
  field.evaluate(x, p, f, jac);
  for (let k = 0; k < n; k++) q[k] = halfSquare(f, k * dim, dim);
  const a = new Float64Array(dim * dim);
  const g = new Float64Array(dim);
  for (let it = 0; it < (opts.maxIterations ?? 200) && active.some((v) => v); it++) {
    trial.set(x);
    for (let k = 0; k < n; k++) {
      if (!active[k]) continue;
      const J = jac.subarray(k * dim * dim, (k + 1) * dim * dim);
      const fk = f.subarray(k * dim, (k + 1) * dim);
      // (J^T J + mu (diag(J^T J) + eps)) dx = -J^T f
      for (let i = 0; i < dim; i++) {
        let s = 0;
        for (let r = 0; r < dim; r++) s += J[r * dim + i] * fk[r];
        g[i] = -s;
        for (let j = i; j < dim; j++) {
          let t = 0;
          for (let r = 0; r < dim; r++) t += J[r * dim + i] * J[r * dim + j];
          a[i * dim + j] = a[j * dim + i] = t;
        }
      }
      for (let i = 0; i < dim; i++) a[i * dim + i] += mu[k] * (a[i * dim + i] + 1e-12);
      const dx = solve(a, g, dim);
      if (!dx) {
        mu[k] *= 10;
        continue;
      }
      let step = 0;
      let size = 0;
      for (let i = 0; i < dim; i++) {
        trial[k * dim + i] = x[k * dim + i] + dx[i];
        step = Math.max(step, Math.abs(dx[i]));
        size = Math.max(size, Math.abs(x[k * dim + i]));
      }
      if (step <= 1e-15 * (1 + size)) active[k] = 0;
    }
    field.evaluate(trial, p, ft);
    for (let k = 0; k < n; k++) {
      if (!active[k]) continue;
      const qt = halfSquare(ft, k * dim, dim);
      if (qt < q[k]) {
        x.set(trial.subarray(k * dim, (k + 1) * dim), k * dim);
        q[k] = qt;
        mu[k] = Math.max(mu[k] / 3, 1e-12);
        if (qt === 0) active[k] = 0;
      } else {
        mu[k] *= 4;
        if (mu[k] > 1e16) active[k] = 0;
      }
    }
    // the Jacobian where the points now are (only moved ones changed, but one call does them all)
    field.evaluate(x, p, f, jac);
    for (let k = 0; k < n; k++) q[k] = halfSquare(f, k * dim, dim);
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((u, v) => q[u] - q[v]);
  const dupTol = opts.duplicateTolerance ?? 1e-6;
  const points: SlowPoint[] = [];
  let rejected = 0;
  let duplicates = 0;
  for (const k of order) {
    if (!(q[k] <= tolerance)) {
      rejected++;
      continue;
    }
    const state = Array.from(x.subarray(k * dim, (k + 1) * dim));
    const same = points.some((pt) => {
      let d = 0;
      let size = 0;
      for (let i = 0; i < dim; i++) {
        d = Math.max(d, Math.abs(pt.state[i] - state[i]));
        size = Math.max(size, Math.abs(state[i]));
      }
      return d <= dupTol * (1 + size);
    });
    if (same) {
      duplicates++;
      continue;
    }
    const eig = eigenvalues(jac.subarray(k * dim * dim, (k + 1) * dim * dim), dim);
    points.push({ state, q: q[k], eigenvalues: eig, stable: eig.every((e) => e.re < 0) });
  }
  return { variables: [...field.variables], points, rejected, duplicates };
}
