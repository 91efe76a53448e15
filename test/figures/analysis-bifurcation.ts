// Makes the figures and data of docs/analysis-bifurcation.md: `npm run build`, then
// `node dist/test/figures/analysis-bifurcation.js` writes docs/analysis-bifurcation/NAME.png, and
// the slow points' result as JSON for the doc's table (the other results are not kept in the
// repository; `braints analyze` writes each one's JSON beside its plot). Each section of the doc quotes the
// calls made here. The neuron models' fields are compiled from their classes in models/
// (test/helpers/model-fields.ts); the rate network is a closure (test/helpers/fields.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { bifurcationDiagramSpec, fastSlowSpec, plotAnalysis, twoParameterSpec } from '../../analysis/bifurcation-plots';
import { continueFixedPoints } from '../../analysis/continuation';
import { fastSlow } from '../../analysis/fast-slow';
import { limitCycles, startsFromBranch } from '../../analysis/limit-cycles';
import { findSlowPoints } from '../../analysis/slow-points';
import { twoParameterDiagram } from '../../analysis/two-parameter';
import { ROOT } from '../helpers/fixtures';
import * as F from '../helpers/fields';
import * as M from '../helpers/model-fields';

const OUT = join(ROOT, 'docs', 'analysis-bifurcation');
const range = (lo: number, hi: number, n: number): number[] => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

async function plot(name: string, spec: object): Promise<void> {
  await plotAnalysis(join(OUT, `${name}.png`), spec);
  console.log(`wrote docs/analysis-bifurcation/${name}.png`);
}

/** The result as JSON, for a table of the doc that quotes it. */
async function save(name: string, data: object): Promise<void> {
  // laid out as the repository's prettier settings have it, so that the lint's check passes
  const file = join(OUT, `${name}.json`);
  writeFileSync(file, await prettier.format(JSON.stringify(data), { ...(await prettier.resolveConfig(file)), filepath: file }));
  console.log(`wrote docs/analysis-bifurcation/${name}.json`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });

  // 1. FitzHugh-Nagumo in I: the branch, its Hopf points, cycles from the unstable focus
  const fhn = await M.fitzHughNagumo();
  const fhnBranch = continueFixedPoints(fhn, { parameter: 'I', parameters: M.FHN_PARAMETERS, start: [-1.2, -0.62], range: [0, 2] });
  const fhnValues = range(0, 2, 81);
  const fhnCycles = limitCycles(fhn, {
    parameter: 'I',
    parameters: M.FHN_PARAMETERS,
    values: fhnValues,
    start: startsFromBranch(fhnBranch, fhnValues, 1e-3),
    dt: 0.05,
    transient: 1500,
    window: 300,
  });
  await plot('fhn-bifurcation', bifurcationDiagramSpec([fhnBranch], { cycles: fhnCycles, title: 'FitzHugh-Nagumo: v against I' }));

  // 2. Hodgkin-Huxley in I: subcritical Hopf at 9.78, cycles from a spiking state (bistable below it)
  const hh = await M.hodgkinHuxley();
  const hhBranch = continueFixedPoints(hh, { parameter: 'I', parameters: M.HH_PARAMETERS, start: M.HH_REST, range: [0, 200] });
  const hhCycles = limitCycles(hh, {
    parameter: 'I',
    parameters: M.HH_PARAMETERS,
    values: range(0, 200, 101),
    start: [-20, 0.5, 0.3, 0.5],
    dt: 0.01,
    transient: 300,
    window: 100,
  });
  await plot(
    'hh-bifurcation',
    bifurcationDiagramSpec([hhBranch], { cycles: hhCycles, title: 'Hodgkin-Huxley: V (mV) against I (uA/cm2)' }),
  );

  // 3. Morris-Lecar, class I set: folds (the upper one a SNIC), a Hopf point, cycles from a depolarized state
  const ml = await M.morrisLecarClassI();
  const mlBranch = continueFixedPoints(ml, { parameter: 'I', parameters: M.ML_SNLC, start: [-60, 0], range: [-20, 150] });
  const mlCycles = limitCycles(ml, {
    parameter: 'I',
    parameters: M.ML_SNLC,
    values: range(-20, 150, 86),
    start: [-20, 0.2],
    dt: 0.05,
    transient: 2000,
    window: 1500,
  });
  await plot(
    'ml-snlc-bifurcation',
    bifurcationDiagramSpec([mlBranch], { cycles: mlCycles, title: 'Morris-Lecar (class I set): V (mV) against I (uA/cm2)' }),
  );

  // 4. Two parameters: Morris-Lecar's folds and Hopf curve in (I, gCa), FitzHugh-Nagumo's cusp in (I, b)
  const mlTwo = twoParameterDiagram(ml, {
    parameter: 'I',
    range: [-120, 200],
    second: 'gCa',
    values: range(3.2, 5.2, 41),
    parameters: M.ML_SNLC,
    start: [-60, 0],
  });
  await plot('ml-two-parameter', twoParameterSpec(mlTwo, 'Morris-Lecar (class I set): fold and Hopf curves in (I, gCa)'));
  const fhnTwo = twoParameterDiagram(fhn, {
    parameter: 'I',
    range: [-1, 3],
    second: 'b',
    values: range(0.5, 1.6, 45),
    parameters: M.FHN_PARAMETERS,
    start: [-1.2, -0.6],
  });
  await plot('fhn-two-parameter', twoParameterSpec(fhnTwo, 'FitzHugh-Nagumo: Hopf curves and the cusp of folds in (I, b)'));

  // 5. Fast-slow: Hindmarsh-Rose bursting, z slow
  const hr = fastSlow(await M.hindmarshRose(), {
    fast: ['x', 'y'],
    slow: 'z',
    parameters: M.HR_PARAMETERS,
    range: [1, 3.2],
    search: [
      [-2.5, 2.5],
      [-30, 2],
    ],
    trajectory: { start: [-1.6, -11.9, 1.8], dt: 0.02, duration: 1000, transient: 1000, every: 20 },
  });
  await plot('hr-fast-slow', fastSlowSpec(hr, { title: 'Hindmarsh-Rose (I = 2): x against the slow z' }));

  // 6. Slow points of a rate network (no plot: the table in the doc)
  const N = 20;
  const u = Array.from({ length: N }, (_, i) => (i % 3 ? 1 : -1));
  const W = Float64Array.from({ length: N * N }, (_, k) => (u[Math.floor(k / N)] * u[k % N]) / N);
  const slow = findSlowPoints(F.rateNetwork(W, new Float64Array(N)), {
    parameters: { g: 2 },
    sample: { count: 200, box: Array.from({ length: N }, () => [-3, 3] as [number, number]), seed: 7 },
  });
  await save('rate-network-slow-points', slow);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
