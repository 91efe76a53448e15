// Checkpoints (net.save / net.load, runtime/checkpoint.ts) and net.reset (runtime/initial-state.ts).
// A run of T ms, saved, loaded by a new process and run T ms more must equal, bit for bit, a run of
// 2T ms in one process: every array, spike and monitor row. The network (test/helpers/checkpoint-network.ts)
// is a small COBA network under Poisson input and events, with a projection delay and per-synapse
// delays (STDP among them) on two threads, saved while its rings and delay queues hold spikes.
import test from 'ava';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network } from '../index';
import { CubaLIF } from '../models/index';
import { BraintsError } from '../runtime/errors';
import { readCheckpoint } from '../runtime/checkpoint';
import { bits, dt, makeNetwork, outcome, seed, threads } from './helpers/checkpoint-network';
import { twoColumns } from './helpers/dealt-network';

const SCRIPT = join(__dirname, 'helpers', 'checkpoint-network.js');
const T = 10; // ms: at 10 ms the network's delay queues and spike rings are full of spikes on their way
const dir = mkdtempSync(join(tmpdir(), 'braints-checkpoint-'));
test.after.always(() => rmSync(dir, { recursive: true, force: true }));

/** Saves the network after T ms from a process of its own; the path of the checkpoint. */
function savedInChild(name: string): string {
  const file = join(dir, name);
  execFileSync(process.execPath, [SCRIPT, 'save', String(T), file], { stdio: 'pipe' });
  return file;
}

test('T ms, save, load in a new process, T ms: bit for bit a run of 2T ms in one process', async (t) => {
  const file = savedInChild('half.npz');
  const ck = readCheckpoint(file);
  t.is(ck.manifest.step, T / dt);
  // what the test depends on to mean anything: spikes waiting in the rings and the delay queues
  for (const p of ['EE', 'IE'])
    t.true(ck.arrays.get(`projections/${p}/queue_items`)!.data.length > 0, `${p}'s queues hold spikes at ${T} ms`);
  t.true(
    [...(ck.arrays.get('groups/E/ring_counts')!.data as BigInt64Array)].some((c) => c > 0n),
    "E's ring holds spikes",
  );

  const out = join(dir, 'continued.json');
  execFileSync(process.execPath, [SCRIPT, 'load', String(T), file, out], { stdio: 'pipe' });
  const continued = JSON.parse(readFileSync(out, 'utf8')) as { bits: Record<string, string>; spikes: number[] };

  const whole = makeNetwork();
  await whole.run(2 * T, { dt, seed, threads });
  const expected = bits(outcome(whole));
  t.deepEqual(Object.keys(continued.bits).sort(), Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) t.is(continued.bits[k], v, `${k} differs`);
  t.deepEqual(
    continued.spikes,
    whole.spikeMonitors.map((m) => m.count),
  );
  t.true(
    whole.spikeMonitors.every((m) => m.count > 100),
    'both groups spike',
  );
});

test('numpy.load opens a checkpoint: one array per state, and the manifest', async (t) => {
  const file = savedInChild('numpy.npz');
  const py = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'pipe' });
  if (py.status !== 0) {
    t.log('python3 with numpy is not available: numpy readability not checked');
    t.pass();
    return;
  }
  const net = makeNetwork();
  await net.run(T, { dt, seed, threads });
  const script = [
    'import sys, json, numpy as np',
    'z = np.load(sys.argv[1])',
    "m = json.loads(bytes(z.zip.read('manifest.json')))",
    "print(json.dumps({'step': m['step'], 'v': z['groups/E/v'].tolist(), 'w': z['projections/EE/w'].tolist(), 'spikes': z['spike_monitors/0/step_neuron'].shape, 'ring': z['groups/E/ring'].shape}))",
  ].join('\n');
  const r = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, unknown>;
  t.is(r.step, T / dt);
  t.deepEqual(r.v, Array.from(net.state(net.groups.get('E')!).arrays.get('v')!));
  t.deepEqual(r.w, Array.from(net.projection(net.projections.get('EE')!).arrays.get('w')!));
  t.deepEqual(r.spikes, [net.spikeMonitors[0].count, 2]);
  t.deepEqual(r.ring, [net.state(net.groups.get('E')!).ringSlots, 160]);
});

