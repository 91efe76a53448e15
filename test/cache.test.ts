// The build cache: a second build of an unchanged network compiles nothing.
import test from 'ava';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network, constant } from '../index';
import { Izhikevich } from '../models/index';

async function build(): Promise<number> {
  const g = new Izhikevich(10);
  const net = new Network({ g });
  net.input(g, 'I', constant(10));
  await net.run(1, { dt: 0.1 });
  return net.timing.compileSeconds;
}

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
