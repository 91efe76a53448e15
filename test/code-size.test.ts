// The IR is a DAG, and every form the compiler makes of it must stay linear in the unrolled code:
// the lowering's IR, the IR after each pass, the .ll, and what is attached to the compiled class.
// The model is a Poisson sampler by inversion (test/fixtures/constructs/poisson-sampler.ts): a
// loop of N iterations with an `if` inside, each iteration using the previous one's values
// several times, so a tree of it would grow about 3.6-fold per iteration (before the IR was kept
// shared, N = 8 made an 11.8 MB .js and N = 12 did not compile). Native = JavaScript for it is in
// test/constructs.test.ts; the size guard (BTS1023) in test/fixtures/must-fail/code-too-large*.ts.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileEntry } from '../cli/compile';
import { loadModel } from '../runtime/model';
import { encodeModel, decodeModel } from '../ir/serialize';
import { runPipeline } from '../ir/pipeline';
import { forEachNode } from '../ir/expr';
import { codeOf } from '../ir/types';
import type { ModelIR } from '../ir/types';
import { printModel } from '../ir/print';
import * as builtIn from '../models/index';
import { fixturePath, loadFixture } from './helpers/fixtures';
import { moments } from './helpers/statistics';
import { Network } from '../index';
import type { NeuronGroup } from '../index';

type ModelClass = abstract new (...args: never[]) => unknown;
const FIXTURE = 'constructs/poisson-sampler.ts';
const mod = loadFixture<Record<string, ModelClass>>(FIXTURE);
const TRIPS = [16, 32, 64] as const;
const models = TRIPS.map((n) => loadModel(mod[`PoissonSampler${n}`]));

/** Distinct IR nodes of the model's code and ODEs. */
function nodeCount(m: ModelIR): number {
  let n = 0;
  forEachNode(
    [
      ...codeOf(m).flatMap((f) => [...f.writes.map((w) => w.value), ...f.uniforms.map((u) => u.value)]),
      ...m.odes.flatMap((o) => o.returns),
    ],
    () => n++,
  );
  return n;
}

/** Sizes for N = 16, 32, 64 grow linearly: doubling N at most doubles the part that grows (2.5 allows for longer names and indices). */
function assertLinear(t: ExecutionContext, what: string, [s16, s32, s64]: number[]): void {
  t.log(`${what}: ${s16}, ${s32}, ${s64} for N = ${TRIPS.join(', ')}`);
  t.true(s64 - s32 <= 2.5 * (s32 - s16), `${what} grows faster than linearly: ${s16}, ${s32}, ${s64}`);
}

test('the unrolled sampler draws Poisson counts: mean and variance lam', async (t) => {
  // native = JavaScript (test/constructs.test.ts) would also hold for a sampler that always said 0
  const lam = 4;
  const group = new (mod.PoissonSampler64 as unknown as new (n: number) => NeuronGroup)(4000);
  const net = new Network({ g: group });
  const steps = 5;
  await net.run(steps * 0.1, { dt: 0.1, seed: 3 });
  const k = net.state(group).arrays.get('k')!;
  const { mean, variance } = moments(k);
  const total = Float64Array.from(net.state(group).arrays.get('total')!);
  t.log(`last step: mean ${mean.toFixed(3)}, variance ${variance.toFixed(3)} over ${k.length} neurons`);
  t.true(k.every(Number.isInteger));
  t.true(Math.abs(mean - lam) < 0.15, `mean ${mean}`);
  t.true(Math.abs(variance - lam) < 0.6, `variance ${variance}`);
  t.true(Math.abs(total.reduce((a, x) => a + x, 0) / (k.length * steps) - lam) < 0.1, 'the mean over all steps');
});

test('a 64-iteration loop with an if inside compiles in seconds', (t) => {
  // a fresh output folder: the compile is not the one loadFixture may have cached
  const out = mkdtempSync(join(tmpdir(), 'braints-size-'));
  const t0 = process.hrtime.bigint();
  compileEntry(fixturePath(FIXTURE), out);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  t.log(`compiled in ${seconds.toFixed(1)} s`);
  t.true(seconds < 60, `compiling ${FIXTURE} took ${seconds.toFixed(1)} s`);
});

