// Every complete model file in README.md and docs/*.md compiles and runs as shown
// (test/helpers/doc-examples.ts says which blocks those are); the README's own example fires as
// its comments say.
import test from 'ava';
import { Network } from '../index';
import { docExamples, loadDocExample } from './helpers/doc-examples';
import type { DocExample } from './helpers/doc-examples';

interface ExampleModule {
  default?: () => Network | Promise<Network>;
  duration?: number;
  dt?: number;
}

async function runExample(example: DocExample): Promise<Network> {
  const mod = loadDocExample<ExampleModule>(example);
  if (typeof mod.default !== 'function')
    throw new Error(
      `${example.doc}:${example.line}: the example imports, so it is a model file: give it a default export that builds the Network`,
    );
  const net = await mod.default();
  if (!(net instanceof Network)) throw new Error(`${example.doc}:${example.line}: the default export does not build a Network`);
  await net.run(mod.duration ?? 10, { dt: mod.dt ?? 0.1 });
  return net;
}

test('the README and docs/ have complete examples to run', (t) => {
  const docs = new Set(docExamples().map((e) => e.doc));
  t.true(docs.has('README.md'));
  t.true(docs.has('docs/semantics.md'));
});

for (const example of docExamples()) {
  test(`${example.doc}:${example.line} (${example.name}) compiles and runs`, async (t) => {
    const net = await runExample(example);
    t.true(net.groups.size > 0);
  });
}

test('the README example builds a network that fires', async (t) => {
  const example = docExamples().find((e) => e.doc === 'README.md')!;
  const mod = loadDocExample<ExampleModule>(example);
  const net = await mod.default!();
  await net.run(100, { dt: 0.1 });
  const [cells] = net.groups.values();
  // tau dV/dt = -(V - V_rest) + I with I = 20 mV: V crosses -50 mV after tau ln 4 = 13.9 ms, then resets
  t.is(net.spikeCount(cells), 1000 * 7);
});
