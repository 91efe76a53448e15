// The GPU path without a GPU: the launch sequence the GPU host code records (runtime/gpu/
// launch-sequence.ts), the device buffer layout (device-network.ts) and the device code (the
// model kernels with one thread per element, the step wrappers, the driver kernels: llvm/gpu/)
// run on the CPU grid executor (backend 'gpu-on-cpu'), which runs each launch's threads in index
// order. Its atomic adds then happen in the CPU driver's order, so every array, spike and
// monitored row must equal the CPU backend's bit for bit.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { Network, fixedProb, fromArrays, uniform } from '../index';
import type { Initializer, RunOptions } from '../index';
import { loadFixture } from './helpers/fixtures';
import type { BuiltNetwork } from '../runtime/native-memory';
import type { RunningNetwork } from '../runtime/run-loop';
import type { MonitorBufferSizes } from '../runtime/gpu/device-network';
import { openDevice } from '../runtime/gpu/backend';
import { runOnDevice } from '../runtime/gpu/device-run';
import { wrappedFunctions } from '../runtime/gpu/launch-sequence';
import type { NeuronGroup, Synapse, SynapseOptions } from '../index';
import { CobaLIF, ExcitatorySynapse, InhibitorySynapse, STDPSynapse, GapJunction, ExpConductanceSynapse, LIF } from '../models/index';

const dt = 0.1;

/** Every array of every group and projection, every spike monitor and state monitor after `steps` steps on `backend`. */
async function outcome(make: () => Network, backend: RunOptions['backend'], steps: number, runs = 1) {
  const net = make();
  const spikes = [...net.groups.values()].map((g) => net.monitorSpikes(g));
  const traces = [...net.groups.values()].map((g) =>
    net.monitorState(
      g,
      g.model.ir.fields.filter((f) => f.role === 'state').map((f) => f.name),
      { every: 3 },
    ),
  );
  for (const [name, syn] of net.projections) {
    const vars = syn.model.ir.fields.filter((f) => f.role === 'state').map((f) => f.name);
    if (vars.length) traces.push(net.monitorState(syn, vars, { every: 2, name: `${name}.state` }));
  }
  for (let r = 0; r < runs; r++) await net.run((steps / runs) * dt, { dt, seed: 5, threads: 1, backend });
  const values = new Map<string, ArrayLike<number>>();
  for (const [name, g] of net.groups) for (const [f, a] of net.state(g).arrays) values.set(`${name}.${f}`, a);
  for (const [name, syn] of net.projections) for (const [f, a] of net.projection(syn).arrays) values.set(`${name}.${f}`, a);
  for (const m of spikes) values.set(`spikes of ${m.name}`, m.pairs);
  for (const m of traces) for (const v of m.variables) values.set(`trace of ${m.name}.${v}`, m.values(v));
  for (const [name, g] of net.groups) values.set(`spike count of ${name}`, [net.spikeCount(g)]);
  return { values, net };
}

/**
 * Runs `make()` on the CPU and through the GPU launch sequence and asserts the same outcome: bit for
 * bit, or within a relative `tolerance` where the CPU's vectorized math (libmvec) and the grid
 * executor's scalar math (libm) round differently.
 */
async function sameAsCpu(t: ExecutionContext, make: () => Network, steps = 200, runs = 1, tolerance = 0): Promise<void> {
  const [cpu, gpu] = [await outcome(make, 'cpu', steps, runs), await outcome(make, 'gpu-on-cpu', steps, runs)];
  const same = (x: number, y: number) => Object.is(x, y) || Math.abs(x - y) <= tolerance * Math.abs(x);
  for (const [what, a] of cpu.values) {
    const b = gpu.values.get(what)!;
    const first = Array.from(a).findIndex((x, i) => !same(x, b[i]));
    t.true(
      a.length === b.length && first < 0,
      `${what}: ${a.length !== b.length ? `${b.length} values for ${a.length}` : `[${first}] ${b[first]} for ${a[first]}`}`,
    );
  }
  const [name, first] = [...cpu.net.groups][0];
  t.true(cpu.net.spikeCount(first) > 0, `${name} fired`);
  t.log(`${cpu.values.size} arrays ${tolerance ? `within ${tolerance}` : 'identical'} on the CPU and through the GPU launch sequence`);
}

