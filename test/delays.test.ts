// Delays: a spike emitted at step n through a delay d arrives (its onPre runs) at step
// n + round(d / dt), for one delay per projection and for per-synapse delays.
import test from 'ava';
import { Network, fromArrays } from '../index';
import type { NeuronGroup, Synapse, Connector, Initializer } from '../index';
import { loadFixture } from './helpers/fixtures';

interface Fixture {
  FireOnce: new (n: number, init?: object) => NeuronGroup;
  Recorder: new (n: number) => NeuronGroup;
  Mark: new (pre: NeuronGroup, post: NeuronGroup, opts: { connect: Connector; delay?: Initializer; w?: Initializer }) => Synapse;
}

const dt = 0.1;

async function arrivals(delay: Initializer, targets: number[]): Promise<{ steps: number[]; totals: number[] }> {
  const { FireOnce, Recorder, Mark } = loadFixture<Fixture>('network/delays.ts');
  const src = new FireOnce(1, { t_fire: 1.0 }); // fires at step 10
  const dst = new Recorder(targets.length);
  const syn = new Mark(src, dst, {
    connect: fromArrays(
      targets.map(() => 0),
      targets,
    ),
    delay,
    w: Float64Array.from(targets, (_, k) => k + 1),
  });
  const net = new Network({ src, dst, syn });
  await net.run(5, { dt });
  const s = net.state(dst);
  return { steps: Array.from(s.arrays.get('arrival')!, (t) => Math.round(t / dt)), totals: Array.from(s.arrays.get('total')!) };
}

test('one delay for the projection: spike at step n arrives at n + round(d/dt)', async (t) => {
  t.deepEqual((await arrivals(1.5, [0, 1])).steps, [25, 25]);
  t.deepEqual((await arrivals(0, [0])).steps, [10], 'delay 0 arrives in the step of the spike');
  t.deepEqual((await arrivals(0.26, [0])).steps, [13], '0.26 ms rounds to 3 steps');
});

test('per-synapse delays: each synapse at its own step', async (t) => {
  const r = await arrivals(Float64Array.from([0.3, 1.04, 2.26, 0]), [0, 1, 2, 3]);
  t.deepEqual(r.steps, [13, 20, 33, 10]);
  t.deepEqual(r.totals, [1, 2, 3, 4], 'each synapse delivered once, with its own weight');
});
