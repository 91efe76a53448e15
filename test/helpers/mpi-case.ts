// One network of test/mpi.test.ts, run by this process: `node mpi-case.js CASE DIR` alone, or as
// each of the processes of `mpiexec -n K node mpi-case.js CASE DIR`. Each process writes what its
// run left to DIR/rank-R.json: every group array, every per-target array, spikes, state monitors'
// rows and spike counts (whole on every process), and each per-synapse array as the values of the
// synapses this process holds, with their indices in the connector's list (the test puts the
// processes' parts together); beside them, the spike exchanges this process took part in.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Network, fixedProb, fromArrays, normal, uniform } from '../../index';
import type { Connector, Initializer, NeuronGroup, RunOptions, Synapse } from '../../index';
import {
  CobaLIF,
  ExcitatorySynapse,
  InhibitorySynapse,
  ExpConductanceSynapse,
  GapJunction,
  LIF,
  STDPSynapse,
  SpikeGeneratorGroup,
} from '../../models/index';
import { mpiWorld } from '../../runtime/mpi';
import { constant } from '../../runtime/inputs';
import type { MpiWorld } from '../../runtime/mpi';
import type { InstanceValues, Instances } from '../../runtime/instances';
import { loadFixture } from './fixtures';

const dt = 0.1;

/**
 * COBA with delay 0, a projection delay and per-synapse delays, Poisson input, a spike generator
 * and monitors; with `disk`, the monitors record to that folder in chunks of a few steps' room
 * (written out many times in a run).
 */
function coba(disk?: string): Network {
  const E = new CobaLIF(300, { v: uniform(-60, -50), I: 12 });
  const I = new CobaLIF(100, { v: uniform(-60, -50), I: 12 });
  const times = Array.from({ length: 200 }, (_, k) => 0.1 * ((k * 7) % 300));
  const gen = new SpikeGeneratorGroup(70, { times, indices: times.map((_, k) => (k * 13) % 70) });
  const p = fixedProb(0.05);
  const net = new Network({
    E,
    I,
    gen,
    ee: new ExcitatorySynapse(E, E, { connect: p, w: 0.6 }),
    ei: new ExcitatorySynapse(E, I, { connect: p, w: 0.6, delay: 0.3 }),
    ie: new InhibitorySynapse(I, E, { connect: p, w: uniform(3, 7), delay: uniform(0.2, 1.5) }),
    ii: new InhibitorySynapse(I, I, { connect: p, w: 6.7 }),
    ge: new ExcitatorySynapse(gen, E, { connect: fixedProb(0.2), w: 2, delay: uniform(0, 1) }),
  });
  net.poissonInput(E, 'ge', { sources: 50, rate: 20, weight: 0.05 });
  net.poissonInput(I, 'ge', { sources: 40, rate: 15, weight: 0.05, neurons: [1, 50, 99] });
  const onDisk = (bytes: number) => (disk ? { dir: disk, chunkBytes: bytes } : {});
  for (const g of [E, I, gen]) net.monitorSpikes(g, onDisk(8 * g.size + 600));
  net.monitorState(E, ['v', 'ge'], { neurons: [0, 5, 70, 150, 299], every: 2, includeEnd: true, ...onDisk(1000) });
  net.monitorState(I, ['v'], { every: 5, ...onDisk(8 * 100 * 7) });
  return net;
}

/**
 * COBA whose every delay is at least 1.5 ms (15 steps): the processes exchange the spikes of 15
 * steps at once. Projection delays, per-synapse delays from 1.5 ms on, a spike generator, Poisson
 * input and monitors; with `burst`, also a monitored generator of 20 neurons that spike in every
 * step: 6000 spikes, more than their monitor's first chunk of 4096 holds, so that the driver,
 * short of room for 16 steps of them, exchanges early.
 */
