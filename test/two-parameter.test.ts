// Two-parameter diagrams (analysis/two-parameter.ts) against closed forms: FitzHugh-Nagumo in
// (I, b). The fixed point has w = (v + a)/b, I = v^3/3 - v + (v + a)/b and J = [[1 - v^2, -1],
// [1/tau, -b/tau]]: Hopf points where trace J = 0, v^2 = 1 - b/tau (det J > 0 for b < sqrt(tau));
// folds where det J = 0, v^2 = 1 - 1/b, which exist for b > 1 (the cusp at b = 1, v = 0).
// The field is models/fitzhugh_nagumo.ts's class as written (dimensionless, as FitzHugh's).
import test from 'ava';
import { twoParameterDiagram } from '../analysis/two-parameter';
import * as M from './helpers/model-fields';

const { a, tau } = M.FHN_PARAMETERS;
const currentAt = (v: number, b: number): number => v ** 3 / 3 - v + (v + a) / b;

test('FitzHugh-Nagumo in (I, b): two Hopf curves and, beyond the cusp at b = 1, two fold curves, on the closed forms to 1e-9', async (t) => {
  const values = Array.from({ length: 17 }, (_, i) => 0.6 + 0.05 * i);
  const d = twoParameterDiagram(await M.fitzHughNagumo(), {
    parameter: 'I',
    range: [-1, 3],
    second: 'b',
    values,
    parameters: M.FHN_PARAMETERS,
    start: [-1.2, -0.6],
  });
  t.deepEqual(d.parameters, ['I', 'b']);
  const hopf = d.curves.filter((c) => c.kind === 'hopf');
  const folds = d.curves.filter((c) => c.kind === 'saddle-node');
  t.is(hopf.length, 2);
  t.is(folds.length, 2);
  for (const c of hopf) {
    t.is(c.points.length, values.length, 'a Hopf curve spans every row');
    const side = Math.sign(c.points[0].state[0]);
    for (const p of c.points) {
      const [I, b] = p.parameters;
      const v = side * Math.sqrt(1 - b / tau);
      t.true(Math.abs(I - currentAt(v, b)) < 1e-9, `Hopf at b = ${b}: I = ${I}, closed form ${currentAt(v, b)}`);
      t.is(Math.sign(p.state[0]), side, 'a curve keeps to one side (joined correctly)');
    }
  }
  for (const c of folds) {
    t.is(c.points.length, values.filter((b) => b > 1 + 1e-9).length, 'a fold curve spans the rows beyond the cusp');
    const side = Math.sign(c.points[0].state[0]);
    for (const p of c.points) {
      const [I, b] = p.parameters;
      t.true(b > 1);
      const v = side * Math.sqrt(1 - 1 / b);
      t.true(Math.abs(I - currentAt(v, b)) < 1e-9, `fold at b = ${b}: I = ${I}, closed form ${currentAt(v, b)}`);
    }
  }
  t.is(d.rows.length, values.length);
});

test("the stepped parameter must be another of the field's parameters", async (t) => {
  const field = await M.fitzHughNagumo();
  const opts = {
    parameter: 'I',
    range: [-1, 3] as [number, number],
    values: [0.7, 0.8],
    parameters: M.FHN_PARAMETERS,
    start: [-1.2, -0.6],
  };
  t.throws(() => twoParameterDiagram(field, { ...opts, second: 'I' }), {
    message: /I is both the continued and the stepped parameter/,
  });
  t.throws(() => twoParameterDiagram(field, { ...opts, second: 'c' }), {
    message: /c is not one of the field's parameters \(I, a, b, tau\)/,
  });
});