test('a 4096-iteration loop (the most unrolled) compiles: no walk over its chains recurses', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'braints-size-'));
  const { models: compiled } = compileEntry(fixturePath('constructs/poisson-sampler-4096.ts'), out);
  const m = compiled.find((x) => x.ir.name === 'PoissonSampler4096')!;
  const ll = statSync(m.llPath!).size;
  t.log(`N = 4096: ${nodeCount(m.ir)} IR nodes, .ll ${ll} bytes`);
  t.true(ll < 4096 * 1024, `the .ll of PoissonSampler4096 is ${ll} bytes`);
});

test('the attached IR and the .ll stay under 1 KiB per unrolled iteration', (t) => {
  const m = models[2];
  const ll = statSync(m.llPath).size;
  const attached = (mod.PoissonSampler64 as unknown as { __braints: { ir: string } }).__braints.ir.length;
  t.log(`N = 64: attached IR ${attached} bytes, .ll ${ll} bytes`);
  t.true(attached < 64 * 1024, `the attached IR of PoissonSampler64 is ${attached} bytes`);
  t.true(ll < 64 * 1024, `the .ll of PoissonSampler64 is ${ll} bytes`);
});

test('the attached IR, the .ll and the IR after the passes grow linearly with the trip count', (t) => {
  assertLinear(
    t,
    'attached IR (bytes)',
    TRIPS.map((n) => (mod[`PoissonSampler${n}`] as unknown as { __braints: { ir: string } }).__braints.ir.length),
  );
  assertLinear(
    t,
    '.ll (bytes)',
    models.map((m) => statSync(m.llPath).size),
  );
  assertLinear(
    t,
    'IR nodes after lowering',
    models.map((m) => nodeCount(m.ir)),
  );
  // every pass keeps shared nodes shared, with the parameter group-uniform (hoisting) or per neuron
  for (const perElementParams of [new Set<string>(), new Set(['lam'])]) {
    assertLinear(
      t,
      `IR nodes after the passes (per neuron: ${[...perElementParams].join(', ') || 'none'})`,
      models.map((m) => nodeCount(runPipeline(m.ir, { perElementParams }))),
    );
  }
});

test('decoding the attached IR gives back the model, its sharing included', (t) => {
  const all = [
    ...models.map((m) => m.ir),
    ...Object.values(builtIn)
      .filter((c) => typeof c === 'function' && '__braints' in c)
      .map((c) => loadModel(c as unknown as ModelClass).ir),
    // draws with arguments: poisson(mean) keeps its mean through a round trip
    ...['constructs/poisson-draws.ts', 'constructs/binomial-draws.ts'].flatMap((f) =>
      Object.values(loadFixture<Record<string, ModelClass>>(f)).map((c) => loadModel(c).ir),
    ),
  ];
  t.true(all.length > 20);
  for (const m of all) {
    const text = JSON.stringify(encodeModel(m));
    const back = decodeModel(JSON.parse(text));
    t.is(JSON.stringify(encodeModel(back)), text, `${m.name}: encode(decode(x)) = x`);
    t.is(nodeCount(back), nodeCount(m), `${m.name}: as many distinct nodes after decoding`);
    t.is(printModel(back), printModel(m), `${m.name}: prints the same`);
    // the attached IR was decoded already (loadModel): what it holds must still verify, in every layout
    const params = new Set(m.fields.filter((f) => f.role === 'param').map((f) => f.name));
    t.notThrows(() => runPipeline(back, { perElementParams: params }), `${m.name}: its IR verifies with per-neuron parameters`);
  }
});

test('an IR of an older BrainTS is refused by its version', (t) => {
  const Stale = class {};
  const meta = (mod.PoissonSampler16 as unknown as { __braints: Record<string, string> }).__braints;
  const old = { ...JSON.parse(meta.ir), version: 5 };
  Object.defineProperty(Stale, '__braints', { value: { ...meta, ir: JSON.stringify(old) } });
  t.throws(() => loadModel(Stale), { message: /compiled by another BrainTS version \(IR 5, this one reads \d+\); rebuild it/ });
});
