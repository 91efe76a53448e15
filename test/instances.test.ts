// Many instances of a network in one native run (net.instances, runtime/instances.ts): each
// instance is bit for bit the network run alone with its seed and values. The network draws in
// every way a build or a run draws: initial values (a distribution), connectivity (fixedProb),
// a kernel's draws (PoissonGroup's rand(), so that group's kernel is called per instance), a
// Poisson input's counts, per-synapse delays drawn from a distribution; and its parameters,
// inputs and seeds differ between instances. Group sizes are not multiples of 64, so with several
// threads a share ends inside an instance.
import test from 'ava';
import { Network, constant, fixedProb, normal, uniform } from '../index';
import type { InstanceValues, SpikeMonitor, StateMonitor } from '../index';
import { CobaLIF, ExcitatorySynapse, InhibitorySynapse, PoissonGroup, HodgkinHuxley, SpikeGeneratorGroup } from '../models/index';

const dt = 0.1;
const K = 4;
const seeds = [3, 11, 11, 4000000000];
const taum = [20, 15, 20, 25];
const rates = [20, 40, 40, 10];
const drive = [20, 18, 21, 22];
const poissonRate: (number | { rate?: number; weight?: number })[] = [{ rate: 200 }, { rate: 100, weight: 0.05 }, { rate: 300 }, 150];

interface Made {
  net: Network;
  spikes: SpikeMonitor[];
  trace: StateMonitor;
}

/** The network; values of instance k when `k` is given (the network run alone), the template's otherwise. */
function make(k?: number): Made {
  const P = new PoissonGroup(30, { rate: k === undefined ? 10 : rates[k] });
  const E = new CobaLIF(70, { v: normal(-55, 5), taum: k === undefined ? 20 : taum[k] });
  const I = new CobaLIF(27, { v: uniform(-60, -50), I: k === undefined ? 20 : drive[k] });
  // fixed spikes (events into its trigger current, copied into each instance's neurons)
  const G = new SpikeGeneratorGroup(3, { times: [1, 2.5, 2.5, 30], indices: [0, 1, 2, 1] });
  const net = new Network({
    P,
    G,
    E,
    I,
    GI: new ExcitatorySynapse(G, I, { connect: fixedProb(0.5), w: 3 }),
    PE: new ExcitatorySynapse(P, E, { connect: fixedProb(0.2), w: 0.6, delay: uniform(0, 2) }),
    EI: new ExcitatorySynapse(E, I, { connect: fixedProb(0.1), w: 0.6 }),
    IE: new InhibitorySynapse(I, E, { connect: fixedProb(0.1), w: 6.7, delay: 0.5 }),
  });
  const change = k === undefined ? 100 : poissonRate[k];
  const c = typeof change === 'number' ? { rate: change } : change;
  net.poissonInput(E, 'ge', { sources: 10, rate: c.rate ?? 0, weight: c.weight ?? 0.02 });
  const spikes = [net.monitorSpikes(P), net.monitorSpikes(G), net.monitorSpikes(E), net.monitorSpikes(I)];
  const trace = net.monitorState(E, ['v', 'ge'], { neurons: [0, 5, 69], every: 3, includeEnd: true });
  return { net, spikes, trace };
}

const values: InstanceValues = { seed: seeds, 'E.taum': taum, 'P.rate': rates, 'I.I': drive, 'E.ge': poissonRate };

