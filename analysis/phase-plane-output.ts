// The files of a phase plane: phase_plane.json (the fixed points, nullclines, limit cycles and
// trajectories' summaries, with the model's held values and what the field leaves out), the
// arrays as NPY (the grid's axes, the field on the grid, each trajectory) and the plot.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeNpy } from '../runtime/output/npy';
import type { PhasePlane } from './phase-plane';
import type { ModelSystem } from './model-system';
import { compactJson } from './analysis-output';

export interface PhasePlaneFiles {
  /** The plot as PNG (default), as SVG, or none. */
  plot?: 'png' | 'svg' | false;
  /** The plot's title (default: the model's name). */
  title?: string;
}

/** Writes the files of `pp` (of the model system `sys`) into `dir`; resolves to their names. */
export async function writePhasePlane(dir: string, pp: PhasePlane, sys: ModelSystem, opts: PhasePlaneFiles = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const npy = (name: string, data: Float64Array, shape: number[]) => {
    writeNpy(join(dir, name), data, shape);
    files.push(name);
  };
  const dim = pp.variables.length;
  pp.variables.forEach((v, j) => npy(`grid.${v}.npy`, pp.axes[j], [pp.axes[j].length]));
  // f[j][i][c] in 2-D: row j of the second variable, column i of the first
  npy('field.npy', pp.f, [
    ...pp.axes
      .slice()
      .reverse()
      .map((a) => a.length),
    dim,
  ]);
  const trajectories = pp.trajectories.map((tr, k) => {
    const rows = new Float64Array(tr.t.length * (1 + dim));
    tr.t.forEach((t, s) => {
      rows[s * (1 + dim)] = t;
      rows.set(tr.x.subarray(s * dim, (s + 1) * dim), s * (1 + dim) + 1);
    });
    const file = `trajectory.${k}.npy`;
    npy(file, rows, [tr.t.length, 1 + dim]);
    return {
      initial: named(pp, tr.initial),
      samples: tr.t.length,
      columns: ['t', ...pp.variables],
      file,
      limit_cycle: tr.cycle ? cycleJson(pp, tr.cycle) : null,
    };
  });
  const summary = {
    model: sys.model,
    analysis: dim === 1 ? 'phase plane 1-D' : 'phase plane 2-D',
    variables: pp.variables,
    ranges: Object.fromEntries(pp.variables.map((v, j) => [v, pp.ranges[j]])),
    resolution: pp.axes[0].length,
    parameters: pp.parameters,
    held: sys.held,
    left_out: sys.notes,
    fixed_points: pp.fixedPoints.map((p) => ({
      x: named(pp, p.x),
      stability: p.stability,
      ...(p.detail ? { detail: p.detail } : {}),
      eigenvalues: p.eigenvalues,
      jacobian: p.jacobian,
      residual: p.residual,
    })),
    nullclines: pp.nullclines,
    limit_cycles: pp.limitCycles.map((c) => ({ ...cycleJson(pp, c), from: named(pp, c.from) })),
    trajectories,
  };
  writeFileSync(join(dir, 'phase_plane.json'), compactJson(summary));
  files.unshift('phase_plane.json');
  if (opts.plot !== false) {
    // loaded on use: vega and resvg are not needed for the data
    const { plotPhasePlane } = await import('./phase-plane-plot');
    const name = `phase_plane.${opts.plot ?? 'png'}`;
    await plotPhasePlane(join(dir, name), pp, opts.title ?? sys.model);
    files.push(name);
  }
  return files;
}

const named = (pp: PhasePlane, x: readonly number[]) => Object.fromEntries(pp.variables.map((v, j) => [v, x[j]]));

function cycleJson(pp: PhasePlane, c: NonNullable<PhasePlane['trajectories'][number]['cycle']>) {
  return {
    period_ms: c.period,
    min: named(pp, c.min),
    max: named(pp, c.max),
    amplitude: named(pp, c.amplitude),
    period_spread: c.periodSpread,
  };
}
