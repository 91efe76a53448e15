// Fixed-point continuation (analysis/continuation.ts) against results no one here made: the normal
// forms' bifurcations (exact), FitzHugh-Nagumo's Hopf points in closed form, the fold and Hopf points
// that MatCont's tutorial reports for its fast Morris-Lecar system, Morris-Lecar with Rinzel &
// Ermentrout's parameters, and the Hodgkin-Huxley model's Hopf points. The normal forms and the rate
// network are closures (test/helpers/fields.ts); the neuron models are the classes of models/ as
// written, compiled by analysis/model-field.ts (test/helpers/model-fields.ts), in the references'
// units: Morris-Lecar and Hodgkin-Huxley in mV, ms and uA/cm2, FitzHugh-Nagumo dimensionless.
import test from 'ava';
import { continueFixedPoints, type Branch, type BifurcationPoint } from '../analysis/continuation';
import * as F from './helpers/fields';
import * as M from './helpers/model-fields';

const kinds = (b: Branch, kind: string): BifurcationPoint[] => b.bifurcations.filter((p) => p.kind === kind);

test('saddle-node normal form: the fold at mu = 0, x = 0, the stable and unstable halves x = +-sqrt(mu)', (t) => {
  const b = continueFixedPoints(F.saddleNode(), { parameter: 'mu', parameters: { mu: 1 }, start: [1, 0], range: [-1, 1] });
  const folds = kinds(b, 'saddle-node');
  t.is(folds.length, 1);
  t.true(Math.abs(folds[0].parameter) < 1e-12, `fold at mu = ${folds[0].parameter}`);
  t.true(Math.abs(folds[0].state[0]) < 1e-6, `fold at x = ${folds[0].state[0]}`);
  t.is(kinds(b, 'hopf').length, 0);
  for (const p of b.points) {
    t.true(Math.abs(p.parameter - p.state[0] ** 2) < 1e-9);
    if (Math.abs(p.state[0]) > 1e-6) t.is(p.stable, p.state[0] > 0);
  }
  // the branch came back to mu = 1 on the unstable side
  t.true(b.points.some((p) => p.parameter === 1 && p.state[0] < 0));
});

test('Hopf normal form: the Hopf point at mu = 0 with frequency omega', (t) => {
  const b = continueFixedPoints(F.hopfNormalForm(), {
    parameter: 'mu',
    parameters: { mu: -1, omega: 2.5 },
    start: [0.1, 0.1],
    range: [-1, 1],
  });
  const hopf = kinds(b, 'hopf');
  t.is(hopf.length, 1);
  t.true(Math.abs(hopf[0].parameter) < 1e-12, `Hopf at mu = ${hopf[0].parameter}`);
  t.true(Math.abs(hopf[0].frequency! - 2.5) < 1e-12);
  t.true(b.points.every((p) => p.stable === p.parameter < 0 || Math.abs(p.parameter) < 1e-12));
});

// The fixed point has w = (v + a)/b and I = v^3/3 - v + w; J = [[1 - v^2, -1], [1/tau, -b/tau]], so
// trace J = 0 at v^2 = 1 - b/tau (det J = (1 - b (1 - v^2))/tau > 0 there: a Hopf point, not a fold).
test('FitzHugh-Nagumo (a = 0.7, b = 0.8, tau = 12.5): both Hopf points in I as in closed form, to 1e-10', async (t) => {
  const { a, b: bb, tau } = M.FHN_PARAMETERS;
  const vs = [-Math.sqrt(1 - bb / tau), Math.sqrt(1 - bb / tau)];
  const exact = vs.map((v) => v ** 3 / 3 - v + (v + a) / bb);
  const b = continueFixedPoints(await M.fitzHughNagumo(), {
    parameter: 'I',
    parameters: M.FHN_PARAMETERS,
    start: [-1.2, -0.62],
    range: [0, 2],
  });
  const hopf = kinds(b, 'hopf');
  t.deepEqual(
    hopf.map((h) => h.parameter.toFixed(4)),
    exact.map((I) => I.toFixed(4)),
  );
  for (let i = 0; i < 2; i++) {
    t.true(Math.abs(hopf[i].parameter - exact[i]) < 1e-10, `Hopf ${i}: ${hopf[i].parameter} vs ${exact[i]}`);
    t.true(Math.abs(hopf[i].state[0] - vs[i]) < 1e-8);
    // the critical pair: +-i sqrt(det J) with det J = (1 - b (1 - v^2))/tau
    t.true(Math.abs(hopf[i].frequency! - Math.sqrt((1 - bb * (1 - vs[i] ** 2)) / tau)) < 1e-8);
  }
  t.is(kinds(b, 'saddle-node').length, 0);
  t.log(`FHN Hopf in I: ${hopf.map((h) => h.parameter).join(', ')} (closed form ${exact.join(', ')})`);
});

