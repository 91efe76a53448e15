// The files of the bifurcation analyses, as `braints analyze` writes them: KIND.json (the result
// with the model's held values and what the field leaves out; the bifurcation points with their
// states and eigenvalues), the branches' and trajectories' points as NPY arrays (one row a point),
// and the plot (analysis/bifurcation-plots.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeNpy } from '../runtime/output/npy';
import type { BifurcationPoint, Branch } from './continuation';
import type { FastSlowResult } from './fast-slow';
import type { LimitCycleBranch } from './limit-cycles';
import type { ModelSystem } from './model-system';
import type { SlowPointResult } from './slow-points';
import type { TwoParameterDiagram } from './two-parameter';

export interface AnalysisFiles {
  /** The plot as PNG (default), as SVG, or none. */
  plot?: 'png' | 'svg' | false;
  /** The plot's title (default: the analysis's own). */
  title?: string;
}

/** Indented JSON with each array of numbers (a point, an eigenvalue list's parts) on one line. */
export function compactJson(value: unknown): string {
  return (
    JSON.stringify(value, null, 1).replace(/\[\s+([-\d.e+,\s]+?)\s+\]/g, (_, inner: string) => `[${inner.replace(/\s+/g, '')}]`) + '\n'
  );
}

/** Collects the names of the files written into one folder. */
class Folder {
  readonly files: string[] = [];
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }
  json(name: string, value: unknown): void {
    writeFileSync(join(this.dir, name), compactJson(value));
    this.files.unshift(name);
  }
  npy(name: string, data: Float64Array, shape: number[]): string {
    writeNpy(join(this.dir, name), data, shape);
    this.files.push(name);
    return name;
  }
  async plot(stem: string, spec: object, opts: AnalysisFiles): Promise<void> {
    if (opts.plot === false) return;
    // loaded on use: vega and resvg are not needed for the data
    const { plotAnalysis } = await import('./bifurcation-plots');
    const name = `${stem}.${opts.plot ?? 'png'}`;
    await plotAnalysis(join(this.dir, name), spec);
    this.files.push(name);
  }
}

const model = (sys: ModelSystem) => ({ model: sys.model, held: sys.held, left_out: sys.notes });

const named = (names: readonly string[], x: readonly number[]) => Object.fromEntries(names.map((v, j) => [v, x[j]]));

function bifurcationJson(b: BifurcationPoint, parameter: string, variables: readonly string[]) {
  return {
    kind: b.kind,
    [parameter]: b.parameter,
    state: named(variables, b.state),
    eigenvalues: b.eigenvalues,
    ...(b.frequency !== undefined ? { frequency_per_ms: b.frequency, period_ms: b.period } : {}),
  };
}

/** The branch's points as rows [parameter, state..., stable (1 or 0)]. */
function branchNpy(folder: Folder, name: string, b: Branch) {
  const width = b.variables.length + 2;
  const rows = new Float64Array(b.points.length * width);
  b.points.forEach((p, i) => {
    rows[i * width] = p.parameter;
    rows.set(p.state, i * width + 1);
    rows[i * width + width - 1] = p.stable ? 1 : 0;
  });
  return {
    file: folder.npy(name, rows, [b.points.length, width]),
    columns: [b.parameter, ...b.variables, 'stable'],
    ends: b.ends,
    bifurcations: b.bifurcations.map((p) => bifurcationJson(p, b.parameter, b.variables)),
  };
}

/** bifurcation.json, branch.npy and the diagram of a one-parameter continuation, with the cycles where simulated. */
export async function writeBifurcation(
  dir: string,
  b: Branch,
  range: [number, number],
  sys: ModelSystem,
  opts: AnalysisFiles & { cycles?: LimitCycleBranch } = {},
) {
  const folder = new Folder(dir);
  const branch = branchNpy(folder, 'branch.npy', b);
  const cycles = opts.cycles?.samples.map((c) => ({
    [b.parameter]: c.parameter,
    state: c.state,
    max: named(b.variables, c.max),
    min: named(b.variables, c.min),
    ...(c.period !== undefined ? { period_ms: c.period } : {}),
  }));
  folder.json('bifurcation.json', {
    ...model(sys),
    analysis: 'bifurcation',
    parameter: b.parameter,
    range,
    variables: b.variables,
    ...branch,
    ...(cycles ? { cycles } : {}),
  });
  const { bifurcationDiagramSpec } = await import('./bifurcation-plots');
  await folder.plot('bifurcation', bifurcationDiagramSpec([b], { title: opts.title, cycles: opts.cycles }), opts);
  return folder.files;
}

/** two_parameter.json (the fold and Hopf curves) and their plot. */
export async function writeTwoParameter(dir: string, d: TwoParameterDiagram, sys: ModelSystem, opts: AnalysisFiles = {}) {
  const folder = new Folder(dir);
  const [p1, p2] = d.parameters;
  folder.json('two_parameter.json', {
    ...model(sys),
    analysis: 'two-parameter',
    parameters: d.parameters,
    variables: d.variables,
    curves: d.curves.map((c) => ({
      kind: c.kind,
      points: c.points.map((p) => ({
        [p1]: p.parameters[0],
        [p2]: p.parameters[1],
        state: named(d.variables, p.state),
        ...(p.frequency !== undefined ? { frequency_per_ms: p.frequency } : {}),
      })),
    })),
  });
  const { twoParameterSpec } = await import('./bifurcation-plots');
  await folder.plot('two_parameter', twoParameterSpec(d, opts.title), opts);
  return folder.files;
}

/** fast_slow.json, branch.K.npy per branch of the fast subsystem, trajectory.npy and the plot. */
export async function writeFastSlow(dir: string, r: FastSlowResult, range: [number, number], sys: ModelSystem, opts: AnalysisFiles = {}) {
  const folder = new Folder(dir);
  const branches = r.branches.map((b, k) => branchNpy(folder, `branch.${k}.npy`, b));
  let trajectory: object | null = null;
  if (r.trajectory) {
    const { variables, t, states } = r.trajectory;
    const width = 1 + variables.length;
    const rows = new Float64Array(t.length * width);
    t.forEach((time, i) => {
      rows[i * width] = time;
      rows.set(states[i], i * width + 1);
    });
    trajectory = { file: folder.npy('trajectory.npy', rows, [t.length, width]), columns: ['t', ...variables] };
  }
  folder.json('fast_slow.json', {
    ...model(sys),
    analysis: 'fast-slow',
    fast: r.fast,
    slow: r.slow,
    range,
    branches,
    trajectory,
  });
  const { fastSlowSpec } = await import('./bifurcation-plots');
  await folder.plot('fast_slow', fastSlowSpec(r, { title: opts.title }), opts);
  return folder.files;
}

/** slow_points.json: the points found, with q = |f|^2/2, eigenvalues and stability (no plot). */
export function writeSlowPoints(dir: string, r: SlowPointResult, sys: ModelSystem) {
  const folder = new Folder(dir);
  folder.json('slow_points.json', {
    ...model(sys),
    analysis: 'slow-points',
    variables: r.variables,
    points: r.points.map((p) => ({ state: named(r.variables, p.state), q: p.q, stable: p.stable, eigenvalues: p.eigenvalues })),
    rejected: r.rejected,
    duplicates: r.duplicates,
  });
  return folder.files;
}
