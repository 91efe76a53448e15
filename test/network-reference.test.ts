// Whole networks run natively and by the JavaScript network executor (runNetworkReference) from the
// same built state: every array of every group and projection must agree to 1e-9 (relative) after
// the run, and so must the traces of every projection's states recorded by state monitors; the
// spike lists must be identical.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { Network, runNetworkReference, constant, sections, fixedProb, fromArrays, normal, oneToOne, uniform } from '../index';
import type { Connector, Initializer, SpikeMonitor, StateMonitor, NeuronGroup, Synapse } from '../index';
import {
  CobaLIF,
  ExcitatorySynapse,
  InhibitorySynapse,
  LIF,
  ExpConductanceSynapse,
  ExpCurrentSynapse,
  NMDASynapse,
  GABAaSynapse,
  TsodyksMarkramSynapse,
  STDPSynapse,
  SpikeGeneratorGroup,
  GapJunction,
} from '../models/index';
import { loadFixture } from './helpers/fixtures';
import type { Precision } from '../ir/pipeline';

type SynapseClass = new (
  pre: NeuronGroup,
  post: NeuronGroup,
  opts: { connect: Connector; [k: string]: Initializer | Connector },
) => Synapse;

interface Fixture {
  VoltageCoupled: SynapseClass;
  DriveCoupled: SynapseClass;
  ClockDrivenSynapse: SynapseClass;
  UnreliableSynapse: SynapseClass;
  NoisySynapse: SynapseClass;
  Passive: new (n: number, init?: Record<string, Initializer>) => NeuronGroup;
}

const dt = 0.1;

/**
 * The largest relative difference (to a magnitude of at least 1) allowed between native and
 * JavaScript values. In float64 both compute the same operations in double, and differ by the
 * vector math functions (libmvec's exp against V8's, within an ulp or two) and fused
 * multiply-adds, compounded over the steps. In float32 the kernels round every operation to float
 * while the JavaScript runs the model's own code in double and rounds what it stores (and t and
 * dt), so each step's values differ by a few float ulps (2^-24 = 6e-8 each), which the dynamics
 * carry and add up over the run: measured up to 6.1e-6 over 300 steps of these networks (the NMDA
 * synapses' exp-heavy per-target update); 2e-5 leaves room for 3x that (docs/precision.md). The
 * spike lists must still be identical.
 */
const TOLERANCE: Record<Precision, number> = { float64: 1e-9, float32: 2e-5 };

/** Runs `net` natively and in JavaScript for `steps` steps and compares everything; returns the spike count per group. */
async function compareNetwork(
  t: ExecutionContext,
  net: Network,
  steps: number,
  seed = 3,
  precision: Precision = 'float64',
): Promise<Record<string, number>> {
  const monitors = new Map<string, SpikeMonitor>();
  for (const [name, g] of net.groups) monitors.set(name, net.monitorSpikes(g));
  // every per-synapse and per-target state of every projection, over time
  const traces: StateMonitor[] = [];
  for (const [name, syn] of net.projections) {
    for (const role of ['state', 'target']) {
      const vars = syn.model.ir.fields.filter((f) => f.role === role).map((f) => f.name);
      if (vars.length) traces.push(net.monitorState(syn, vars, { every: 7, includeEnd: true, name: `${name} ${role}` }));
    }
  }
  await net.run(0, { dt, seed, precision });
  const ref = runNetworkReference(net, { steps });
  await net.run(steps * dt);
  const arrays: [string, ArrayLike<number>, ArrayLike<number> | undefined][] = [];
  for (const m of traces) {
    const k = net.stateMonitors.indexOf(m);
    t.deepEqual(ref.monitors[k].steps, m.steps, `steps of monitor ${m.name}`);
    for (const v of m.variables) arrays.push([`monitor ${m.name}: ${v}`, m.values(v), ref.monitors[k].values[v]]);
  }
  for (const [name, g] of net.groups) for (const [f, a] of net.state(g).arrays) arrays.push([`${name}.${f}`, a, ref.groups[name][f]]);
  for (const [name, syn] of net.projections)
    for (const [f, a] of net.projection(syn).arrays) arrays.push([`${name}.${f}`, a, ref.projections[name][f]]);
  const { worst, difference } = compareArrays(arrays, TOLERANCE[precision]);
  t.is(difference, undefined);
  const counts: Record<string, number> = {};
  for (const [name, m] of monitors) {
    const native = Array.from({ length: m.count }, (_, k) => `${Math.round(m.times[k] / dt)}:${m.indices[k]}`);
    t.deepEqual(
      ref.spikes[name].map(([s, i]) => `${s}:${i}`),
      native,
      `spikes of ${name} (step:neuron)`,
    );
    counts[name] = m.count;
  }
  t.log(`${arrays.length} arrays agree (worst relative difference ${worst.toExponential(2)}); spikes ${JSON.stringify(counts)}`);
  return counts;
}

