// The contract between TypeScript, C and the kernels (contract/): the checked-in C headers are
// what the description generates, the generator's three forms agree, the emitted kernels have the
// ABI that the edited-kernel check and the driver expect, and the step order is the one the
// driver, the JavaScript reference and the docs name.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network } from '../index';
import type { NeuronGroup } from '../index';
import * as models from '../models/index';
import { contractHeaders, snakeCase } from '../contract/c-headers';
import { PLAN_HEADER, PLAN_SECTIONS } from '../contract/plan-layout';
import { neuronKey, stepKey, synapseStream, uniformDraw, SYNAPSE_FUNCTIONS } from '../contract/random';
import { entryPointSymbol, kernelSymbol } from '../contract/kernel-symbols';
import { STEP_ORDER } from '../contract/step-order';
import { checkKernelFile } from '../llvm/check-kernel-file';
import { loadModel } from '../runtime/model';
import { compilerModules } from '../cli/compile';
import { ROOT, loadFixture } from './helpers/fixtures';

const NATIVE = join(ROOT, 'runtime', 'native');

test('the checked-in C headers are what contract/ generates (npm run golden rewrites them)', (t) => {
  for (const [file, text] of contractHeaders()) {
    t.is(readFileSync(join(NATIVE, file), 'utf8'), text, `runtime/native/${file} differs from contract/c-headers.ts's output`);
  }
});

/** Compiles `main` (a C function body) with the generated headers and returns what it prints. */
function runC(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'braints-contract-'));
  const source = join(dir, 'main.c');
  writeFileSync(
    source,
    `#include <stdio.h>\n#include <stddef.h>\n#include "plan.h"\n#include "random.h"\nint main(void) {\n${body}\nreturn 0;\n}\n`,
  );
  execFileSync('cc', ['-std=c11', '-O2', '-I', NATIVE, source, '-o', join(dir, 'main')]);
  return execFileSync(join(dir, 'main'), { encoding: 'utf8' });
}

test("the plan's C structs have the fields of contract/plan-layout.ts at its offsets", (t) => {
  const records = [PLAN_HEADER, ...PLAN_SECTIONS.map((s) => s.record)];
  const lines = records.flatMap((r) => r.fields.map((f) => `printf("%zu\\n", offsetof(${r.struct}, ${snakeCase(f.name)}) / 8);`));
  const printed = runC(lines.join('\n')).trim().split('\n').map(Number);
  t.deepEqual(
    printed,
    records.flatMap((r) => r.fields.map((f) => r.offset[f.name as keyof typeof r.offset])),
  );
});

test("the generator's C form (random.h) agrees with contract/random.ts on sample keys", (t) => {
  const samples = [
    [0, 0, 0],
    [42, 1, 7],
    [0xffffffff, 0x10003, 123456],
    [7, synapseStream(5, 'everyStep'), 0x7fffffff],
  ];
  const body = samples
    .map(
      ([seed, stream, step]) =>
        `{ uint32_t k = step_key(${seed}u, ${stream}u, ${step}u), e = neuron_key(k, 999u);
           printf("%u %u %u %.17g\\n", k, e, synapse_stream(${stream}u & 0xffffffu, FN_ON_POST), unit_draw(e, 3u)); }`,
    )
    .join('\n');
  const printed = runC(body).trim().split('\n');
  samples.forEach(([seed, stream, step], i) => {
    const k = stepKey(seed, stream, step);
    const e = neuronKey(k, 999);
    const [ck, ce, cs, cu] = printed[i].split(' ');
    t.is(Number(ck), k, `step key ${seed}, ${stream}, ${step}`);
    t.is(Number(ce), e, 'neuron key');
    t.is(Number(cs), synapseStream(stream & 0xffffff, 'onPost'), 'synapse stream');
    t.is(Number(cu), uniformDraw(e, 3), 'uniform draw');
  });
  t.is(SYNAPSE_FUNCTIONS.onPost, 1);
});

test("the kernels' draws follow contract/random.ts with other streams and steps than 0", async (t) => {
  // the second group has stream 1; after three steps u holds the draws of step 2
  const { Draws } = loadFixture<{ Draws: new (n: number) => NeuronGroup }>('runtime/draws.ts');
  const a = new Draws(10),
    b = new Draws(300);
  const net = new Network({ a, b });
  await net.run(0.3, { dt: 0.1, seed: 1234 });
  const u = net.state(b).arrays.get('u')!;
  const key = stepKey(1234, 1, 2);
  for (let i = 0; i < u.length; i++) t.is(u[i], uniformDraw(neuronKey(key, i), 0), `neuron ${i}`);
});

test('every built-in kernel defines the entry points of contract/kernel-abi.ts with their types', (t) => {
  let checked = 0;
  for (const cls of Object.values(models)) {
    if (typeof cls !== 'function' || !('__braints' in cls)) continue;
    const m = loadModel(cls as abstract new (...args: never[]) => unknown);
    t.notThrows(() => checkKernelFile(m.llPath, m.ir, m.symbol), m.ir.name);
    checked++;
  }
  t.true(checked >= 10, `${checked} models checked`);
});

test('entry points are named from the model and the layout, not by replacing text in the symbol', (t) => {
  // a model whose name contains `_onPre`: replacing the first `_onPre` would rename the model
  const m = { name: 'Fast_onPre', kind: 'synapse' as const };
  const symbol = kernelSymbol(m, { perElementParams: new Set(['w']) });
  t.is(symbol, 'Fast_onPre_onPre__per_w');
  t.is(entryPointSymbol(m, symbol, 'rows'), 'Fast_onPre_onPre__per_w_rows');
  t.is(entryPointSymbol(m, symbol, 'post'), 'Fast_onPre_onPost__per_w');
  t.is(entryPointSymbol(m, symbol, 'update'), 'Fast_onPre_update__per_w');
  t.is(entryPointSymbol(m, symbol, 'each'), 'Fast_onPre_everyStep__per_w');
  t.throws(() => entryPointSymbol(m, 'Other_onPre', 'rows'), { message: /not a kernel symbol of model Fast_onPre/ });
});

/** The phase names in the comments `step phase(s): a, b (...)` of a C source, in order. */
function driverPhases(text: string): string[] {
  return [...text.matchAll(/\/\* step phases?: ([^(*]*)/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
}

test('the driver and the docs name the phases of contract/step-order.ts in its order', (t) => {
  t.deepEqual(driverPhases(readFileSync(join(NATIVE, 'driver.c'), 'utf8')), STEP_ORDER, 'runtime/native/driver.c run_team');
  const semantics = readFileSync(join(ROOT, 'docs', 'semantics.md'), 'utf8');
  t.deepEqual(
    [...semantics.matchAll(/^\d+\. `(\w+)`:/gm)].map((m) => m[1]),
    STEP_ORDER,
    'docs/semantics.md, the order of a step',
  );
  const architecture = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const sentence = /A step runs the phases of `STEP_ORDER`[^]*?→ `onPost`/.exec(architecture)?.[0] ?? '';
  t.deepEqual(
    [...sentence.matchAll(/(?:^|→ )`(\w+)`/gm)].map((m) => m[1]),
    STEP_ORDER,
    'docs/architecture.md, section 4',
  );
});

test("the compiler's identity covers what it takes from contract/ and runtime/", (t) => {
  const modules = compilerModules().map((f) => f.slice(join(ROOT, 'dist').length + 1));
  for (const m of ['contract/random.js', 'runtime/poisson.js', 'runtime/binomial.js', 'llvm/emit-kernel.js', 'transformer/lower.js'])
    t.true(modules.includes(m), m);
});
