// Phase planes of 1-D and 2-D fields: the field on a grid (one evaluate call), the nullclines
// (2-D: contoured and refined, analysis/nullclines.ts; 1-D: the fixed points are the nullcline),
// the fixed points with their stability (analysis/fixed-points.ts), trajectories from given
// states and the limit cycles found by simulating them and from the unstable fixed points
// (analysis/trajectories.ts).
import type { VectorField } from './vector-field';
import type { FixedPoint } from './fixed-points';
import { findFixedPoints } from './fixed-points';
import type { Branch } from './nullclines';
import { contour, refine } from './nullclines';
import type { LimitCycle, Trajectory } from './trajectories';
import { integrate, limitCycle } from './trajectories';

export interface PhasePlaneOptions {
  /** [lo, hi] per variable, in the field's order. */
  ranges: readonly (readonly [number, number])[];
  /** The value of each of the field's parameters, in its order. */
  parameters?: readonly number[];
  /** Grid points per axis (default 1001 in 1-D, 151 in 2-D). */
  resolution?: number;
  /** Initial states of trajectories to draw. */
  trajectories?: readonly (readonly number[])[];
  /** Length of each trajectory and of the simulations that look for limit cycles, ms (default 500). */
  duration?: number;
  /** RK4 step, ms (default 0.01). */
  dt?: number;
}

export interface Nullcline {
  /** The nullcline of this variable: d(variable)/dt = 0. */
  variable: string;
  branches: Branch[];
}

export interface TrajectoryResult extends Trajectory {
  /** The limit cycle it settled on, if it did. */
  cycle?: LimitCycle;
}

export interface PhasePlane {
  variables: readonly string[];
  parameters: Record<string, number>;
  ranges: [number, number][];
  /** The grid's values of each variable (its axes). */
  axes: Float64Array[];
  /** f at the grid points (points x dim; in 2-D point (i, j) is j * nx + i). */
  f: Float64Array;
  /** 2-D only. */
  nullclines: Nullcline[];
  fixedPoints: FixedPoint[];
  trajectories: TrajectoryResult[];
  /** The distinct limit cycles found (2-D), each with the initial state of the simulation that found it. */
  limitCycles: (LimitCycle & { from: number[] })[];
}

const linspace = (lo: number, hi: number, n: number) => Float64Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

/** The phase plane of a 1-D or 2-D field over `opts.ranges`. */
export function phasePlane(field: VectorField, opts: PhasePlaneOptions): PhasePlane {
  const dim = field.variables.length;
  if (dim !== 1 && dim !== 2)
    throw new Error(`a phase plane is of 1 or 2 variables; this field has ${dim} (${field.variables.join(', ')})`);
  const ranges = checkRanges(field, opts.ranges);
  const values = opts.parameters ?? [];
  if (values.length !== field.parameters.length)
    throw new Error(`the phase plane needs a value for each parameter (${field.parameters.join(', ') || 'none'}); ${values.length} given`);
  const parameters = new Float64Array(values);
  const resolution = opts.resolution ?? (dim === 1 ? 1001 : 151);
  if (!(Number.isInteger(resolution) && resolution >= 3)) throw new Error(`the grid resolution is a whole number >= 3, not ${resolution}`);
  const axes = ranges.map(([lo, hi]) => linspace(lo, hi, resolution));
  const points = dim === 1 ? axes[0].slice() : gridPoints(axes[0], axes[1]);
  const f = new Float64Array(points.length);
  field.evaluate(points, parameters, f);
  // what counts as f = 0: a tiny fraction of f's size over the grid
  const scales = Array.from({ length: dim }, (_, j) => {
    let m = 0;
    for (let i = j; i < f.length; i += dim) if (Number.isFinite(f[i])) m = Math.max(m, Math.abs(f[i]));
    return m > 0 ? m : 1;
  });
  const seeds = dim === 1 ? seeds1d(axes[0], f, scales[0]) : seeds2d(axes, f, scales);
  const rate = Math.max(...scales.flatMap((s) => ranges.map(([lo, hi]) => s / (hi - lo))));
  const fixedPoints = findFixedPoints(field, seeds, { ranges, parameters, tolerance: scales.map((s) => 1e-10 * s), rate });
  const nullclines: Nullcline[] = [];
  if (dim === 2) {
    const cell: [number, number] = [axes[0][1] - axes[0][0], axes[1][1] - axes[1][0]];
    for (let c = 0; c < 2; c++) {
      const component = f.filter((_, i) => i % 2 === c);
      nullclines.push({
        variable: field.variables[c],
        branches: refine(field, c, contour({ xs: axes[0], ys: axes[1] }, component), parameters, cell),
      });
    }
  }
  const duration = opts.duration ?? 500;
  const dt = opts.dt ?? 0.01;
  const given = opts.trajectories ?? [];
  for (const x0 of given)
    if (x0.length !== dim)
      throw new Error(`a trajectory's initial state has ${dim} values (${field.variables.join(', ')}), not ${x0.length}`);
  // simulations from beside each unstable fixed point, which may spiral out onto a cycle
  const probes =
    dim === 2
      ? fixedPoints
          .filter((p) => p.stability === 'unstable focus' || p.stability === 'unstable node')
          .map((p) => p.x.map((v, j) => v + 1e-3 * (ranges[j][1] - ranges[j][0])))
      : [];
  const every = Math.max(1, Math.round(duration / dt / 20000));
  const runs = integrate(field, [...given, ...probes], { parameters, duration, dt, every });
  const withCycles = runs.map((r): TrajectoryResult => {
    const cycle = dim === 2 ? limitCycle(r, dim) : undefined;
    return cycle ? { ...r, cycle } : r;
  });
  const limitCycles: PhasePlane['limitCycles'] = [];
  for (const r of withCycles) {
    const c = r.cycle;
    if (!c) continue;
    const same = limitCycles.some(
      (k) => Math.abs(k.period - c.period) <= 1e-2 * c.period && k.amplitude.every((a, j) => Math.abs(a - c.amplitude[j]) <= 1e-2 * a),
    );
    if (!same) limitCycles.push({ ...c, from: r.initial });
  }
  return {
    variables: field.variables,
    parameters: Object.fromEntries(field.parameters.map((p, k) => [p, values[k]])),
    ranges,
    axes,
    f,
    nullclines,
    fixedPoints,
    trajectories: withCycles.slice(0, given.length),
    limitCycles,
  };
}

