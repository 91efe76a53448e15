// The kernels of the built-in models: every dist/models/*.ll the build writes must equal its golden
// test/golden/ll/<file>.<Class>.ll, and every golden must have a kernel. A golden recorded on a
// host with another target triple is compared with its triple and data layout lines set to this
// host's (test/golden/goldens.ts: forThisHost); everything else must match byte for byte. The
// float32 kernels of a neuron and a synapse model, generated from the built IR, must equal theirs
// in test/golden/ll-float32/.
// After an intended change of code generation: `npm run golden`, then review
// `git diff test/golden/ll`.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures';
import {
  LL_BUILD_DIR,
  LL_GOLDEN_DIR,
  LL_FLOAT32_GOLDEN_DIR,
  FLOAT32_GOLDENS,
  REFRESH,
  builtKernels,
  goldenKernels,
  float32Kernel,
  forThisHost,
  tripleOf,
  diffHint,
} from './golden/goldens';

const built = builtKernels();
const goldens = goldenKernels();

test('the build wrote kernels for the built-in models', (t) => {
  t.true(built.length > 0, `no .ll files in ${LL_BUILD_DIR}: run \`npm run build\``);
});

test('every kernel has a golden, and every golden a kernel', (t) => {
  const have = new Set(goldens),
    made = new Set(built);
  t.deepEqual(
    built.filter((k) => !have.has(k)),
    [],
    `kernels in dist/models without a golden in test/golden/ll (a new model? ${REFRESH})`,
  );
  t.deepEqual(
    goldens.filter((g) => !made.has(g)),
    [],
    `goldens in test/golden/ll without a kernel in dist/models (a model removed or renamed? ${REFRESH}; a stale .ll in dist/models? rebuild from a clean dist)`,
  );
});

for (const ll of built.filter((k) => goldens.includes(k))) {
  test(`kernel ${ll} = golden`, (t) => {
    const actual = readFileSync(join(LL_BUILD_DIR, ll), 'utf8');
    const recorded = readFileSync(join(LL_GOLDEN_DIR, ll), 'utf8');
    const expected = forThisHost(recorded);
    if (tripleOf(recorded) !== tripleOf(actual)) t.log(`golden recorded for ${tripleOf(recorded)}, compared as ${tripleOf(actual)}`);
    if (actual === expected) {
      t.pass();
      return;
    }
    t.fail(`dist/models/${ll} differs from test/golden/ll/${ll} (if the change is intended: ${REFRESH})\n${diffHint(expected, actual)}`);
  });
}

// float32 kernels are generated at run time from a model's IR (runtime/kernels.ts); two are kept
for (const golden of Object.keys(FLOAT32_GOLDENS)) {
  test(`float32 kernel ${golden} = golden`, (t) => {
    const actual = float32Kernel(golden);
    const expected = forThisHost(readFileSync(join(LL_FLOAT32_GOLDEN_DIR, golden), 'utf8'));
    if (actual === expected) return t.pass();
    t.fail(
      `the float32 kernel differs from test/golden/ll-float32/${golden} (if the change is intended: ${REFRESH})\n${diffHint(expected, actual)}`,
    );
  });
}

// Promise 2, transparency: a comment `; file:line  text` before a run of instructions quotes the
// line they come from, in the file it is in (inherited code, such as CrossingNeuronGroup's
// helper in runtime/crossing.ts, is quoted from its own file, not from the model's).
test('every source comment of every kernel quotes its line of its file', (t) => {
  const files = new Map<string, string[]>();
  const lineOf = (file: string, line: number) => {
    if (!files.has(file)) files.set(file, readFileSync(join(ROOT, file), 'utf8').split('\n'));
    return files.get(file)![line - 1];
  };
  let checked = 0;
  const quotedFiles = new Set<string>();
  for (const ll of built) {
    for (const m of readFileSync(join(LL_BUILD_DIR, ll), 'utf8').matchAll(/^ {2}; ([\w./-]+\.ts):(\d+)(?: {2}(.*))?$/gm)) {
      const [, file, line, text] = m;
      const source = lineOf(file, Number(line));
      t.not(source, undefined, `${ll}: ${file} has no line ${line}`);
      if (text !== undefined) t.is(text, source.trim(), `${ll}: ${file}:${line}`);
      else t.is(source.trim(), '', `${ll}: ${file}:${line} is quoted without its text`);
      quotedFiles.add(file);
      checked++;
    }
  }
  t.true(checked > 100, `${checked} comments`);
  t.true(quotedFiles.has('runtime/crossing.ts'), 'inherited code is quoted from the file it is in');
});
