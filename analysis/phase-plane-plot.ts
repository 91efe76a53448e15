// The plot of a phase plane (runtime/output/render.ts: vega-lite -> SVG -> PNG). 2-D: the field's
// direction as arrows on a coarse grid (length fixed, shade by speed), the nullclines, the given
// trajectories and the fixed points, filled when stable, open when not, shaped by kind. 1-D: f against the variable, its zero line and the fixed points.
import { SCHEMA, render } from '../runtime/output/render';
import type { PhasePlane } from './phase-plane';
import type { Stability } from './stability';

/** Arrows per axis. */
const ARROWS = 21;
const SIZE = 560;

const SHAPES: Record<Stability, string> = {
  'stable node': 'circle',
  'unstable node': 'circle',
  'stable focus': 'diamond',
  'unstable focus': 'diamond',
  saddle: 'cross',
  center: 'square',
  'stable degenerate node': 'circle',
  'unstable degenerate node': 'circle',
  'non-hyperbolic': 'triangle-up',
};

const kinds = (pp: PhasePlane): Stability[] => [...new Set(pp.fixedPoints.map((p) => p.stability))];

/** The fixed points, at (x, y) from `at`; on the x axis in 1-D. */
const fixedPointLayer = (pp: PhasePlane, x: string, y: string, at: (p: PhasePlane['fixedPoints'][number]) => number) => ({
  data: {
    values: pp.fixedPoints.map((p) => ({
      [x]: p.x[0],
      [y]: at(p),
      stability: p.stability,
      filled: p.stability.startsWith('stable'),
    })),
  },
  mark: { type: 'point', size: 160, strokeWidth: 2.5, opacity: 1 },
  encoding: {
    x: { field: x, type: 'quantitative' },
    y: { field: y, type: 'quantitative' },
    // the kinds present, each with its shape
    shape: {
      field: 'stability',
      type: 'nominal',
      scale: { domain: kinds(pp), range: kinds(pp).map((k) => SHAPES[k]) },
      title: 'fixed point',
    },
    fill: { condition: { test: 'datum.filled', value: 'black' }, value: 'white' },
    color: { value: 'black' },
  },
});

/** The vega-lite spec of a phase plane's plot; `title` heads it. */
export function phasePlaneSpec(pp: PhasePlane, title: string): object {
  return pp.variables.length === 1 ? spec1d(pp, title) : spec2d(pp, title);
}

function spec1d(pp: PhasePlane, title: string): object {
  const [x] = pp.variables;
  const xs = pp.axes[0];
  const values = Array.from(xs, (v, i) => ({ [x]: v, f: pp.f[i] })).filter((d) => Number.isFinite(d.f));
  return {
    $schema: SCHEMA,
    title,
    width: SIZE,
    height: SIZE / 2,
    layer: [
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#999' }, encoding: { y: { field: 'zero', type: 'quantitative' } } },
      {
        data: { values },
        mark: { type: 'line', color: '#1f77b4', strokeWidth: 2 },
        encoding: {
          x: { field: x, type: 'quantitative', scale: { domain: pp.ranges[0], nice: false }, title: x },
          y: { field: 'f', type: 'quantitative', title: `d${x}/dt (per ms)` },
        },
      },
      ...(pp.fixedPoints.length ? [fixedPointLayer(pp, x, 'f', () => 0)] : []),
    ],
  };
}

