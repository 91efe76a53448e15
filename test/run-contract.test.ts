// The run contract (docs/run-contract.md) as a user meets it: `braints run` on the four reference
// examples writes summary.json with every field the contract names, and NPY traces that hold
// Brian2's reference (test/data/brian2_reference) within its tolerance, row by row.
import test from 'ava';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readNpy } from '../runtime/output/npy';
import { ROOT } from './helpers/fixtures';
import { TOLERANCE, csv } from './helpers/brian2-reference';

const exec = promisify(execFile);

/** Example, its reference, the reference's column, and the monitor's files (NAME.VAR.npy). */
const cases = [
  { example: 'hh', reference: 'hh_rk4', column: 'V_mV', file: 'hh.V' },
  { example: 'lif', reference: 'lif_euler', column: 'V_mV', file: 'lif.V' },
  { example: 'izhikevich', reference: 'izhikevich_rs_euler', column: 'v', file: 'izhikevich.v' },
  { example: 'adex', reference: 'adex_bg2005_euler', column: 'V_mV', file: 'adex.V' },
];

for (const c of cases) {
  test(`braints run examples/${c.example}.ts: the contract's files, and ${c.reference} within ${TOLERANCE}`, async (t) => {
    const out = mkdtempSync(join(tmpdir(), 'braints-contract-'));
    await exec('node', [join(ROOT, 'bin', 'braints.js'), 'run', `examples/${c.example}.ts`, '--out', out, '--no-plots'], { cwd: ROOT });

    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    for (const key of ['groups', 'timing', 'dt_ms', 'duration_ms', 'seed', 'ranks', 'threads'])
      t.true(key in summary, `summary.json has ${key}`);
    for (const key of ['build_s', 'compile_s', 'run_s', 'steps']) t.true(key in summary.timing, `summary.json has timing.${key}`);
    for (const [name, g] of Object.entries(summary.groups as Record<string, object>))
      for (const key of ['size', 'spikes', 'rate_hz']) t.true(key in g, `summary.json has groups.${name}.${key}`);

    const trace = csv(`${c.reference}_trace.csv`);
    const col = trace.header.indexOf(c.column);
    const times = readNpy(join(out, `${c.example}.t.npy`)).data;
    const values = readNpy(join(out, `${c.file}.npy`)).data;
    // rows t = 0 ... T - dt: every reference row but the state after the last step
    t.is(times.length, trace.rows.length - 1);
    let worst = 0;
    for (let k = 0; k < times.length; k++) {
      t.true(Math.abs(times[k] - trace.rows[k][0]) < 1e-9, `row ${k}: t = ${times[k]} against ${trace.rows[k][0]}`);
      worst = Math.max(worst, Math.abs(values[k] - trace.rows[k][col]));
    }
    t.true(worst <= TOLERANCE, `${c.column}: max |difference| ${worst}`);
    t.log(`${c.column}: max |difference| ${worst.toExponential(2)} over ${times.length} rows`);
  });
}