/** The largest relative difference between native and JavaScript arrays, and the first one above the tolerance. */
function compareArrays(
  arrays: [string, ArrayLike<number>, ArrayLike<number> | undefined][],
  tolerance: number,
): { worst: number; difference?: string } {
  let worst = 0;
  for (const [what, native, js] of arrays) {
    if (!js || js.length !== native.length)
      return { worst, difference: `${what}: JavaScript has ${js?.length ?? 'no'} values for ${native.length}` };
    for (let i = 0; i < native.length; i++) {
      const err = Math.abs(native[i] - js[i]) / Math.max(1, Math.abs(js[i]));
      if (!(err <= tolerance) && !Object.is(native[i], js[i]))
        return { worst, difference: `${what}[${i}]: native ${native[i]} vs JavaScript ${js[i]}` };
      if (err > worst) worst = err;
    }
  }
  return { worst };
}

/** Asserts that every listed group fired, so that the comparison covered spike delivery. */
function assertFired(t: ExecutionContext, counts: Record<string, number>, ...groups: string[]): void {
  for (const g of groups) t.true(counts[g] > 0, `${g} fired`);
}

/** The COBA benchmark's E/I network, small, with the given delays (ms) for synapses leaving E and I. */
function coba(delayE: Initializer, delayI: Initializer, wE: Initializer = 0.6): Network {
  const E = new CobaLIF(160, { v: uniform(-60, -50) });
  const I = new CobaLIF(40, { v: uniform(-60, -50) });
  const p = fixedProb(0.1);
  return new Network({
    E,
    I,
    ee: new ExcitatorySynapse(E, E, { connect: p, delay: delayE, w: wE }),
    ei: new ExcitatorySynapse(E, I, { connect: p, delay: delayE, w: wE }),
    ie: new InhibitorySynapse(I, E, { connect: p, delay: delayI }),
    ii: new InhibitorySynapse(I, I, { connect: p, delay: delayI }),
  });
}

test('COBA E/I network, delay 0: spikes delivered in the step they are emitted', async (t) => {
  assertFired(t, await compareNetwork(t, coba(0, 0), 300), 'E', 'I');
});

test('COBA E/I network, projection delays of 3 and 5 steps', async (t) => {
  assertFired(t, await compareNetwork(t, coba(0.3, 0.5), 300), 'E', 'I');
});

test('COBA E/I network, per-synapse delays and per-synapse weights', async (t) => {
  assertFired(t, await compareNetwork(t, coba(uniform(0, 2), uniform(0.2, 1.5), uniform(0.3, 0.9)), 300), 'E', 'I');
});

test('per-synapse normal delays through the delay queue: onPre reading this.pre keeps the presynaptic index, one that does not drops it', async (t) => {
  const { VoltageCoupled } = loadFixture<Fixture>('network/reference.ts');
  const { source, target, drive } = lifPair(60, 100);
  const coupled = new VoltageCoupled(source, target, { connect: fixedProb(0.1), delay: normal(0.6, 0.3, { min: 0.05 }) });
  const plain = new ExpCurrentSynapse(source, target, { connect: fixedProb(0.1), w: 2, delay: normal(0.8, 0.4, { min: 0.05 }) });
  const net = new Network({ source, target, coupled, plain });
  drive(net);
  assertFired(t, await compareNetwork(t, net, 300), 'source', 'target');
  t.truthy(net.projection(coupled).preIndex, 'VoltageCoupled reads pre.V in onPre');
  t.is(net.projection(plain).preIndex, undefined, "ExpCurrentSynapse's onPre reads no presynaptic field");
  t.true(net.projection(plain).delays instanceof Uint16Array, 'delays of a few steps are 2 bytes each');
});

