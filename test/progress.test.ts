// A run reports its phases: to RunOptions.onProgress in code, and drawn on stderr only while it is
// a terminal (checked through a pseudo-terminal from `script`).
import test from 'ava';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Network } from '../index';
import type { NeuronGroup, RunProgress, Synapse, SynapseOptions } from '../index';
import { ROOT, loadFixture } from './helpers/fixtures';

const exec = promisify(execFile);
type SynapseClass = new (pre: NeuronGroup, post: NeuronGroup, opts: SynapseOptions) => Synapse;
const fixture = () =>
  loadFixture<{
    Blowup: new (n: number, init?: object) => NeuronGroup;
    Clock: new (n: number) => NeuronGroup;
    DoublingSynapse: SynapseClass;
  }>('runtime/blowup.ts');

test('onProgress: build, compile and run on the first run, then only run; simulated time, speed and time left', async (t) => {
  const { Clock, Blowup } = fixture();
  const clock = new Clock(10);
  const quiet = new Blowup(10);
  const net = new Network({ clock, quiet });
  const seen: RunProgress[] = [];
  // 10000 steps: five native calls of 2000 steps, a report after each
  await net.run(1000, { dt: 0.1, onProgress: (p) => seen.push(p) });
  const phases = seen.map((p) => p.phase).filter((x, k, all) => all[k - 1] !== x);
  t.deepEqual(phases, ['build', 'compile', 'run']);

  const build = seen.filter((p) => p.phase === 'build');
  t.deepEqual(
    build.map((p) => [p.done, p.total, p.label, p.finished]),
    [
      [0, 2, '', false],
      [0, 2, 'clock', false],
      [1, 2, 'quiet', false],
      [2, 2, 'quiet', true],
    ],
  );
  t.deepEqual(
    seen.filter((p) => p.phase === 'compile').map((p) => [p.label, p.done, p.finished]),
    [
      ['kernels', 0, false],
      ['kernels', 1, true],
    ],
  );

  const run = seen.filter((p) => p.phase === 'run');
  t.deepEqual(
    run.map((p) => p.done),
    [0, 200, 400, 600, 800, 1000, 1000],
    'simulated ms after each block, then the last report',
  );
  t.true(run.every((p) => p.total === 1000));
  t.deepEqual(
    run.map((p) => p.finished),
    [false, false, false, false, false, false, true],
  );
  for (const p of run.slice(1)) {
    t.true(p.speed! > 0 && Math.abs(p.speed! - p.done / 1000 / p.elapsedSeconds) < 1e-9 * p.speed!, 'simulated s per wall s');
    t.true(Math.abs(p.secondsLeft! - ((1000 - p.done) / p.done) * p.elapsedSeconds) < 1e-9, 'at the speed so far');
  }
  t.is(run[0].secondsLeft, undefined, 'no estimate before the first block');
  t.is(run[5].secondsLeft, 0);
  t.true(run.every((p, k) => k === 0 || p.elapsedSeconds >= run[k - 1].elapsedSeconds));

  const again: RunProgress[] = [];
  await net.run(100, { onProgress: (p) => again.push(p) });
  t.deepEqual(
    again.map((p) => [p.phase, p.done, p.total, p.finished]),
    [
      ['run', 0, 100, false],
      ['run', 100, 100, false],
      ['run', 100, 100, true],
    ],
    'a later run builds nothing',
  );
});

test('onProgress: a run that fails ends its phase where it stopped', async (t) => {
  const { Blowup } = fixture();
  // x = x^2 + x from 2 overflows within about ten steps
  const net = new Network({ cells: new Blowup(1, { x: 2 }) });
  const seen: RunProgress[] = [];
  await t.throwsAsync(net.run(10_000, { dt: 0.1, onProgress: (p) => seen.push(p) }), { message: /cells\.x of neuron 0 is Infinity/ });
  const last = seen[seen.length - 1];
  t.like(last, { phase: 'run', done: 0, total: 10_000, finished: true });
});

// `script` runs the command on a pseudo-terminal and copies what it drew to stdout
const haveScript = (() => {
  try {
    execFileSync('script', ['-qc', 'true', '/dev/null']);
    return true;
  } catch {
    return false;
  }
})();
const runArgs = () => [
  'run',
  'examples/coba.ts',
  '--duration',
  // 100000 steps, about a second: cli-progress redraws at most every 0.2 s while the run holds the thread
  '10000',
  '--no-plots',
  '--out',
  mkdtempSync(join(tmpdir(), 'braints-progress-')),
];

(haveScript ? test : test.skip)('braints run on a terminal draws the phases with simulated time, speed and time left', async (t) => {
  const bin = join(ROOT, 'bin', 'braints.js');
  const command = ['node', bin, ...runArgs()].map((a) => `'${a}'`).join(' ');
  const { stdout } = await exec('script', ['-qefc', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, COLUMNS: '100' } });
  // each redraw starts at column 1 (ESC [1G) and ends at the end of the line; the escapes are
  // cli-progress's, the text ours
  const redraws = stdout.split(/\x1b\[1G/).map((s) => s.replace(/\x1b(\[[0-9;?]*[A-Za-z]|[78])/g, '').split(/\r?\n/)[0]);
  t.true(
    redraws.some((s) => /^ {2}build {3}=+ 100% {2}6 groups and projections {2}\d+\.\d s/.test(s)),
    'the build line',
  );
  t.true(
    redraws.some((s) => /^ {2}compile kernels {2}\d+\.\d s/.test(s)),
    'the compile line',
  );
  t.true(
    redraws.some((s) => /^ {2}run {5}-+ {3}0% {2}0\.00\/10\.00 s sim {2}0\.0 s/.test(s)),
    'the run starts at 0',
  );
  t.true(
    redraws.some((s) => /^ {2}run {5}=+ 100% {2}10\.00\/10\.00 s sim {2}\d+\.\d+ s\/s {2}\d+\.\d s$/.test(s)),
    'and ends at 100 %',
  );
  t.true(
    redraws.some((s) => /^ {2}run {5}=+-+ +\d+% {2}\d\.\d\d\/10\.00 s sim {2}\d+\.\d+ s\/s {2}\d+\.\d s \+ \d+\.\d s left$/.test(s)),
    'with speed and time left on the way',
  );
  t.regex(stdout, /E: 3200 neurons, \d+ spikes/);
});

test('braints run draws nothing when stderr is not a terminal', async (t) => {
  const { stderr } = await exec('node', [join(ROOT, 'bin', 'braints.js'), ...runArgs()], { cwd: ROOT });
  t.notRegex(stderr, /\x1b|\r/);
  t.notRegex(stderr, /^ {2}(build|compile|run) {2,}/m);
  t.regex(stderr, /^ {2}compile \d+\.\d+ s \(TypeScript (up to date|\d+\.\d+ s), kernels \d+\.\d+ s\), build \d+\.\d+ s/m);
});