function delayed(burst = false): Network {
  const E = new CobaLIF(300, { v: uniform(-60, -50), I: 12 });
  const I = new CobaLIF(100, { v: uniform(-60, -50), I: 12 });
  const times = Array.from({ length: 200 }, (_, k) => 0.1 * ((k * 7) % 300));
  const gen = new SpikeGeneratorGroup(70, { times, indices: times.map((_, k) => (k * 13) % 70) });
  const p = fixedProb(0.05);
  const steps = Array.from({ length: burst ? 6000 : 0 }, (_, k) => Math.floor(k / 20));
  const B = new SpikeGeneratorGroup(20, { times: steps.map((s) => s * dt), indices: steps.map((_, k) => k % 20) });
  const bursting: Record<string, NeuronGroup | ExcitatorySynapse> = burst
    ? { B, bi: new ExcitatorySynapse(B, I, { connect: fixedProb(0.5), w: 0.01, delay: 2 }) }
    : {};
  const net = new Network({
    ...bursting,
    E,
    I,
    gen,
    ee: new ExcitatorySynapse(E, E, { connect: p, w: 0.6, delay: 1.5 }),
    ei: new ExcitatorySynapse(E, I, { connect: p, w: 0.6, delay: 2 }),
    ie: new InhibitorySynapse(I, E, { connect: p, w: uniform(3, 7), delay: uniform(1.5, 3) }),
    ii: new InhibitorySynapse(I, I, { connect: p, w: 6.7, delay: 1.5 }),
    ge: new ExcitatorySynapse(gen, E, { connect: fixedProb(0.2), w: 2, delay: uniform(1.5, 2.5) }),
  });
  net.poissonInput(E, 'ge', { sources: 50, rate: 20, weight: 0.05 });
  for (const g of [E, I, gen]) net.monitorSpikes(g);
  net.monitorState(E, ['v', 'ge'], { neurons: [0, 5, 70, 150, 299], every: 2, includeEnd: true });
  if (burst) net.monitorSpikes(B);
  return net;
}

/** STDP (onPre and onPost, per-synapse traces, monitored) and a per-target conductance with its own dynamics. */
function plastic(): Network {
  const pre = new CobaLIF(200, { v: uniform(-60, -50), I: 15 });
  const post = new CobaLIF(150, { v: uniform(-60, -50), I: 11 });
  const drive = new LIF(130, { V: uniform(-65, -50) });
  const target = new LIF(140, { V: uniform(-65, -50) });
  const net = new Network({
    pre,
    post,
    drive,
    target,
    stdp: new STDPSynapse(pre, post, { connect: fixedProb(0.1), delay: 0.2, w: uniform(0, 0.5), wmax: 1, dApre: 0.02, dApost: -0.021 }),
    ampa: new ExpConductanceSynapse(drive, target, { connect: fixedProb(0.05), w: 0.08, delay: 0.5 }),
  });
  net.input(drive, 'I', constant(18));
  net.input(target, 'I', constant(12));
  for (const g of [pre, post, drive, target]) net.monitorSpikes(g);
  net.monitorState(net.projections.get('ampa')!, ['g'], { neurons: [0, 64, 100, 139], every: 3 });
  // per-synapse variables: some synapses (each held by one process), and every synapse
  const stdp = net.projections.get('stdp')!;
  net.monitorState(stdp, ['w', 'apre'], { synapses: [2500, 0, 17, 1499, 1500, 640], every: 2, includeEnd: true });
  net.monitorState(stdp, ['w'], { every: 25, name: 'allWeights' });
  return net;
}

type SynapseClass = new (
  pre: NeuronGroup,
  post: NeuronGroup,
  opts: { connect: Connector; [k: string]: Initializer | Connector },
) => Synapse;

/**
 * Synapse code that draws random numbers (test/fixtures/network/reference.ts), keyed by each
 * synapse's index in the connector's list: NoisySynapse draws in onPre, onPost and everyStep,
 * with per-synapse delays, and from a list in an order of its own (fromArrays, whose share on a
 * process keeps the list indices); UnreliableSynapse in onPre and in its per-target update.
 */
