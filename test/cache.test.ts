// The build cache: a second build of an unchanged network compiles nothing, and a project's
// compiled outputs (.braints/build) belong to the folder they were built in.
import test from 'ava';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network, constant } from '../index';
import { Izhikevich } from '../models/index';
import { compileEntry } from '../cli/compile';
import { cachedConcurrently } from '../runtime/cache';

async function build(): Promise<number> {
  const g = new Izhikevich(10);
  const net = new Network({ g });
  net.input(g, 'I', constant(10));
  await net.run(1, { dt: 0.1 });
  return net.timing.compileSeconds;
}

test.serial('two networks of one process that need the same artifact at the same time share its build', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'braints-cache-'));
  const saved = process.env.BRAINTS_CACHE;
  process.env.BRAINTS_CACHE = dir;
  try {
    let makes = 0;
    const make = async (tmp: string) => {
      makes++;
      await new Promise((r) => setTimeout(r, 20));
      writeFileSync(tmp, 'artifact');
    };
    // started in one tick, as two networks whose other parts were cached reach their link together
    const [a, b] = await Promise.all([cachedConcurrently('same.so', make), cachedConcurrently('same.so', make)]);
    t.is(makes, 1, 'built once');
    t.deepEqual(a, b);
    t.is(readFileSync(a.path, 'utf8'), 'artifact');
    t.deepEqual(readdirSync(dir), ['same.so'], 'no scratch files left behind');
    const again = await cachedConcurrently('same.so', make);
    t.deepEqual([again.built, makes], [false, 1], 'then taken from the cache');
  } finally {
    process.env.BRAINTS_CACHE = saved;
  }
});

test('an unchanged network is not compiled again', async (t) => {
  process.env.BRAINTS_CACHE = mkdtempSync(join(tmpdir(), 'braints-cache-'));
  const cold = await build();
  const files = readdirSync(process.env.BRAINTS_CACHE).sort();
  t.true(
    files.some((f) => f.startsWith('kernel-Izhikevich_update') && f.endsWith('.o')),
    files.join(', '),
  );
  t.false(
    files.some((f) => f.includes('.tmp')),
    'no scratch files left behind',
  );
  t.true(files.some((f) => f.startsWith('network-') && f.endsWith('.so')));
  const warm = await build();
  t.deepEqual(readdirSync(process.env.BRAINTS_CACHE).sort(), files, 'the second build wrote nothing');
  t.true(cold > 0);
  t.log(`cold build ${cold.toFixed(3)} s, cached ${warm.toFixed(4)} s`);
});

test('a copied or moved project compiles its own files, not the outputs of the original', (t) => {
  const a = mkdtempSync(join(tmpdir(), 'braints-project-'));
  writeFileSync(join(a, 'package.json'), '{ "name": "copied" }\n');
  writeFileSync(join(a, 'main.ts'), 'export const where = "original";\n');
  const first = compileEntry(join(a, 'main.ts'));
  t.true(first.entryJs.startsWith(join(a, '.braints', 'build')));

  // a copy with its build folder, then an edit in the copy only: the original stays as it was
  const b = mkdtempSync(join(tmpdir(), 'braints-project-'));
  cpSync(a, b, { recursive: true });
  writeFileSync(join(b, 'main.ts'), 'export const where = "copy";\n');
  const copied = compileEntry(join(b, 'main.ts'));
  t.true(copied.entryJs.startsWith(join(b, '.braints', 'build')), copied.entryJs);
  t.regex(readFileSync(copied.entryJs, 'utf8'), /"copy"/);

  // a move: the original is gone
  const c = `${a}-moved`;
  renameSync(a, c);
  const moved = compileEntry(join(c, 'main.ts'));
  t.true(moved.entryJs.startsWith(join(c, '.braints', 'build')), moved.entryJs);
  t.regex(readFileSync(moved.entryJs, 'utf8'), /"original"/);
  t.is(compileEntry(join(c, 'main.ts')).entryJs, moved.entryJs, 'then reused in its new place');
});
