// Plots of the analyses' results with the run outputs' plotting stack (vega-lite specs rendered by
// runtime/output/render.ts to PNG or SVG): one-parameter diagrams (stable branches solid, unstable
// dashed, limit-cycle maxima and minima, bifurcation points labelled), two-parameter diagrams
// (fold and Hopf curves) and fast-slow diagrams (the fast subsystem's branches over the slow
// variable, the full trajectory overlaid). The specs are plain objects, so that a caller can write
// them beside the JSON of the data.
import { PLOT_H, PLOT_W, SCHEMA, render } from '../runtime/output/render';
import type { Branch, BifurcationKind } from './continuation';
import type { FastSlowResult } from './fast-slow';
import type { LimitCycleBranch } from './limit-cycles';
import type { TwoParameterDiagram } from './two-parameter';

const LABEL: Record<BifurcationKind, string> = { 'saddle-node': 'SN', hopf: 'H', 'branch-point': 'BP', 'neutral-saddle': 'NS' };

const STABILITY = {
  domain: ['stable', 'unstable'],
  range: [
    [1, 0],
    [6, 4],
  ],
};
const STABILITY_COLOUR = { domain: ['stable', 'unstable'], range: ['#1f4e9c', '#c0392b'] };

interface LineRow {
  x: number;
  y: number;
  segment: string;
  stability: 'stable' | 'unstable';
}

function variableIndex(variables: readonly string[], variable: string | undefined, what: string): number {
  const i = variable === undefined ? 0 : variables.indexOf(variable);
  if (i < 0) throw new Error(`${what}: ${variable} is not one of the variables (${variables.join(', ')})`);
  return i;
}

/**
 * A branch as line segments of one stability each; a segment ends and the next begins at the
 * bifurcation point between them, so that the drawn branch is continuous.
 */
function segments(branch: Branch, v: number, name: string): LineRow[] {
  const rows: LineRow[] = [];
  let seg = 0;
  let prev: 'stable' | 'unstable' | undefined;
  const at = new Map<number, Branch['bifurcations']>();
  for (const b of branch.bifurcations) at.set(b.index, [...(at.get(b.index) ?? []), b]);
  branch.points.forEach((p, i) => {
    const stability = p.stable ? 'stable' : 'unstable';
    if (prev !== undefined && stability !== prev) {
      // close the segment at the bifurcation point that changed the stability, reopen from it
      const between = (at.get(i - 1) ?? []).find((b) => b.kind !== 'neutral-saddle') ?? branch.points[i - 1];
      const x = between.parameter;
      const y = between.state[v];
      rows.push({ x, y, segment: `${name}-${seg}`, stability: prev });
      seg++;
      rows.push({ x, y, segment: `${name}-${seg}`, stability });
    }
    rows.push({ x: p.parameter, y: p.state[v], segment: `${name}-${seg}`, stability });
    prev = stability;
  });
  return rows;
}

/** The labelled points: bifurcations of the fixed points (a neutral saddle is none, and stays in the data only). */
function bifurcationRows(branches: readonly Branch[], v: number, x: (b: Branch['bifurcations'][number]) => number) {
  return branches.flatMap((br) =>
    br.bifurcations
      .filter((b) => b.kind !== 'neutral-saddle')
      .map((b) => ({ x: x(b), y: b.state[v], label: `${LABEL[b.kind]} ${b.parameter.toPrecision(5)}`, kind: b.kind })),
  );
}

const pointsLayer = (values: object[]) => ({
  data: { values },
  layer: [
    {
      mark: { type: 'point', shape: 'square', filled: true, size: 70, color: 'black' },
      encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
    },
    {
      mark: { type: 'text', align: 'left', dx: 7, dy: -9, fontSize: 12 },
      encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, text: { field: 'label' } },
    },
  ],
});

const branchLayer = (values: LineRow[], xTitle: string, yTitle: string) => ({
  data: { values },
  mark: { type: 'line', strokeWidth: 2 },
  encoding: {
    x: { field: 'x', type: 'quantitative', title: xTitle, scale: { zero: false } },
    y: { field: 'y', type: 'quantitative', title: yTitle, scale: { zero: false } },
    detail: { field: 'segment' },
    order: { field: 'order' },
    color: { field: 'stability', type: 'nominal', title: 'fixed points', scale: STABILITY_COLOUR },
    strokeDash: { field: 'stability', type: 'nominal', title: 'fixed points', scale: STABILITY },
  },
});

/** Adds each row's position in its segment, so that lines are drawn in the branch's order (not sorted by x). */
const ordered = (rows: LineRow[]) => rows.map((r, order) => ({ ...r, order }));

export interface BifurcationPlotOptions {
  /** The variable on the vertical axis (default the first). */
  variable?: string;
  cycles?: LimitCycleBranch;
  title?: string;
}

