// Phase planes (analysis/phase-plane.ts) of models as written and of fields given as closures:
// fixed points against closed forms (FitzHugh-Nagumo's cubic), their stability, nullclines
// against their closed forms, a saddle-node where the nullclines are tangent (1-D: a double
// root without a sign change; 2-D: tangent nullclines), branches of a nullcline through an
// ambiguous cell joined as the curve runs, and limit cycles against the network simulation.
import test from 'ava';
import { Network, constant } from '../index';
import { FitzHughNagumo, MorrisLecar, QIF } from '../models';
import { modelField } from '../analysis/model-field';
import { phasePlane } from '../analysis/phase-plane';
import { classify } from '../analysis/stability';
import { phasePlaneSpec } from '../analysis/phase-plane-plot';
import type { VectorField } from '../analysis/vector-field';

const [a, b, tau] = [0.7, 0.8, 12.5];

/** FitzHugh-Nagumo's fixed point: v^3 + 3(1/b - 1) v + 3(a/b - I) = 0, one real root for b < 1 (Cardano). */
function fhnFixedPoint(I: number): [number, number] {
  const p = 3 * (1 / b - 1);
  const q = 3 * (a / b - I);
  const r = Math.sqrt((q * q) / 4 + (p * p * p) / 27);
  const v = Math.cbrt(-q / 2 + r) + Math.cbrt(-q / 2 - r);
  return [v, (v + a) / b];
}

for (const [I, stability] of [
  [0, 'stable focus'],
  [0.5, 'unstable focus'],
  [1.5, 'stable focus'],
] as const) {
  test(`FitzHugh-Nagumo at I = ${I}: one fixed point, the cubic's root (1e-10), a ${stability}; nullclines on their closed forms (1e-10)`, async (t) => {
    const field = await modelField(FitzHughNagumo, { variables: ['v', 'w'], parameters: ['I'] });
    const pp = phasePlane(field, {
      ranges: [
        [-3, 3],
        [-2, 3],
      ],
      parameters: [I],
    });
    t.is(pp.fixedPoints.length, 1);
    const [p] = pp.fixedPoints;
    const [v, w] = fhnFixedPoint(I);
    t.true(Math.abs(p.x[0] - v) < 1e-10 && Math.abs(p.x[1] - w) < 1e-10, `${p.x} vs ${[v, w]}`);
    t.is(p.stability, stability);
    // the eigenvalues of [[1 - v^2, -1], [1/tau, -b/tau]]
    const tr = 1 - v * v - b / tau;
    const det = -(1 - v * v) * (b / tau) + 1 / tau;
    t.true(Math.abs(p.eigenvalues[0].re - tr / 2) < 1e-10);
    t.true(Math.abs(p.eigenvalues[1].im - Math.sqrt(det - (tr * tr) / 4)) < 1e-10);
    const [vNull, wNull] = pp.nullclines;
    t.is(vNull.variable, 'v');
    // one branch each, crossing the box from edge to edge
    t.is(vNull.branches.length, 1);
    t.is(wNull.branches.length, 1);
    for (const [x, y] of vNull.branches[0]) t.true(Math.abs(y - (x - x ** 3 / 3 + I)) < 1e-10, `v-nullcline at ${x}, ${y}`);
    for (const [x, y] of wNull.branches[0]) t.true(Math.abs(y - (x + a) / b) < 1e-10, `w-nullcline at ${x}, ${y}`);
    const onEdge = ([x, y]: [number, number]) => Math.min(Math.abs(x + 3), Math.abs(x - 3), Math.abs(y + 2), Math.abs(y - 3)) < 0.05;
    for (const n of [vNull, wNull]) t.true(onEdge(n.branches[0][0]) && onEdge(n.branches[0][n.branches[0].length - 1]));
  });
}

test('FitzHugh-Nagumo at I = 0.5: the limit cycle found by simulation has the period of the native network simulation of the class (0.2%)', async (t) => {
  const field = await modelField(FitzHughNagumo, { variables: ['v', 'w'], parameters: ['I'] });
  const pp = phasePlane(field, {
    ranges: [
      [-3, 3],
      [-2, 3],
    ],
    parameters: [0.5],
    trajectories: [[0, 0]],
    duration: 600,
  });
  t.is(pp.limitCycles.length, 1);
  const cycle = pp.trajectories[0].cycle!;
  t.truthy(cycle);
  // the model page: relaxation oscillations of period 39.5
  t.true(Math.abs(cycle.period - 39.5) < 0.1, `${cycle.period}`);
  t.true(cycle.min[0] < -1.9 && cycle.max[0] > 1.8, `v from ${cycle.min[0]} to ${cycle.max[0]}`);
  const group = new FitzHughNagumo(1);
  const net = new Network({ group });
  net.input(group, 'I', constant(0.5));
  const spikes = net.monitorSpikes(group);
  await net.run(1000, { dt: 0.01 });
  const times = Array.from(spikes.times).filter((s) => s > 300);
  const simulated = (times[times.length - 1] - times[0]) / (times.length - 1);
  t.true(Math.abs(cycle.period - simulated) / simulated < 2e-3, `phase plane ${cycle.period}, network ${simulated}`);
});

