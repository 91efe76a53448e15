// Rows sorted by delay (runtime/delay-rows.ts): a projection whose per-synapse delays span few
// steps for the length of its rows is delivered from its rows reordered by delay. Its targets must
// sum each step's inputs in the order a delay queue gives them (by arrival step, then the spike's
// step, then the presynaptic neuron, then the connector's list), which these tests check bit for
// bit with weights whose sum depends on the order; and everything read in the list's order
// (synapses, per-synapse state) must not see the reordering.
import test from 'ava';
import { Network, fromArrays } from '../index';
import type { NeuronGroup, Synapse, Connector, Initializer } from '../index';
import { synapseDelays } from '../runtime/delay-rows';
import { loadFixture } from './helpers/fixtures';
import { LIF } from '../models/index';

interface Fixture {
  FireAt: new (n: number, init?: object) => NeuronGroup;
  Sum: new (n: number) => NeuronGroup;
  AddWeight: new (pre: NeuronGroup, post: NeuronGroup, opts: { connect: Connector; delay?: Initializer; w?: Initializer }) => Synapse;
}

const dt = 0.1;
const tFire = [1.0, 1.3, 1.3]; // ms: neuron 0 at step 10, neurons 1 and 2 together at step 13
const targets = [0, 1, 63, 64, 70, 129]; // in both thread shares of 130 targets, and either side of their cut (64)

/**
 * A list of synapses, not sorted by (pre, post), whose weights' sum depends on the order they are
 * added in (2^53 and small values), with delays of 0 to 2 ms so that inputs sent at different steps
 * arrive together, and multapses with the same delay.
 */
