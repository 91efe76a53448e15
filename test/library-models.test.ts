// A user's model extending a built-in model of 'braints/models', whose class the compiler sees as
// a .d.ts (test/fixtures/library/extends-library.ts): it inherits fields, ODEs and update from the
// library's source, as a base class of the user's own project would give them.
import test from 'ava';
import { Network, constant } from '../index';
import type { NeuronGroup } from '../index';
import type { SpikeGeneratorGroup } from '../models';
import { LIF, LIFExact } from '../models';
import { loadFixture } from './helpers/fixtures';

interface Fixture {
  MyLIF: new (n: number) => NeuronGroup;
  TaggedGenerator: typeof SpikeGeneratorGroup;
}

async function spikeTimes(group: NeuronGroup, drive?: number): Promise<number[]> {
  const net = new Network({ group });
  if (drive !== undefined) net.input(group, 'I', constant(drive));
  const m = net.monitorSpikes(group);
  await net.run(100, { dt: 0.1 });
  return Array.from(m.times);
}

test('an LIF subclass overriding its @ode keeps the inherited fields and update and integrates with its own dV', async (t) => {
  const { MyLIF } = loadFixture<Fixture>('library/extends-library.ts');
  const fields = new MyLIF(1).model.ir.fields.map((f) => f.name);
  t.deepEqual(fields.sort(), ['I', 'R', 'V', 'V_reset', 'V_rest', 'V_th', 't_last', 't_ref', 'tau']);
  const mine = await spikeTimes(new MyLIF(1), 20);
  // the override is LIFExact's exponential Euler, not LIF's forward Euler
  t.deepEqual(mine, await spikeTimes(new LIFExact(1), 20));
  t.notDeepEqual(mine, await spikeTimes(new LIF(1), 20));
  t.true(mine.length > 3);
});

test('a SpikeGeneratorGroup subclass inherits its update: the given events are its spikes', async (t) => {
  const { TaggedGenerator } = loadFixture<Fixture>('library/extends-library.ts');
  const g = new TaggedGenerator(3, { times: [1, 5, 5.2], indices: [2, 0, 1] });
  t.true(g.model.ir.fields.some((f) => f.name === 'tag' && f.role === 'param'));
  const net = new Network({ g });
  const m = net.monitorSpikes(g);
  await net.run(10, { dt: 0.1 });
  t.deepEqual(Array.from(m.indices), [2, 0, 1]);
  t.deepEqual(
    Array.from(m.times).map((x) => Math.round(x * 10)),
    [10, 50, 52],
  );
});
