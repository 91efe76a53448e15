// Two-parameter bifurcation diagrams: the fold (saddle-node) and Hopf curves in the plane of two
// parameters, as a grid of one-parameter continuations in the first parameter, one per value of
// the second, whose located bifurcation points are joined into curves, row to row, by kind.
//
// Why a grid rather than continuing the curves themselves (a minimally augmented system in x, p1,
// p2): that needs the derivatives of det J and of the Hopf test function with respect to x and the
// parameters, i.e. the field's second derivatives, which a VectorField does not give (it gives
// exact first derivatives); differencing the Jacobian would put finite differences back. Each grid
// point is located to working precision by analysis/continuation.ts, so the curves' points are as
// exact as the one-parameter diagrams; between rows they are straight lines, and a curve's turning
// point in p2 (the cusp where two folds meet, a Bogdanov-Takens point where a Hopf curve ends on a
// fold) is resolved only to the spacing of the rows.
import { type BifurcationPoint, type ContinuationOptions, continueFixedPoints } from './continuation';
import type { VectorField } from './vector-field';

export interface TwoParameterOptions {
  /** The parameter continued in each row, over `range`. */
  parameter: string;
  range: [number, number];
  /** The parameter stepped between rows, through `values` in order. */
  second: string;
  values: number[];
  /** Every parameter's value; the first's is where each row's continuation starts. */
  parameters: Record<string, number>;
  /** A guess of the fixed point at the first row's start; later rows start from the row before. */
  start: number[];
  continuation?: Pick<ContinuationOptions, 'step' | 'maxStep' | 'minStep' | 'maxPoints' | 'tolerance'>;
  /**
   * Points of one kind in consecutive rows are joined where they are closer than this (default
   * 0.1), in the first parameter relative to its range and in each variable relative to its extent
   * on the row's branch, whichever is furthest.
   */
  joinDistance?: number;
}

export interface CurvePoint {
  /** The first parameter's value, then the second's. */
  parameters: [number, number];
  state: number[];
  frequency?: number;
}

export interface BifurcationCurve {
  kind: 'saddle-node' | 'hopf';
  points: CurvePoint[];
}

export interface TwoParameterDiagram {
  parameters: [string, string];
  variables: string[];
  curves: BifurcationCurve[];
  /** Each row's bifurcation points, as the one-parameter continuation located them. */
  rows: { value: number; bifurcations: BifurcationPoint[] }[];
}

export function twoParameterDiagram(field: VectorField, opts: TwoParameterOptions): TwoParameterDiagram {
  if (opts.parameter === opts.second)
    throw new Error(`twoParameterDiagram: ${opts.parameter} is both the continued and the stepped parameter`);
  if (!field.parameters.includes(opts.second))
    throw new Error(`twoParameterDiagram: ${opts.second} is not one of the field's parameters (${field.parameters.join(', ')})`);
  if (opts.values.length < 2) throw new Error('twoParameterDiagram: values needs two or more values of the second parameter');
  const width = opts.range[1] - opts.range[0];
  const joinDistance = opts.joinDistance ?? 0.1;
  const rows: TwoParameterDiagram['rows'] = [];
  const curves: BifurcationCurve[] = [];
  let open: BifurcationCurve[] = [];
  let start = opts.start;
  for (const value of opts.values) {
    const branch = continueFixedPoints(field, {
      ...opts.continuation,
      parameter: opts.parameter,
      parameters: { ...opts.parameters, [opts.second]: value },
      start,
      range: opts.range,
    });
    start = branch.points[branch.startIndex].state;
    const found = branch.bifurcations.filter((b) => b.kind === 'saddle-node' || b.kind === 'hopf');
    rows.push({ value, bifurcations: branch.bifurcations });
    // join each point to the nearest open curve of its kind from the row before (each curve takes
    // one), nearness in the first parameter and the state, each relative to its extent on this row's
    // branch: near a cusp two folds are close in the parameter but not in the state
    const spans = field.variables.map((_, i) => {
      const xs = branch.points.map((p) => p.state[i]);
      return Math.max(...xs) - Math.min(...xs) || 1;
    });
    const distance = (c: BifurcationCurve, b: BifurcationPoint): number => {
      const last = c.points[c.points.length - 1];
      let d = Math.abs(last.parameters[0] - b.parameter) / width;
      for (let i = 0; i < spans.length; i++) d = Math.max(d, Math.abs(last.state[i] - b.state[i]) / spans[i]);
      return d;
    };
    const next: BifurcationCurve[] = [];
    const taken = new Set<BifurcationCurve>();
    const pairs = found.flatMap((b) => open.filter((c) => c.kind === b.kind).map((c) => ({ b, c, d: distance(c, b) })));
    pairs.sort((u, v) => u.d - v.d);
    const placed = new Set<BifurcationPoint>();
    for (const { b, c, d } of pairs) {
      if (d > joinDistance || taken.has(c) || placed.has(b)) continue;
      c.points.push({ parameters: [b.parameter, value], state: b.state, frequency: b.frequency });
      taken.add(c);
      placed.add(b);
      next.push(c);
    }
    for (const b of found)
      if (!placed.has(b)) {
        const c: BifurcationCurve = {
          kind: b.kind as 'saddle-node' | 'hopf',
          points: [{ parameters: [b.parameter, value], state: b.state, frequency: b.frequency }],
        };
        curves.push(c);
        next.push(c);
      }
    open = next;
  }
  return { parameters: [opts.parameter, opts.second], variables: [...field.variables], curves, rows };
}
