// Spike monitors keep (step, neuron) pairs in chunks that grow without copying: a group where
// every neuron fires at every step fills many chunks, and every spike comes back in order.
import test from 'ava';
import { Network } from '../index';
import type { NeuronGroup } from '../index';
import { loadFixture } from './helpers/fixtures';

test('every spike of many chunks comes back, in order, with its time', async (t) => {
  const { Clock } = loadFixture<{ Clock: new (n: number) => NeuronGroup }>('runtime/blowup.ts');
  const n = 1000,
    steps = 150;
  const cells = new Clock(n);
  const net = new Network({ cells });
  const m = net.monitorSpikes(cells);
  await net.run(steps * 0.1, { dt: 0.1 });
  t.is(m.count, n * steps);
  const times = m.times,
    indices = m.indices,
    pairs = m.pairs;
  for (let k = 0; k < m.count; k++) {
    const step = Math.floor(k / n);
    if (times[k] !== step * 0.1 || indices[k] !== k % n || pairs[2 * k] !== times[k] || pairs[2 * k + 1] !== indices[k]) {
      t.fail(`spike ${k}: (${times[k]}, ${indices[k]}), expected (${step * 0.1}, ${k % n})`);
      return;
    }
  }
  // a second run appends to the same record
  await net.run(1);
  t.is(m.count, n * (steps + 10));
  t.is(m.indices[m.count - 1], n - 1);
});