// MatCont's tutorial (Dhooge, Govaerts, Kuznetsov et al., the MatCont manual, "Example: the fast
// Morris-Lecar equations", testEquilMLfast.m) continues the equilibrium from y = 0.11047, z = 0.1 and
// prints, to 6 digits: H at (v, w, y) = (0.036756, 0.294770, 0.075658), LP at (-0.033738, 0.136501,
// -0.020727), a neutral saddle at (-0.119894, 0.045956, 0.033207), LP at (-0.244914, 0.008514, 0.083257).
// The system is dimensionless: the Morris-Lecar class with MatCont's values held and its I as y.
test('fast Morris-Lecar (MatCont tutorial): the two folds, the Hopf point and the neutral saddle MatCont prints, to its 6 digits', async (t) => {
  const b = continueFixedPoints(await M.morrisLecarMatCont(), {
    parameter: 'I',
    parameters: { I: 0.11047 },
    start: [0.047222, 0.32564],
    range: [-0.1, 0.2],
  });
  const published: [string, number, number, number][] = [
    ['hopf', 0.036756, 0.29477, 0.075658],
    ['saddle-node', -0.033738, 0.136501, -0.020727],
    ['neutral-saddle', -0.119894, 0.045956, 0.033207],
    ['saddle-node', -0.244914, 0.008514, 0.083257],
  ];
  t.is(b.bifurcations.length, published.length);
  for (const [kind, v, w, y] of published) {
    const found = b.bifurcations.find((p) => p.kind === kind && Math.abs(p.parameter - y) < 5e-6);
    t.truthy(found, `${kind} at y = ${y} not found among ${b.bifurcations.map((p) => `${p.kind} ${p.parameter}`).join(', ')}`);
    if (!found) continue;
    t.true(Math.abs(found.state[0] - v) <= 1e-6 && Math.abs(found.state[1] - w) <= 1e-6, `${kind}: (${found.state}) vs (${v}, ${w})`);
  }
});

// Morris-Lecar with Rinzel & Ermentrout's parameters (1998, "Analysis of neural excitability and
// oscillations", Methods in Neuronal Modeling, 2nd ed., figs. 7.2-7.5 and appendix A). Class II set
// (gCa = 4.4, phi = 0.04): the rest state loses stability in a subcritical Hopf bifurcation at
// I = 93.86 (Ermentrout & Terman 2010, Mathematical Foundations of Neuroscience, sec. 3.3, where the
// cycles appear at a fold of cycles near I = 88.3; models/morris_lecar.ts finds repetitive firing
// starting between 88 and 89 by simulation), and a second Hopf point near 212 ends the oscillations
// (depolarization block). Class I set (gCa = 4, phi = 1/15, V3 = 12, V4 = 17.4): the saddle-node on
// the invariant circle at I = 39.96 (same sources), the lower fold near -9.95, and a Hopf point on the
// upper branch near 97.8. Tolerance: the published figures' last digit (+-0.01 where given to 4
// digits); the located points themselves converge to 1e-10 (checked by the residual below).
// Where these figures come from: the class II Hopf point 93.86 and SNIC 39.96 are the values those
// texts give as recalled when this test was written (the session could not open them to re-check);
// the fast Morris-Lecar test above checks the same code against figures printed in MatCont's manual.
test('Morris-Lecar, Rinzel & Ermentrout class II set: Hopf at I = 93.86 (and the upper one near 212)', async (t) => {
  const b = continueFixedPoints(await M.morrisLecar(), { parameter: 'I', parameters: M.ML_HOPF, start: [-60.85, 0.0149], range: [0, 400] });
  const hopf = kinds(b, 'hopf');
  t.is(hopf.length, 2);
  t.true(Math.abs(hopf[0].parameter - 93.86) < 0.01, `lower Hopf at I = ${hopf[0].parameter}`);
  t.true(Math.abs(hopf[1].parameter - 212) < 0.5, `upper Hopf at I = ${hopf[1].parameter}`);
  t.is(kinds(b, 'saddle-node').length, 0);
  t.log(`ML class II Hopf points in I: ${hopf.map((h) => h.parameter.toFixed(4)).join(', ')} (published 93.86)`);
  const f = new Float64Array(2);
  (await M.morrisLecar()).evaluate(Float64Array.from(hopf[0].state), Float64Array.from([hopf[0].parameter, 4.4]), f);
  t.true(Math.hypot(f[0], f[1]) < 1e-10);
});

