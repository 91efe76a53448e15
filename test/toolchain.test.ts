// The tools run through llvm/toolchain.ts: at most one process per core at a time, a failed one
// giving its slot back, and a tool's failure carrying what it printed.
import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConcurrently, ToolError, verifyIrFile } from '../llvm/toolchain';

/** The most commands running at once, from the `+` (started) and `-` (ending) lines they appended to a log. */
function mostAtOnce(log: string): number {
  let running = 0,
    most = 0;
  for (const mark of readFileSync(log, 'utf8').split('\n')) {
    if (mark === '+') most = Math.max(most, ++running);
    if (mark === '-') running--;
  }
  return most;
}

test('runConcurrently runs at most one tool process per core, and uses them all', async (t) => {
  const cores = availableParallelism();
  const log = join(mkdtempSync(join(tmpdir(), 'braints-toolchain-')), 'log');
  writeFileSync(log, '');
  // each appends + as it starts and - as it ends (single-line appends to one file are atomic)
  const command = { tool: 'sh', args: ['-c', `echo + >> ${log}; sleep 0.3; echo - >> ${log}`] };
  await Promise.all(Array.from({ length: 2 * cores + 1 }, () => runConcurrently(command)));
  t.is(mostAtOnce(log), cores);
  t.is(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l === '-').length,
    2 * cores + 1,
  );
});

test('a failed command gives its slot back', async (t) => {
  t.timeout(30_000, 'a slot was not given back');
  const cores = availableParallelism();
  const failing = Array.from({ length: cores + 1 }, () => runConcurrently({ tool: 'sh', args: ['-c', 'echo broken >&2; exit 3'] }));
  for (const run of failing) {
    const err = await t.throwsAsync(run, { instanceOf: ToolError });
    t.is(err!.output, 'broken\n');
  }
  t.is(await runConcurrently({ tool: 'sh', args: ['-c', 'echo fine'] }), 'fine\n');
});

test("a tool that cannot be started is a ToolError without a tool's output", async (t) => {
  const err = await t.throwsAsync(runConcurrently({ tool: 'braints-no-such-tool', args: [] }), { instanceOf: ToolError });
  t.is(err!.output, undefined);
  t.regex(err!.message, /braints-no-such-tool failed/);
});

test('verifyIrFile runs llvm-as: a broken file is a ToolError with its line and column', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'braints-toolchain-'));
  const good = join(dir, 'good.ll'),
    bad = join(dir, 'bad.ll');
  writeFileSync(good, 'define i32 @f() {\n  ret i32 0\n}\n');
  writeFileSync(bad, 'define i32 @f() {\n  ret i64 0\n}\n');
  t.notThrows(() => verifyIrFile(good));
  const err = t.throws(() => verifyIrFile(bad), { instanceOf: ToolError });
  t.regex(err!.output!, /bad\.ll:2:\d+: error: /);
});