function spec2d(pp: PhasePlane, title: string): object {
  const [x, y] = pp.variables;
  const [[x0, x1], [y0, y1]] = pp.ranges;
  const nx = pp.axes[0].length;
  const ny = pp.axes[1].length;
  // arrows at the grid points nearest a coarse grid; direction in plot units, so an arrow points along the field as drawn
  const arrows: object[] = [];
  const len = 0.8 / (ARROWS - 1);
  for (let b = 0; b < ARROWS; b++)
    for (let a = 0; a < ARROWS; a++) {
      const i = Math.round((a * (nx - 1)) / (ARROWS - 1));
      const j = Math.round((b * (ny - 1)) / (ARROWS - 1));
      const k = j * nx + i;
      const [u, v] = [pp.f[2 * k] / (x1 - x0), pp.f[2 * k + 1] / (y1 - y0)];
      const norm = Math.hypot(u, v);
      if (!(norm > 0) || !Number.isFinite(norm)) continue;
      const [px, py] = [pp.axes[0][i], pp.axes[1][j]];
      const [dx, dy] = [((u / norm) * len * (x1 - x0)) / 2, ((v / norm) * len * (y1 - y0)) / 2];
      arrows.push({
        [x]: px - dx,
        [y]: py - dy,
        x2: px + dx,
        y2: py + dy,
        // vega's angle: degrees clockwise from up, in screen coordinates (a square plot)
        angle: (Math.atan2(u, v) * 180) / Math.PI,
        speed: Math.log10(Math.hypot(pp.f[2 * k], pp.f[2 * k + 1])),
      });
    }
  const xEnc = { field: x, type: 'quantitative', scale: { domain: [x0, x1], nice: false, zero: false }, title: x };
  const yEnc = { field: y, type: 'quantitative', scale: { domain: [y0, y1], nice: false, zero: false }, title: y };
  const nullclines = pp.nullclines.flatMap((n) =>
    n.branches.flatMap((br, b) =>
      br.map(([px, py], o) => ({ [x]: px, [y]: py, nullcline: `d${n.variable}/dt = 0`, branch: `${n.variable}${b}`, o })),
    ),
  );
  const trajectories = pp.trajectories.flatMap((tr, k) => {
    const pts: object[] = [];
    const step = Math.max(1, Math.floor(tr.t.length / 4000));
    for (let s = 0; s < tr.t.length; s += step)
      pts.push({
        [x]: tr.x[2 * s],
        [y]: tr.x[2 * s + 1],
        trajectory: `${k + 1}: from (${tr.initial.map((v) => +v.toPrecision(4)).join(', ')})`,
        o: s,
      });
    return pts;
  });
  return {
    $schema: SCHEMA,
    title,
    width: SIZE,
    height: SIZE,
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
    layer: [
      {
        data: { values: arrows },
        mark: { type: 'rule', strokeWidth: 1.2 },
        encoding: {
          x: xEnc,
          y: yEnc,
          x2: { field: 'x2' },
          y2: { field: 'y2' },
          color: { field: 'speed', type: 'quantitative', scale: { scheme: 'greys' }, legend: null },
        },
      },
      {
        data: { values: arrows },
        mark: { type: 'point', shape: 'triangle-up', size: 30, filled: true },
        encoding: {
          x: { field: 'x2', type: 'quantitative' },
          y: { field: 'y2', type: 'quantitative' },
          angle: { field: 'angle', type: 'quantitative', scale: null },
          color: { field: 'speed', type: 'quantitative', scale: { scheme: 'greys' }, legend: null },
        },
      },
      {
        data: { values: nullclines },
        mark: { type: 'line', strokeWidth: 2.5, clip: true },
        encoding: {
          x: xEnc,
          y: yEnc,
          detail: { field: 'branch' },
          order: { field: 'o', type: 'quantitative' },
          color: { field: 'nullcline', type: 'nominal', scale: { range: ['#d62728', '#1f77b4'] }, title: 'nullcline' },
        },
      },
      ...(trajectories.length
        ? [
            {
              data: { values: trajectories },
              mark: { type: 'line', strokeWidth: 1.5, clip: true },
              encoding: {
                x: xEnc,
                y: yEnc,
                order: { field: 'o', type: 'quantitative' },
                color: { field: 'trajectory', type: 'nominal', scale: { scheme: 'dark2' }, title: 'trajectory' },
              },
            },
          ]
        : []),
      ...(pp.fixedPoints.length ? [fixedPointLayer(pp, x, y, (p) => p.x[1])] : []),
    ],
  };
}

/** Writes the plot of `pp` to `path` (.png, or .svg by its name). */
export async function plotPhasePlane(path: string, pp: PhasePlane, title: string): Promise<void> {
  await render(path, phasePlaneSpec(pp, title));
}
