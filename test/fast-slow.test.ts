// Fast-slow analysis (analysis/fast-slow.ts) of the Hindmarsh-Rose burster (models/hindmarsh_rose.ts,
// I = 2) with z as the slow variable. Its fast subsystem's fixed points have y = 1 - 5 x^2 and
// z = 3 - x^3 - 2 x^2 (exact), folds where dz/dx = 0 (x = -4/3, z = 3 - 32/27; x = 0, z = 3), and a
// Hopf point where trace J = -3 x^2 + 6 x - 1 = 0 with det J = x (3 x + 4) > 0: x = 1 - sqrt(2/3).
// The field is models/hindmarsh_rose.ts's class as written (dimensionless, as Hindmarsh & Rose's).
import test from 'ava';
import { fastSlow, fastSubsystem } from '../analysis/fast-slow';
import * as M from './helpers/model-fields';

const zOf = (x: number): number => 3 - x ** 3 - 2 * x ** 2;

test('Hindmarsh-Rose, z slow: one S-shaped branch with the folds and the Hopf point of the closed forms, stability as J says', async (t) => {
  const r = fastSlow(await M.hindmarshRose(), {
    fast: ['x', 'y'],
    slow: 'z',
    parameters: M.HR_PARAMETERS,
    range: [1, 3.2],
    search: [
      [-2.5, 2.5],
      [-30, 2],
    ],
  });
  t.is(r.branches.length, 1, 'the three fixed points over the range lie on one branch, through both folds');
  const [b] = r.branches;
  t.is(b.parameter, 'z');
  for (const p of b.points) {
    const [x, y] = p.state;
    t.true(Math.abs(p.parameter - zOf(x)) < 1e-9 && Math.abs(y - (1 - 5 * x * x)) < 1e-9);
    const trace = -3 * x * x + 6 * x - 1;
    const det = x * (3 * x + 4);
    if (Math.abs(det) > 1e-6 && Math.abs(trace) > 1e-6) t.is(p.stable, det > 0 && trace < 0, `x = ${x}`);
  }
  const folds = b.bifurcations.filter((p) => p.kind === 'saddle-node').sort((u, v) => u.parameter - v.parameter);
  t.is(folds.length, 2);
  t.true(Math.abs(folds[0].parameter - (3 - 32 / 27)) < 1e-10 && Math.abs(folds[0].state[0] + 4 / 3) < 1e-5);
  t.true(Math.abs(folds[1].parameter - 3) < 1e-10 && Math.abs(folds[1].state[0]) < 1e-5);
  const hopf = b.bifurcations.filter((p) => p.kind === 'hopf');
  t.is(hopf.length, 1);
  const xh = 1 - Math.sqrt(2 / 3);
  t.true(Math.abs(hopf[0].state[0] - xh) < 1e-8 && Math.abs(hopf[0].parameter - zOf(xh)) < 1e-9, `Hopf at z = ${hopf[0].parameter}`);
});

test('Hindmarsh-Rose bursting: the trajectory overlay alternates spikes (x > 1) and quiescence on the lower branch, z within the folds it turns at', async (t) => {
  const r = fastSlow(await M.hindmarshRose(), {
    fast: ['x', 'y'],
    slow: 'z',
    parameters: M.HR_PARAMETERS,
    range: [1, 2.5],
    search: [
      [-2.5, 2.5],
      [-30, 2],
    ],
    trajectory: { start: [-1.6, -11.9, 1.8], dt: 0.02, duration: 1000, transient: 1000, every: 5 },
  });
  const traj = r.trajectory!;
  t.deepEqual(traj.variables, ['x', 'y', 'z']);
  t.is(traj.states.length, 1000 / 0.02 / 5 + 1);
  t.is(traj.t[0], 1000);
  const xs = traj.states.map((s) => s[0]);
  const zs = traj.states.map((s) => s[2]);
  t.true(xs.some((x) => x > 1) && xs.some((x) => x < -1), 'spikes and quiescence');
  // the burst ends near the lower fold: quiescent z stays above it (the lower branch ends there)
  const quiet = traj.states.filter((s) => s[0] < -4 / 3 - 0.05).map((s) => s[2]);
  t.true(
    quiet.every((z) => z > 3 - 32 / 27 - 0.05),
    `quiescent z down to ${Math.min(...quiet)}`,
  );
  t.true(Math.max(...zs) < 2.5 && Math.min(...zs) > 1);
});

test("the fast subsystem's Jacobians are the full field's rows and columns: d/dz becomes a parameter column", async (t) => {
  const field = await M.hindmarshRose();
  const sub = fastSubsystem(field, ['x', 'y'], 'z');
  t.deepEqual(sub.parameters, ['z', 'I', 'r']);
  const [x, y, z, I, r] = [-0.7, -2, 1.9, 2, 0.001];
  const f = new Float64Array(2);
  const j = new Float64Array(4);
  const jp = new Float64Array(6);
  sub.evaluate(Float64Array.from([x, y]), Float64Array.from([z, I, r]), f, j, jp);
  t.deepEqual(Array.from(f), [y - x ** 3 + 3 * x * x - z + I, 1 - 5 * x * x - y]);
  t.deepEqual(Array.from(j), [-3 * x * x + 6 * x, 1, -10 * x, -1]);
  t.deepEqual(Array.from(jp), [-1, 1, 0, 0, 0, 0]);
  t.throws(() => fastSubsystem(field, ['x'], 'z'), { message: /y is neither fast nor slow: give its value in held/ });
  t.throws(() => fastSubsystem(field, ['x', 'q'], 'z'), { message: /q is not one of the field's variables \(x, y, z\)/ });
});