for (const [threads, precision] of [
  [1, 'float64'],
  [3, 'float64'],
  [3, 'float32'],
] as const) {
  test(`each of ${K} instances is bit for bit its own network run alone (${threads} thread${threads > 1 ? 's' : ''}, ${precision})`, async (t) => {
    const template = make();
    const runs = template.net.instances(K, values);
    await runs.run(60, { dt, threads, precision });
    for (let k = 0; k < K; k++) {
      const alone = make(k);
      await alone.net.run(60, { dt, seed: seeds[k], threads, precision });
      for (const [name, g] of alone.net.groups) {
        const group = template.net.groups.get(name)!;
        const mine = runs.state(k, group);
        // runs.state gives float64 copies of the values at either precision
        for (const [f, a] of alone.net.state(g).arrays) t.deepEqual(mine.get(f), Float64Array.from(a), `instance ${k}: ${name}.${f}`);
        t.is(runs.spikeCount(k, group), alone.net.spikeCount(g), `instance ${k}: spikes of ${name}`);
      }
      alone.spikes.forEach((m, j) => {
        const s = runs.spikes(k, template.spikes[j]);
        t.deepEqual(s.times, m.times, `instance ${k}: spike times of ${m.name}`);
        t.deepEqual(s.indices, m.indices, `instance ${k}: spiking neurons of ${m.name}`);
      });
      for (const v of ['v', 'ge']) t.deepEqual(runs.stateRows(k, template.trace, v), alone.trace.values(v), `instance ${k}: trace of ${v}`);
    }
    // instances 1 and 2 share a seed, and differ in their values: the runs must differ
    t.notDeepEqual(runs.state(1, template.net.groups.get('E')!).get('v'), runs.state(2, template.net.groups.get('E')!).get('v'));
    t.true(runs.spikeCount(0, template.net.groups.get('P')!) > 0);
    for (let k = 0; k < K; k++) t.is(runs.spikeCount(k, template.net.groups.get('G')!), 4);
  });
}

test('HH instances without draws run as one vectorized call and match their runs alone', async (t) => {
  const currents = [0, 5, 10, 40];
  const build = (i?: number) => {
    const hh = new HodgkinHuxley(1);
    const net = new Network({ hh });
    net.input(hh, 'I', constant(i === undefined ? 0 : currents[i]));
    return { net, hh };
  };
  const { net, hh } = build();
  const runs = net.instances(currents.length, { 'hh.I': currents });
  await runs.run(50, { dt: 0.01 });
  t.false(runs.network.state(runs.network.groups.get('hh')!).instances!.callPerInstance);
  for (let k = 0; k < currents.length; k++) {
    const alone = build(k);
    await alone.net.run(50, { dt: 0.01 });
    t.deepEqual(runs.state(k, hh).get('V'), alone.net.state(alone.hh).arrays.get('V'), `I = ${currents[k]}`);
    t.is(runs.spikeCount(k, hh), alone.net.spikeCount(alone.hh));
  }
  t.is(runs.spikeCount(0, hh), 0);
  t.true(runs.spikeCount(3, hh) > runs.spikeCount(2, hh));
  t.throws(() => net.instances(2, { 'hh.I': [{ rate: 1 }, 1] }), { message: /takes a signal \(or a number: a constant\) per instance/ });
});

test('instances refuse a wrong count, an unknown name, a wrong length, with one line naming it', (t) => {
  const { net } = make();
  t.throws(() => net.instances(0), { message: 'net.instances(0): the number of instances is a whole number >= 1' });
  t.throws(() => net.instances(2.5), { message: /whole number >= 1/ });
  t.throws(() => net.instances(2, { 'E.tua': [1, 2] }), {
    message: /net\.instances\(2\): CobaLIF E has no parameter or input tua; its parameters are taum, taue/,
  });
  t.throws(() => net.instances(2, { 'X.taum': [1, 2] }), {
    message: /'X.taum' names no group or projection; write 'Member.parameter' with one of P, G, E, I, GI, PE, EI, IE, or 'seed'/,
  });
  t.throws(() => net.instances(2, { 'E.taum': [1, 2, 3] }), { message: "net.instances(2): 'E.taum' has 3 values for 2 instances" });
  t.throws(() => net.instances(2, { seed: [1, -1] }), { message: /seed\[1\] is -1; a seed is a whole number/ });
  t.throws(() => net.instances(2, { 'E.taum': [1, NaN] }), { message: /'E.taum'\[1\] is NaN; give finite numbers/ });
  t.throws(() => net.instances(2, { 'E.ge': [{ rate: -1 }, 1] }), { message: /rate is a finite rate >= 0 Hz, not -1/ });
});

test('a run error names the instance and its own neuron', async (t) => {
  const E = new CobaLIF(10);
  const net = new Network({ E });
  // a tiny negative taum in instance 2 drives v to -Infinity within two steps
  const runs = net.instances(3, { 'E.taum': [20, 10, -1e-300] });
  await t.throwsAsync(runs.run(1, { dt: 0.1 }), { message: /^run stopped at t = [\d.]+ ms: E\.v of neuron 0 of instance 2 is -Infinity/ });
});