function noisy(): Network {
  const { NoisySynapse, UnreliableSynapse } =
    loadFixture<Record<'NoisySynapse' | 'UnreliableSynapse', SynapseClass>>('network/reference.ts');
  const source = new LIF(200, { V: uniform(-65, -50) });
  const target = new LIF(150, { V: uniform(-65, -50) });
  // 900 pairs of target onto target, listed neither by source nor by target
  const listed = Array.from({ length: 900 }, (_, x) => [(x * 37) % 150, (x * 61 + (x >> 4)) % 150]);
  const net = new Network({
    source,
    target,
    noisy: new NoisySynapse(source, target, { connect: fixedProb(0.1), delay: uniform(0.2, 1.5), w: uniform(0.2, 0.6) }),
    listed: new NoisySynapse(target, target, {
      connect: fromArrays(
        listed.map(([i]) => i),
        listed.map(([, j]) => j),
      ),
      delay: 0.3,
      w: 0.3,
    }),
    unreliable: new UnreliableSynapse(source, target, { connect: fixedProb(0.05), delay: 0.5 }),
  });
  net.input(source, 'I', constant(18));
  net.input(target, 'I', constant(12));
  for (const g of [source, target]) net.monitorSpikes(g);
  return net;
}

/**
 * Rows sorted by delay (runtime/delay-rows.ts): dense projections with normal per-synapse delays,
 * one of whose code draws random numbers (keyed by the list order that the sort moves with the
 * synapses) and changes its weights (a per-synapse monitor records them).
 */
function sorted(): Network {
  const { NoisySynapse } = loadFixture<Record<'NoisySynapse', SynapseClass>>('network/reference.ts');
  const source = new LIF(200, { V: uniform(-65, -50) });
  const target = new LIF(150, { V: uniform(-65, -50) });
  const net = new Network({
    source,
    target,
    noisy: new NoisySynapse(source, target, { connect: fixedProb(0.5), delay: normal(1, 0.4, { min: 0.1 }), w: uniform(0.01, 0.05) }),
    recurrent: new NoisySynapse(target, target, { connect: fixedProb(0.4), delay: normal(0.6, 0.2, { min: 0.1 }), w: 0.02 }),
  });
  net.input(source, 'I', constant(18));
  net.input(target, 'I', constant(12));
  for (const g of [source, target]) net.monitorSpikes(g);
  net.monitorState(net.projections.get('noisy')!, ['w'], { synapses: [0, 17, 5000, 12000] });
  return net;
}

/** Stops the case when a projection that should be delivered from rows sorted by delay is not. */
function mustBeSorted(net: Network): void {
  for (const [name, syn] of net.projections)
    if (!net.projection(syn).delayRows) throw new Error(`projection ${name} is not sorted by delay: the case tests nothing`);
}

/**
 * A LIF group whose neuron 250 (on the last of 3 processes) overflows to inf - inf: its V is NaN
 * after the first step.
 */
function failing(): Network {
  const at250 = (value: number, others: number) => Array.from({ length: 300 }, (_, i) => (i === 250 ? value : others));
  const G = new LIF(300, { V_rest: at250(-1.7e308, -65), R: at250(1e308, 1), V: at250(1.7e308, -60) });
  const net = new Network({ G });
  net.input(G, 'I', constant(18));
  return net;
}

/** Gap junctions: everyStep reads pre.V, the state of neurons another process holds. */
function gaps(): Network {
  const G = new LIF(200, { V: uniform(-65, -50) });
  return new Network({ G, gap: new GapJunction(G, G, { connect: fixedProb(0.02), w: 0.02 }) });
}

/**
 * The template of 3 instances (net.instances) whose combined groups the processes cut inside and
 * across instances; L's weighted input to every neuron is an instance's input that a process holds
 * only part of.
 */
