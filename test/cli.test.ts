// The command line as a user runs it: `braints run FILE.ts` writes the run contract's files
// (checked against Brian2's references in test/run-contract.test.ts).
import test from 'ava';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readNpy } from '../runtime/output/npy';
import { ROOT, fixturePath } from './helpers/fixtures';
import { compileEntry, CompileError } from '../cli/compile';

const exec = promisify(execFile);
const BIN = join(ROOT, 'bin', 'braints.js');

test('braints run writes summary.json, NPY files and plots', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'braints-cli-'));
  await exec('node', [BIN, 'run', 'examples/lif.ts', '--out', out, '--duration', '100'], { cwd: ROOT });
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  t.deepEqual(summary.groups.lif, { size: 1, spikes: 6, rate_hz: 60 });
  t.is(summary.dt_ms, 0.1);
  t.is(summary.duration_ms, 100);
  t.is(summary.seed, 0);
  t.is(summary.timing.steps, 1000);
  for (const k of ['build_s', 'compile_s', 'run_s']) t.true(summary.timing[k] >= 0, k);
  const spikes = readNpy(join(out, 'lif.spikes.npy'));
  t.deepEqual(spikes.shape, [6, 2]);
  t.deepEqual(Array.from(spikes.data.filter((_, k) => k % 2 === 1)), [0, 0, 0, 0, 0, 0]);
  t.is(Math.round(spikes.data[0] * 10), 137);
  t.deepEqual(readNpy(join(out, 'lif.V.npy')).shape, [1000, 1]);
  t.deepEqual(readNpy(join(out, 'lif.t.npy')).shape, [1000]);
  t.true(existsSync(join(out, 'lif.raster.png')) && existsSync(join(out, 'lif.V.png')));
});

test('braints run --record-to-disk: the monitors write their files into the output folder as they record', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'braints-cli-disk-'));
  const { stderr } = await exec('node', [BIN, 'run', 'examples/lif.ts', '--out', out, '--duration', '100', '--record-to-disk'], {
    cwd: ROOT,
  });
  // what the in-memory run above writes, from the disk monitors' own files
  const spikes = readNpy(join(out, 'lif.spikes.npy'));
  t.deepEqual(spikes.shape, [6, 2]);
  t.is(Math.round(spikes.data[0] * 10), 137);
  t.deepEqual(readNpy(join(out, 'lif.V.npy')).shape, [1000, 1]);
  t.deepEqual(readNpy(join(out, 'lif.t.npy')).shape, [1000]);
  t.false(existsSync(join(out, 'lif.raster.png')), 'a disk monitor is not plotted');
  t.regex(stderr, /wrote \d+ files/);
});

test('braints run reports a model error at file(line,col) with its code', async (t) => {
  const err = await t.throwsAsync(exec('node', [BIN, 'run', 'test/fixtures/runtime/bad-model.ts', '--no-plots'], { cwd: ROOT }));
  const stderr = (err as unknown as { stderr: string }).stderr;
  t.regex(stderr, /test\/fixtures\/runtime\/bad-model\.ts\(\d+,\d+\): error BTS1010: /);
  t.is((err as unknown as { code: number }).code, 1);
});

test('a failed compile writes nothing: no .js, no .ll of the models that did lower', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'braints-build-'));
  t.throws(() => compileEntry(fixturePath('runtime/bad-model.ts'), out), { instanceOf: CompileError, message: /BTS1010/ });
  t.deepEqual(readdirSync(out, { recursive: true }), []);
});

test('braints run --threads: the run says how many it used, and a bad count is a usage error', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'braints-cli-'));
  const args = [BIN, 'run', 'examples/coba.ts', '--out', out, '--duration', '20', '--no-plots'];
  const { stderr } = await exec('node', [...args, '--threads', '2'], { cwd: ROOT });
  t.regex(stderr, /for 200 steps on 2 threads/);
  const err = await t.throwsAsync(exec('node', [...args, '--threads', '0'], { cwd: ROOT }));
  t.regex((err as unknown as { stderr: string }).stderr, /--threads 0: a whole number from 1 to 64/);
  t.is((err as unknown as { code: number }).code, 2);
});

test("braints run passes a file's own options (--n 5) to its default function; one it does not declare is a usage error", async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'braints-cli-'));
  const args = [BIN, 'run', 'test/fixtures/runtime/model-options.ts', '--duration', '1', '--no-plots'];
  await exec('node', [...args, '--out', out, '--n', '5'], { cwd: ROOT });
  t.is(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).groups.cells.size, 5);
  await exec('node', [...args, '--n=7', '--out', out], { cwd: ROOT });
  t.is(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).groups.cells.size, 7, '--name=value, before a flag of the command');
  await exec('node', [...args, '--out', out], { cwd: ROOT });
  t.is(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).groups.cells.size, 3, 'the declared default');
  for (const [flag, message] of [
    [['--scale', '2'], /--scale: test\/fixtures\/runtime\/model-options\.ts has no option scale; its options are --n, --drive/],
    [['--n', 'many'], /--n many: .*option n is a number/],
  ] as const) {
    const err = await t.throwsAsync(exec('node', [...args, '--out', out, ...flag], { cwd: ROOT }));
    t.regex((err as unknown as { stderr: string }).stderr, message);
    t.is((err as unknown as { code: number }).code, 2);
  }
});
