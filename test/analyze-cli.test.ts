// `braints analyze` as a user runs it on examples/fitzhugh-nagumo.ts, each --kind once: the files it
// writes (the JSON summary, the NPY arrays, the plot), checked against FitzHugh-Nagumo's closed forms
// (fixed points w = (v + a)/b, I = v^3/3 - v + w; Hopf points where v^2 = 1 - b/tau, folds where
// v^2 = 1 - 1/b), and its one-line errors for flags and names that do not fit.
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

const [A, B, TAU] = [0.7, 0.8, 12.5];
const isPng = (file: string) => readFileSync(file).subarray(1, 4).toString() === 'PNG';

test('braints analyze --kind bifurcation: the two Hopf points in I of the closed form; the branch as NPY; cycles between them; the diagram', async (t) => {
  const { out, stderr } = await analyze(['--kind', 'bifurcation', '--vars', 'v,w', '--param', 'I=0:2', '--cycles', '21']);
  const r = JSON.parse(readFileSync(join(out, 'bifurcation.json'), 'utf8'));
  t.is(r.analysis, 'bifurcation');
  t.is(r.parameter, 'I');
  t.deepEqual(r.held, { a: A, b: B, tau: TAU });
  const exact = [-1, 1].map((side) => {
    const v = side * Math.sqrt(1 - B / TAU);
    return v ** 3 / 3 - v + (v + A) / B;
  });
  t.deepEqual(
    r.bifurcations.map((p: { kind: string }) => p.kind),
    ['hopf', 'hopf'],
  );
  r.bifurcations.forEach((p: { I: number }, i: number) => t.true(Math.abs(p.I - exact[i]) < 1e-10, `Hopf at I = ${p.I}`));
  const branch = readNpy(join(out, r.file));
  t.deepEqual(r.columns, ['I', 'v', 'w', 'stable']);
  t.is(branch.shape[1], 4);
  // every row is a fixed point: w = (v + a)/b and I = v^3/3 - v + w
  for (let i = 0; i < branch.shape[0]; i++) {
    const [I, v, w] = branch.data.subarray(4 * i, 4 * i + 3);
    t.true(Math.abs(w - (v + A) / B) < 1e-9 && Math.abs(I - (v ** 3 / 3 - v + w)) < 1e-9);
  }
  // simulated from beside the unstable focus: a cycle exactly where the rest is unstable; 39.47 ms at I = 0.5 (the phase plane's)
  const cycles = r.cycles as { I: number; state: string; period_ms?: number }[];
  t.is(cycles.length, 21);
  for (const c of cycles) t.is(c.state, c.I > exact[0] && c.I < exact[1] ? 'cycle' : 'rest', `I = ${c.I}`);
  t.true(Math.abs(cycles[5].period_ms! - 39.47) < 0.05, `period ${cycles[5].period_ms} at I = ${cycles[5].I}`);
  t.true(isPng(join(out, 'bifurcation.png')));
  t.regex(stderr, /hopf at I = 0\.3312813/);
  t.regex(stderr, /limit cycles at 11 of 21 values/);
});

test('braints analyze --kind two-parameter: Hopf and fold curves in (I, b) on the closed forms', async (t) => {
  const { out } = await analyze([
    '--kind',
    'two-parameter',
    '--vars',
    'v,w',
    '--param',
    'I=-1:3',
    '--param2',
    'b=0.6:1.4',
    '--steps',
    '17',
  ]);
  const r = JSON.parse(readFileSync(join(out, 'two_parameter.json'), 'utf8'));
  t.deepEqual(r.parameters, ['I', 'b']);
  const curves = r.curves as { kind: string; points: { I: number; b: number; state: { v: number } }[] }[];
  t.deepEqual(curves.map((c) => c.kind).sort(), ['hopf', 'hopf', 'saddle-node', 'saddle-node']);
  for (const c of curves)
    for (const p of c.points) {
      const v = Math.sign(p.state.v) * Math.sqrt(c.kind === 'hopf' ? 1 - p.b / TAU : 1 - 1 / p.b);
      t.true(Math.abs(p.I - (v ** 3 / 3 - v + (v + A) / p.b)) < 1e-9, `${c.kind} at b = ${p.b}: I = ${p.I}`);
    }
  t.true(isPng(join(out, 'two_parameter.png')));
});

