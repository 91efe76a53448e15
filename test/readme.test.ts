// The model example in the README compiles and runs as shown.
import test from 'ava';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileEntry } from '../cli/compile';
import { Network } from '../index';
import { ROOT } from './helpers/fixtures';

test('the README example builds a network that fires', async (t) => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  t.truthy(code, 'the README has a ts code block');
  const dir = join(ROOT, '.braints', 'readme');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'example.ts'), code!);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(compileEntry(join(dir, 'example.ts')).entryJs) as { default: () => Network };
  const net = mod.default();
  await net.run(100, { dt: 0.1 });
  const [cells] = net.groups.values();
  // tau dV/dt = -(V - V_rest) + I with I = 20 mV: V crosses -50 mV after tau ln 4 = 13.9 ms, then resets
  t.is(net.spikeCount(cells), 1000 * 7);
});
