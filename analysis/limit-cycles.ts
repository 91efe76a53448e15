// Limit-cycle amplitudes by simulation along a parameter, to draw the cycle branch of a
// bifurcation diagram: at each parameter value the system is integrated (RK4, all values at once)
// from a given state, the transient is discarded, and over a measuring window each variable's
// maximum and minimum are taken; the period is the mean interval between upward crossings of the
// first variable through the middle of its range, in a second window of the same length. Only
// attracting cycles are found this way (an unstable cycle, such as the one between a subcritical
// Hopf point and the fold of cycles, repels every trajectory).
import { type Branch, branchStatesAt } from './continuation';
import { parameterVector, checkState } from './field-points';
import { BatchRk4 } from './rk4';
import type { VectorField } from './vector-field';

export interface LimitCycleOptions {
  parameter: string;
  /** Every parameter's value (the varied one's is replaced by each of `values`). */
  parameters: Record<string, number>;
  values: number[];
  /** Where each trajectory starts: one state for all values, or one per value. */
  start: number[] | number[][];
  /** Integration step and the time discarded, then measured (twice: extremes, then period), in the field's time unit. */
  dt: number;
  transient: number;
  window: number;
  /**
   * A trajectory oscillates where the first variable's range over the window exceeds this
   * (default: 1e-6 of its largest magnitude, plus 1e-9), and it crossed its middle at least twice.
   */
  amplitudeTolerance?: number;
}

export interface LimitCycleSample {
  parameter: number;
  /**
   * 'cycle': it oscillates with a steady amplitude; 'rest': it settled (max = min); 'unsettled': it
   * oscillates, but the first variable's range changed by more than 2% between the two windows (a
   * slowly decaying or growing oscillation: lengthen the transient); 'diverged': a value became non-finite.
   */
  state: 'cycle' | 'rest' | 'unsettled' | 'diverged';
  max: number[];
  min: number[];
  /** The cycle's period (absent at rest). */
  period?: number;
}

export interface LimitCycleBranch {
  parameter: string;
  variables: string[];
  samples: LimitCycleSample[];
}

export function limitCycles(field: VectorField, opts: LimitCycleOptions): LimitCycleBranch {
  const dim = field.variables.length;
  const np = field.parameters.length;
  const n = opts.values.length;
  if (n === 0) throw new Error('limitCycles: values is empty: give the parameter values to simulate at');
  if (!(opts.dt > 0 && opts.transient >= 0 && opts.window > 0))
    throw new Error(
      `limitCycles: dt (${opts.dt}) and window (${opts.window}) must be positive, transient (${opts.transient}) not negative`,
    );
  const starts = Array.isArray(opts.start[0]) ? (opts.start as number[][]) : Array.from({ length: n }, () => opts.start as number[]);
  if (starts.length !== n) throw new Error(`limitCycles: ${starts.length} start states for ${n} parameter values`);
  starts.forEach((s, i) => checkState(field, s, `start ${i}`));
  const base = parameterVector(field, opts.parameters, [opts.parameter]);
  const k = field.parameters.indexOf(opts.parameter);
  const p = new Float64Array(n * np);
  for (let i = 0; i < n; i++) {
    p.set(base, i * np);
    p[i * np + k] = opts.values[i];
  }
  const x = Float64Array.from(starts.flat());
  const rk = new BatchRk4(field, x, p);
  const dt = opts.dt;
  for (let s = Math.round(opts.transient / dt); s > 0; s--) rk.step(dt);
  const max = Float64Array.from(x);
  const min = Float64Array.from(x);
  const steps = Math.max(2, Math.round(opts.window / dt));
  for (let s = 0; s < steps; s++) {
    rk.step(dt);
    for (let i = 0; i < x.length; i++) {
      if (x[i] > max[i]) max[i] = x[i];
      if (x[i] < min[i]) min[i] = x[i];
    }
  }
  // second window: upward crossings of the first variable's midpoint, interpolated in time
  const mid = Float64Array.from({ length: n }, (_, i) => (max[i * dim] + min[i * dim]) / 2);
  const first = new Float64Array(n).fill(NaN);
  const last = new Float64Array(n).fill(NaN);
  const count = new Int32Array(n);
  const prev = Float64Array.from({ length: n }, (_, i) => x[i * dim]);
  const max2 = Float64Array.from(prev);
  const min2 = Float64Array.from(prev);
  for (let s = 1; s <= steps; s++) {
    rk.step(dt);
    for (let i = 0; i < n; i++) {
      const v = x[i * dim];
      if (v > max2[i]) max2[i] = v;
      if (v < min2[i]) min2[i] = v;
      if (prev[i] < mid[i] && v >= mid[i]) {
        const t = (s - 1 + (mid[i] - prev[i]) / (v - prev[i])) * dt;
        if (count[i] === 0) first[i] = t;
        last[i] = t;
        count[i]++;
      }
      prev[i] = v;
    }
  }
  const samples: LimitCycleSample[] = [];
  for (let i = 0; i < n; i++) {
    const mx = Array.from(max.subarray(i * dim, (i + 1) * dim));
    const mn = Array.from(min.subarray(i * dim, (i + 1) * dim));
    const finite = [...mx, ...mn, ...x.subarray(i * dim, (i + 1) * dim)].every(Number.isFinite);
    const scale = Math.max(Math.abs(mx[0]), Math.abs(mn[0]));
    const tol = opts.amplitudeTolerance ?? 1e-6 * scale + 1e-9;
    const parameter = opts.values[i];
    if (!finite) samples.push({ parameter, state: 'diverged', max: mx, min: mn });
    else if (!(mx[0] - mn[0] > tol && count[i] >= 2)) samples.push({ parameter, state: 'rest', max: mx, min: mn });
    else if (Math.abs(max2[i] - min2[i] - (mx[0] - mn[0])) > 0.02 * (mx[0] - mn[0]))
      samples.push({ parameter, state: 'unsettled', max: mx, min: mn });
    else samples.push({ parameter, state: 'cycle', max: mx, min: mn, period: (last[i] - first[i]) / (count[i] - 1) });
  }
  return { parameter: opts.parameter, variables: [...field.variables], samples };
}

/**
 * Starting states near a branch's fixed points, one per parameter value, for limitCycles: the
 * fixed point at that value (interpolated between the branch's points), an unstable one where the
 * branch has one there (a cycle born at a Hopf point surrounds the unstable focus), with `nudge`
 * added to the first variable to leave it. A value the branch does not reach is refused.
 */
export function startsFromBranch(branch: Branch, values: readonly number[], nudge: number): number[][] {
  return values.map((value) => {
    const at = branchStatesAt(branch, value);
    const chosen = (at.find((x) => !x.stable) ?? at[0])?.state;
    if (!chosen) throw new Error(`startsFromBranch: the branch does not reach ${branch.parameter} = ${value}`);
    chosen[0] += nudge;
    return chosen;
  });
}
