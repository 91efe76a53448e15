// The analyses' plots (analysis/bifurcation-plots.ts): a branch is drawn as segments of one
// stability each that meet at the bifurcation point between them, the bifurcation points are
// labelled (neutral saddles are not: they are no bifurcation), cycles appear as their max and min,
// and the specs render through the run outputs' stack to SVG and PNG.
import test from 'ava';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bifurcationDiagramSpec, fastSlowSpec, plotAnalysis, twoParameterSpec } from '../analysis/bifurcation-plots';
import { continueFixedPoints } from '../analysis/continuation';
import { fastSlow } from '../analysis/fast-slow';
import { limitCycles } from '../analysis/limit-cycles';
import { twoParameterDiagram } from '../analysis/two-parameter';
import * as M from './helpers/model-fields';

interface Layer {
  data: { values: Record<string, unknown>[] };
  layer?: Layer[];
  mark: unknown;
}

const fhnBranch = async () =>
  continueFixedPoints(await M.fitzHughNagumo(), { parameter: 'I', parameters: M.FHN_PARAMETERS, start: [-1.2, -0.62], range: [0, 2] });

test('a one-parameter diagram: three segments (stable, unstable, stable) joined at the Hopf points, labelled H, and the cycles', async (t) => {
  const branch = await fhnBranch();
  const cycles = limitCycles(await M.fitzHughNagumo(), {
    parameter: 'I',
    parameters: M.FHN_PARAMETERS,
    values: [0.2, 0.8],
    start: [0, 0],
    dt: 0.1,
    transient: 600,
    window: 200,
  });
  const spec = bifurcationDiagramSpec([branch], { cycles }) as { layer: Layer[]; title: string };
  t.is(spec.title, 'Bifurcation diagram: v against I');
  const rows = spec.layer[0].data.values as { x: number; y: number; segment: string; stability: string }[];
  const segs = [...new Set(rows.map((r) => r.segment))];
  t.deepEqual(
    segs.map((s) => rows.find((r) => r.segment === s)!.stability),
    ['stable', 'unstable', 'stable'],
  );
  const hopf = branch.bifurcations.filter((b) => b.kind === 'hopf');
  for (let i = 0; i < 2; i++) {
    const end = rows.filter((r) => r.segment === segs[i]).pop()!;
    const begin = rows.find((r) => r.segment === segs[i + 1])!;
    t.deepEqual([end.x, end.y], [hopf[i].parameter, hopf[i].state[0]], 'a segment ends at the Hopf point');
    t.deepEqual([begin.x, begin.y], [end.x, end.y], 'and the next begins there');
  }
  t.deepEqual(
    spec.layer[1].data.values.map((v) => v.x),
    [0.8, 0.8],
    'only the oscillating sample is drawn, as its max and min',
  );
  t.deepEqual(
    spec.layer[2].data.values.map((v) => v.label),
    hopf.map((h) => `H ${h.parameter.toPrecision(5)}`),
  );
  const dir = mkdtempSync(join(tmpdir(), 'braints-bif-'));
  await plotAnalysis(join(dir, 'fhn.svg'), spec);
  const svg = readFileSync(join(dir, 'fhn.svg'), 'utf8');
  t.true(svg.startsWith('<svg') && svg.includes('H 0.33128') && svg.includes('H 1.4187'));
  await plotAnalysis(join(dir, 'fhn.png'), spec);
  t.deepEqual([...readFileSync(join(dir, 'fhn.png')).subarray(1, 4)], [0x50, 0x4e, 0x47]);
});

test('neutral saddles stay in the data but get no label', async (t) => {
  const b = continueFixedPoints(await M.morrisLecarMatCont(), {
    parameter: 'I',
    parameters: { I: 0.11047 },
    start: [0.047222, 0.32564],
    range: [-0.1, 0.2],
  });
  t.true(b.bifurcations.some((p) => p.kind === 'neutral-saddle'));
  const spec = bifurcationDiagramSpec([b]) as { layer: Layer[] };
  const labels = spec.layer[1].data.values.map((v) => String(v.label).split(' ')[0]).sort();
  t.deepEqual(labels, ['H', 'SN', 'SN']);
});

test('two-parameter and fast-slow specs: a line per curve coloured by kind; branches over the slow variable with the trajectory', async (t) => {
  const d = twoParameterDiagram(await M.fitzHughNagumo(), {
    parameter: 'I',
    range: [-1, 3],
    second: 'b',
    values: [1.1, 1.2, 1.3],
    parameters: M.FHN_PARAMETERS,
    start: [-1.2, -0.6],
  });
  const two = twoParameterSpec(d) as { data: { values: { curve: string; kind: string }[] } };
  t.deepEqual([...new Set(two.data.values.map((v) => v.kind))].sort(), ['Hopf', 'saddle-node (fold)']);
  t.is(new Set(two.data.values.map((v) => v.curve)).size, 4);
  const r = fastSlow(await M.hindmarshRose(), {
    fast: ['x', 'y'],
    slow: 'z',
    parameters: M.HR_PARAMETERS,
    range: [1, 2.5],
    search: [
      [-2.5, 2.5],
      [-30, 2],
    ],
    trajectory: { start: [-1.6, -11.9, 1.8], dt: 0.05, duration: 50 },
  });
  const fs = fastSlowSpec(r) as { layer: Layer[]; title: string };
  t.is(fs.title, 'Fast-slow analysis: x against z');
  t.is(fs.layer[0].data.values.length, r.trajectory!.states.length);
  t.deepEqual(fs.layer[0].data.values[0], { x: 1.8, y: -1.6, order: 0, what: 'trajectory' });
  t.throws(() => fastSlowSpec(r, { variable: 'z' }), { message: /z is not one of the variables \(x, y\)/ });
});
