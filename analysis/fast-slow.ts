// Fast-slow analysis (BrainPy's FastSlow1D/2D; Rinzel 1987, "A formal classification of bursting
// mechanisms in excitable systems"): a slow variable is treated as a parameter of the fast
// subsystem, whose fixed-point branches and their stability are continued over the slow
// variable's range; the full system's trajectory is simulated for the overlay. The fast subsystem
// is a VectorField itself (fastSubsystem), so continuation and bifurcation location are those of
// analysis/continuation.ts: the branches' folds and Hopf points are the burst's transitions.
import { type Branch, type ContinuationOptions, branchStatesAt, continueFixedPoints } from './continuation';
import { solve } from './dense';
import { checkState, OneParameterField, parameterVector } from './field-points';
import { BatchRk4 } from './rk4';
import { findSlowPoints } from './slow-points';
import type { VectorField } from './vector-field';

/**
 * The fast subsystem: the `fast` variables' equations, with `slow` moved to the parameters (first,
 * then the field's own); every other variable held at the value `held` gives.
 */
export function fastSubsystem(
  field: VectorField,
  fast: readonly string[],
  slow: string,
  held: Readonly<Record<string, number>> = {},
): VectorField {
  const dim = field.variables.length;
  const np = field.parameters.length;
  const fastIdx = fast.map((v) => {
    const i = field.variables.indexOf(v);
    if (i < 0) throw new Error(`fastSubsystem: ${v} is not one of the field's variables (${field.variables.join(', ')})`);
    return i;
  });
  const slowIdx = field.variables.indexOf(slow);
  if (slowIdx < 0)
    throw new Error(`fastSubsystem: the slow variable ${slow} is not one of the field's variables (${field.variables.join(', ')})`);
  if (fast.includes(slow)) throw new Error(`fastSubsystem: ${slow} is named both fast and slow`);
  if (field.parameters.includes(slow)) throw new Error(`fastSubsystem: the slow variable's name ${slow} is also a parameter's`);
  const base = new Float64Array(dim);
  field.variables.forEach((v, i) => {
    if (i === slowIdx || fastIdx.includes(i)) return;
    const value = held[v];
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(`fastSubsystem: ${v} is neither fast nor slow: give its value in held`);
    base[i] = value;
  });
  const df = fast.length;
  return {
    variables: [...fast],
    parameters: [slow, ...field.parameters],
    evaluate(x, p, out, jacobian, parameterJacobian) {
      const n = x.length / df;
      const shared = p.length === np + 1;
      const full = new Float64Array(n * dim);
      const fp = new Float64Array(shared ? np : n * np);
      for (let k = 0; k < n; k++) {
        full.set(base, k * dim);
        for (let i = 0; i < df; i++) full[k * dim + fastIdx[i]] = x[k * df + i];
        const pk = shared ? 0 : k * (np + 1);
        full[k * dim + slowIdx] = p[pk];
        if (!shared || k === 0) fp.set(p.subarray(pk + 1, pk + 1 + np), shared ? 0 : k * np);
      }
      const f = new Float64Array(n * dim);
      const want = jacobian !== undefined || parameterJacobian !== undefined;
      const j = want ? new Float64Array(n * dim * dim) : undefined;
      const jp = parameterJacobian ? new Float64Array(n * dim * np) : undefined;
      field.evaluate(full, fp, f, j, jp);
      for (let k = 0; k < n; k++)
        for (let r = 0; r < df; r++) {
          const row = fastIdx[r];
          out[k * df + r] = f[k * dim + row];
          if (jacobian && j) for (let c = 0; c < df; c++) jacobian[(k * df + r) * df + c] = j[(k * dim + row) * dim + fastIdx[c]];
          if (parameterJacobian && j && jp) {
            const o = (k * df + r) * (np + 1);
            parameterJacobian[o] = j[(k * dim + row) * dim + slowIdx];
            for (let c = 0; c < np; c++) parameterJacobian[o + 1 + c] = jp[(k * dim + row) * np + c];
          }
        }
    },
  };
}