test('braints analyze --kind fast-slow: v fast, w slow: the folds of w = v - v^3/3 + I at v = +-1, and the trajectory', async (t) => {
  const { out } = await analyze([
    ...['--kind', 'fast-slow', '--fast', 'v', '--slow', 'w', '--range', 'w=-1:2,v=-3:3', '--set', 'I=0.5'],
    ...['--trajectory', 'v=0,w=0', '--duration', '200'],
  ]);
  const r = JSON.parse(readFileSync(join(out, 'fast_slow.json'), 'utf8'));
  t.deepEqual([r.fast, r.slow], [['v'], 'w']);
  t.is(r.branches.length, 1);
  const folds = (r.branches[0].bifurcations as { kind: string; w: number; state: { v: number } }[]).sort((p, q) => p.w - q.w);
  t.deepEqual(
    folds.map((p) => p.kind),
    ['saddle-node', 'saddle-node'],
  );
  t.true(Math.abs(folds[0].w - (-2 / 3 + 0.5)) < 1e-10 && Math.abs(folds[0].state.v + 1) < 1e-5);
  t.true(Math.abs(folds[1].w - (2 / 3 + 0.5)) < 1e-10 && Math.abs(folds[1].state.v - 1) < 1e-5);
  const traj = readNpy(join(out, 'trajectory.npy'));
  t.deepEqual(r.trajectory.columns, ['t', 'v', 'w']);
  t.deepEqual(Array.from(traj.data.subarray(0, 3)), [0, 0, 0]);
  t.true(isPng(join(out, 'fast_slow.png')));
});

test('braints analyze --kind slow-points: from random starts, the one fixed point at I = 0.5 (Cardano), unstable', async (t) => {
  const { out } = await analyze([
    ...['--kind', 'slow-points', '--vars', 'v,w', '--range', 'v=-3:3,w=-2:3', '--set', 'I=0.5', '--samples', '40', '--seed', '7'],
  ]);
  const r = JSON.parse(readFileSync(join(out, 'slow_points.json'), 'utf8'));
  t.is(r.points.length, 1);
  t.true(Math.abs(r.points[0].state.v - -0.8048477470083344) < 1e-10);
  t.false(r.points[0].stable);
});

test('braints analyze: a flag of another kind, a missing --param, an unknown kind and a bad --steps are one clear line each', async (t) => {
  const other = await failure(['--vars', 'v,w', '--range', 'v=-3:3,w=-2:3', '--param', 'I=0:1']);
  t.is(other.code, 2);
  t.regex(other.stderr, /^braints: --param is not a flag of --kind phase-plane, which takes --vars, --range, /m);
  const noParam = await failure(['--kind', 'bifurcation', '--vars', 'v,w']);
  t.is(noParam.code, 2);
  t.regex(noParam.stderr, /^braints: --kind bifurcation needs --param P=LO:HI/m);
  const kind = await failure(['--kind', 'bifurcations']);
  t.regex(kind.stderr, /^braints: --kind bifurcations: one of phase-plane, bifurcation, two-parameter, fast-slow, slow-points$/m);
  const steps = await failure(['--kind', 'two-parameter', '--vars', 'v,w', '--param', 'I=0:1', '--param2', 'b=0.6:1', '--steps', '1']);
  t.regex(steps.stderr, /^braints: --steps 1: two or more values of b$/m);
  const slow = await failure(['--kind', 'fast-slow', '--fast', 'v', '--slow', 'w', '--range', 'v=-3:3']);
  t.regex(slow.stderr, /^braints: --range: give the range of w \(w=LO:HI\)$/m);
  const dt = await failure(['--kind', 'bifurcation', '--vars', 'v,w', '--param', 'I=0:1', '--dt', '0.1']);
  t.regex(dt.stderr, /^braints: --dt of --kind bifurcation is for the cycles: give --cycles N too$/m);
  const start = await failure(['--kind', 'bifurcation', '--vars', 'v,w', '--param', 'I=0:1', '--start', 'v=0']);
  t.regex(start.stderr, /^braints: --start v=0: give a value of each of v, w and nothing else \(v=X,w=X\)$/m);
});

test("braints analyze on examples/neuron-dynamics.ts, as docs/analysis-bifurcation.md runs it: Hodgkin-Huxley's Hopf points at 9.78 and 154.5 uA/cm2", async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'braints-analyze-'));
  const args = ['analyze', 'examples/neuron-dynamics.ts', '--model', 'HodgkinHuxley', '--kind', 'bifurcation'];
  const { stderr } = await exec('node', [BIN, ...args, '--vars', 'V,m,h,n', '--param', 'I=0:200', '--out', out, '--no-plots'], {
    cwd: ROOT,
  });
  const r = JSON.parse(readFileSync(join(out, 'bifurcation.json'), 'utf8'));
  const hopf = (r.bifurcations as { kind: string; I: number }[]).filter((p) => p.kind === 'hopf').map((p) => p.I);
  t.is(hopf.length, 2);
  t.true(Math.abs(hopf[0] - 9.78) < 0.01 && Math.abs(hopf[1] - 154.5) < 0.1, `Hopf at I = ${hopf.join(', ')}`);
  t.regex(stderr, /hopf at I = 9\.7754380 .*\n.*hopf at I = 154\.52243/);
});
