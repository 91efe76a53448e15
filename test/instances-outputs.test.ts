// The outputs of a run of many instances (cli/instance-outputs.ts, docs/run-contract.md): NPY files
// with an instance axis that hold what each instance recorded, and `braints run` of an example
// whose default export is net.instances(...).
import test from 'ava';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Network, fixedProb, normal } from '../index';
import { CobaLIF, ExcitatorySynapse } from '../models/index';
import { readNpy } from '../runtime/output/npy';
import { summarizeInstances, writeInstanceOutputs } from '../cli/instance-outputs';
import { ROOT } from './helpers/fixtures';

const exec = promisify(execFile);

test('the NPY files have an instance axis holding each instance', async (t) => {
  const E = new CobaLIF(40, { v: normal(-55, 5) });
  const net = new Network({ E, EE: new ExcitatorySynapse(E, E, { connect: fixedProb(0.2), w: 0.6 }) });
  const spikes = net.monitorSpikes(E);
  const trace = net.monitorState(E, ['v'], { neurons: [1, 7], every: 5 });
  const K = 3;
  const runs = net.instances(K, { 'E.I': [15, 20, 25], seed: [1, 2, 3] });
  await runs.run(50, { dt: 0.1 });
  const out = mkdtempSync(join(tmpdir(), 'braints-instances-'));
  const files = await writeInstanceOutputs(runs, summarizeInstances(runs, 50), out, false);
  t.deepEqual(files, ['summary.json', 'instances.E.I.npy', 'instances.seed.npy', 'E.rate_hz.npy', 'E.spikes.npy', 'E.t.npy', 'E.v.npy']);
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  t.deepEqual(summary.values, { 'E.I': [15, 20, 25], seed: [1, 2, 3] });
  t.deepEqual(
    summary.groups.E.spikes,
    [0, 1, 2].map((k) => runs.spikeCount(k, E)),
  );
  t.deepEqual(Array.from(readNpy(join(out, 'E.rate_hz.npy')).data), Array.from(runs.rates(E)));
  const v = readNpy(join(out, 'E.v.npy'));
  t.deepEqual(v.shape, [100, K, 2]);
  for (let k = 0; k < K; k++) {
    const rows = runs.stateRows(k, trace, 'v');
    t.deepEqual(
      Array.from({ length: 200 }, (_, j) => v.data[Math.floor(j / 2) * K * 2 + k * 2 + (j % 2)]),
      Array.from(rows),
      `v of instance ${k}`,
    );
  }
  const s = readNpy(join(out, 'E.spikes.npy'));
  t.is(s.shape[1], 3);
  t.true(s.shape[0] > 0);
  for (let k = 0; k < K; k++) {
    const mine = Array.from({ length: s.shape[0] }, (_, j) => j).filter((j) => s.data[3 * j] === k);
    const own = runs.spikes(k, spikes);
    t.deepEqual(
      Float64Array.from(mine, (j) => s.data[3 * j + 1]),
      own.times,
    );
    t.deepEqual(
      Float64Array.from(mine, (j) => s.data[3 * j + 2]),
      own.indices,
    );
  }
});

test('braints run examples/fi-curve.ts: a rate per current, rising with it, and its plot', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'braints-fi-'));
  const { stderr } = await exec(
    'node',
    [join(ROOT, 'bin', 'braints.js'), 'run', 'examples/fi-curve.ts', '--out', out, '--duration', '200'],
    {
      cwd: ROOT,
    },
  );
  t.regex(stderr, /hh: 1000 instances of 1 neuron, 0\.00 to \d+\.\d+ Hz/);
  const currents = readNpy(join(out, 'instances.hh.I.npy')).data;
  const rates = readNpy(join(out, 'hh.rate_hz.npy')).data;
  t.is(rates.length, 1000);
  t.is(currents[999], 50);
  // silent at rest, repetitive firing well above the rheobase (about 6.3 uA/cm2), faster with more current
  t.is(rates[0], 0);
  const at = (i: number) => rates[currents.findIndex((c) => c >= i)];
  t.true(at(10) > 50 && at(50) > at(10), `${at(10)} Hz at 10 uA/cm2, ${at(50)} Hz at 50`);
  t.true(existsSync(join(out, 'hh.rate.png')));
});
