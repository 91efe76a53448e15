// State monitors of projections (per-synapse and per-target variables) and the end row
// (includeEnd): recorded natively, compared with the projection's arrays, the JavaScript network
// executor sample by sample, a group monitor run one step longer, and written as NPY files.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network, runNetworkReference, constant, fixedProb, uniform } from '../index';
import type { StateMonitor, Synapse } from '../index';
import { LIF, ExpConductanceSynapse } from '../models/index';
import { readNpy } from '../runtime/output/npy';
import { summarize, writeOutputs } from '../cli/outputs';
import { loadFixture } from './helpers/fixtures';

const dt = 0.1;
const seed = 3;
/** 300 ms of the STDP example: about 4500 input spikes and a few output spikes reach the weights. */
const STEPS = 3000;

const { default: makeStdp } = loadFixture<{ default: () => Network }>('../../examples/stdp.ts');

function stdp(): { net: Network; plastic: Synapse } {
  const net = makeStdp();
  return { net, plastic: net.projections.get('plastic')! };
}

/** Asserts that two traces agree to `tolerance` (relative, as the network reference test). */
function close(t: ExecutionContext, native: Float64Array, js: Float64Array, what: string, tolerance = 1e-9): void {
  t.is(native.length, js.length, `${what}: rows x columns`);
  const bad = Array.from(native).findIndex((x, i) => !(Math.abs(x - js[i]) <= tolerance * Math.max(1, Math.abs(js[i]))));
  t.is(bad, -1, bad < 0 ? what : `${what}[${bad}]: native ${native[bad]} vs JavaScript ${js[bad]}`);
}

/** Column c of every row of a monitor's variable. */
function column(m: StateMonitor, v: string, c: number): number[] {
  const all = m.values(v);
  return Array.from({ length: m.steps.length }, (_, r) => all[r * m.count + c]);
}

test('STDP weights over time: every synapse, a subset every 7 steps; equal to the JavaScript executor and to the final arrays', async (t) => {
  const { net, plastic } = stdp();
  const all = net.monitorState(plastic, ['w'], { every: 10, includeEnd: true, name: 'all' });
  const some = net.monitorState(plastic, ['w', 'apre'], { synapses: [999, 0, 7, 500], every: 7, name: 'some' });
  await net.run(0, { dt, seed });
  const ref = runNetworkReference(net, { steps: STEPS });
  await net.run(STEPS * dt);

  const p = net.projection(plastic);
  const w = p.arrays.get('w')!;
  t.is(all.count, 1000);
  t.deepEqual(
    all.steps,
    Array.from({ length: STEPS / 10 + 1 }, (_, r) => 10 * r),
    'rows at 0, 10, ..., 3000 (the end)',
  );
  const last = all.values('w').subarray((all.steps.length - 1) * 1000);
  t.deepEqual(Array.from(last), Array.from(w), 'the end row is the projection after the run');
  const first = all.values('w').subarray(0, 1000);
  t.true(
    first.some((x, k) => x !== w[k]),
    'the weights changed during the run',
  );
  // synapse k of the list is input k -> the one cell: sorted by presynaptic, then postsynaptic neuron
  t.deepEqual(
    Array.from(all.synapsePairs!),
    Array.from({ length: 2000 }, (_, x) => (x % 2 ? 0 : x / 2)),
  );
  close(t, all.values('w'), ref.monitors[net.stateMonitors.indexOf(all)].values.w, 'all.w');

  t.deepEqual(
    some.steps,
    Array.from({ length: Math.ceil(STEPS / 7) }, (_, r) => 7 * r),
    'rows every 7 steps, the end excluded',
  );
  t.deepEqual(Array.from(some.synapsePairs!), [999, 0, 0, 0, 7, 0, 500, 0]);
  const refSome = ref.monitors[net.stateMonitors.indexOf(some)];
  close(t, some.values('w'), refSome.values.w, 'some.w');
  close(t, some.values('apre'), refSome.values.apre, 'some.apre');
  // the subset's columns are the full monitor's columns at the common steps (multiples of 70)
  [999, 0, 7, 500].forEach((k, c) => {
    const inAll = column(all, 'w', k).filter((_, r) => all.steps[r] % 70 === 0);
    const inSome = column(some, 'w', c).filter((_, r) => some.steps[r] % 70 === 0);
    t.deepEqual(inSome, inAll, `synapse ${k}`);
  });
  t.true(net.spikeCount(net.groups.get('cell')!) > 0, 'the cell fired, so onPost changed weights too');
});

/** Two LIF groups joined by exponential conductances: `g` is per target neuron. */
function conductances(): { net: Network; syn: Synapse } {
  const source = new LIF(80, { V: uniform(-65, -50) });
  const target = new LIF(30, { V: uniform(-65, -50) });
  const syn = new ExpConductanceSynapse(source, target, { connect: fixedProb(0.2), w: uniform(0.05, 0.2) });
  const net = new Network({ source, target, syn });
  net.input(source, 'I', constant(18));
  net.input(target, 'I', constant(11));
  return { net, syn };
}

