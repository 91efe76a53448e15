// Built-in synapses against closed forms: the exponential current's decay after one spike, and
// Tsodyks-Markram's utilization and resources after a spike train.
import test from 'ava';
import { Network, oneToOne } from '../index';
import { SpikeGeneratorGroup, LIF, ExpCurrentSynapse, TsodyksMarkramSynapse } from '../models/index';

test('an exponential current synapse adds w exp(-(t - t_spike)/tau) into I', async (t) => {
  const gen = new SpikeGeneratorGroup(1, { times: [1], indices: [0] });
  const cell = new LIF(1, { V_th: 1e9 }); // never fires
  const net = new Network({ gen, cell, syn: new ExpCurrentSynapse(gen, cell, { connect: oneToOne(), w: 3, tau: 5 }) });
  const mon = net.monitorState(cell, ['I']);
  await net.run(5, { dt: 0.1 });
  const I = mon.values('I');
  // delivered in step 10 (after the neurons), first seen in step 11, decaying by exp(-dt/tau) a step
  for (let k = 0; k <= 10; k++) t.is(I[k], 0, `step ${k}`);
  for (let k = 11; k < 50; k++) {
    const expected = 3 * Math.exp(-0.1 / 5) ** (k - 10);
    t.true(Math.abs(I[k] - expected) < 1e-12, `step ${k}: ${I[k]} vs ${expected}`);
  }
});

test('Tsodyks-Markram: utilization and resources follow the recurrence spike by spike', async (t) => {
  const times = [10, 30, 50, 70, 270];
  const gen = new SpikeGeneratorGroup(1, { times, indices: times.map(() => 0) });
  const cell = new LIF(1, { V_th: 1e9 });
  const syn = new TsodyksMarkramSynapse(gen, cell, { connect: oneToOne(), U: 0.2, tau_d: 150, tau_f: 40 });
  const net = new Network({ gen, cell, syn });
  await net.run(300, { dt: 0.1 });
  let u = 0,
    x = 1,
    last = -1e9;
  for (const s of times) {
    u = 0.2 + (u - 0.2) * Math.exp(-(s - last) / 40);
    x = 1 - (1 - x) * Math.exp(-(s - last) / 150);
    u += 0.2 * (1 - u);
    x -= u * x;
    last = s;
  }
  const state = net.projection(syn).arrays;
  t.true(Math.abs(state.get('u')![0] - u) < 1e-12, `u ${state.get('u')![0]} vs ${u}`);
  t.true(Math.abs(state.get('x')![0] - x) < 1e-12, `x ${state.get('x')![0]} vs ${x}`);
});