function coba(delay: Initializer): Network {
  const E = new CobaLIF(700, { v: uniform(-60, -50) });
  const I = new CobaLIF(300, { v: uniform(-60, -50) });
  const p = fixedProb(0.05);
  return new Network({
    E,
    I,
    ee: new ExcitatorySynapse(E, E, { connect: p, delay }),
    ei: new ExcitatorySynapse(E, I, { connect: p, delay }),
    ie: new InhibitorySynapse(I, E, { connect: p, delay }),
    ii: new InhibitorySynapse(I, I, { connect: p, delay }),
  });
}

test('COBA through the GPU launch sequence: delay 0 and a projection delay', async (t) => {
  await sameAsCpu(t, () => coba(0));
  await sameAsCpu(t, () => coba(0.3), 200, 2);
});

test('STDP (onPost), per-target update and everyStep (gap junctions) through the GPU launch sequence', async (t) => {
  await sameAsCpu(t, () => {
    const pre = new CobaLIF(400, { v: uniform(-60, -50), I: 15 });
    const post = new CobaLIF(300, { v: uniform(-60, -50), I: 11 });
    const stdp = new STDPSynapse(pre, post, {
      connect: fixedProb(0.1),
      delay: 0.2,
      w: uniform(0, 0.5),
      wmax: 1,
      dApre: 0.02,
      dApost: -0.021,
    });
    return new Network({ pre, post, stdp });
  });
  await sameAsCpu(t, () => {
    const source = new LIF(300, { V: uniform(-65, -50), I: 18 });
    const target = new LIF(200, { V: uniform(-65, -50), I: 12 });
    return new Network({
      source,
      target,
      ampa: new ExpConductanceSynapse(source, target, { connect: fixedProb(0.05), w: 0.08 }),
      gap: new GapJunction(target, target, { connect: fixedProb(0.02), w: uniform(0.01, 0.05) }),
    });
  });
});

test('synapse code drawing random numbers, keyed by the list index (a fromArrays list of its own order), through the GPU launch sequence', async (t) => {
  const { NoisySynapse } = loadFixture<{ NoisySynapse: new (pre: NeuronGroup, post: NeuronGroup, opts: SynapseOptions) => Synapse }>(
    'network/reference.ts',
  );
  await sameAsCpu(t, () => {
    // a resting potential above threshold makes the sources fire on their own
    const source = new LIF(60, { V: uniform(-65, -50), V_rest: uniform(-48, -45) });
    const target = new LIF(50, { V: uniform(-65, -50), V_rest: -53 });
    // the synapse at row position k is not the list's k-th: the device gets the list indices as the CPU does
    const pairs = Array.from({ length: 600 }, (_, x) => [(x * 17) % 60, (x * 29 + (x >> 3)) % 50]);
    const connect = fromArrays(
      pairs.map(([i]) => i),
      pairs.map(([, j]) => j),
    );
    return new Network({ source, target, listed: new NoisySynapse(source, target, { connect, delay: 0.3, w: uniform(1.5, 3) }) });
  });
});

test('what the device step does not run yet is one line naming it', async (t) => {
  const E = new CobaLIF(100, {});
  const net = new Network({ E, ee: new ExcitatorySynapse(E, E, { connect: fixedProb(0.1), delay: uniform(0, 2) }) });
  await t.throwsAsync(net.run(1, { backend: 'gpu-on-cpu' }), {
    message: "the GPU backend does not run per-synapse delays yet (projection ee); give it one delay, or run with backend 'cpu'",
  });
  await t.throwsAsync(new Network({ E: new CobaLIF(10, {}) }).run(1, { backend: 'tpu' as never }), {
    message: 'backend is one of cpu, gpu, gpu-on-cpu, not tpu',
  });
  await t.throwsAsync(new Network({ E: new CobaLIF(10, {}) }).run(1, { backend: 'gpu-on-cpu', precision: 'float32' }), {
    message: "the GPU backend runs float64 only yet (precision float32); run with backend 'cpu' or precision 'float64'",
  });
});