function instanced(): Network {
  const E = new CobaLIF(200, { v: uniform(-60, -50), I: 25 });
  const I = new CobaLIF(60, { v: uniform(-60, -50), I: 12 });
  const L = new LIF(130, { V: uniform(-65, -50) });
  const net = new Network({
    E,
    I,
    L,
    ee: new ExcitatorySynapse(E, E, { connect: fixedProb(0.05), w: 0.6, delay: uniform(0.5, 1) }),
    ei: new ExcitatorySynapse(E, I, { connect: fixedProb(0.1), w: 0.6 }),
    ie: new InhibitorySynapse(I, E, { connect: fixedProb(0.1), w: 1, delay: 0.5 }),
  });
  net.poissonInput(E, 'ge', { sources: 50, rate: 40, weight: 0.1 });
  net.input(L, 'I', constant(16), { weights: Array.from({ length: 130 }, (_, i) => 0.8 + (i % 7) * 0.1) });
  net.monitorSpikes(E);
  net.monitorState(E, ['v'], { neurons: [0, 99, 199], every: 3, includeEnd: true });
  net.monitorState(L, ['V'], { neurons: [0, 64, 129], every: 2 });
  return net;
}

/** The cases run as instances of their network, with these values per instance. */
const INSTANCES: Record<string, InstanceValues> = { instances: { seed: [5, 6, 6], 'E.taum': [20, 17, 23] } };

/** What a case changes halfway through its run: coba's E gets a threshold per neuron (net.set writes each process's range), plastic's STDP a bound per synapse. */
const MIDWAY: Record<string, (net: Network) => void> = {
  sorted: mustBeSorted,
  disk: (net) => MIDWAY.coba(net),
  coba: (net) => net.set(net.groups.get('E')!, { Vt: Float64Array.from({ length: 300 }, (_, i) => -50 - (i % 7) * 0.4) }),
  // a projection's parameters: one per synapse of the connector's list (each process writes those it holds), and one for all
  plastic: (net) => {
    const stdp = net.projections.get('stdp')!;
    const n = net.synapses(stdp).pre.length;
    net.set(stdp, { wmax: Float64Array.from({ length: n }, (_, x) => 0.4 + (x % 11) * 0.05), dApre: 0.03 });
  },
};

const CASES: Record<string, () => Network> = {
  instances: instanced,
  coba: () => coba(),
  disk: () => coba(process.env.DISK_DIR),
  delayed,
  delayedBurst: () => delayed(true),
  plastic,
  noisy,
  sorted,
  failing,
  gaps,
};

/**
 * The cases that save a checkpoint halfway (every process together, process 0 writing it), then
 * load it into their network built afresh and run on: COBA (per-synapse delays, so delay queues;
 * a spike generator's events; spike and state monitors), STDP (per-synapse state) and rows sorted
 * by delay (the spikes on their way in the rings).
 */
const CHECKPOINTED: Record<string, () => Network> = { checkpoint: () => coba(), checkpointPlastic: plastic, checkpointSorted: sorted };

/**
 * Runs `make`'s network for 15 ms and saves it to `file` (or CHECKPOINT_OUT), then builds the
 * network again and loads the checkpoint into it; with CHECKPOINT_IN, loads that checkpoint
 * instead (saved by another number of processes).
 */
async function fromCheckpoint(make: () => Network, file: string, options: RunOptions): Promise<Network> {
  const saved = process.env.CHECKPOINT_IN ?? process.env.CHECKPOINT_OUT ?? file;
  if (!process.env.CHECKPOINT_IN) {
    const first = make();
    await first.run(15, options);
    first.save(saved);
  }
  const net = make();
  await net.run(0, options);
  await net.load(saved);
  return net;
}

const bits = (a: ArrayLike<number>) => Buffer.from(Float64Array.from(a).buffer).toString('base64');

/** Each instance's state, spike counts, spikes and state rows, as the runs of `runs` put them together (collectives, as on every process). */
function instanceResults(runs: Instances): Record<string, string> {
  const out: Record<string, string> = {};
  for (let k = 0; k < runs.count; k++) {
    for (const [g, group] of runs.groups) {
      for (const [f, a] of runs.state(k, group)) out[`${k}: ${g}.${f}`] = bits(a);
      out[`${k}: ${g}.spikeCount`] = bits([runs.spikeCount(k, group)]);
    }
    for (const m of runs.spikeMonitors) out[`spikes of ${k}: ${m.name}`] = bits(runs.spikes(k, m).indices);
    for (const m of runs.stateMonitors) for (const v of m.variables) out[`trace ${k}: ${m.name}.${v}`] = bits(runs.stateRows(k, m, v));
  }
  return out;
}

