// Continuation of fixed points in one parameter: pseudo-arclength (Keller 1977) with a Newton
// corrector and step control, stability along the branch from the Jacobian's eigenvalues, and
// the bifurcation points located to working precision: saddle-nodes (folds: det J crosses zero
// where the branch turns back in the parameter; a crossing where it does not is a branch point)
// and Hopf points (a complex pair crosses the imaginary axis: the bialternate-product test
// function prod_{i<j} (lambda_i + lambda_j) crosses zero; where the pair summing to zero is real
// it is a neutral saddle, no bifurcation of the fixed point, reported as such, as MatCont does). See Kuznetsov, Elements of
// Applied Bifurcation Theory, 3rd ed. (2004), ch. 10.
import { determinant, norm, solve } from './dense';
import { type Eigenvalue, eigenvalues } from './eigenvalues';
import { OneParameterField, checkState } from './field-points';
import type { VectorField } from './vector-field';

export interface ContinuationOptions {
  /** The parameter that varies (one of the field's parameters). */
  parameter: string;
  /** Every parameter's value; the varied one's is where the branch starts. */
  parameters: Record<string, number>;
  /** A guess of the fixed point at the start, one value per variable (Newton corrects it). */
  start: number[];
  /** The parameter's range: continuation stops where the branch leaves it. */
  range: [number, number];
  /** Which way to go from the start (default both, joined into one branch of increasing index). */
  direction?: 'both' | 'increasing' | 'decreasing';
  /** First arclength step, in the units of (state, parameter) (default: range width / 100). */
  step?: number;
  /** Largest step (default: range width / 25); smallest, below which it stops (default width 1e-9). */
  maxStep?: number;
  minStep?: number;
  /** Points per direction at most (default 5000). */
  maxPoints?: number;
  /** Newton's tolerance on a step, relative to the point's largest coordinate (default 1e-10). */
  tolerance?: number;
}

export interface BranchPoint {
  parameter: number;
  state: number[];
  /** The Jacobian's eigenvalues, largest real part first. */
  eigenvalues: Eigenvalue[];
  /** All eigenvalues have negative real parts. */
  stable: boolean;
}

export type BifurcationKind = 'saddle-node' | 'hopf' | 'branch-point' | 'neutral-saddle';

export interface BifurcationPoint {
  kind: BifurcationKind;
  parameter: number;
  state: number[];
  eigenvalues: Eigenvalue[];
  /** Where it lies on the branch: between points[index] and points[index + 1]. */
  index: number;
  /** Hopf: the angular frequency of the critical pair (rad per time unit) and 2 pi / it. */
  frequency?: number;
  period?: number;
}

export interface Branch {
  parameter: string;
  variables: string[];
  points: BranchPoint[];
  bifurcations: BifurcationPoint[];
  /** The index in points of the corrected start. */
  startIndex: number;
  /** Why each end of the branch is where it is. */
  ends: string[];
}

interface Walked {
  y: Float64Array;
  /** Unit tangent, oriented along the branch's order of points. */
  tangent: Float64Array;
  eig: Eigenvalue[];
  det: number;
  hopf: number;
}

/** The Hopf test function prod_{i<j} (lambda_i + lambda_j) (real: the factors come in conjugates). */
export function hopfTestFunction(eig: readonly Eigenvalue[]): number {
  let re = 1;
  let im = 0;
  for (let i = 0; i < eig.length; i++)
    for (let j = i + 1; j < eig.length; j++) {
      const a = eig[i].re + eig[j].re;
      const b = eig[i].im + eig[j].im;
      [re, im] = [re * a - im * b, re * b + im * a];
    }
  return re;
}

const isStable = (eig: readonly Eigenvalue[]): boolean => eig.every((e) => e.re < 0);

class Continuation {
  readonly n: number;
  readonly tol: number;

  constructor(
    readonly fp: OneParameterField,
    tolerance: number,
  ) {
    this.n = fp.dim + 1;
    this.tol = tolerance;
  }