test('FitzHugh-Nagumo at I = 0: the trajectory from (0, 0) goes to the stable focus and no limit cycle is reported', async (t) => {
  const field = await modelField(FitzHughNagumo, { variables: ['v', 'w'], parameters: ['I'] });
  const pp = phasePlane(field, {
    ranges: [
      [-3, 3],
      [-2, 3],
    ],
    parameters: [0],
    trajectories: [[0, 0]],
    duration: 600,
  });
  t.is(pp.limitCycles.length, 0);
  const { x } = pp.trajectories[0];
  const [v, w] = fhnFixedPoint(0);
  t.true(Math.abs(x[x.length - 2] - v) < 1e-4 && Math.abs(x[x.length - 1] - w) < 1e-4);
});

test('tangent nullclines (FitzHugh-Nagumo with b = 2 at its saddle-node, v* = -1/sqrt 2): the double fixed point is found (1e-6), non-hyperbolic, beside the stable node at -2 v*', async (t) => {
  const v0 = -Math.SQRT1_2;
  const I = (v0 + a) / 2 - v0 + v0 ** 3 / 3;
  const field = await modelField(FitzHughNagumo, { variables: ['v', 'w'], fixed: { b: 2, I } });
  const pp = phasePlane(field, {
    ranges: [
      [-3, 3],
      [-2, 3],
    ],
  });
  t.deepEqual(
    pp.fixedPoints.map((p) => p.stability),
    ['non-hyperbolic', 'stable node'],
  );
  const [fold, node] = pp.fixedPoints;
  t.true(Math.abs(fold.x[0] - v0) < 1e-6 && Math.abs(fold.x[1] - (v0 + a) / 2) < 1e-6, `${fold.x}`);
  t.true(Math.abs(node.x[0] + 2 * v0) < 1e-10 && Math.abs(node.x[1] - (-2 * v0 + a) / 2) < 1e-10, `${node.x}`);
});

test('1-D: a double root where f touches zero without changing sign is found (dv/dt = -(v - 1)^2 (v + 2) / 3: FitzHugh-Nagumo with w = 0, I = -2/3)', async (t) => {
  const field = await modelField(FitzHughNagumo, { variables: ['v'], fixed: { w: 0, I: -2 / 3 } });
  const pp = phasePlane(field, { ranges: [[-3, 3]] });
  t.deepEqual(
    pp.fixedPoints.map((p) => p.stability),
    ['stable node', 'non-hyperbolic'],
  );
  t.true(Math.abs(pp.fixedPoints[0].x[0] + 2) < 1e-12);
  t.true(Math.abs(pp.fixedPoints[0].eigenvalues[0].re + 3) < 1e-10, "f'(-2) = -3");
  t.true(Math.abs(pp.fixedPoints[1].x[0] - 1) < 1e-6, `${pp.fixedPoints[1].x[0]}`);
  t.is(pp.nullclines.length, 0);
});

/** f = (x y - c, x - y): the first nullcline is the hyperbola y = c/x, whose saddle at the origin lies in the middle of a cell. */
const hyperbola = (c: number): VectorField => ({
  variables: ['x', 'y'],
  parameters: [],
  evaluate(x, _p, out, jac) {
    for (let i = 0; i < x.length / 2; i++) {
      const [u, v] = [x[2 * i], x[2 * i + 1]];
      out.set([u * v - c, u - v], 2 * i);
      jac?.set([v, u, 1, -1], 4 * i);
    }
  },
});

for (const c of [1e-5, -1e-5]) {
  test(`nullcline branches through an ambiguous cell are joined as the curve runs: x y = ${c} is two branches, each in one quadrant (1e-12)`, (t) => {
    // 100 points per axis: the origin is the middle of a cell whose corners alternate in sign
    const pp = phasePlane(hyperbola(c), {
      ranges: [
        [-1, 1],
        [-1, 1],
      ],
      resolution: 100,
    });
    const branches = pp.nullclines[0].branches;
    t.is(branches.length, 2);
    for (const br of branches) {
      t.true(br.length > 50);
      const quadrant = [Math.sign(br[0][0]), Math.sign(br[0][1])];
      t.deepEqual(quadrant[0] * quadrant[1], Math.sign(c));
      for (const [x, y] of br) {
        t.deepEqual([Math.sign(x), Math.sign(y)], quadrant);
        t.true(Math.abs(x * y - c) < 1e-12);
      }
    }
    // the fixed points x = y = ±sqrt(c) when c > 0, none when c < 0
    t.is(pp.fixedPoints.length, c > 0 ? 2 : 0);
    for (const p of pp.fixedPoints)
      t.true(Math.abs(Math.abs(p.x[0]) - Math.sqrt(c)) < 1e-12 && p.stability === (p.x[0] > 0 ? 'saddle' : 'stable node'));
  });
}

