// The slow-point finder (analysis/slow-points.ts) on rate networks dx/dt = -x + g W tanh(x) whose
// fixed points are known: a rank-one W = u u^T / N (u of +-1 entries) has exactly the fixed points
// m u with m = g tanh(m) (x = g W tanh(x) lies along u), with eigenvalues -1 (N - 1 times) and
// -1 + g sech^2(m); a diagonal W = I has the 3^N products of the roots of x = g tanh(x). The rate
// networks are closures (test/helpers/fields.ts); Hodgkin-Huxley is models/hh.ts's class as written.
import test from 'ava';
import { continueFixedPoints } from '../analysis/continuation';
import { findSlowPoints } from '../analysis/slow-points';
import * as F from './helpers/fields';
import * as M from './helpers/model-fields';

/** The positive root of m = g tanh(m) (g > 1), by Newton. */
function root(g: number): number {
  let m = g;
  for (let i = 0; i < 50; i++) m -= (m - g * Math.tanh(m)) / (1 - g / Math.cosh(m) ** 2);
  return m;
}

test('a 20-unit rank-one network: from 200 random starts, exactly its 3 fixed points, with their eigenvalues to 1e-9', (t) => {
  const N = 20;
  const g = 2;
  const u = Array.from({ length: N }, (_, i) => (i % 3 ? 1 : -1));
  const W = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) W[i * N + j] = (u[i] * u[j]) / N;
  const r = findSlowPoints(F.rateNetwork(W, new Float64Array(N)), {
    parameters: { g },
    sample: { count: 200, box: Array.from({ length: N }, () => [-3, 3] as [number, number]), seed: 7 },
  });
  t.is(r.points.length, 3);
  t.is(r.rejected, 0);
  t.is(r.duplicates, 197);
  const m = root(g);
  const byM = r.points.map((p) => p.state[1] / u[1]).sort((x, y) => x - y);
  t.true(Math.abs(byM[0] + m) < 1e-9 && Math.abs(byM[1]) < 1e-9 && Math.abs(byM[2] - m) < 1e-9, `m = ${byM}`);
  for (const p of r.points) {
    const mm = p.state[1] / u[1];
    t.true(
      p.state.every((x, i) => Math.abs(x - mm * u[i]) < 1e-9),
      'the point lies along u',
    );
    const special = -1 + g / Math.cosh(mm) ** 2;
    const eig = p.eigenvalues.map((e) => e.re).sort((x, y) => x - y);
    const want = [...Array.from({ length: N - 1 }, () => -1), special].sort((x, y) => x - y);
    t.true(
      eig.every((e, i) => Math.abs(e - want[i]) < 1e-9),
      `eigenvalues ${eig}`,
    );
    t.true(p.eigenvalues.every((e) => Math.abs(e.im) < 1e-9));
    t.is(p.stable, Math.abs(mm) > 1e-6);
  }
});

test('a diagonal 3-unit network: all 27 fixed points, the 8 with every |x_i| = m stable', (t) => {
  const W = Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  const r = findSlowPoints(F.rateNetwork(W, new Float64Array(3)), {
    parameters: { g: 2 },
    sample: {
      count: 400,
      box: [
        [-3, 3],
        [-3, 3],
        [-3, 3],
      ],
      seed: 3,
    },
  });
  t.is(r.points.length, 27);
  const m = root(2);
  for (const p of r.points) t.true(p.state.every((x) => Math.abs(x) < 1e-9 || Math.abs(Math.abs(x) - m) < 1e-9));
  t.is(r.points.filter((p) => p.stable).length, 8);
  t.true(r.points.filter((p) => p.stable).every((p) => p.state.every((x) => Math.abs(Math.abs(x) - m) < 1e-9)));
});

test('a slow point that is no fixed point (the saddle-node ghost, mu < 0): kept with a loose tolerance at its q, rejected by default', (t) => {
  const field = F.saddleNode();
  const starts = [
    [0.5, 1],
    [-0.3, -2],
  ];
  const loose = findSlowPoints(field, { parameters: { mu: -0.01 }, starts, tolerance: 1e-4 });
  t.is(loose.points.length, 1);
  // the minimum of q = ((mu - x^2)^2 + y^2)/2 is at (0, 0), q = mu^2/2
  t.true(Math.abs(loose.points[0].state[0]) < 1e-6 && Math.abs(loose.points[0].state[1]) < 1e-9);
  t.true(Math.abs(loose.points[0].q - 5e-5) < 1e-12);
  const strict = findSlowPoints(field, { parameters: { mu: -0.01 }, starts });
  t.is(strict.points.length, 0);
  t.is(strict.rejected, 2);
});

test('no starting points, or a box of the wrong size, is one clear line', (t) => {
  const field = F.saddleNode();
  t.throws(() => findSlowPoints(field, { parameters: { mu: 1 } }), { message: /no starting points: give starts or sample/ });
  t.throws(() => findSlowPoints(field, { parameters: { mu: 1 }, sample: { count: 3, box: [[0, 1]] } }), {
    message: /sample.box has 1 ranges for 2 variables \(x, y\)/,
  });
});

// BrainPy's examples/dynamics_analysis/4d_HH_model.py runs its SlowPointFinder on the HH model at
// I = 5 from 1000 random candidates (V around -50 mV, gates in [0, 1]), keeping losses below 1e-7
// and merging within 0.1. The same search here, on models/hh.ts as written (mV, ms, I in uA/cm2):
// the one fixed point HH has at I = 5, the one that continuation finds, stable (the check is
// against continuation, not against BrainPy's printout).
test("Hodgkin-Huxley at I = 5 from random candidates, as BrainPy's example: its one fixed point, as continuation finds it", async (t) => {
  const field = await M.hodgkinHuxley();
  const r = findSlowPoints(field, {
    parameters: { ...M.HH_PARAMETERS, I: 5 },
    sample: {
      count: 300,
      box: [
        [-80, -20],
        [0, 1],
        [0, 1],
        [0, 1],
      ],
      seed: 123,
    },
    tolerance: 1e-20,
    duplicateTolerance: 1e-6,
  });
  t.is(r.points.length, 1);
  const branch = continueFixedPoints(field, {
    parameter: 'I',
    parameters: M.HH_PARAMETERS,
    start: M.HH_REST,
    range: [0, 5],
    direction: 'increasing',
  });
  const rest = branch.points[branch.points.length - 1].state;
  t.true(
    r.points[0].state.every((x, i) => Math.abs(x - rest[i]) < 1e-8 * (1 + Math.abs(rest[i]))),
    `${r.points[0].state} vs ${rest}`,
  );
  t.true(r.points[0].stable);
  t.log(
    `HH at I = 5: ${r.points[0].state.map((x) => x.toPrecision(6)).join(', ')}; ${r.rejected} of 300 minimisations ended above the tolerance`,
  );
});