test('Morris-Lecar, Rinzel & Ermentrout class I set: the saddle-node at I = 39.96, the lower fold and the upper Hopf point', async (t) => {
  const b = continueFixedPoints(await M.morrisLecarClassI(), { parameter: 'I', parameters: M.ML_SNLC, start: [-60, 0], range: [-50, 300] });
  const folds = kinds(b, 'saddle-node').sort((u, v) => u.parameter - v.parameter);
  t.is(folds.length, 2);
  t.true(Math.abs(folds[1].parameter - 39.96) < 0.01, `upper fold (SNIC) at I = ${folds[1].parameter}`);
  t.true(Math.abs(folds[0].parameter - -9.95) < 0.01, `lower fold at I = ${folds[0].parameter}`);
  const hopf = kinds(b, 'hopf');
  t.is(hopf.length, 1);
  t.true(Math.abs(hopf[0].parameter - 97.8) < 0.05, `Hopf at I = ${hopf[0].parameter}`);
  // the rest state is the lower branch up to the SNIC: stable there, and the fold's critical eigenvalue is 0
  t.true(b.points.filter((p) => p.state[0] < -35).every((p) => p.stable));
  t.true(Math.abs(folds[1].eigenvalues.reduce((m, e) => (Math.abs(e.re) < Math.abs(m) ? e.re : m), Infinity)) < 1e-8);
  t.log(
    `ML class I folds in I: ${folds.map((f) => f.parameter.toFixed(4)).join(', ')}; Hopf ${hopf[0].parameter.toFixed(4)} (published SNIC 39.96)`,
  );
});

test('Morris-Lecar class I with gCa = 3.3: the branch is followed through both folds, not across the S between them', async (t) => {
  // with the default steps, a step near the lower fold used to land on the upper branch, skipping both folds
  const b = continueFixedPoints(await M.morrisLecarClassI(), {
    parameter: 'I',
    parameters: { ...M.ML_SNLC, gCa: 3.3 },
    start: [-60, 0],
    range: [-60, 200],
  });
  const folds = kinds(b, 'saddle-node').sort((u, v) => u.parameter - v.parameter);
  t.is(folds.length, 2);
  // between the folds the branch has three fixed points at each I: the middle one, a saddle, among them
  t.true(folds[0].parameter > 20 && folds[0].parameter < 30 && folds[1].parameter > 44 && folds[1].parameter < 46);
  const mid = (folds[0].parameter + folds[1].parameter) / 2;
  const crossings = b.points.filter((p, i) => i > 0 && (b.points[i - 1].parameter - mid) * (p.parameter - mid) <= 0).length;
  t.is(crossings, 3);
});

