// precision: 'float32' (docs/precision.md) as users meet it: the option and the flag (a bad value
// is one line naming it), what is stored (float32 arrays, monitors widening them exactly), what
// summary.json says, and checkpoints that refuse another precision's state.
import test from 'ava';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Network, fixedProb, uniform } from '../index';
import { CobaLIF, ExcitatorySynapse } from '../models/index';
import { readNpy } from '../runtime/output/npy';
import { ROOT } from './helpers/fixtures';

const exec = promisify(execFile);
const BIN = join(ROOT, 'bin', 'braints.js');

function small(): { net: Network; E: CobaLIF; ee: ExcitatorySynapse } {
  const E = new CobaLIF(100, { v: uniform(-60, -50), I: 12 });
  const ee = new ExcitatorySynapse(E, E, { connect: fixedProb(0.1), w: uniform(0.2, 0.8), delay: 0.2 });
  return { net: new Network({ E, ee }), E, ee };
}

test('a bad precision is one line naming the option; the first run fixes it', async (t) => {
  await t.throwsAsync(small().net.run(1, { precision: 'float16' as never }), {
    message: `precision must be 'float64' or 'float32', not "float16"`,
  });
  const { net } = small();
  await net.run(1, { precision: 'float32' });
  t.is(net.precision, 'float32');
  await t.throwsAsync(net.run(1, { precision: 'float64' }), {
    message: 'the precision is fixed by the first run of a network (float32), not float64',
  });
  await net.run(1);
  t.is(net.precision, 'float32', 'a later run without the option keeps it');
});

test('float32: every array of groups and projections is a Float32Array; monitors record its values widened exactly', async (t) => {
  const { net, E, ee } = small();
  const v = net.monitorState(E, ['v'], { includeEnd: true });
  const w = net.monitorState(ee, ['w'], { synapses: [0, 1, 2] });
  await net.run(20, { precision: 'float32', seed: 2 });
  for (const a of net.state(E).arrays.values()) t.true(a instanceof Float32Array);
  for (const a of net.projection(ee).arrays.values()) t.true(a instanceof Float32Array);
  t.true(net.state(E).params instanceof Float32Array);
  t.true(net.spikeCount(E) > 0, 'the group fired');
  const trace = v.values('v');
  t.true(trace instanceof Float64Array);
  t.true(
    trace.every((x) => Math.fround(x) === x),
    'each recorded value is a float32 value',
  );
  t.deepEqual(Array.from(trace.subarray(trace.length - 100)), Array.from(net.state(E).arrays.get('v')!), 'the end row is the state');
  t.deepEqual(Array.from(w.values('w').subarray(0, 3)), Array.from(net.synapseState(ee, 'w').subarray(0, 3)));
});

test('a checkpoint of one precision is refused by a network of the other, with a line saying which to use', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'braints-precision-'));
  const a = small().net;
  await a.run(5, { seed: 1 });
  a.save(join(dir, 'f64.npz'));
  const b = small().net;
  await b.run(0, { seed: 1, precision: 'float32' });
  await t.throwsAsync(b.load(join(dir, 'f64.npz')), {
    message: `the checkpoint ${join(dir, 'f64.npz')} was saved by a float64 run, and this network runs in float32: load it into a network run with precision 'float64'`,
  });
  // a float32 checkpoint loads into a network not yet built (then built in float32) and continues bit for bit
  b.save(join(dir, 'f32.npz'));
  const c = small().net;
  await c.load(join(dir, 'f32.npz'));
  t.is(c.precision, 'float32');
  await Promise.all([b.run(5), c.run(5)]);
  t.deepEqual(
    Array.from(c.state([...c.groups.values()][0]).arrays.get('v')!),
    Array.from(b.state([...b.groups.values()][0]).arrays.get('v')!),
  );
});

test('braints run --precision float32: summary.json says so; a bad value is a usage error', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'braints-precision-cli-'));
  const args = [BIN, 'run', 'examples/coba.ts', '--out', out, '--duration', '20', '--no-plots'];
  const { stderr } = await exec('node', [...args, '--precision', 'float32'], { cwd: ROOT });
  t.regex(stderr, /for 200 steps on 1 thread in float32/);
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { precision: string };
  t.is(summary.precision, 'float32');
  t.true(readNpy(join(out, 'E.spikes.npy')).data.length > 0, 'the run wrote its spikes');
  const err = await t.throwsAsync(exec('node', [...args, '--precision', 'half'], { cwd: ROOT }));
  t.regex((err as unknown as { stderr: string }).stderr, /--precision half: the precision is float64 \(the default\) or float32/);
  t.is((err as unknown as { code: number }).code, 2);
});

test('float32: a parameter given per neuron after the first run gets a float32 variant', async (t) => {
  const { net, E } = small();
  await net.run(5, { precision: 'float32' });
  net.set(E, { taum: Float64Array.from({ length: 100 }, (_, i) => 15 + i / 10) });
  await net.run(5);
  const s = net.state(E);
  t.regex(s.kernel.signature.symbol, /__per_taum__f32$/);
  t.true(s.arrays.get('taum') instanceof Float32Array);
  t.is(s.arrays.get('taum')![99], Math.fround(15 + 99 / 10));
});