export interface FastSlowOptions {
  fast: string[];
  slow: string;
  /** The field's parameter values. */
  parameters: Record<string, number>;
  /** Values of variables neither fast nor slow (held fixed in the fast subsystem). */
  held?: Record<string, number>;
  /** The slow variable's range. */
  range: [number, number];
  /**
   * Where to look for branches: at `slices` slow values spread over the range (default 7), fixed
   * points of the fast subsystem are sought from a grid of `grid` points per fast variable
   * (default 8) over these ranges, one [lo, hi] per fast variable; each one not on a branch found
   * already starts a new branch.
   */
  search: [number, number][];
  slices?: number;
  grid?: number;
  /** Continuation settings (step sizes, points) for the branches. */
  continuation?: Pick<ContinuationOptions, 'step' | 'maxStep' | 'minStep' | 'maxPoints' | 'tolerance'>;
  /** The full system's trajectory to overlay: from `start` (all variables), RK4 with dt, recorded every `every` steps after `transient`. */
  trajectory?: { start: number[]; dt: number; duration: number; transient?: number; every?: number };
}

export interface FastSlowResult {
  fast: string[];
  slow: string;
  /** Fixed-point branches of the fast subsystem, the slow variable as their parameter. */
  branches: Branch[];
  trajectory?: { variables: string[]; t: number[]; states: number[][] };
}

/** Whether the fixed point (s, x) lies on `branch`: Newton at s from the branch's interpolated state ends at x. */
function onBranch(sub: OneParameterField, branch: Branch, s: number, x: readonly number[], tol: number): boolean {
  for (const { state: y } of branchStatesAt(branch, s)) {
    for (let it = 0; it < 30; it++) {
      const { f, jacobian } = sub.evaluate([...y, s]);
      const dx = solve(jacobian, f, y.length);
      if (!dx) break;
      let step = 0;
      for (let k = 0; k < y.length; k++) {
        y[k] -= dx[k];
        step = Math.max(step, Math.abs(dx[k]));
      }
      if (step < 1e-13 * (1 + Math.max(...y.map(Math.abs)))) break;
    }
    if (y.every((v, k) => Math.abs(v - x[k]) <= tol * (1 + Math.abs(x[k])))) return true;
  }
  return false;
}

export function fastSlow(field: VectorField, opts: FastSlowOptions): FastSlowResult {
  const sub = fastSubsystem(field, opts.fast, opts.slow, opts.held);
  const [lo, hi] = opts.range;
  if (!(lo < hi)) throw new Error(`fastSlow: the range [${lo}, ${hi}] of ${opts.slow} is not an interval`);
  if (opts.search.length !== opts.fast.length)
    throw new Error(`fastSlow: search has ${opts.search.length} ranges for ${opts.fast.length} fast variables`);
  const slices = opts.slices ?? 7;
  const grid = opts.grid ?? 8;
  const starts: number[][] = [];
  const cell = (k: number, [a, b]: [number, number]) => a + ((k + 0.5) * (b - a)) / grid;
  for (let c = 0; c < grid ** opts.fast.length; c++) {
    let r = c;
    starts.push(
      opts.search.map((range) => {
        const k = r % grid;
        r = Math.floor(r / grid);
        return cell(k, range);
      }),
    );
  }
  const branches: Branch[] = [];
  for (let s = 0; s < slices; s++) {
    const value = lo + ((s + 0.5) * (hi - lo)) / slices;
    const parameters = { ...opts.parameters, [opts.slow]: value };
    const roots = findSlowPoints(sub, { parameters, starts, tolerance: 1e-20 }).points;
    const one = new OneParameterField(sub, opts.slow, parameters);
    for (const root of roots) {
      if (branches.some((b) => onBranch(one, b, value, root.state, 1e-6))) continue;
      branches.push(
        continueFixedPoints(sub, { ...opts.continuation, parameter: opts.slow, parameters, start: root.state, range: [lo, hi] }),
      );
    }
  }
  const result: FastSlowResult = { fast: [...opts.fast], slow: opts.slow, branches };
  if (opts.trajectory) {
    const { start, dt, duration, transient = 0, every = 1 } = opts.trajectory;
    checkState(field, start, 'the trajectory start');
    const x = Float64Array.from(start);
    const rk = new BatchRk4(field, x, parameterVector(field, opts.parameters));
    const t: number[] = [];
    const states: number[][] = [];
    const total = Math.round((transient + duration) / dt);
    const skip = Math.round(transient / dt);
    for (let i = 0; i <= total; i++) {
      if (i >= skip && (i - skip) % every === 0) {
        t.push(i * dt);
        states.push(Array.from(x));
      }
      if (i < total) rk.step(dt);
    }
    result.trajectory = { variables: [...field.variables], t, states };
  }
  return result;
}
