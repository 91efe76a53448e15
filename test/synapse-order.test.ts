// Per-synapse values given as arrays are in the order of the connector's own list of synapses
// (fromArrays: the user's order), whatever order the rows are stored in; reading per-synapse
// state back uses the same order, and multapses (the same pair twice) stay distinct.
import test from 'ava';
import { Network, fromArrays, fixedTotal } from '../index';
import type { NeuronGroup, Synapse, Connector, Initializer } from '../index';
import { loadFixture } from './helpers/fixtures';

interface Fixture {
  FireAt: new (n: number, init?: object) => NeuronGroup;
  Sum: new (n: number) => NeuronGroup;
  AddWeight: new (pre: NeuronGroup, post: NeuronGroup, opts: { connect: Connector; delay?: Initializer; w?: Initializer }) => Synapse;
}

const dt = 0.1;
// 11 synapses, deliberately not sorted by (pre, post), with two multapses (1 -> 2 twice, 3 -> 0 twice)
const pre = [3, 1, 0, 2, 1, 3, 0, 2, 3, 1, 0];
const post = [0, 2, 1, 2, 2, 0, 3, 0, 1, 0, 2];
const w = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
const delay = [0.3, 1.2, 0, 2.5, 0.7, 1.9, 0.4, 3.1, 0.1, 2.2, 1.6]; // ms
const tFire = [1.0, 1.5, 2.0, 2.5]; // ms, per presynaptic neuron

test('fromArrays: weights and delays land on the synapses the user listed them for', async (t) => {
  const { FireAt, Sum, AddWeight } = loadFixture<Fixture>('network/order.ts');
  const src = new FireAt(4, { t_fire: tFire });
  const dst = new Sum(4);
  const syn = new AddWeight(src, dst, { connect: fromArrays(pre, post), delay: Float64Array.from(delay), w: Float64Array.from(w) });
  const net = new Network({ src, dst, syn });
  await net.run(8, { dt });

  // by hand: synapse x delivers once, at step round(tFire / dt) + round(delay / dt)
  const total = [0, 0, 0, 0],
    weighted = [0, 0, 0, 0];
  for (let x = 0; x < pre.length; x++) {
    const arrival = (Math.round(tFire[pre[x]] / dt) + Math.round(delay[x] / dt)) * dt;
    total[post[x]] += w[x];
    weighted[post[x]] += w[x] * arrival;
  }
  const s = net.state(dst);
  t.deepEqual(Array.from(s.arrays.get('total')!), total, 'each target got the weights of its own synapses');
  const got = Array.from(s.arrays.get('weighted')!);
  got.forEach((v, j) => t.true(Math.abs(v - weighted[j]) <= 1e-9 * Math.abs(weighted[j]), `target ${j}: ${v} against ${weighted[j]}`));

  t.deepEqual(Array.from(net.synapseState(syn, 'w')), w, 'read back in the order given');
  t.deepEqual(Array.from(net.synapseState(syn, 'arrivals')), new Array(pre.length).fill(1), 'every synapse, multapses too, fired once');
  const listed = net.synapses(syn);
  t.deepEqual(Array.from(listed.pre), pre);
  t.deepEqual(Array.from(listed.post), post);
});

test('fromArrays: a function initializer gets the index in the user list, and a wrong length names the projection', async (t) => {
  const { FireAt, Sum, AddWeight } = loadFixture<Fixture>('network/order.ts');
  const src = new FireAt(4, { t_fire: tFire });
  const dst = new Sum(4);
  const syn = new AddWeight(src, dst, { connect: fromArrays(pre, post), w: (x: number) => 10 * x });
  const net = new Network({ src, dst, syn });
  await net.run(1, { dt });
  t.deepEqual(
    Array.from(net.synapseState(syn, 'w')),
    pre.map((_, x) => 10 * x),
  );

  const bad = new AddWeight(src, dst, { connect: fromArrays(pre, post), w: [1, 2, 3] });
  await t.throwsAsync(new Network({ src, dst, bad }).run(1, { dt }), { message: 'bad.w: the array has 3 values for 11 synapses' });
});

test('generated rules list synapses by presynaptic neuron, then target; multapses stay distinct', async (t) => {
  const { FireAt, Sum, AddWeight } = loadFixture<Fixture>('network/order.ts');
  const src = new FireAt(3, { t_fire: [1, 1, 1] });
  const dst = new Sum(3);
  const n = 40; // 40 pairs drawn from 9: multapses certain
  const syn = new AddWeight(src, dst, { connect: fixedTotal(n), w: (x: number) => x });
  const net = new Network({ src, dst, syn });
  await net.run(2, { dt });
  const { pre: i, post: j } = net.synapses(syn);
  t.is(i.length, n);
  for (let x = 1; x < n; x++) t.true(i[x - 1] < i[x] || (i[x - 1] === i[x] && j[x - 1] <= j[x]), `synapse ${x} in order`);
  t.deepEqual(
    Array.from(net.synapseState(syn, 'w')),
    Array.from({ length: n }, (_, x) => x),
  );
  t.deepEqual(Array.from(net.synapseState(syn, 'arrivals')), new Array(n).fill(1));
  const total = [0, 0, 0];
  for (let x = 0; x < n; x++) total[j[x]] += x;
  t.deepEqual(Array.from(net.state(dst).arrays.get('total')!), total);
});

test('a monitor of a fromArrays projection records its synapses in the user order', async (t) => {
  const { FireAt, Sum, AddWeight } = loadFixture<Fixture>('network/order.ts');
  const src = new FireAt(4, { t_fire: tFire });
  const dst = new Sum(4);
  const syn = new AddWeight(src, dst, { connect: fromArrays(pre, post), delay: Float64Array.from(delay), w: Float64Array.from(w) });
  const net = new Network({ src, dst, syn });
  const all = net.monitorState(syn, ['w', 'arrivals'], { includeEnd: true });
  const some = net.monitorState(syn, ['w'], { synapses: [9, 0, 4], name: 'some' });
  await net.run(8, { dt });
  const rows = all.steps.length;
  t.deepEqual(Array.from(all.values('w').subarray((rows - 1) * pre.length)), w, 'columns in the user order');
  t.deepEqual(Array.from(all.values('arrivals').subarray((rows - 1) * pre.length)), Array.from(net.synapseState(syn, 'arrivals')));
  t.deepEqual(Array.from(some.values('w').subarray(0, 3)), [w[9], w[0], w[4]]);
  t.deepEqual(Array.from(some.synapsePairs!), [pre[9], post[9], pre[0], post[0], pre[4], post[4]]);
});
