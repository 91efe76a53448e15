// Limit cycles by simulation (analysis/limit-cycles.ts): the Hopf normal form's cycle of radius
// sqrt(mu) and period 2 pi / omega (exact), FitzHugh-Nagumo's oscillation only between its Hopf
// points, Hodgkin-Huxley's bistability below the subcritical Hopf point (Rinzel & Miller 1980: the
// stable cycle exists from the fold of cycles at I = 6.26 uA/cm2 on), and the Morris-Lecar class I
// cycle's period growing without bound as I comes down to the saddle-node on the invariant circle.
// The normal form is a closure (test/helpers/fields.ts); the neuron models are the classes as written
// (test/helpers/model-fields.ts), in the references' units (mV, ms, uA/cm2 for HH and Morris-Lecar).
import test from 'ava';
import { continueFixedPoints } from '../analysis/continuation';
import { limitCycles, startsFromBranch } from '../analysis/limit-cycles';
import * as F from './helpers/fields';
import * as M from './helpers/model-fields';

test('Hopf normal form: amplitude sqrt(mu) and period 2 pi / omega to 1e-5; rest for mu < 0', (t) => {
  const r = limitCycles(F.hopfNormalForm(), {
    parameter: 'mu',
    parameters: { mu: 0, omega: 2 },
    values: [-0.1, 0.04, 0.25, 1],
    start: [0.5, 0],
    dt: 0.02,
    transient: 200,
    window: 20,
  });
  t.deepEqual(
    r.samples.map((s) => s.state),
    ['rest', 'cycle', 'cycle', 'cycle'],
  );
  for (const s of r.samples.slice(1)) {
    t.true(Math.abs(s.max[0] - Math.sqrt(s.parameter)) < 1e-5 * 10, `max ${s.max[0]} at mu = ${s.parameter}`);
    t.true(Math.abs(s.min[1] + Math.sqrt(s.parameter)) < 1e-5 * 10);
    t.true(Math.abs(s.period! - Math.PI) < 1e-5, `period ${s.period}`);
  }
});

test('FitzHugh-Nagumo oscillates between its Hopf points (0.3313, 1.4187) and rests outside; period 39.5 at I = 0.5', async (t) => {
  const values = [0.2, 0.32, 0.34, 0.5, 1, 1.41, 1.43, 1.6];
  const r = limitCycles(await M.fitzHughNagumo(), {
    parameter: 'I',
    parameters: M.FHN_PARAMETERS,
    values,
    start: [0, 0],
    dt: 0.05,
    transient: 1500,
    window: 300,
  });
  t.deepEqual(
    r.samples.map((s) => s.state),
    values.map((I) => (I > 0.3313 && I < 1.4187 ? 'cycle' : 'rest')),
  );
  // models/fitzhugh_nagumo.ts: period 39.5 time units at I = 0.5 (from simulation of the model)
  t.true(Math.abs(r.samples[3].period! - 39.5) < 0.05, `period ${r.samples[3].period}`);
});

test('FitzHugh-Nagumo from its unstable focus (startsFromBranch): cycles exactly where the branch is unstable', async (t) => {
  const branch = continueFixedPoints(await M.fitzHughNagumo(), {
    parameter: 'I',
    parameters: M.FHN_PARAMETERS,
    start: [-1.2, -0.62],
    range: [0, 2],
  });
  const values = [0.1, 0.34, 0.9, 1.41, 1.8];
  const starts = startsFromBranch(branch, values, 1e-3);
  // the starts are the fixed points, nudged: f is small there
  const f = new Float64Array(2);
  (await M.fitzHughNagumo()).evaluate(Float64Array.from(starts[2]), Float64Array.from([0.9, 0.7, 0.8, 12.5]), f);
  t.true(Math.hypot(f[0], f[1]) < 0.01);
  const r = limitCycles(await M.fitzHughNagumo(), {
    parameter: 'I',
    parameters: M.FHN_PARAMETERS,
    values,
    start: starts,
    dt: 0.05,
    transient: 1500,
    window: 300,
  });
  t.deepEqual(
    r.samples.map((s) => s.state),
    ['rest', 'cycle', 'cycle', 'cycle', 'rest'],
  );
  t.throws(() => startsFromBranch(branch, [3], 0), { message: /the branch does not reach I = 3/ });
});