function synapseList(): { pre: number[]; post: number[]; w: number[]; delay: number[] } {
  const list = { pre: [] as number[], post: [] as number[], w: [] as number[], delay: [] as number[] };
  let h = 12345;
  const next = () => (h = (Math.imul(h, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const magnitudes = [2 ** 53, 1, 3, 0.5, 2 ** 52];
  for (let x = 0; x < 360; x++) {
    list.pre.push(Math.floor(next() * 3));
    list.post.push(targets[Math.floor(next() * targets.length)]);
    list.w.push((next() < 0.5 ? -1 : 1) * magnitudes[Math.floor(next() * magnitudes.length)]);
    list.delay.push(Math.round(next() * 20) / 10);
  }
  return list;
}

/** Each target's total as a delay queue adds it up: by arrival step, then sending step, then presynaptic neuron, then list index. */
function queueTotals(list: ReturnType<typeof synapseList>, nTargets: number): number[] {
  const sent = (x: number) => Math.round(tFire[list.pre[x]] / dt);
  const arrival = (x: number) => sent(x) + Math.round(list.delay[x] / dt);
  const xs = list.pre.map((_, x) => x);
  xs.sort((a, b) => arrival(a) - arrival(b) || sent(a) - sent(b) || list.pre[a] - list.pre[b] || a - b);
  const total = new Array(nTargets).fill(0);
  for (const x of xs) total[list.post[x]] += list.w[x];
  return total;
}

/** The list's synapses from 3 firing sources onto 130 summing targets, with their delays and weights. */
function sortedByDelay() {
  const { FireAt, Sum, AddWeight } = loadFixture<Fixture>('network/order.ts');
  const list = synapseList();
  const src = new FireAt(3, { t_fire: tFire });
  const dst = new Sum(130);
  const syn = new AddWeight(src, dst, {
    connect: fromArrays(list.pre, list.post),
    delay: Float64Array.from(list.delay),
    w: Float64Array.from(list.w),
  });
  return { list, src, dst, syn };
}

for (const threads of [1, 2, 3]) {
  test(`rows sorted by delay, ${threads} thread(s): each target sums its inputs in a delay queue's order, bit for bit`, async (t) => {
    const { list, src, dst, syn } = sortedByDelay();
    const net = new Network({ src, dst, syn });
    await net.run(5, { dt, threads });

    const p = net.projection(syn);
    t.truthy(p.delayRows, 'the rows are sorted by delay (3 rows of about 120 synapses, delays of 0 to 20 steps)');
    // each delay cut at the threads' shares of the targets where its bounds fit (2 threads), else
    // found by bisection (3 threads: 3 rows x (21 delays x 3 + 1) bounds of 4 bytes, more than the
    // 360 synapses' 2-byte delays)
    const { bounds, shares, shortest } = p.delayRows!;
    t.is(shares, threads === 3 ? 1 : threads);
    if (shares === 2) {
      // share_begin(0, 130, 1, 2): the second thread's targets begin at 64
      const stride = (p.queueSlots - shortest) * 2 + 1;
      const { col } = p.csr;
      let misplaced = 0;
      for (let i = 0; i < 3; i++)
        for (let b = 0; b + 1 < stride; b++)
          for (let k = bounds[i * stride + b]; k < bounds[i * stride + b + 1]; k++) if (col[k] >= 64 !== (b % 2 === 1)) misplaced++;
      t.is(misplaced, 0, "each delay's synapses cut where the targets pass into the second thread's share");
    }
    t.is(p.delays, undefined, 'no per-synapse delays kept beside the bounds');
    const expected = queueTotals(list, 130);
    t.deepEqual(Array.from(net.state(dst).arrays.get('total')!), expected);
    t.not(
      expected[targets[0]],
      list.w.reduce((s, w, x) => (list.post[x] === targets[0] ? s + w : s), 0),
      'the sum in list order differs: the order is tested',
    );
    // read in the list's order, as given
    t.deepEqual(Array.from(net.synapseState(syn, 'w')), list.w);
    t.deepEqual(Array.from(net.synapseState(syn, 'arrivals')), new Array(list.pre.length).fill(1));
    const listed = net.synapses(syn);
    t.deepEqual(Array.from(listed.pre), list.pre);
    t.deepEqual(Array.from(listed.post), list.post);
    // the delays made back from the bounds, by row position, are the list's
    const delays = synapseDelays(p);
    const order = p.csr.order!;
    t.deepEqual(
      Array.from(delays, (_, k) => delays[k] * dt),
      Array.from(order, (x) => Math.round(list.delay[x] / dt) * dt),
    );
    // reset refills the per-synapse values at their moved places: the same run again
    net.reset();
    await net.run(5, { dt, threads });
    t.deepEqual(Array.from(net.state(dst).arrays.get('total')!), expected, 'after reset');
    t.deepEqual(Array.from(net.synapseState(syn, 'w')), list.w, 'after reset');
    // values set in the list's order land on the synapses listed
    const halved = Float64Array.from(list.w, (w) => w / 2);
    net.set(syn, { w: halved });
    t.deepEqual(Array.from(net.synapseState(syn, 'w')), Array.from(halved), 'after net.set');
  });
}

test('rows sorted by delay keep a delay queue where the bounds would cost more than the delays (short rows, long delays)', async (t) => {
  const { FireAt, Sum, AddWeight } = loadFixture<Fixture>('network/order.ts');
  const src = new FireAt(3, { t_fire: tFire });
  const dst = new Sum(4);
  // 6 synapses with delays up to 40 steps: 3 x 42 x 2 bounds and ring slots per row, for 6 synapses
  const syn = new AddWeight(src, dst, {
    connect: fromArrays([0, 1, 2, 0, 1, 2], [0, 1, 2, 3, 3, 3]),
    delay: Float64Array.of(0.1, 4, 2, 0.5, 1, 3),
  });
  const net = new Network({ src, dst, syn });
  await net.run(8, { dt });
  t.is(net.projection(syn).delayRows, undefined);
  t.truthy(net.projection(syn).delays);
  t.deepEqual(Array.from(net.synapseState(syn, 'arrivals')), [1, 1, 1, 1, 1, 1]);
});

test('rows sorted by delay in a network delivered on one thread are not cut at the threads shares, and sum as the queue does', async (t) => {
  const { PreDepressing } = loadFixture<{
    PreDepressing: new (pre: NeuronGroup, post: NeuronGroup, opts: { connect: Connector }) => Synapse;
  }>('network/threads.ts');
  const { list, src, dst, syn } = sortedByDelay();
  // an onPre writing its presynaptic neuron: the driver delivers every projection on thread 0
  const a = new LIF(4),
    b = new LIF(4);
  const dep = new PreDepressing(a, b, { connect: fromArrays([0, 1], [2, 3]) });
  const net = new Network({ src, dst, syn, a, b, dep });
  await net.run(5, { dt, threads: 2 });
  t.is(net.projection(syn).delayRows!.shares, 1, 'one share: the second thread delivers nothing');
  t.deepEqual(Array.from(net.state(dst).arrays.get('total')!), queueTotals(list, 130));
});