async function main(): Promise<void> {
  const [name, dir] = process.argv.slice(2);
  const w = mpiWorld();
  // PRECISION=float32: state, weights and recordings in float32, gathered across processes as such
  const precision = process.env.PRECISION === 'float32' ? 'float32' : 'float64';
  const options = { dt, seed: 3, threads: Number(process.env.THREADS ?? 1), precision } as const;
  if (INSTANCES[name]) {
    const runs = CASES[name]().instances(3, INSTANCES[name]);
    w?.exchangeStats();
    await runs.run(30, options);
    const exchanges = w?.exchangeStats().exchanges ?? 0;
    writeResults(dir, w, exchanges, runs.network, instanceResults(runs));
    return;
  }
  w?.exchangeStats();
  const net = CHECKPOINTED[name] ? await fromCheckpoint(CHECKPOINTED[name], `${dir}.npz`, options) : CASES[name]();
  if (!CHECKPOINTED[name]) {
    await net.run(15, options);
    MIDWAY[name]?.(net);
  }
  await net.run(15, options);
  const exchanges = w?.exchangeStats().exchanges ?? 0;
  const out: Record<string, string> = {};
  for (const [g, group] of net.groups) {
    for (const [f, a] of net.state(group).arrays) out[`${g}.${f}`] = bits(a);
    out[`${g}.spikeCount`] = bits([net.spikeCount(group as NeuronGroup)]);
  }
  for (const [p, syn] of net.projections) {
    const s = net.projection(syn);
    const list = Array.from(s.csr.col, (_, k) => (s.csr.order ? s.csr.order[k] : k));
    out[`${p}.list`] = bits(list);
    for (const [f, a] of s.arrays) {
      // per-target arrays hold the process's targets: net.synapseState puts them together
      const perTarget = syn.model.ir.fields.find((x) => x.name === f)?.role === 'target';
      out[`${p}.${perTarget ? 'target' : 'synapse'}.${f}`] = bits(perTarget ? net.synapseState(syn, f) : a);
      // and a per-synapse one from every process's synapses, in the list's order
      if (!perTarget) out[`${p}.whole ${f}`] = bits(net.synapseState(syn, f));
    }
    const { pre, post } = net.synapses(syn);
    out[`${p}.synapses`] = bits([...pre, ...post]);
  }
  // a disk monitor's recording is in its files, which the test reads
  for (const m of net.spikeMonitors) if (!m.files.length) out[`spikes of ${m.name}`] = bits(m.pairs);
  for (const m of net.stateMonitors) {
    if (m.files.length) continue;
    for (const v of m.variables) out[`trace ${m.name}.${v}`] = bits(m.values(v));
    if (m.synapsePairs) out[`synapses of ${m.name}`] = bits(m.synapsePairs);
  }
  writeResults(dir, w, exchanges, net, out);
}

/**
 * DIR/rank-R.json: the results, the exchanges, how many neurons of each group this process's
 * memory holds, the element size of net.state's arrays, and the spikes each spike monitor holds
 * here of all it recorded.
 */
function writeResults(dir: string, w: MpiWorld | undefined, exchanges: number, net: Network, out: Record<string, string>): void {
  const held = Object.fromEntries(
    [...net.groups].map(([g, group]) => [
      g,
      {
        size: group.size,
        lengths: [...net.localState(group).arrays.values()].map((a) => a.length),
        elementBytes: [...net.state(group).arrays.values()].map((a) => a.BYTES_PER_ELEMENT),
      },
    ]),
  );
  const spikesHeld = Object.fromEntries(net.spikeMonitors.map((m) => [m.name, { held: m.held, count: m.count }]));
  writeFileSync(join(dir, `rank-${w?.rank ?? 0}.json`), JSON.stringify({ size: w?.size ?? 1, exchanges, held, spikesHeld, out }));
}

void main();