  /** The (n x n) bordered matrix [J  df/dp; border^T]. */
  bordered(y: Float64Array, border: Float64Array): { a: Float64Array; f: Float64Array; jacobian: Float64Array } {
    const { n } = this;
    const d = n - 1;
    const { f, jacobian, fp } = this.fp.evaluate(y);
    const a = new Float64Array(n * n);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) a[i * n + j] = jacobian[i * d + j];
      a[i * n + d] = fp[i];
    }
    a.set(border, d * n);
    return { a, f, jacobian };
  }

  /** The unit tangent at y, oriented so that its product with `orient` is positive. */
  tangent(y: Float64Array, orient: Float64Array): Float64Array | undefined {
    const { a } = this.bordered(y, orient);
    const rhs = new Float64Array(this.n);
    rhs[this.n - 1] = 1;
    const t = solve(a, rhs, this.n);
    if (!t) return undefined;
    const len = norm(t);
    return t.map((v) => v / len);
  }

  /**
   * Newton on f(y) = 0 with the linear constraint border . (y - base) = s; `guess` is the first
   * iterate. Returns the point, or undefined where it does not converge in 12 iterations.
   */
  correct(guess: Float64Array, border: Float64Array, base: Float64Array, s: number): { y: Float64Array; iterations: number } | undefined {
    const { n } = this;
    const y = Float64Array.from(guess);
    for (let it = 1; it <= 12; it++) {
      const { a, f } = this.bordered(y, border);
      const rhs = new Float64Array(n);
      for (let i = 0; i < n - 1; i++) rhs[i] = -f[i];
      let c = -s;
      for (let i = 0; i < n; i++) c += border[i] * (y[i] - base[i]);
      rhs[n - 1] = -c;
      const dy = solve(a, rhs, n);
      if (!dy || !dy.every(Number.isFinite)) return undefined;
      let big = 0;
      let step = 0;
      for (let i = 0; i < n; i++) {
        y[i] += dy[i];
        big = Math.max(big, Math.abs(y[i]));
        step = Math.max(step, Math.abs(dy[i]));
      }
      if (step <= this.tol * (1 + big)) return { y, iterations: it };
    }
    return undefined;
  }

  walked(y: Float64Array, tangent: Float64Array): Walked {
    const d = this.n - 1;
    const { jacobian } = this.fp.evaluate(y);
    const eig = eigenvalues(jacobian, d);
    return { y, tangent, eig, det: determinant(jacobian, d), hopf: hopfTestFunction(eig) };
  }
}

/** Newton on f(x; p) = 0 at fixed p. */
function fixedPointAt(c: Continuation, guess: Float64Array): Float64Array | undefined {
  const n = c.n;
  const border = new Float64Array(n);
  border[n - 1] = 1;
  return c.correct(guess, border, guess, 0)?.y;
}

interface WalkLimits {
  range: [number, number];
  step: number;
  maxStep: number;
  minStep: number;
  maxPoints: number;
}

/** Walks from `start` along `tangent` until the branch leaves the range; returns the points and why it stopped. */
function walk(c: Continuation, start: Walked, lim: WalkLimits): { points: Walked[]; end: string } {
  const d = c.n - 1;
  const [lo, hi] = lim.range;
  const points = [start];
  let h = lim.step;
  let cur = start;
  while (points.length < lim.maxPoints) {
    const guess = cur.y.map((v, i) => v + h * cur.tangent[i]);
    const corrected = c.correct(guess, cur.tangent, cur.y, h);
    const tangent = corrected && c.tangent(corrected.y, cur.tangent);
    // a step that turns the tangent by more than ~25 degrees, or that Newton had to carry far from
    // the prediction, may have jumped to another branch (across the S of two folds, say)
    let turn = 0;
    if (tangent) for (let i = 0; i < c.n; i++) turn += tangent[i] * cur.tangent[i];
    const drift = corrected ? norm(corrected.y.map((v, i) => v - guess[i])) : Infinity;
    if (!corrected || !tangent || turn < 0.9 || drift > 0.25 * h) {
      h /= 2;
      if (h < lim.minStep) return { points, end: `the step fell below ${lim.minStep} at ${c.fp.parameter} = ${cur.y[d]}` };
      continue;
    }
    const p = corrected.y[d];
    if (p < lo || p > hi) {
      // the last point lies on the range's edge: x corrected at p = lo or hi
      const edge = p < lo ? lo : hi;
      const frac = (edge - cur.y[d]) / (p - cur.y[d]);
      const guessEdge = cur.y.map((v, i) => v + frac * (corrected.y[i] - v));
      guessEdge[d] = edge;
      const y = fixedPointAt(c, guessEdge);
      const t = y && c.tangent(y, cur.tangent);
      if (y && t) points.push(c.walked(y, t));
      return { points, end: `${c.fp.parameter} reached ${edge}` };
    }
    cur = c.walked(corrected.y, tangent);
    points.push(cur);
    if (corrected.iterations <= 3 && turn > 0.99) h = Math.min(h * 1.5, lim.maxStep);
    else if (corrected.iterations >= 7) h /= 2;
  }
  return { points, end: `${lim.maxPoints} points were computed (maxPoints)` };
}

