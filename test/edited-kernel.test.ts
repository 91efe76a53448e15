// Transparency: the runtime runs a user's edited .ll and says so; a broken edit is an error that
// names the file and line; an unedited file runs silently.
import test from 'ava';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network, constant } from '../index';
import { LIF } from '../models/lif';
import { loadModel } from '../runtime/model';
import { BraintsError } from '../runtime/errors';

/** A copy of LIF whose kernel file lives in a scratch folder the test may edit. */
function scratchLif(edit?: (text: string) => string): typeof LIF {
  const dir = mkdtempSync(join(tmpdir(), 'braints-edit-'));
  const original = loadModel(LIF);
  const ll = join(dir, 'lif.LIF.ll');
  copyFileSync(original.llPath, ll);
  if (edit) writeFileSync(ll, edit(readFileSync(ll, 'utf8')));
  class EditedLIF extends LIF {}
  Object.defineProperty(EditedLIF, '__braints', { value: { ...(LIF as unknown as { __braints: object }).__braints, dir } });
  return EditedLIF;
}

async function spikesOf(Cls: typeof LIF): Promise<{ count: number; notices: string[] }> {
  const g = new Cls(1);
  const net = new Network({ g });
  net.input(g, 'I', constant(20));
  await net.run(200, { dt: 0.1 });
  return { count: net.spikeCount(g), notices: net.notices };
}

test('an unedited kernel runs without a notice', async (t) => {
  const { count, notices } = await spikesOf(scratchLif());
  t.is(count, 12);
  t.deepEqual(notices, []);
});

test('an edited kernel is used, and the run says so', async (t) => {
  // the threshold test `V > V_th` becomes `V > V_th + 10`: with R*I = 20 mV the neuron, which
  // settles at -45 mV, no longer reaches -40 mV and never fires
  const Edited = scratchLif((text) => {
    const m = /(%\d+) = fcmp ogt double (%\d+), %V_th/.exec(text);
    if (!m) throw new Error('the LIF kernel no longer has the threshold comparison this test edits');
    return text.replace(m[0], `%V_th.edited = fadd double %V_th, 1.000000e+01\n  ${m[1]} = fcmp ogt double ${m[2]}, %V_th.edited`);
  });
  const { count, notices } = await spikesOf(Edited);
  t.is(count, 0);
  t.is(notices.length, 1);
  t.regex(notices[0], /LIF runs your edited kernel .*lif\.LIF\.ll/);
});

test('a kernel file that does not parse is an error naming the file and line', async (t) => {
  const Broken = scratchLif((text) => text.replace('%i.next = add i64 %i, 1', '%i.next = add i64 %i, oops'));
  const line =
    readFileSync(loadModel(LIF).llPath, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('%i.next = add i64 %i, 1')) + 1;
  const err = await t.throwsAsync(spikesOf(Broken));
  t.regex(err!.message, new RegExp(`lif\\.LIF\\.ll:${line}:\\d+: .*`));
});

test('a kernel file without the expected function is an error', async (t) => {
  const Renamed = scratchLif((text) => text.replace(/@LIF_update\(/g, '@LIF_step('));
  const err = await t.throwsAsync(spikesOf(Renamed));
  t.regex(err!.message, /defines no function @LIF_update/);
});

test('an edited kernel in a float32 run is one clear error saying to run in float64', async (t) => {
  const Edited = scratchLif((text) => text.replace('; You may edit this file', '; edited by the test\n; You may edit this file'));
  const g = new Edited(3);
  const err = await t.throwsAsync(new Network({ cells: g }).run(1, { dt: 0.1, precision: 'float32' }), { instanceOf: BraintsError });
  t.regex(
    err!.message,
    /lif\.LIF\.ll was edited, but the network runs in float32, and your kernel computes in float64\. Run with precision 'float64'/,
  );
  t.is(err!.at, g.createdAt, 'blamed on the line that created the group');
});

test('an edited kernel with a per-neuron parameter is one clear error naming the group and parameter', async (t) => {
  const Edited = scratchLif((text) => text.replace('; You may edit this file', '; edited by the test\n; You may edit this file'));
  const g = new Edited(3, { tau: [10, 20, 30] });
  const err = await t.throwsAsync(new Network({ cells: g }).run(1, { dt: 0.1 }), { instanceOf: BraintsError });
  t.regex(
    err!.message,
    /lif\.LIF\.ll was edited, but group cells gives tau per neuron, which needs a kernel generated from the TypeScript/,
  );
  t.is(err!.at, g.createdAt, 'blamed on the line that created the group');
});
