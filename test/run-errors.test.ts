// A non-finite state stops the run with the group, variable, neuron, time and TypeScript line.
import test from 'ava';
import { Network } from '../index';
import { loadFixture } from './helpers/fixtures';
import type { NeuronGroup } from '../index';

test('a NaN names group, variable, neuron, time and source line', async (t) => {
  const { Blowup } = loadFixture<{ Blowup: new (n: number, init?: object) => NeuronGroup }>('runtime/blowup.ts');
  // neuron 3 starts with x = 2: x' = x^2 doubles it... until it overflows to Infinity
  const g = new Blowup(5, { x: [0.1, 0.2, 0.3, 2, 0.1] });
  const net = new Network({ cells: g });
  const err = await t.throwsAsync(net.run(1000, { dt: 1 }));
  t.regex(err!.message, /cells\.x of neuron 3 is Infinity/);
  t.regex(err!.message, /test\/fixtures\/runtime\/blowup\.ts:\d+: this\.x = this\.x \* this\.x \+ this\.x;/);
  t.regex(err!.message, /t = \d+\.\d+ ms/);
});