test('Hodgkin-Huxley: from a spiking state a stable cycle coexists with the stable rest below the Hopf point at 9.78, down to the fold of cycles near 6.26', async (t) => {
  const values = [6, 6.5, 8, 9.5, 12];
  const r = limitCycles(await M.hodgkinHuxley(), {
    parameter: 'I',
    parameters: M.HH_PARAMETERS,
    values,
    start: [-20, 0.5, 0.3, 0.5],
    dt: 0.01,
    transient: 300,
    window: 100,
  });
  t.deepEqual(
    r.samples.map((s) => s.state),
    ['rest', 'cycle', 'cycle', 'cycle', 'cycle'],
  );
  // spikes overshoot to about +30 mV and undershoot to about -75 mV
  for (const s of r.samples.slice(1)) t.true(s.max[0] > 25 && s.min[0] < -70, `I = ${s.parameter}: ${s.min[0]} .. ${s.max[0]}`);
  // started at (near) the fixed point of each current, the same currents below 9.78 stay at rest:
  // the rest state is stable there too (bistability); the fixed points from continuation, nudged 0.01 mV
  const hh = await M.hodgkinHuxley();
  const rest = [6.5, 8, 9].map((I) => {
    const branch = continueFixedPoints(hh, {
      parameter: 'I',
      parameters: M.HH_PARAMETERS,
      start: M.HH_REST,
      range: [0, I],
      direction: 'increasing',
    });
    const [V, m, h, n] = branch.points[branch.points.length - 1].state;
    return [V + 0.01, m, h, n];
  });
  const fromRest = limitCycles(await M.hodgkinHuxley(), {
    parameter: 'I',
    parameters: M.HH_PARAMETERS,
    values: [6.5, 8, 9],
    start: rest,
    dt: 0.01,
    transient: 500,
    window: 100,
  });
  t.deepEqual(
    fromRest.samples.map((s) => s.state),
    ['rest', 'rest', 'rest'],
  );
});

test('Morris-Lecar class I: rest below the SNIC at I = 39.96, cycles above with periods growing as I comes down to it', async (t) => {
  const r = limitCycles(await M.morrisLecarClassI(), {
    parameter: 'I',
    parameters: M.ML_SNLC,
    values: [39.9, 40.1, 41, 45, 60],
    start: [-20, 0.2],
    dt: 0.05,
    transient: 3000,
    window: 3000,
  });
  t.deepEqual(
    r.samples.map((s) => s.state),
    ['rest', 'cycle', 'cycle', 'cycle', 'cycle'],
  );
  const periods = r.samples.slice(1).map((s) => s.period!);
  for (let i = 1; i < periods.length; i++) t.true(periods[i] < periods[i - 1]);
  // near a saddle-node on the invariant circle T ~ C / sqrt(I - I_SN): T sqrt(I - I_SN) roughly constant
  const c = periods.map((T, i) => T * Math.sqrt(r.samples[i + 1].parameter - 39.963));
  t.true(Math.abs(c[0] - c[1]) / c[1] < 0.1, `T sqrt(I - I_SN): ${c}`);
});

test('bad options are one clear line', async (t) => {
  const field = await M.fitzHughNagumo();
  t.throws(
    () => limitCycles(field, { parameter: 'I', parameters: M.FHN_PARAMETERS, values: [], start: [0, 0], dt: 0.1, transient: 1, window: 1 }),
    { message: /values is empty/ },
  );
  t.throws(
    () =>
      limitCycles(field, {
        parameter: 'I',
        parameters: M.FHN_PARAMETERS,
        values: [1],
        start: [
          [0, 0],
          [1, 1],
        ],
        dt: 0.1,
        transient: 1,
        window: 1,
      }),
    { message: /2 start states for 1 parameter values/ },
  );
  t.throws(
    () =>
      limitCycles(field, { parameter: 'I', parameters: { a: 0.7, b: 0.8 }, values: [1], start: [0, 0], dt: 0.1, transient: 1, window: 1 }),
    { message: /parameter tau needs a finite value/ },
  );
});