/** LIF groups driven by constant currents: the source's current is one value per step (a uniform current), the target's an array. */
function lifPair(nSource: number, nTarget: number): { source: LIF; target: LIF; drive: (net: Network) => void } {
  const source = new LIF(nSource, { V: uniform(-65, -50) });
  const target = new LIF(nTarget, { V: uniform(-65, -50) });
  const drive = (net: Network) => {
    net.input(source, 'I', constant(18));
    net.input(target, 'I', constant(12));
  };
  return { source, target, drive };
}

test('per-target update(t, dt): exponential conductance, NMDA and GABA_A synapses', async (t) => {
  const { source, target, drive } = lifPair(60, 120);
  const net = new Network({
    source,
    target,
    ampa: new ExpConductanceSynapse(source, target, { connect: fixedProb(0.15), w: 0.08 }),
    nmda: new NMDASynapse(source, target, { connect: fixedProb(0.1), w: 0.02, delay: 1 }),
    gaba: new GABAaSynapse(target, target, { connect: fixedProb(0.05), w: 0.05, delay: uniform(0.1, 1) }),
  });
  drive(net);
  assertFired(t, await compareNetwork(t, net, 300), 'source', 'target');
});

test('Tsodyks-Markram: per-synapse utilization and resources', async (t) => {
  const { source, target, drive } = lifPair(50, 80);
  const tm = new TsodyksMarkramSynapse(source, target, { connect: fixedProb(0.2), w: 0.1, U: uniform(0.1, 0.6), tau_f: 50 });
  const net = new Network({ source, target, tm });
  drive(net);
  assertFired(t, await compareNetwork(t, net, 300), 'source', 'target');
  t.true(
    net
      .projection(tm)
      .arrays.get('x')!
      .some((x) => x < 0.99),
    'resources were used',
  );
});

/** Two CobaLIF groups joined by STDP synapses with a delay, as the STDP tests run them. */
function stdpNetwork(): { net: Network; stdp: STDPSynapse } {
  const pre = new CobaLIF(80, { v: uniform(-60, -50), I: 15 });
  const post = new CobaLIF(40, { v: uniform(-60, -50), I: 11 });
  const stdp = new STDPSynapse(pre, post, {
    connect: fixedProb(0.3),
    delay: 0.2,
    w: uniform(0, 0.5),
    wmax: 1,
    dApre: 0.02,
    dApost: -0.021,
  });
  return { net: new Network({ pre, post, stdp }), stdp };
}

test('STDP: onPre and onPost change the weights, with a delay', async (t) => {
  const { net, stdp } = stdpNetwork();
  assertFired(t, await compareNetwork(t, net, 300), 'pre', 'post');
  t.true(
    net
      .projection(stdp)
      .arrays.get('apost')!
      .some((a) => a !== 0),
    'onPost ran',
  );
});

test('synapse code reading this.pre and this.post, and drawing random numbers in onPre and update', async (t) => {
  const { VoltageCoupled, UnreliableSynapse } = loadFixture<Fixture>('network/reference.ts');
  const { source, target, drive } = lifPair(60, 100);
  const coupled = new VoltageCoupled(source, target, { connect: fixedProb(0.1), delay: 0.3 });
  const unreliable = new UnreliableSynapse(target, target, { connect: fixedProb(0.1), delay: uniform(0, 0.5) });
  const net = new Network({ source, target, coupled, unreliable });
  drive(net);
  assertFired(t, await compareNetwork(t, net, 300), 'source', 'target');
  const transmitted = net.projection(unreliable).arrays.get('transmitted')!;
  t.true(
    transmitted.some((x) => x > 0),
    'some spikes were transmitted',
  );
});

test('random draws in onPre, onPost and everyStep, keyed by the list index: fromArrays with pairs in an order of their own', async (t) => {
  const { NoisySynapse } = loadFixture<Fixture>('network/reference.ts');
  const { source, target, drive } = lifPair(40, 50);
  // 600 pairs listed neither by source nor by target: the synapse at row position k is not the list's k-th
  const pairs = Array.from({ length: 600 }, (_, x) => [(x * 17) % 40, (x * 29 + (x >> 3)) % 50]);
  const listed = new NoisySynapse(source, target, {
    connect: fromArrays(
      pairs.map(([i]) => i),
      pairs.map(([, j]) => j),
    ),
    delay: uniform(0.1, 1),
    w: uniform(1.5, 3),
  });
  const net = new Network({
    source,
    target,
    listed,
    noisy: new NoisySynapse(target, target, { connect: fixedProb(0.05), delay: 0.2, w: 1 }),
  });
  drive(net);
  assertFired(t, await compareNetwork(t, net, 300), 'source', 'target');
  const { keys } = net.projection(listed);
  t.true(
    keys?.some((x, k) => x !== k),
    'the draws are keyed by list indices other than the row positions',
  );
});

