// A non-finite state stops the run with the group, variable, neuron, time and TypeScript line.
import test from 'ava';
import { Network, fromArrays, oneToOne } from '../index';
import { loadFixture } from './helpers/fixtures';
import type { NeuronGroup, Synapse, SynapseOptions } from '../index';

type SynapseClass = new (pre: NeuronGroup, post: NeuronGroup, opts: SynapseOptions) => Synapse;
const blowup = () =>
  loadFixture<{ Clock: new (n: number) => NeuronGroup; SquaringSynapse: SynapseClass; DoublingSynapse: SynapseClass }>('runtime/blowup.ts');

test('a non-finite per-synapse state names the projection, variable, synapse and source line', async (t) => {
  const { Clock, SquaringSynapse } = blowup();
  const cells = new Clock(2);
  // synapse 1 (1 -> 0) has w = 2: u = u^2 + 2 overflows after about ten spikes
  const syn = new SquaringSynapse(cells, cells, { connect: fromArrays([0, 1, 1], [1, 0, 1]), w: [0.1, 2, 0.2] });
  const net = new Network({ cells, syn });
  const err = await t.throwsAsync(net.run(10, { dt: 0.1 }));
  t.regex(err!.message, /syn\.u of synapse 1 \(cells 1 -> cells 0\) is Infinity/);
  t.regex(err!.message, /blowup\.ts:\d+: this\.u = this\.u \* this\.u \+ this\.w;/);
  t.regex(err!.message, /t = 1\.\d+ ms/);
});

test('a non-finite per-target state names the projection, variable and target neuron', async (t) => {
  const { Clock, DoublingSynapse } = blowup();
  const cells = new Clock(3);
  const syn = new DoublingSynapse(cells, cells, { connect: oneToOne() });
  const net = new Network({ cells, syn });
  const err = await t.throwsAsync(net.run(200, { dt: 0.1 }));
  t.regex(err!.message, /syn\.g of target neuron 0 \(cells\) is Infinity/);
});

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

test('a second run started before the first returned is refused, and the first runs as alone', async (t) => {
  const { Clock } = blowup();
  const make = () => {
    const cells = new Clock(2);
    return { cells, net: new Network({ cells }) };
  };
  const a = make();
  const first = a.net.run(5, { dt: 0.1 });
  await t.throwsAsync(a.net.run(5, { dt: 0.1 }), {
    message: /net\.run\(\): the network is running: await net\.run\(\.\.\.\) first/,
  });
  await first;
  const b = make();
  await b.net.run(5, { dt: 0.1 });
  t.is(a.net.t, b.net.t);
  t.deepEqual(a.net.state(a.cells).arrays, b.net.state(b.cells).arrays);
});