test('stability from eigenvalues: each kind, and the degenerate ones named as such', (t) => {
  const kind = (m: number[]) => classify(m, 2).stability;
  t.is(kind([-1, 0, 0, -2]), 'stable node');
  t.is(kind([1, 0, 0, 2]), 'unstable node');
  t.is(kind([-0.1, 1, -1, -0.1]), 'stable focus');
  t.is(kind([0.1, 1, -1, 0.1]), 'unstable focus');
  t.is(kind([1, 0, 0, -1]), 'saddle');
  t.is(kind([0, 1, -1, 0]), 'center');
  t.is(kind([-1, 1, 0, -1]), 'stable degenerate node');
  t.is(kind([0, 0, 0, -1]), 'non-hyperbolic');
  t.is(kind([0, 1, 0, 0]), 'non-hyperbolic');
  t.is(classify([2], 1).stability, 'unstable node');
  t.is(classify([0], 1).stability, 'non-hyperbolic');
});

test('Morris-Lecar (class II set) at I = 100 uA/cm2: an unstable fixed point inside a limit cycle of period 85.3 ms (the model page; 0.5%)', async (t) => {
  const field = await modelField(MorrisLecar, { variables: ['V', 'w'], fixed: { I: 100 } });
  const pp = phasePlane(field, {
    ranges: [
      [-80, 60],
      [0, 1],
    ],
    duration: 2000,
    dt: 0.02,
  });
  t.is(pp.fixedPoints.length, 1);
  t.regex(pp.fixedPoints[0].stability, /^unstable (focus|node)$/);
  t.is(pp.limitCycles.length, 1);
  t.true(Math.abs(pp.limitCycles[0].period - 85.3) / 85.3 < 5e-3, `${pp.limitCycles[0].period}`);
});

test('QIF, 1-D: below the rheobase rest and threshold at -60 -/+ sqrt(100 - I/a) mV with slopes -/+ 2 a sqrt(.)/C (1e-10); at the rheobase 500 pA one non-hyperbolic point', async (t) => {
  const at = async (I: number) =>
    phasePlane(await modelField(QIF, { variables: ['V'], fixed: { I } }), { ranges: [[-80, -40]] }).fixedPoints;
  const r = Math.sqrt(100 - 200 / 5);
  const below = await at(200);
  t.deepEqual(
    below.map((p) => p.stability),
    ['stable node', 'unstable node'],
  );
  below.forEach((p, k) => {
    const sign = k === 0 ? -1 : 1;
    t.true(Math.abs(p.x[0] - (-60 + sign * r)) < 1e-10, `${p.x[0]}`);
    t.true(Math.abs(p.eigenvalues[0].re - (sign * 2 * 5 * r) / 1000) < 1e-12);
  });
  const fold = await at(500);
  t.is(fold.length, 1);
  t.is(fold[0].stability, 'non-hyperbolic');
  t.true(Math.abs(fold[0].x[0] + 60) < 1e-6);
});

test('the plot spec draws every nullcline point, each fixed point with its kind, and arrows along the field', async (t) => {
  const field = await modelField(FitzHughNagumo, { variables: ['v', 'w'], fixed: { I: 0.5 } });
  const pp = phasePlane(field, {
    ranges: [
      [-3, 3],
      [-2, 3],
    ],
    trajectories: [[0, 0]],
    duration: 100,
  });
  type Layer = { data: { values: Record<string, number | string | boolean>[] }; mark: { type: string } };
  const { layer } = phasePlaneSpec(pp, 'FitzHugh-Nagumo') as { layer: Layer[] };
  const byField = (key: string) => layer.find((l) => key in (l.data.values[0] ?? {}))!.data.values;
  t.is(byField('nullcline').length, pp.nullclines.flatMap((n) => n.branches.flat()).length);
  t.deepEqual(byField('stability'), [{ v: pp.fixedPoints[0].x[0], w: pp.fixedPoints[0].x[1], stability: 'unstable focus', filled: false }]);
  t.true(byField('trajectory').length > 100);
  // an arrow from (v, w) to (x2, y2) points where f does: dv/dt > 0 left of the v-nullcline's left branch
  const arrows = byField('angle');
  t.true(arrows.length > 300);
  for (const a of arrows) {
    const [v, w] = [((a.v as number) + (a.x2 as number)) / 2, ((a.w as number) + (a.y2 as number)) / 2];
    const dv = v - v ** 3 / 3 - w + 0.5;
    if (Math.abs(dv) > 0.1) t.is(Math.sign((a.x2 as number) - (a.v as number)), Math.sign(dv));
  }
});

test('the 1-D plot spec draws f and marks the roots on the axis', async (t) => {
  const pp = phasePlane(await modelField(QIF, { variables: ['V'], fixed: { I: 200 } }), { ranges: [[-80, -40]] });
  const { layer } = phasePlaneSpec(pp, 'QIF') as { layer: { data: { values: Record<string, unknown>[] } }[] };
  t.is(layer[1].data.values.length, 1001);
  t.deepEqual(
    layer[2].data.values.map((d) => [d.f, d.stability, d.filled]),
    [
      [0, 'stable node', true],
      [0, 'unstable node', false],
    ],
  );
});