/**
 * Finds s in (0, sEnd) where `test` of the corrected point on the arclength line from a crosses
 * zero: Illinois regula falsi, with a bisection step wherever three steps have not halved the
 * bracket (a zero of high order, such as the Hopf test function's where an eigenvalue is repeated,
 * makes regula falsi crawl).
 */
function locate(c: Continuation, a: Walked, b: Walked, test: (w: Walked) => number): Walked | undefined {
  const n = c.n;
  let sEnd = 0;
  for (let i = 0; i < n; i++) sEnd += a.tangent[i] * (b.y[i] - a.y[i]);
  let s0 = 0;
  let g0 = test(a);
  let s1 = sEnd;
  let g1 = test(b);
  let side = 0;
  let best: Walked | undefined;
  let checkpoint = Math.abs(s1 - s0);
  for (let it = 0; it < 200; it++) {
    let s = (s0 * g1 - s1 * g0) / (g1 - g0);
    const bisect = it % 3 === 2 && Math.abs(s1 - s0) > checkpoint / 2;
    if (it % 3 === 2) checkpoint = Math.abs(s1 - s0);
    if (bisect || !(s > Math.min(s0, s1) && s < Math.max(s0, s1))) s = (s0 + s1) / 2;
    const frac = s / sEnd;
    const guess = a.y.map((v, i) => v + frac * (b.y[i] - v));
    const corrected = c.correct(guess, a.tangent, a.y, s);
    const tangent = corrected && c.tangent(corrected.y, a.tangent);
    if (!corrected || !tangent) return best;
    best = c.walked(corrected.y, tangent);
    const g = test(best);
    if (g === 0 || Math.abs(s1 - s0) <= 1e-14 * (1 + Math.abs(sEnd))) return best;
    if (Math.sign(g) === Math.sign(g1)) {
      s1 = s;
      g1 = g;
      if (side === -1) g0 /= 2;
      side = -1;
    } else {
      s0 = s;
      g0 = g;
      if (side === 1) g1 /= 2;
      side = 1;
    }
  }
  return best;
}

function pointOf(w: Walked, d: number): BranchPoint {
  return { parameter: w.y[d], state: Array.from(w.y.subarray(0, d)), eigenvalues: w.eig, stable: isStable(w.eig) };
}

/** The pair of eigenvalues whose sum is closest to zero. */
function criticalPair(eig: readonly Eigenvalue[]): [Eigenvalue, Eigenvalue] {
  let best: [Eigenvalue, Eigenvalue] = [eig[0], eig[1]];
  let smallest = Infinity;
  for (let i = 0; i < eig.length; i++)
    for (let j = i + 1; j < eig.length; j++) {
      const s = Math.hypot(eig[i].re + eig[j].re, eig[i].im + eig[j].im);
      if (s < smallest) [smallest, best] = [s, [eig[i], eig[j]]];
    }
  return best;
}

function bifurcationsBetween(c: Continuation, a: Walked, b: Walked, index: number): BifurcationPoint[] {
  const d = c.n - 1;
  const found: BifurcationPoint[] = [];
  if (Math.sign(a.det) !== Math.sign(b.det) && a.det !== 0) {
    const at = locate(c, a, b, (w) => w.det);
    if (at) {
      // a fold turns the branch back in the parameter; a crossing of det J where it goes on is a branch point
      const kind = Math.sign(a.tangent[d]) !== Math.sign(b.tangent[d]) ? 'saddle-node' : 'branch-point';
      found.push({ kind, ...pointOf(at, d), index });
    }
  }
  if (d >= 2 && Math.sign(a.hopf) !== Math.sign(b.hopf) && a.hopf !== 0) {
    const at = locate(c, a, b, (w) => w.hopf);
    if (at) {
      const [u, v] = criticalPair(at.eig);
      // a conjugate pair on the imaginary axis is a Hopf point; two real eigenvalues +-lambda a neutral saddle
      if (u.im !== 0 && Math.abs(u.im + v.im) <= 1e-9 * Math.abs(u.im)) {
        const frequency = Math.abs(u.im);
        found.push({ kind: 'hopf', ...pointOf(at, d), index, frequency, period: (2 * Math.PI) / frequency });
      } else found.push({ kind: 'neutral-saddle', ...pointOf(at, d), index });
    }
  }
  return found;
}