/** A one-parameter bifurcation diagram of one or more branches (and cycles) as a vega-lite spec. */
export function bifurcationDiagramSpec(branches: readonly Branch[], opts: BifurcationPlotOptions = {}): object {
  if (branches.length === 0) throw new Error('bifurcationDiagramSpec: no branch to plot');
  const v = variableIndex(branches[0].variables, opts.variable, 'bifurcationDiagramSpec');
  const name = branches[0].variables[v];
  const lines = branches.flatMap((b, i) => segments(b, v, `branch${i}`));
  const layers: object[] = [branchLayer(ordered(lines) as LineRow[], branches[0].parameter, name)];
  if (opts.cycles) {
    const cv = variableIndex(opts.cycles.variables, name, 'bifurcationDiagramSpec cycles');
    const values = opts.cycles.samples
      .filter((s) => s.state === 'cycle')
      .flatMap((s) => [
        { x: s.parameter, y: s.max[cv], what: 'cycle max / min' },
        { x: s.parameter, y: s.min[cv], what: 'cycle max / min' },
      ]);
    layers.push({
      data: { values },
      mark: { type: 'point', filled: true, size: 22 },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        shape: { field: 'what', type: 'nominal', title: 'limit cycles', scale: { range: ['circle'] } },
        fill: { value: '#2e8b3a' },
        stroke: { value: '#2e8b3a' },
      },
    });
  }
  layers.push(pointsLayer(bifurcationRows(branches, v, (b) => b.parameter)));
  return {
    $schema: SCHEMA,
    title: opts.title ?? `Bifurcation diagram: ${name} against ${branches[0].parameter}`,
    width: PLOT_W * 0.8,
    height: PLOT_H * 0.9,
    layer: layers,
  };
}

/** The fold and Hopf curves of a two-parameter diagram. */
export function twoParameterSpec(d: TwoParameterDiagram, title?: string): object {
  const values = d.curves.flatMap((c, i) =>
    c.points.map((p, order) => ({
      x: p.parameters[0],
      y: p.parameters[1],
      curve: `${c.kind}-${i}`,
      kind: c.kind === 'hopf' ? 'Hopf' : 'saddle-node (fold)',
      order,
    })),
  );
  return {
    $schema: SCHEMA,
    title: title ?? `Two-parameter bifurcation diagram: ${d.parameters[1]} against ${d.parameters[0]}`,
    width: PLOT_W * 0.8,
    height: PLOT_H * 0.9,
    data: { values },
    mark: { type: 'line', strokeWidth: 2, point: { size: 18 } },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: d.parameters[0], scale: { zero: false } },
      y: { field: 'y', type: 'quantitative', title: d.parameters[1], scale: { zero: false } },
      detail: { field: 'curve' },
      order: { field: 'order' },
      color: {
        field: 'kind',
        type: 'nominal',
        title: 'curve',
        scale: { domain: ['saddle-node (fold)', 'Hopf'], range: ['#1f4e9c', '#c0392b'] },
      },
    },
  };
}

/** The fast subsystem's branches over the slow variable with the full trajectory overlaid. */
export function fastSlowSpec(r: FastSlowResult, opts: { variable?: string; title?: string } = {}): object {
  const v = variableIndex(r.fast, opts.variable, 'fastSlowSpec');
  const name = r.fast[v];
  const lines = r.branches.flatMap((b, i) => segments(b, v, `branch${i}`));
  const layers: object[] = [];
  if (r.trajectory) {
    const tv = r.trajectory.variables.indexOf(name);
    const ts = r.trajectory.variables.indexOf(r.slow);
    layers.push({
      data: { values: r.trajectory.states.map((s, order) => ({ x: s[ts], y: s[tv], order, what: 'trajectory' })) },
      mark: { type: 'line', strokeWidth: 1, opacity: 0.8 },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        order: { field: 'order' },
        stroke: { field: 'what', type: 'nominal', title: 'full system', scale: { range: ['#8c8c8c'] } },
      },
    });
  }
  layers.push(branchLayer(ordered(lines) as LineRow[], `${r.slow} (slow, as a parameter)`, name));
  layers.push(pointsLayer(bifurcationRows(r.branches, v, (b) => b.parameter)));
  return {
    $schema: SCHEMA,
    title: opts.title ?? `Fast-slow analysis: ${name} against ${r.slow}`,
    width: PLOT_W * 0.8,
    height: PLOT_H * 0.9,
    layer: layers,
    resolve: { scale: { stroke: 'independent' } },
  };
}

/** Renders a spec to `path` (PNG, or SVG where the name ends in .svg). */
export function plotAnalysis(path: string, spec: object): Promise<void> {
  return render(path, spec);
}
