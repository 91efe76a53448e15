// Spike sources and Poisson input: a SpikeGeneratorGroup fires exactly at its given steps (and
// its spikes travel through synapses like any others); Poisson input has the right mean and
// variance; Poisson groups fire at their rate.
import test from 'ava';
import { Network, oneToOne, constant } from '../index';
import { SpikeGeneratorGroup, PoissonGroup, LIF, DeltaSynapse } from '../models/index';
import { loadFixture } from './helpers/fixtures';
import type { NeuronGroup } from '../index';

test('a spike generator fires at the given times, rounded to steps', async (t) => {
  const gen = new SpikeGeneratorGroup(3, { times: [0.5, 0.2, 1.04, 0.5], indices: [0, 2, 1, 1] });
  const net = new Network({ gen });
  const mon = net.monitorSpikes(gen);
  await net.run(2, { dt: 0.1 });
  const got = Array.from({ length: mon.count }, (_, k) => `${Math.round(mon.times[k] * 10)}:${mon.indices[k]}`);
  t.deepEqual(got, ['2:2', '5:0', '5:1', '10:1']);
});

test("a spike generator bins times as Brian2 by default, or to the nearest step with binning: 'nearest'", async (t) => {
  const times = [7.05, 0.04, 0.06, 2.999, 3.0, 0.25, 0.35],
    indices = [0, 1, 2, 3, 4, 5, 6];
  const steps = async (binning?: 'nearest' | 'floor') => {
    const gen = new SpikeGeneratorGroup(7, { times, indices, binning });
    const net = new Network({ gen });
    const mon = net.monitorSpikes(gen);
    await net.run(10, { dt: 0.1 });
    return Array.from({ length: mon.count }, (_, k) => `${mon.indices[k]}@${Math.round(mon.times[k] * 10)}`).sort();
  };
  // Brian2: int((t + 1e-3 dt) / dt); 2.999 ms is 29.99 steps, below the 1e-3 step tolerance
  t.deepEqual(await steps('floor'), ['0@70', '1@0', '2@0', '3@29', '4@30', '5@2', '6@3']);
  t.deepEqual(await steps(), await steps('floor'));
  // half steps go up, 0.35 ms (3.4999999999999996 steps in binary) too, so times a step apart stay a step apart
  t.deepEqual(await steps('nearest'), ['0@71', '1@0', '2@1', '3@30', '4@30', '5@3', '6@4']);
});

test('a spike generator refuses two spikes of one neuron in one step, naming the group and the times', (t) => {
  const gen = new SpikeGeneratorGroup(2, { times: [1.0, 1.04], indices: [1, 1] });
  const net = new Network({ gen });
  return t.throwsAsync(net.run(2, { dt: 0.1 }), {
    message: 'gen: neuron 1 would fire twice in step 10 (at 1 and 1.04 ms, dt 0.1 ms); give times at least one step apart, or a smaller dt',
  });
});

test('generated spikes reach targets through synapses', async (t) => {
  const gen = new SpikeGeneratorGroup(2, { times: [1, 3], indices: [0, 1] });
  const cells = new LIF(2, { V: -70 });
  const net = new Network({ gen, cells, syn: new DeltaSynapse(gen, cells, { connect: oneToOne(), w: 4 }) });
  await net.run(1.1, { dt: 0.1 }); // steps 0 .. 10
  const V = net.state(cells).arrays.get('V')!;
  // neuron 0 got +4 mV in step 10 (after its update), neuron 1 nothing yet; they relaxed alike before
  t.true(Math.abs(V[0] - V[1] - 4) < 1e-12, `V: ${Array.from(V)}`);
  await net.run(2, { dt: 0.1 }); // to step 30, when neuron 1 gets its +4 mV
  // a difference between two LIF trajectories decays by (1 - dt/tau) = 0.99 per Euler step
  t.true(Math.abs(V[1] - V[0] - (4 - 4 * 0.99 ** 20)) < 1e-9, `V: ${Array.from(V)}`);
});

test('Poisson input adds weight x Poisson(sources x rate x dt) per step', async (t) => {
  const { Integrator } = loadFixture<{ Integrator: new (n: number) => NeuronGroup }>('runtime/integrator.ts');
  const g = new Integrator(20000);
  const net = new Network({ g });
  net.poissonInput(g, 'I', { sources: 100, rate: 50, weight: 0.5 }); // lambda = 0.5 per 0.1 ms step
  await net.run(1, { dt: 0.1, seed: 4 }); // 10 steps: x = 0.5 * Poisson(5)
  const x = Float64Array.from(net.state(g).arrays.get('x')!);
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / x.length;
  t.true(Math.abs(mean - 2.5) < 0.03, `mean ${mean}, expected 2.5`);
  t.true(Math.abs(variance - 1.25) < 0.05, `variance ${variance}, expected 1.25`);
  t.true(
    x.every((v) => Number.isInteger(v * 2)),
    'whole numbers of source spikes',
  );
});

test('a Poisson group fires at its rate', async (t) => {
  const p = new PoissonGroup(1000, { rate: 20 });
  const net = new Network({ p });
  await net.run(1000, { dt: 0.1, seed: 2 });
  const rate = net.spikeCount(p) / 1000;
  t.true(Math.abs(rate - 20) < 0.6, `${rate} Hz`); // standard error 0.14 Hz
});

test('a signal into a variable that is not a current is refused', (t) => {
  const cells = new LIF(1);
  const net = new Network({ cells });
  t.throws(() => net.input(cells, 'V', constant(1)), { message: /^input: cells\.V is a @state of LIF; input adds into a @current \(I\)$/ });
  net.input(cells, 'I', constant(1));
  t.pass();
});
