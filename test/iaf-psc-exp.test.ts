// IafPscExp (models/iaf-psc-exp.ts) against NEST's iaf_psc_exp computed by hand: one neuron, one
// input spike at a known step, its V trace equal to the closed form of the exact solution on the
// grid to 1e-12 mV; the refractory clamp of round(t_ref / dt) steps with the currents decaying
// and taking input; the sign of a weight choosing I_ex or I_in; the propagators out of the loop.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Network, oneToOne } from '../index';
import { IafPscExp, StaticCurrentSynapse, SpikeGeneratorGroup } from '../models/index';
import { ROOT } from './helpers/fixtures';

const dt = 0.1;
const C_m = 250,
  tau_m = 10,
  tau_s = 0.5,
  E_L = -65;

/** NEST's closed form: V - E_L after a current jump w (pA) at time 0, tau_s != tau_m. */
const psp = (w: number, t: number) =>
  t < 0 ? 0 : ((w / C_m) * tau_s * tau_m * (Math.exp(-t / tau_m) - Math.exp(-t / tau_s))) / (tau_m - tau_s);

/** A neuron fed by one spike of weight w sent in step `sendStep` over `delay` ms. */
function oneSpike(w: number, sendStep: number, delay: number, extra: Record<string, number> = {}) {
  const gen = new SpikeGeneratorGroup(1, { times: [sendStep * dt], indices: [0] });
  const cell = new IafPscExp(1, { C_m, tau_m, tau_syn_ex: tau_s, tau_syn_in: tau_s, E_L, V_reset: E_L, V_th: -50, V: E_L, ...extra });
  const syn = new StaticCurrentSynapse(gen, cell, { connect: oneToOne(), w, delay });
  const net = new Network({ gen, cell, syn });
  const mon = net.monitorState(cell, ['V', 'I_ex', 'I_in']);
  return { net, mon, cell };
}

test('one input spike: V on the grid equals the exact solution, entering I at the end of the arrival step', async (t) => {
  const w = 87.8,
    sendStep = 10,
    delaySteps = 15;
  const { net, mon } = oneSpike(w, sendStep, delaySteps * dt);
  await net.run(20, { dt });
  const V = mon.values('V'),
    I = mon.values('I_ex');
  // NEST: sent with stamp (sendStep + 1) dt, it arrives at stamp + delay, the end of step sendStep + delaySteps
  const arrival = (sendStep + delaySteps + 1) * dt;
  let worst = 0;
  for (let n = 0; n < V.length; n++) {
    const tn = n * dt;
    worst = Math.max(worst, Math.abs(V[n] - (E_L + psp(w, tn - arrival))));
    t.true(Math.abs(I[n] - (tn >= arrival - 1e-9 ? w * Math.exp(-(tn - arrival) / tau_s) : 0)) < 1e-10, `I_ex at step ${n}: ${I[n]}`);
  }
  t.true(worst < 1e-12, `largest difference from the closed form: ${worst} mV`);
  const first = Math.round(arrival / dt);
  t.is(V[first], E_L, 'V has not moved at the end of the arrival step');
  t.true(V[first + 1] > E_L, 'and moves in the step after');
  t.is(mon.values('I_in')[first + 5], 0, 'a positive weight goes into I_ex only');
});

test('with a constant current and a start away from rest: V is the exact solution (P22, P20 and P21 together)', async (t) => {
  const w = -351.2,
    I_e = 120,
    V0 = -60;
  const { net, mon } = oneSpike(w, 30, 0.8, { I_e, V: V0 });
  await net.run(15, { dt });
  const V = mon.values('V');
  const arrival = (30 + 8 + 1) * dt;
  let worst = 0;
  for (let n = 0; n < V.length; n++) {
    const tn = n * dt,
      decay = Math.exp(-tn / tau_m);
    const exact = E_L + (V0 - E_L) * decay + ((I_e * tau_m) / C_m) * (1 - decay) + psp(w, tn - arrival);
    worst = Math.max(worst, Math.abs(V[n] - exact));
  }
  t.true(worst < 1e-12, `largest difference from the closed form: ${worst} mV`);
  t.true(
    mon.values('I_in')[Math.round(arrival / dt) + 1] < 0 && mon.values('I_ex')[Math.round(arrival / dt) + 1] === 0,
    'a negative weight goes into I_in only',
  );
});

test('refractory for round(t_ref / dt) steps: V held at V_reset while the currents decay and take input', async (t) => {
  // a suprathreshold current: from V_reset, V reaches V_th after n integrating steps, then 20 held
  const I_e = 400,
    t_ref = 2;
  const { net, mon, cell } = oneSpike(50, 0, 0.1, { I_e, t_ref });
  const spikes = net.monitorSpikes(cell);
  await net.run(200, { dt });
  const R = tau_m / C_m;
  let n = 1;
  while (E_L + I_e * R * -Math.expm1((-n * dt) / tau_m) < -50) n++;
  const steps = Array.from(spikes.times, (x) => Math.round(x / dt));
  t.true(steps.length > 3);
  for (let k = 1; k < steps.length; k++) t.is(steps[k] - steps[k - 1], 20 + n, `interval ${k} in steps`);
  // the spike of the generator (sent in step 0, delay 1 step) arrives during the first
  // integration; after a spike, rows s+1 ... s+21 hold V_reset (20 refractory updates)
  const V = mon.values('V');
  const s = steps[1];
  for (let k = s + 1; k <= s + 21; k++) t.is(V[k], E_L, `V held at step ${k}`);
  t.true(V[s + 22] > E_L, 'integrating again');
  // a spike delivered while refractory: its current decays and is there when V integrates again
  const second = oneSpike(50, steps[0] + 2, 0.1, { I_e, t_ref });
  await second.net.run(steps[0] * dt + 5, { dt });
  const I = second.mon.values('I_ex');
  const at = steps[0] + 2 + 1 + 1; // sent in step steps[0] + 2, delivered one step later, in I after that step
  t.true(Math.abs(I[at] - 50) < 1e-12 && Math.abs(I[at + 3] - 50 * Math.exp((-3 * dt) / tau_s)) < 1e-12, `I_ex ${I[at]}, ${I[at + 3]}`);
  t.is(second.mon.values('V')[at + 3], E_L, 'while V stays at V_reset');
});

test('the propagators are computed once per kernel call, outside the loop over neurons', (t) => {
  const ll = readFileSync(join(ROOT, 'dist', 'models', 'iaf-psc-exp.IafPscExp.ll'), 'utf8');
  const loop = ll.slice(ll.indexOf('\nneuron:'), ll.indexOf('\ndone:'));
  t.true(loop.length > 0);
  t.notRegex(loop, /call double @(llvm\.exp|expm1)/, 'no exp or expm1 per neuron');
  t.regex(ll.slice(0, ll.indexOf('\nneuron:')), /@expm1/, 'expm1 computed before the loop');
});