test('a checkpoint of another layout or model is refused, saying what differs', async (t) => {
  const file = savedInChild('other.npz');
  const smaller = makeNetwork({ E: 150, I: 40 });
  const e = await t.throwsAsync(() => smaller.load(file), { instanceOf: BraintsError });
  t.regex(e!.message, /is of another network \(group E: size: 160 there, 150 here\)/);
  t.notRegex(e!.message, /\n/);

  const other = makeNetwork(undefined, CubaLIF);
  const m = await t.throwsAsync(() => other.load(file), { instanceOf: BraintsError });
  t.regex(m!.message, /group I: model: CobaLIF there, CubaLIF here/);

  const built = makeNetwork();
  await built.run(1, { dt, seed: seed + 1, threads });
  const s = await t.throwsAsync(() => built.load(file), { instanceOf: BraintsError });
  t.regex(s!.message, /seed: 7 there, 8 here/);
});

test('save writes atomically, replacing the previous checkpoint and leaving no temporary file', async (t) => {
  const net = makeNetwork();
  await net.run(1, { dt, seed, threads });
  const file = join(dir, 'atomic', 'x.npz');
  t.throws(() => net.save(file), undefined, 'a folder that does not exist');
  const here = join(dir, 'twice.npz');
  net.save(here);
  await net.run(1);
  net.save(here);
  t.is(readCheckpoint(here).manifest.step, 2 / dt);
  t.deepEqual(
    readdirSync(dir).filter((f) => f.includes('twice')),
    ['twice.npz'],
  );
  t.throws(() => new Network({}).save(here), { instanceOf: BraintsError, message: /call run\(\) first/ });
});

test('reset: the same run again, the same draws, nothing compiled or built', async (t) => {
  const net = makeNetwork();
  await net.run(T, { dt, seed, threads });
  const first = bits(outcome(net));
  const { compileSeconds, buildSeconds } = net.timing;
  net.reset();
  t.is(net.stepIndex, 0);
  t.true(net.spikeMonitors.every((m) => m.count === 0));
  await net.run(T);
  t.is(net.timing.compileSeconds - compileSeconds, 0, 'the second run compiles nothing');
  t.is(net.timing.buildSeconds - buildSeconds, 0, 'and builds nothing');
  const second = bits(outcome(net));
  for (const [k, v] of Object.entries(first)) t.is(second[k], v, `${k} differs after reset`);
});

for (const other of [1, 3]) {
  test(`a checkpoint saved on ${threads} threads loads into the network built on ${other}, and continues bit for bit`, async (t) => {
    const file = savedInChild(`threads-${other}.npz`);
    const net = makeNetwork();
    await net.run(0, { dt, seed, threads: other });
    await net.load(file);
    t.is(net.threads, other);
    if (other > 1) {
      // each thread's delay queues hold what they hold in a network that ran on `other` threads all along
      const direct = makeNetwork();
      await direct.run(T, { dt, seed, threads: other });
      direct.save(join(dir, `direct-${other}.npz`));
      net.save(join(dir, `loaded-${other}.npz`));
      const [a, b] = [readCheckpoint(join(dir, `direct-${other}.npz`)), readCheckpoint(join(dir, `loaded-${other}.npz`))];
      for (const p of ['EE', 'IE'])
        for (const q of ['queue_counts', 'queue_items'])
          t.deepEqual(b.arrays.get(`projections/${p}/${q}`)!.data, a.arrays.get(`projections/${p}/${q}`)!.data, `${p} ${q}`);
    }
    await net.run(T);
    const whole = makeNetwork();
    await whole.run(2 * T, { dt, seed, threads });
    const expected = bits(outcome(whole));
    const got = bits(outcome(net));
    for (const [k, v] of Object.entries(expected)) t.is(got[k], v, `${k} differs`);
  });
}

test('a checkpoint of target groups dealt to the threads loads on 1, 2 and 3 threads, and continues bit for bit', async (t) => {
  const saved = twoColumns();
  await saved.run(T, { dt, seed, threads: 2 });
  t.not(saved.projection(saved.projections.get('BA')!).deliveredBy, undefined, 'dealt on two threads');
  const file = join(dir, 'dealt.npz');
  saved.save(file);
  const ck = readCheckpoint(file);
  for (const p of ['BA', 'BB'])
    t.true(ck.arrays.get(`projections/${p}/queue_items`)!.data.length > 0, `${p}'s queues hold spikes at ${T} ms`);
  const whole = twoColumns();
  await whole.run(2 * T, { dt, seed, threads: 2 });
  const expected = bits(outcome(whole));
  for (const other of [1, 2, 3]) {
    const net = twoColumns();
    await net.run(0, { dt, seed, threads: other });
    await net.load(file);
    await net.run(T);
    const got = bits(outcome(net));
    for (const [k, v] of Object.entries(expected)) t.is(got[k], v, `${k} differs on ${other} threads`);
  }
});