test('a per-target (@target) monitor records target neurons, as the JavaScript executor', async (t) => {
  const { net, syn } = conductances();
  const g = net.monitorState(syn, ['g'], { neurons: [29, 0, 13], includeEnd: true });
  const allTargets = net.monitorState(syn, ['g'], { every: 5, name: 'targets' });
  await net.run(0, { dt, seed });
  const ref = runNetworkReference(net, { steps: 400 });
  await net.run(40);
  t.is(g.synapsePairs, undefined);
  t.is(g.count, 3);
  t.is(allTargets.count, 30);
  close(t, g.values('g'), ref.monitors[0].values.g, 'g of 29, 0, 13');
  close(t, allTargets.values('g'), ref.monitors[1].values.g, 'g of every target');
  const end = net.projection(syn).arrays.get('g')!;
  t.deepEqual(Array.from(g.values('g').subarray(3 * 400)), [end[29], end[0], end[13]], 'the end row');
  t.true(
    g.values('g').some((x) => x > 0),
    'spikes arrived',
  );
});

test('includeEnd: the rows of a run of N steps are those of a run of N + 1 steps without it; several runs add no duplicate row', async (t) => {
  const record = async (includeEnd: boolean, runs: number[]) => {
    const { net, plastic } = stdp();
    const cell = net.groups.get('cell')!;
    const v = net.monitorState(cell, ['v', 'ge'], { every: 4, includeEnd, name: 'v' });
    const w = net.monitorState(plastic, ['w'], { synapses: [3, 600], every: 4, includeEnd, name: 'w' });
    for (const steps of runs) await net.run(steps * dt, { dt, seed });
    return { v, w };
  };
  const withEnd = await record(true, [400]);
  const oneMore = await record(false, [401]);
  t.deepEqual(
    withEnd.v.steps,
    Array.from({ length: 101 }, (_, r) => 4 * r),
    't = 0, 0.4, ..., 40 ms',
  );
  t.deepEqual(withEnd.v.steps, oneMore.v.steps);
  t.deepEqual(Array.from(withEnd.v.values('v')), Array.from(oneMore.v.values('v')), 'v');
  t.deepEqual(Array.from(withEnd.w.values('w')), Array.from(oneMore.w.values('w')), 'w');
  // ge, which the synapses add into after the neurons advance: nothing of step N adds into it before its row is read
  t.deepEqual(Array.from(withEnd.v.values('ge')), Array.from(oneMore.v.values('ge')), 'ge');

  const pieces = await record(true, [100, 0, 150, 150]);
  t.deepEqual(pieces.v.steps, withEnd.v.steps, 'run(10); run(0); run(15); run(15) has the rows of run(40)');
  t.deepEqual(Array.from(pieces.v.values('v')), Array.from(withEnd.v.values('v')));
  t.deepEqual(Array.from(pieces.w.values('w')), Array.from(withEnd.w.values('w')));
  // an end off the every-4 grid adds no row
  const offGrid = await record(true, [402]);
  t.is(offGrid.v.steps[offGrid.v.steps.length - 1], 400);
});

test('the NPY files of a synapse monitor: values (samples x synapses), times, and the (i, j) of each column', async (t) => {
  const { net, plastic } = stdp();
  const m = net.monitorState(plastic, ['w'], { synapses: [10, 2, 400], every: 50, includeEnd: true, name: 'wsub' });
  await net.run(100, { dt, seed });
  const dir = mkdtempSync(join(tmpdir(), 'braints-monitors-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const written = await writeOutputs(net, summarize(net, 100), dir, false);
  t.true(written.includes('wsub.synapses.npy'));
  const w = readNpy(join(dir, 'wsub.w.npy'));
  t.deepEqual(w.shape, [21, 3]);
  t.deepEqual(Array.from(w.data), Array.from(m.values('w')));
  const times = readNpy(join(dir, 'wsub.t.npy'));
  t.deepEqual(
    Array.from(times.data),
    Array.from({ length: 21 }, (_, r) => r * 50 * dt),
  );
  const pairs = readNpy(join(dir, 'wsub.synapses.npy'));
  t.deepEqual(pairs.shape, [3, 2]);
  t.deepEqual(Array.from(pairs.data), [10, 0, 2, 0, 400, 0]);
  t.regex(readFileSync(join(dir, 'wsub.synapses.npy')).toString('latin1', 0, 64), /'descr': '<i4'/, 'int32');
});

test('bad monitor input is one clear error naming the projection and variable', async (t) => {
  const { net, plastic } = stdp();
  t.throws(() => net.monitorState(plastic, ['weight']), {
    message: /^projection plastic \(STDPSynapse\) has no variable weight; per synapse: .*\bw\b.*; per target neuron: none$/,
  });
  t.throws(() => net.monitorState(plastic, ['post.ge']), {
    message: /projection plastic: post\.ge is a variable of its postsynaptic group/,
  });
  t.throws(() => net.monitorState(plastic, ['w'], { neurons: [0] }), {
    message: /w of projection plastic are per synapse; choose synapses/,
  });
  t.throws(() => net.monitorState(plastic, ['w'], { synapses: [-1] }), { message: /synapse -1 of projection plastic is not an index/ });
  t.throws(() => net.monitorState(net.groups.get('cell')!, ['v'], { synapses: [0] }), { message: /choose them with \{ neurons/ });
  net.monitorState(plastic, ['w', 'apost'], { synapses: [5, 1000], name: 'wide' });
  await t.throwsAsync(net.run(1, { dt, seed }), {
    message: 'monitor wide (w, apost of projection plastic): synapse 1000 is outside its 1000 synapses (0 to 999)',
  });
  const { net: net2, syn } = conductances();
  t.throws(() => net2.monitorState(syn, ['g', 'w']), { message: /g, w mix per-synapse and per-target/ });
  t.throws(() => net2.monitorState(syn, ['g'], { neurons: [30] }), {
    message: /neuron 30 is outside the target group of projection syn \(size 30\)/,
  });
});