function checkRanges(field: VectorField, ranges: PhasePlaneOptions['ranges']): [number, number][] {
  if (ranges.length !== field.variables.length)
    throw new Error(`the phase plane needs a range for each variable (${field.variables.join(', ')}); ${ranges.length} given`);
  return ranges.map(([lo, hi], j) => {
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi))
      throw new Error(`the range of ${field.variables[j]} is lo:hi with lo < hi, not ${lo}:${hi}`);
    return [lo, hi];
  });
}

function gridPoints(xs: Float64Array, ys: Float64Array): Float64Array {
  const out = new Float64Array(2 * xs.length * ys.length);
  for (let j = 0; j < ys.length; j++)
    for (let i = 0; i < xs.length; i++) {
      out[2 * (j * xs.length + i)] = xs[i];
      out[2 * (j * xs.length + i) + 1] = ys[j];
    }
  return out;
}

/** Where |f| is small relative to its size over the grid, a point counts as a start for Newton. */
const SMALL = 0.05;

/**
 * Newton's starts in 1-D: the middle of each grid interval where f changes sign, and each grid
 * point where |f| has a small local minimum (a double root, where f touches zero without changing sign).
 */
function seeds1d(xs: Float64Array, f: Float64Array, scale: number): Float64Array {
  const out: number[] = [];
  for (let i = 0; i + 1 < xs.length; i++) if (f[i] > 0 !== f[i + 1] > 0) out.push((xs[i] + xs[i + 1]) / 2);
  for (let i = 0; i < xs.length; i++) {
    const a = Math.abs(f[i]);
    if (a < SMALL * scale && (i === 0 || a <= Math.abs(f[i - 1])) && (i + 1 === xs.length || a <= Math.abs(f[i + 1]))) out.push(xs[i]);
  }
  return new Float64Array(out);
}

/**
 * Newton's starts in 2-D: the centre of each cell where both f_1 and f_2 change sign, and each
 * grid point where max_i |f_i| / scale_i is a small local minimum over its neighbours: where the
 * nullclines are tangent, or nearly meet between grid points, no cell need hold both sign changes.
 */
function seeds2d(axes: Float64Array[], f: Float64Array, scales: number[]): Float64Array {
  const [xs, ys] = axes;
  const nx = xs.length;
  const ny = ys.length;
  const out: number[] = [];
  const at = (i: number, j: number, c: number) => f[2 * (j * nx + i) + c];
  const changes = (i: number, j: number, c: number) => {
    const s = [at(i, j, c), at(i + 1, j, c), at(i, j + 1, c), at(i + 1, j + 1, c)].map((v) => v > 0);
    return s.some((x) => x !== s[0]);
  };
  for (let j = 0; j + 1 < ny; j++)
    for (let i = 0; i + 1 < nx; i++) if (changes(i, j, 0) && changes(i, j, 1)) out.push((xs[i] + xs[i + 1]) / 2, (ys[j] + ys[j + 1]) / 2);
  const g = (i: number, j: number) => Math.max(Math.abs(at(i, j, 0)) / scales[0], Math.abs(at(i, j, 1)) / scales[1]);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const v = g(i, j);
      if (!(v < SMALL)) continue;
      let minimum = true;
      for (let dj = -1; dj <= 1 && minimum; dj++)
        for (let di = -1; di <= 1 && minimum; di++) {
          const [a, b] = [i + di, j + dj];
          if ((di || dj) && a >= 0 && a < nx && b >= 0 && b < ny && g(a, b) < v) minimum = false;
        }
      if (minimum) out.push(xs[i], ys[j]);
    }
  return new Float64Array(out);
}
