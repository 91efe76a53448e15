// Monitors that record to disk (`dir`): their NPY files grow as the run goes, valid after every
// native call, while memory holds one chunk of at most chunkBytes; the files hold exactly what an
// in-memory monitor records for the same runs (repeated runs continue them), and numpy reads them.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network } from '../index';
import type { NeuronGroup, SpikeMonitor, StateMonitor } from '../index';
import { LIF } from '../models/index';
import { readNpy } from '../runtime/output/npy';
import { writeOutputs } from '../cli/write-outputs';
import { loadFixture } from './helpers/fixtures';

const dt = 0.1;
const seed = 11;
const CHUNK = 64 << 10;

function tempDir(t: ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'braints-disk-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** 2000 noisy LIF neurons (Poisson kicks into V: about 2 spikes per neuron per 10 ms), V and the spikes recorded. */
function noisyNetwork(record: { dir: string; chunkBytes: number } | undefined): { net: Network; spikes: SpikeMonitor; v: StateMonitor } {
  const E = new LIF(2000);
  const net = new Network({ E });
  net.poissonInput(E, 'V', { sources: 1000, rate: 20, weight: 0.2 });
  const spikes = net.monitorSpikes(E, { ...record });
  const v = net.monitorState(E, ['V'], { neurons: Array.from({ length: 300 }, (_, i) => 5 * i), every: 3, includeEnd: true, ...record });
  return { net, spikes, v };
}

/** Whether python3 with numpy is here. */
const numpy = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;

test('a spike monitor on disk keeps one chunk in memory while its file grows to many times that, valid after each call', async (t) => {
  const { Clock } = loadFixture<{ Clock: new (n: number) => NeuronGroup }>('runtime/blowup.ts');
  const n = 1000,
    steps = 3000;
  const cells = new Clock(n);
  const net = new Network({ cells });
  const dir = tempDir(t);
  const m = net.monitorSpikes(cells, { dir, chunkBytes: CHUNK });
  const file = join(dir, 'cells.spikes.npy');
  let largestChunk = 0,
    calls = 0;
  await net.run(steps * dt, {
    dt,
    onProgress: (p) => {
      if (p.phase !== 'run' || p.done === 0) return;
      largestChunk = Math.max(largestChunk, m.chunk.byteLength);
      // what a crash here would leave: a valid file of every spike recorded so far (read now and then: it is large)
      if (calls++ % 50 !== 0) return;
      const rows = readNpy(file).shape[0];
      if (rows + m.filled !== m.count) t.fail(`the file holds ${rows} spikes, the monitor ${m.count - m.filled} written`);
    },
  });
  t.true(calls > 30, `${calls} native calls, one per full chunk`);
  t.true(largestChunk <= CHUNK, `chunk of ${largestChunk} bytes, cap ${CHUNK}`);
  t.is(m.count, n * steps);
  t.true(statSync(file).size > 50 * CHUNK, `file of ${statSync(file).size} bytes`);
  const { data, shape } = readNpy(file);
  t.deepEqual(shape, [n * steps, 2]);
  const bad = Array.from({ length: n * steps }, (_, k) => k).find(
    (k) => data[2 * k] !== Math.floor(k / n) * dt || data[2 * k + 1] !== k % n,
  );
  t.is(bad, undefined, `spike ${bad}: (${data[2 * (bad ?? 0)]}, ${data[2 * (bad ?? 0) + 1]})`);
  t.throws(() => m.times, { message: /monitor cells records to disk.*cells\.spikes\.npy/ });
});

test('disk monitors record what in-memory monitors record, over repeated runs, and numpy reads them', async (t) => {
  const dir = tempDir(t);
  const disk = noisyNetwork({ dir, chunkBytes: CHUNK });
  const memory = noisyNetwork(undefined);
  // a ragged split: runs resume mid-chunk and after an end row (steps 375 and 1377), which the
  // next run records again; the last ends on a row too (step 2001)
  for (const ms of [37.5, 0, 100.2, 62.4]) {
    await disk.net.run(ms, { dt, seed });
    await memory.net.run(ms, { dt, seed });
  }
  t.is(disk.spikes.count, memory.spikes.count);
  t.true(memory.spikes.count * 16 > 20 * CHUNK, `${memory.spikes.count} spikes: many chunks of ${CHUNK} bytes`);
  t.true(disk.spikes.chunk.byteLength <= CHUNK && disk.v.buffers[0].byteLength <= CHUNK, 'chunks within the cap');

  const spikes = readNpy(join(dir, 'E.spikes.npy'));
  t.deepEqual(spikes.shape, [memory.spikes.count, 2]);
  t.deepEqual(spikes.data, memory.spikes.pairs);
  const rows = memory.v.steps.length;
  const V = readNpy(join(dir, 'E.V.npy'));
  t.deepEqual(V.shape, [rows, 300]);
  t.true(rows * 300 * 8 > 5 * CHUNK, `${rows} rows: several chunks`);
  t.deepEqual(V.data, memory.v.values('V'));
  const times = readNpy(join(dir, 'E.t.npy'));
  t.deepEqual(
    times.data,
    Float64Array.from(memory.v.steps, (s) => s * dt),
  );
  t.is(times.data[rows - 1], disk.net.t, 'the end row of the last run, once');

  // writeOutputs copies a disk monitor's files (and draws no plot of them, which would need them in memory)
  const out = tempDir(t);
  const written = await writeOutputs(disk.net, out);
  t.deepEqual(written.sort(), ['E.V.npy', 'E.spikes.npy', 'E.t.npy', 'summary.json']);
  t.deepEqual(readNpy(join(out, 'E.V.npy')).data, V.data);

  if (!numpy) {
    t.log('python3 with numpy is not available: numpy.load of the files not checked');
    return;
  }
  const script = [
    'import numpy, sys',
    `s = numpy.load(sys.argv[1] + '/E.spikes.npy'); v = numpy.load(sys.argv[1] + '/E.V.npy'); tt = numpy.load(sys.argv[1] + '/E.t.npy')`,
    `print(s.shape[0], s.shape[1], v.shape[0], v.shape[1], tt.shape[0], repr(float(s[:, 1].sum())), repr(float(v.sum())))`,
  ].join('\n');
  const py = spawnSync('python3', ['-c', script, dir], { encoding: 'utf8' });
  t.is(py.status, 0, py.stderr);
  const sum = (a: Float64Array, from = 0, stride = 1) => {
    let x = 0;
    for (let k = from; k < a.length; k += stride) x += a[k];
    return x;
  };
  const [ns, two, nr, cols, nt] = py.stdout.trim().split(' ').map(Number);
  t.deepEqual([ns, two, nr, cols, nt], [memory.spikes.count, 2, rows, 300, rows]);
  const [, , , , , si, vs] = py.stdout.trim().split(' ').map(Number);
  t.is(si, sum(memory.spikes.pairs, 1, 2), 'sum of spiking neurons');
  t.true(Math.abs(vs - sum(memory.v.values('V'))) <= 1e-9 * Math.abs(vs), 'sum of V');
});

test('a chunk too small for one step is refused, naming the monitor', (t) => {
  const E = new LIF(2000);
  const net = new Network({ E });
  t.throws(() => net.monitorSpikes(E, { dir: 'out', chunkBytes: 1000 }), {
    message: 'monitor E: chunkBytes 1000 holds 125 spikes, fewer than one step of its 2000 neurons can fire; give at least 16000',
  });
  t.throws(() => net.monitorState(E, ['V'], { chunkBytes: 1000 }), {
    message: 'monitor E: chunkBytes is for recording to disk; give a dir too',
  });
  net.monitorSpikes(E, { dir: 'out' });
  t.throws(() => net.monitorSpikes(E, { name: 'E2', dir: 'out' }), { message: 'E already has a spike monitor' });
});

test('a synapse monitor on disk: weights, times and each column (i, j), in chunks of a few rows', async (t) => {
  const { default: makeStdp } = loadFixture<{ default: () => Network }>('../../examples/stdp.ts');
  const dir = tempDir(t);
  const record = (net: Network, disk: object) =>
    net.monitorState(net.projections.get('plastic')!, ['w'], {
      synapses: [10, 2, 400],
      every: 50,
      includeEnd: true,
      name: 'wsub',
      ...disk,
    });
  const onDisk = makeStdp(),
    inMemory = makeStdp();
  // a row is 3 weights and a time, 32 bytes: a chunk of 3 rows
  record(onDisk, { dir, chunkBytes: 100 });
  const m = record(inMemory, {});
  for (const ms of [50, 50]) {
    await onDisk.run(ms, { dt, seed });
    await inMemory.run(ms, { dt, seed });
  }
  const w = readNpy(join(dir, 'wsub.w.npy'));
  t.deepEqual(w.shape, [21, 3]);
  t.deepEqual(w.data, m.values('w'));
  t.deepEqual(
    readNpy(join(dir, 'wsub.t.npy')).data,
    Float64Array.from(m.steps, (s) => s * dt),
  );
  t.deepEqual(readNpy(join(dir, 'wsub.synapses.npy')).data, Float64Array.from(m.synapsePairs!));
});

test('checkpoints and reset refuse a network with a monitor on disk, naming it and its file', async (t) => {
  const dir = tempDir(t);
  const { net } = noisyNetwork({ dir, chunkBytes: CHUNK });
  await net.run(1, { dt, seed });
  const refused = (what: string) => ({ message: new RegExp(`^${what}: monitor E records to disk \\(.*E\\.spikes\\.npy`) });
  t.throws(() => net.reset(), refused('net\\.reset\\(\\)'));
  t.throws(() => net.save(join(dir, 'ck.npz')), refused('net\\.save\\(\\)'));
  await t.throwsAsync(net.load(join(dir, 'ck.npz')), refused('net\\.load\\(\\)'));
});
