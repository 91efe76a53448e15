// Fixed points of a field from many starting points at once: damped Newton (Levenberg-Marquardt,
// so that it keeps converging where the Jacobian is singular, as at a saddle-node where two fixed
// points merge), every start advanced by one evaluate call per iteration; the roots found are
// deduplicated and classified.
import type { VectorField } from './vector-field';
import type { LinearStability } from './stability';
import { classify } from './stability';
import { solve } from './dense';

export interface FixedPoint extends LinearStability {
  x: number[];
  /** The Jacobian there (dim x dim, row-major). */
  jacobian: number[];
  /** max_i |f_i| there, per ms. */
  residual: number;
}

export interface SolveOptions {
  /** The box [lo, hi] per variable: starts are kept in it, roots outside it dropped. */
  ranges: readonly (readonly [number, number])[];
  /** The parameter values (np, shared by all points). */
  parameters: Float64Array;
  /** The size of f_i that counts as zero, per variable (absolute, per ms). */
  tolerance: readonly number[];
  maxIterations?: number;
  /** A rate typical of the field (1/ms), the scale of the stability's tolerance (stability.ts). */
  rate: number;
}

/**
 * The Levenberg-Marquardt step -(J'J + mu diag(J'J))^-1 J'f of a point, in variables scaled so
 * that f_i is measured in units of its tolerance.
 */
function dampedStep(f: ArrayLike<number>, jac: ArrayLike<number>, n: number, mu: number, tol: readonly number[]): number[] | undefined {
  const a = new Float64Array(n * n);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const w = 1 / (tol[i] * tol[i]);
    for (let j = 0; j < n; j++) {
      g[j] -= w * jac[i * n + j] * f[i];
      for (let k = 0; k < n; k++) a[j * n + k] += w * jac[i * n + j] * jac[i * n + k];
    }
  }
  for (let j = 0; j < n; j++) a[j * n + j] *= 1 + mu;
  const step = solve(a, g, n);
  return step && [...step];
}

/** The roots reached from `starts` (n x dim), deduplicated, each classified. */
export function findFixedPoints(field: VectorField, starts: Float64Array, opts: SolveOptions): FixedPoint[] {
  const dim = field.variables.length;
  const n = starts.length / dim;
  const { ranges, parameters, tolerance } = opts;
  const maxIterations = opts.maxIterations ?? 200;
  const x = starts.slice();
  const f = new Float64Array(n * dim);
  const jac = new Float64Array(n * dim * dim);
  const mu = new Float64Array(n).fill(1e-3);
  const cost = new Float64Array(n).fill(Infinity);
  const live = new Uint8Array(n).fill(1);
  const trial = new Float64Array(n * dim);
  const tf = new Float64Array(n * dim);
  const costOf = (v: Float64Array, i: number) => {
    let s = 0;
    for (let j = 0; j < dim; j++) s += (v[i * dim + j] / tolerance[j]) ** 2;
    return s;
  };
  field.evaluate(x, parameters, f, jac);
  for (let i = 0; i < n; i++) cost[i] = costOf(f, i);
  for (let it = 0; it < maxIterations && live.some((l) => l); it++) {
    trial.set(x);
    for (let i = 0; i < n; i++) {
      if (!live[i]) continue;
      const step = dampedStep(f.subarray(i * dim), jac.subarray(i * dim * dim), dim, mu[i], tolerance);
      if (!step) {
        live[i] = 0;
        continue;
      }
      for (let j = 0; j < dim; j++) trial[i * dim + j] += step[j];
    }
    field.evaluate(trial, parameters, tf);
    for (let i = 0; i < n; i++) {
      if (!live[i]) continue;
      const c = costOf(tf, i);
      if (c < cost[i]) {
        // accepted: closer to Newton's step next time
        cost[i] = c;
        for (let j = 0; j < dim; j++) x[i * dim + j] = trial[i * dim + j];
        mu[i] = Math.max(mu[i] / 10, 1e-12);
      } else mu[i] *= 10;
      const outside = ranges.some(([lo, hi], j) => {
        const margin = (hi - lo) * 0.5;
        return !(x[i * dim + j] >= lo - margin && x[i * dim + j] <= hi + margin);
      });
      // stops when it left the box, when damping no longer makes progress, or when f is zero to rounding
      if (outside || mu[i] > 1e12 || cost[i] < 1e-30) live[i] = 0;
    }
    field.evaluate(x, parameters, f, jac);
  }
  const found: FixedPoint[] = [];
  for (let i = 0; i < n; i++) {
    const xi = Array.from(x.subarray(i * dim, (i + 1) * dim));
    if (!(cost[i] <= 1)) continue;
    if (ranges.some(([lo, hi], j) => !(xi[j] >= lo && xi[j] <= hi))) continue;
    const residual = Math.max(...Array.from(f.subarray(i * dim, (i + 1) * dim), Math.abs));
    found.push({
      x: xi,
      jacobian: Array.from(jac.subarray(i * dim * dim, (i + 1) * dim * dim)),
      residual,
      ...classify(jac.subarray(i * dim * dim), dim, opts.rate),
    });
  }
  return deduplicate(found, ranges);
}

/**
 * One point per root: starts that reached the same root (within 1e-5 of the box's size, which
 * holds the spread of roots found at a double root, where f grows only quadratically) are merged,
 * keeping the one with the smallest residual.
 */
function deduplicate(points: FixedPoint[], ranges: SolveOptions['ranges']): FixedPoint[] {
  const close = (a: FixedPoint, b: FixedPoint) => a.x.every((v, j) => Math.abs(v - b.x[j]) <= 1e-5 * (ranges[j][1] - ranges[j][0]));
  const kept: FixedPoint[] = [];
  for (const p of [...points].sort((a, b) => a.residual - b.residual)) if (!kept.some((k) => close(k, p))) kept.push(p);
  return kept.sort((a, b) => a.x[0] - b.x[0] || (a.x[1] ?? 0) - (b.x[1] ?? 0));
}