// The standard Hodgkin-Huxley model (6.3 C) loses the rest state's stability in a subcritical Hopf
// bifurcation at I = 9.78 uA/cm2 and regains it at a supercritical one at I = 154.5 (Rinzel & Miller
// 1980, "Numerical calculation of stable and unstable periodic solutions to the Hodgkin-Huxley
// equations", Math. Biosci. 49:27-59; Hassard 1978, J. Theor. Biol. 71:401-420). Units as theirs:
// I in uA/cm2, t in ms; models/hh.ts's V is theirs shifted to rest at -65 mV (which moves no current),
// its rates those at 6.3 C. Tolerance: the published figures' last digit.
test('Hodgkin-Huxley: Hopf points at I = 9.78 and 154.5 uA/cm2 (Rinzel & Miller 1980)', async (t) => {
  const b = continueFixedPoints(await M.hodgkinHuxley(), {
    parameter: 'I',
    parameters: M.HH_PARAMETERS,
    start: M.HH_REST,
    range: [0, 200],
  });
  const hopf = kinds(b, 'hopf');
  t.is(hopf.length, 2);
  t.true(Math.abs(hopf[0].parameter - 9.78) < 0.01, `first Hopf at I = ${hopf[0].parameter}`);
  t.true(Math.abs(hopf[1].parameter - 154.5) < 0.1, `second Hopf at I = ${hopf[1].parameter}`);
  // the rest state is stable below the first Hopf point, unstable between them, stable above
  for (const p of b.points)
    if (Math.abs(p.parameter - hopf[0].parameter) > 1e-6 && Math.abs(p.parameter - hopf[1].parameter) > 1e-6)
      t.is(p.stable, p.parameter < hopf[0].parameter || p.parameter > hopf[1].parameter, `I = ${p.parameter}`);
  t.log(
    `HH Hopf points in I: ${hopf.map((h) => h.parameter.toFixed(4)).join(', ')} (published 9.78, 154.5); 2 pi / omega at the first ${hopf[0].period!.toFixed(3)} ms`,
  );
});

test('a start outside the range, an unknown parameter or a start with no fixed point nearby is one clear error', (t) => {
  const field = F.saddleNode();
  t.throws(() => continueFixedPoints(field, { parameter: 'nu', parameters: { mu: 1 }, start: [1, 0], range: [-1, 1] }), {
    message: /nu is not one of the field's parameters \(mu\)/,
  });
  t.throws(() => continueFixedPoints(field, { parameter: 'mu', parameters: { mu: 2 }, start: [1, 0], range: [-1, 1] }), {
    message: /start value mu = 2 is outside the range/,
  });
  t.throws(() => continueFixedPoints(field, { parameter: 'mu', parameters: { mu: -1 }, start: [1, 0], range: [-1, 1] }), {
    message: /Newton found no fixed point near the start \(x = 1, y = 0\) at mu = -1/,
  });
  t.throws(() => continueFixedPoints(field, { parameter: 'mu', parameters: { mu: 1 }, start: [1], range: [-1, 1] }), {
    message: /has 1 coordinates; the field's variables are x, y/,
  });
});

// The rank-one rate network dx/dt = -x + g (u u^T / N) tanh(x): the origin is a fixed point for
// every g, and its eigenvalue along u, g - 1, crosses zero at g = 1 (a pitchfork: the branches
// +-m u are born there) while the branch of the origin goes on: det J changes sign without a turn.
// At g = 2 the eigenvalues g - 1 = 1 and -1 sum to zero: a neutral saddle, no bifurcation.
test('a 12-unit rate network: the pitchfork of the origin at g = 1 is a branch point, not a fold; a neutral saddle at g = 2', (t) => {
  const N = 12;
  const u = Array.from({ length: N }, (_, i) => (i % 4 ? 1 : -1));
  const W = Float64Array.from({ length: N * N }, (_, k) => (u[Math.floor(k / N)] * u[k % N]) / N);
  const b = continueFixedPoints(F.rateNetwork(W, new Float64Array(N)), {
    parameter: 'g',
    parameters: { g: 0.5 },
    start: Array.from({ length: N }, () => 0.01),
    range: [0, 3],
  });
  t.deepEqual(
    b.bifurcations.map((p) => p.kind),
    ['branch-point', 'neutral-saddle'],
  );
  t.true(Math.abs(b.bifurcations[0].parameter - 1) < 1e-10, `at g = ${b.bifurcations[0].parameter}`);
  t.true(Math.abs(b.bifurcations[1].parameter - 2) < 1e-10, `at g = ${b.bifurcations[1].parameter}`);
  t.true(b.points.every((p) => p.state.every((x) => Math.abs(x) < 1e-12)));
  t.true(b.points.every((p) => p.stable === p.parameter < 1 || Math.abs(p.parameter - 1) < 1e-10));
});