/** The branch of fixed points through `start`, with its stability and bifurcation points. */
export function continueFixedPoints(field: VectorField, opts: ContinuationOptions): Branch {
  checkState(field, opts.start, 'the continuation start');
  const fp = new OneParameterField(field, opts.parameter, opts.parameters);
  const [lo, hi] = opts.range;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi))
    throw new Error(`continuation: range [${lo}, ${hi}] of ${opts.parameter} is not an interval`);
  const p0 = opts.parameters[opts.parameter];
  if (!(p0 >= lo && p0 <= hi))
    throw new Error(`continuation: the start value ${opts.parameter} = ${p0} is outside the range [${lo}, ${hi}]`);
  const c = new Continuation(fp, opts.tolerance ?? 1e-10);
  const d = fp.dim;
  const width = hi - lo;
  const lim: WalkLimits = {
    range: [lo, hi],
    step: opts.step ?? width / 100,
    maxStep: opts.maxStep ?? width / 25,
    minStep: opts.minStep ?? width * 1e-9,
    maxPoints: opts.maxPoints ?? 5000,
  };
  const y0 = fixedPointAt(c, Float64Array.from([...opts.start, p0]));
  if (!y0)
    throw new Error(
      `continuation: Newton found no fixed point near the start (${field.variables.map((v, i) => `${v} = ${opts.start[i]}`).join(', ')}) at ${opts.parameter} = ${p0}`,
    );
  const up = new Float64Array(c.n);
  up[d] = 1;
  const t0 = c.tangent(y0, up);
  if (!t0)
    throw new Error(`continuation: the branch has no tangent at its start (${opts.parameter} = ${p0}): a singular point; start elsewhere`);
  const direction = opts.direction ?? 'both';
  const ends: string[] = [];
  let ordered: Walked[] = [];
  let startIndex = 0;
  const startPoint = c.walked(y0, t0);
  if (direction !== 'increasing') {
    const down = walk(c, { ...startPoint, tangent: t0.map((v) => -v) }, lim);
    ordered = down.points.reverse().map((w) => ({ ...w, tangent: w.tangent.map((v) => -v) }));
    startIndex = ordered.length - 1;
    ends.push(down.end);
  }
  if (direction !== 'decreasing') {
    const upWalk = walk(c, startPoint, lim);
    ordered = ordered.length ? [...ordered, ...upWalk.points.slice(1)] : upWalk.points;
    ends.push(upWalk.end);
  } else ends.push(`${opts.parameter} = ${p0}: the start`);
  if (direction === 'increasing') ends.unshift(`${opts.parameter} = ${p0}: the start`);
  const bifurcations: BifurcationPoint[] = [];
  for (let i = 0; i + 1 < ordered.length; i++) bifurcations.push(...bifurcationsBetween(c, ordered[i], ordered[i + 1], i));
  return {
    parameter: opts.parameter,
    variables: [...field.variables],
    points: ordered.map((w) => pointOf(w, d)),
    bifurcations,
    startIndex,
    ends,
  };
}

/**
 * The states of `branch` at parameter value `value`: one per segment between consecutive points
 * that spans it (interpolated linearly), with whether both ends of that segment are stable.
 */
export function branchStatesAt(branch: Branch, value: number): { state: number[]; stable: boolean }[] {
  const out: { state: number[]; stable: boolean }[] = [];
  const pts = branch.points;
  for (let i = 0; i + 1 < pts.length; i++) {
    const [a, b] = [pts[i], pts[i + 1]];
    if ((a.parameter - value) * (b.parameter - value) > 0) continue;
    const frac = b.parameter === a.parameter ? 0 : (value - a.parameter) / (b.parameter - a.parameter);
    out.push({ state: a.state.map((v, k) => v + frac * (b.state[k] - v)), stable: a.stable && b.stable });
  }
  return out;
}