test('a non-finite state stops the device step with the CPU message (group, variable, neuron, time, line)', async (t) => {
  type SynapseClass = new (pre: NeuronGroup, post: NeuronGroup, opts: SynapseOptions) => Synapse;
  const fixture = () =>
    loadFixture<{
      Blowup: new (n: number, init?: object) => NeuronGroup;
      Clock: new (n: number) => NeuronGroup;
      SquaringSynapse: SynapseClass;
    }>('runtime/blowup.ts');
  const message = async (backend: RunOptions['backend'], synapse: boolean) => {
    const { Blowup, Clock, SquaringSynapse } = fixture();
    let net: Network;
    if (synapse) {
      const cells = new Clock(2);
      net = new Network({ cells, syn: new SquaringSynapse(cells, cells, { connect: fromArrays([0, 1, 1], [1, 0, 1]), w: [0.1, 2, 0.2] }) });
    } else net = new Network({ cells: new Blowup(5, { x: [0.1, 0.2, 0.3, 2, 0.1] }) });
    const err = await t.throwsAsync(net.run(synapse ? 10 : 1000, { dt: synapse ? 0.1 : 1, backend }));
    return { message: err!.message, step: net.stepIndex };
  };
  for (const synapse of [false, true]) {
    const cpu = await message('cpu', synapse);
    t.regex(cpu.message, /is Infinity/);
    t.deepEqual(await message('gpu-on-cpu', synapse), cpu);
  }
});

test('COBAHH through the GPU launch sequence: the same spikes, states within 1e-12 (libmvec and libm round exp differently)', async (t) => {
  const { TraubHH } = await import('../models/index');
  await sameAsCpu(
    t,
    () => {
      const init = { v: uniform(-70, -60), ge: uniform(20, 60), gi: uniform(50, 300) };
      const E = new TraubHH(400, init);
      const I = new TraubHH(100, init);
      const p = fixedProb(0.1);
      return new Network({
        E,
        I,
        EE: new ExcitatorySynapse(E, E, { connect: p, w: 6 }),
        EI: new ExcitatorySynapse(E, I, { connect: p, w: 6 }),
        IE: new InhibitorySynapse(I, E, { connect: p, w: 67 }),
        II: new InhibitorySynapse(I, I, { connect: p, w: 67 }),
      });
    },
    50,
    1,
    1e-12,
  );
});

test('monitor buffers on the device smaller than a block: the steps stop, the host empties them, the run goes on', async (t) => {
  const run = async (sizes?: MonitorBufferSizes) => {
    const net = coba(0);
    const spikes = [...net.groups.values()].map((g) => net.monitorSpikes(g));
    const trace = net.monitorState(net.groups.get('E')!, ['v', 'ge'], { neurons: [0, 5, 7], every: 3 });
    if (!sizes) await net.run(100, { dt, threads: 1 });
    else {
      await net.run(0, { dt, threads: 1 });
      const built = (net as unknown as { built: BuiltNetwork }).built;
      const device = await openDevice('gpu-on-cpu', built, wrappedFunctions(built));
      runOnDevice(net as unknown as RunningNetwork, [], built, 1000, device, undefined, sizes);
    }
    return [...spikes.map((m) => m.pairs), trace.values('v'), trace.values('ge'), Float64Array.from(trace.steps)];
  };
  const [cpu, device] = [await run(), await run({ spikePairs: 1, stateValues: 7 })];
  t.true(cpu[0].length > 2 * 700, 'E spiked more than its buffer of two steps holds');
  cpu.forEach((a, j) => t.deepEqual(Array.from(device[j]), Array.from(a), `record ${j}`));
});
