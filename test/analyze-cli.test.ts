// `braints analyze` as a user runs it on examples/fitzhugh-nagumo.ts: the files it writes (the
// JSON summary, the NPY arrays, the plot) and its one-line errors for flags and names that do not fit.
import test from 'ava';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readNpy } from '../runtime/output/npy';
import { ROOT } from './helpers/fixtures';

const exec = promisify(execFile);
const BIN = join(ROOT, 'bin', 'braints.js');
const EXAMPLE = ['analyze', 'examples/fitzhugh-nagumo.ts', '--model', 'FitzHughNagumo'];

async function analyze(args: string[]): Promise<{ out: string; stderr: string }> {
  const out = mkdtempSync(join(tmpdir(), 'braints-analyze-'));
  const { stderr } = await exec('node', [BIN, ...EXAMPLE, ...args, '--out', out], { cwd: ROOT });
  return { out, stderr };
}

async function failure(args: string[]): Promise<{ code: number; stderr: string }> {
  const err = (await exec('node', [BIN, ...EXAMPLE, ...args, '--no-plots'], { cwd: ROOT }).then(
    () => undefined,
    (e: unknown) => e,
  )) as { code: number; stderr: string } | undefined;
  if (!err) throw new Error(`braints analyze ${args.join(' ')} succeeded`);
  return err;
}

test('braints analyze, 2-D: phase_plane.json with the fixed point, nullclines and limit cycle; the field, axes and trajectory as NPY; the plot', async (t) => {
  const { out, stderr } = await analyze(['--vars', 'v,w', '--range', 'v=-3:3,w=-2:3', '--set', 'I=0.5', '--trajectory', 'v=0,w=0']);
  const summary = JSON.parse(readFileSync(join(out, 'phase_plane.json'), 'utf8'));
  t.is(summary.analysis, 'phase plane 2-D');
  t.deepEqual(summary.held, { I: 0.5, a: 0.7, b: 0.8, tau: 12.5 });
  t.is(summary.left_out.length, 2);
  t.is(summary.fixed_points.length, 1);
  t.is(summary.fixed_points[0].stability, 'unstable focus');
  // the root of v^3 + 0.75 v + 1.125 = 0 (Cardano)
  t.true(Math.abs(summary.fixed_points[0].x.v - -0.8048477470083344) < 1e-10);
  t.deepEqual(
    summary.nullclines.map((n: { variable: string; branches: unknown[] }) => [n.variable, n.branches.length]),
    [
      ['v', 1],
      ['w', 1],
    ],
  );
  t.is(summary.limit_cycles.length, 1);
  t.true(Math.abs(summary.limit_cycles[0].period_ms - 39.47) < 0.05);
  t.is(summary.trajectories[0].file, 'trajectory.0.npy');
  const field = readNpy(join(out, 'field.npy'));
  t.deepEqual(field.shape, [151, 151, 2]);
  const v = readNpy(join(out, 'grid.v.npy')).data;
  const w = readNpy(join(out, 'grid.w.npy')).data;
  // point (i, j) = (v[i], w[j]) at row j, column i
  const [i, j] = [17, 101];
  const f = field.data.subarray(2 * (j * 151 + i), 2 * (j * 151 + i) + 2);
  t.true(Math.abs(f[0] - (v[i] - v[i] ** 3 / 3 - w[j] + 0.5)) < 1e-12);
  t.true(Math.abs(f[1] - (v[i] + 0.7 - 0.8 * w[j]) / 12.5) < 1e-12);
  const tr = readNpy(join(out, 'trajectory.0.npy'));
  t.is(tr.shape[1], 3);
  t.deepEqual(Array.from(tr.data.subarray(0, 3)), [0, 0, 0]);
  t.deepEqual([...readFileSync(join(out, 'phase_plane.png')).subarray(1, 4)], [...Buffer.from('PNG')]);
  t.regex(stderr, /fixed point v = -0\.80484775, w = -0\.13105968: unstable focus/);
  t.regex(stderr, /note: update\(\) emits spikes/);
});

test('braints analyze, 1-D: dv/dt with w and I held has a stable root and a double root', async (t) => {
  const { out } = await analyze(['--vars', 'v', '--range', 'v=-3:3', '--set', `w=0,I=${-2 / 3}`, '--no-plots']);
  const summary = JSON.parse(readFileSync(join(out, 'phase_plane.json'), 'utf8'));
  t.is(summary.analysis, 'phase plane 1-D');
  t.deepEqual(
    summary.fixed_points.map((p: { stability: string }) => p.stability),
    ['stable node', 'non-hyperbolic'],
  );
  t.deepEqual(readNpy(join(out, 'field.npy')).shape, [1001, 1]);
});

test('braints analyze: a missing range, an unknown model and an unknown variable are one clear line each', async (t) => {
  const noRange = await failure(['--vars', 'v,w', '--range', 'v=-3:3']);
  t.is(noRange.code, 2);
  t.regex(noRange.stderr, /^braints: --range: give the range of w \(w=LO:HI\)$/m);
  const badRange = await failure(['--vars', 'v', '--range', 'v=3:-3']);
  t.regex(badRange.stderr, /^braints: --range v=3:-3: a range is LO:HI with LO < HI$/m);
  const noModel = await exec(
    'node',
    [BIN, 'analyze', 'examples/fitzhugh-nagumo.ts', '--model', 'FHN', '--vars', 'v', '--range', 'v=-3:3'],
    { cwd: ROOT },
  ).catch((e: { code: number; stderr: string }) => e);
  t.is((noModel as { code: number }).code, 1);
  t.regex((noModel as { stderr: string }).stderr, /examples\/fitzhugh-nagumo\.ts exports no model FHN; its models are FitzHughNagumo/);
  const noVar = await failure(['--vars', 'V', '--range', 'V=-3:3']);
  t.is(noVar.code, 1);
  t.regex(noVar.stderr, /FitzHughNagumo has no field V; its integrated states are v, w/);
});
