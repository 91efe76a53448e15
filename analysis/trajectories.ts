// Trajectories of a field by classical RK4 with a fixed step, all initial states advanced together
// (one evaluate call per stage), and limit cycles found on them: once a trajectory's successive
// returns to a section (the first variable crossing its mid value upwards) repeat in period and
// place, it is on a cycle, whose period and per-variable extent are measured over its last turn.
import type { VectorField } from './vector-field';

export interface Trajectory {
  initial: number[];
  /** Times of the samples, ms. */
  t: Float64Array;
  /** The states, sample after sample (samples x dim). */
  x: Float64Array;
}

export interface LimitCycle {
  /** ms */
  period: number;
  /** Per variable, the smallest and largest value over one period. */
  min: number[];
  max: number[];
  /** Per variable, max - min. */
  amplitude: number[];
  /** The section crossings the period was measured from agree to this (relative). */
  periodSpread: number;
}

export interface IntegrateOptions {
  parameters: Float64Array;
  /** ms */
  duration: number;
  /** The RK4 step, ms. */
  dt: number;
  /** Keep every `every`-th state (default 1). */
  every?: number;
}

/** RK4 trajectories from `initial` (each a state); a state that stops being finite ends its trajectory there. */
export function integrate(field: VectorField, initial: readonly (readonly number[])[], opts: IntegrateOptions): Trajectory[] {
  const dim = field.variables.length;
  const n = initial.length;
  const steps = Math.round(opts.duration / opts.dt);
  const every = opts.every ?? 1;
  const samples = Math.floor(steps / every) + 1;
  const y = new Float64Array(initial.flat());
  const k = [1, 2, 3, 4].map(() => new Float64Array(n * dim));
  const tmp = new Float64Array(n * dim);
  const xs = initial.map(() => new Float64Array(samples * dim).fill(NaN));
  const h = opts.dt;
  const record = (s: number) => xs.forEach((x, i) => x.set(y.subarray(i * dim, (i + 1) * dim), s * dim));
  record(0);
  const stage = (from: Float64Array, scale: number, out: Float64Array) => {
    for (let a = 0; a < y.length; a++) tmp[a] = y[a] + scale * from[a];
    field.evaluate(tmp, opts.parameters, out);
  };
  for (let s = 1; s <= steps; s++) {
    field.evaluate(y, opts.parameters, k[0]);
    stage(k[0], h / 2, k[1]);
    stage(k[1], h / 2, k[2]);
    stage(k[2], h, k[3]);
    for (let a = 0; a < y.length; a++) y[a] += (h / 6) * (k[0][a] + 2 * k[1][a] + 2 * k[2][a] + k[3][a]);
    if (s % every === 0) record(s / every);
  }
  const t = Float64Array.from({ length: samples }, (_, s) => s * every * h);
  return initial.map((x0, i) => {
    const x = xs[i];
    // cut at the first state that is not finite (the trajectory left to infinity)
    let end = samples;
    for (let s = 0; s < samples && end === samples; s++) if (!x.subarray(s * dim, (s + 1) * dim).every(Number.isFinite)) end = s;
    return { initial: [...x0], t: t.slice(0, end), x: x.slice(0, end * dim) };
  });
}

/**
 * The limit cycle a trajectory has settled on, if any: from the second half of its samples, the
 * upward crossings of the first variable through the middle of its range there (interpolated
 * linearly); a cycle when at least 4 crossings occur and successive periods agree within
 * `tolerance` (relative), as do the other variables at the crossings (relative to their range).
 */
export function limitCycle(trajectory: Trajectory, dim: number, tolerance = 1e-3): LimitCycle | undefined {
  const { t, x } = trajectory;
  const from = Math.floor(t.length / 2);
  if (t.length - from < 8) return undefined;
  const value = (s: number, j: number) => x[s * dim + j];
  let lo = Infinity;
  let hi = -Infinity;
  for (let s = from; s < t.length; s++) [lo, hi] = [Math.min(lo, value(s, 0)), Math.max(hi, value(s, 0))];
  // a fixed point, or a variation no larger than rounding
  if (!(hi - lo > 1e-9 * Math.max(1, Math.abs(hi)))) return undefined;
  const mid = (lo + hi) / 2;
  const crossings: { t: number; s: number; at: number[] }[] = [];
  for (let s = from; s + 1 < t.length; s++) {
    const [a, b] = [value(s, 0) - mid, value(s + 1, 0) - mid];
    if (a < 0 && b >= 0) {
      const q = a / (a - b);
      crossings.push({
        t: t[s] + q * (t[s + 1] - t[s]),
        s,
        at: Array.from({ length: dim }, (_, j) => value(s, j) + q * (value(s + 1, j) - value(s, j))),
      });
    }
  }
  if (crossings.length < 4) return undefined;
  const periods = crossings.slice(1).map((c, i) => c.t - crossings[i].t);
  const last = periods[periods.length - 1];
  const periodSpread = Math.max(...periods.map((p) => Math.abs(p - last))) / last;
  if (periodSpread > tolerance) return undefined;
  const min: number[] = [];
  const max: number[] = [];
  const [c0, c1] = crossings.slice(-2);
  for (let j = 0; j < dim; j++) {
    let [a, b] = [Infinity, -Infinity];
    for (let s = from; s < t.length; s++) [a, b] = [Math.min(a, value(s, j)), Math.max(b, value(s, j))];
    if (Math.abs(c1.at[j] - c0.at[j]) > tolerance * Math.max(b - a, 1e-12)) return undefined;
    // the extent over the last full turn
    [a, b] = [Infinity, -Infinity];
    for (let s = c0.s; s <= c1.s + 1; s++) [a, b] = [Math.min(a, value(s, j)), Math.max(b, value(s, j))];
    min.push(a);
    max.push(b);
  }
  return { period: last, min, max, amplitude: max.map((m, j) => m - min[j]), periodSpread };
}