for (const precision of ['float64', 'float32'] as const)
  test(`inputs: weighted signals into some neurons, sections, spike generator events and Poisson counts (${precision})`, async (t) => {
    assertFired(t, await inputsNetwork(t, precision), 'gen', 'cells');
  });

/** Runs a network fed by every kind of input natively and in JavaScript; returns the spike count per group. */
function inputsNetwork(t: ExecutionContext, precision: Precision): Promise<Record<string, number>> {
  const gen = new SpikeGeneratorGroup(5, { times: [1, 2, 2, 5.5, 8, 12, 12.04, 20], indices: [0, 1, 2, 3, 4, 0, 1, 2] });
  const cells = new LIF(40, { V: uniform(-65, -55) });
  const net = new Network({ gen, cells, syn: new ExpCurrentSynapse(gen, cells, { connect: fixedProb(0.5), w: 30, tau: 3 }) });
  net.input(
    cells,
    'I',
    sections([
      [10, 5],
      [16, 10],
      [0, 5],
      [20, 10],
    ]),
  );
  net.input(cells, 'I', constant(2), { neurons: [0, 3, 7, 11], weights: [1, 0.5, 2, 3] });
  net.poissonInput(cells, 'I', { sources: 20, rate: 40, weight: 0.7 });
  return compareNetwork(t, net, 300, 3, precision);
}

test('everyStep: gap junctions equalise two potentials, natively and in JavaScript', async (t) => {
  const { Passive } = loadFixture<Fixture>('network/reference.ts');
  const cells = new Passive(2, { V: Float64Array.from([1, 0]) });
  const w = 0.3;
  const net = new Network({ cells, gap: new GapJunction(cells, cells, { connect: fromArrays([0, 1], [1, 0]), w }) });
  await net.run(0, { dt });
  const steps = 50;
  const V = runNetworkReference(net, { steps }).groups.cells.V;
  // each step: I = w (V_other - V), then V += dt I, so the difference shrinks by 1 - 2 w dt and the sum stays
  const difference = (1 - 2 * w * dt) ** steps;
  t.true(Math.abs(V[0] + V[1] - 1) < 1e-12, `sum ${V[0] + V[1]}`);
  t.true(Math.abs(V[0] - V[1] - difference) < 1e-12, `difference ${V[0] - V[1]} vs ${difference}`);
  await net.run(steps * dt);
  const native = net.state(cells).arrays.get('V')!;
  t.true(Math.abs(native[0] - V[0]) < 1e-15 && Math.abs(native[1] - V[1]) < 1e-15, `native ${native[0]}, ${native[1]}`);
});

test('everyStep: a spiking network coupled all-to-all by gap junctions', async (t) => {
  const cells = new LIF(12, { V: uniform(-70, -50) });
  const net = new Network({ cells, gap: new GapJunction(cells, cells, { connect: fixedProb(0.5), w: uniform(0.01, 0.05) }) });
  net.input(cells, 'I', constant(1), { weights: Float64Array.from({ length: 12 }, (_, i) => 14 + i) });
  assertFired(t, await compareNetwork(t, net, 300), 'cells');
});

test('everyStep with an @ode: a clock-driven synaptic variable summed into the target', async (t) => {
  const { ClockDrivenSynapse } = loadFixture<Fixture>('network/reference.ts');
  const source = new LIF(30, { V: uniform(-65, -50) });
  const target = new LIF(20, { V: uniform(-65, -55) });
  const net = new Network({
    source,
    target,
    link: new ClockDrivenSynapse(source, target, { connect: fixedProb(0.3), w: uniform(10, 20) }),
  });
  net.input(source, 'I', constant(20));
  assertFired(t, await compareNetwork(t, net, 300), 'source', 'target');
});

test('a synapse reading a presynaptic current (pre.I) driven by a whole-group input', async (t) => {
  const { DriveCoupled } = loadFixture<Fixture>('network/reference.ts');
  const source = new LIF(20, { V: uniform(-65, -50) });
  const target = new LIF(20);
  const net = new Network({ source, target, link: new DriveCoupled(source, target, { connect: fixedProb(0.3) }) });
  net.input(source, 'I', constant(20));
  assertFired(t, await compareNetwork(t, net, 300), 'source');
});

test('a current with an initial value adds it in the first step only, monitored or not', async (t) => {
  const final = async (monitored: boolean) => {
    const cells = new LIF(3, { I: 20, V_th: 1e9 });
    const net = new Network({ cells });
    if (monitored) net.monitorState(cells, ['I']);
    await net.run(0, { dt });
    const js = runNetworkReference(net, { steps: 100 }).groups.cells.V[0];
    await net.run(100 * dt);
    return [net.state(cells).arrays.get('V')![0], js];
  };
  const [plain, plainJs] = await final(false);
  const [monitored, monitoredJs] = await final(true);
  t.is(plain, monitored);
  t.is(plain, plainJs);
  t.is(monitored, monitoredJs);
});

test('a non-finite state stops the reference run at the step and neuron the native run stops', async (t) => {
  const { Blowup } = loadFixture<{ Blowup: new (n: number, init?: object) => NeuronGroup }>('runtime/blowup.ts');
  const net = new Network({ cells: new Blowup(5, { x: [0.1, 0.2, 0.3, 2, 0.1] }) });
  await net.run(0, { dt });
  const js = t.throws(() => runNetworkReference(net, { steps: 100 }));
  const native = await t.throwsAsync(net.run(100 * dt));
  const where = /t = ([\d.]+) ms: cells\.x of neuron 3 is Infinity/;
  t.regex(js!.message, where);
  t.is(js!.message.match(where)?.[0], native!.message.match(where)?.[0], 'the same time, variable and neuron');
});

test('what it does not run: an unbuilt network, a network past step 0', async (t) => {
  const cells = new LIF(4);
  const other = new LIF(4);
  const net = new Network({ cells, other, link: new ExpCurrentSynapse(cells, other, { connect: oneToOne() }) });
  t.throws(() => runNetworkReference(net, { steps: 1 }), { message: /build the network first/ });
  await net.run(0.2, { dt });
  t.throws(() => runNetworkReference(net, { steps: 1 }), { message: /starts from step 0/ });
});

test('float32: COBA E/I network with per-synapse delays and weights, natively and in JavaScript', async (t) => {
  assertFired(t, await compareNetwork(t, coba(uniform(0, 2), uniform(0.2, 1.5), uniform(0.3, 0.9)), 300, 3, 'float32'), 'E', 'I');
});

test('float32: STDP weights and traces, natively and in JavaScript', async (t) => {
  assertFired(t, await compareNetwork(t, stdpNetwork().net, 300, 3, 'float32'), 'pre', 'post');
});

test('float32: random draws in onPre and update, and per-target dynamics, natively and in JavaScript', async (t) => {
  const { VoltageCoupled, UnreliableSynapse } = loadFixture<Fixture>('network/reference.ts');
  const { source, target, drive } = lifPair(60, 100);
  const net = new Network({
    source,
    target,
    coupled: new VoltageCoupled(source, target, { connect: fixedProb(0.1), delay: 0.3 }),
    unreliable: new UnreliableSynapse(target, target, { connect: fixedProb(0.1), delay: uniform(0, 0.5) }),
    nmda: new NMDASynapse(source, target, { connect: fixedProb(0.1), w: 0.02, delay: 1 }),
  });
  drive(net);
  assertFired(t, await compareNetwork(t, net, 300, 3, 'float32'), 'source', 'target');
});

test('float32: a spiking network coupled by gap junctions (everyStep), natively and in JavaScript', async (t) => {
  const cells = new LIF(12, { V: uniform(-70, -50) });
  const net = new Network({ cells, gap: new GapJunction(cells, cells, { connect: fixedProb(0.5), w: uniform(0.01, 0.05) }) });
  net.input(cells, 'I', constant(1), { weights: Float64Array.from({ length: 12 }, (_, i) => 14 + i) });
  assertFired(t, await compareNetwork(t, net, 300, 3, 'float32'), 'cells');
});
