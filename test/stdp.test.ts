// Plasticity: STDP (Song et al. 2000) on 1000 Poisson inputs onto one neuron, examples/stdp.ts,
// compared with Brian2 2.5.1 running its own examples/synapses/STDP.py (cpp_standalone, seed 3,
// 100 s): 228 weights ended below 0.1 wmax, 191 above 0.9 wmax, and the neuron fired 2636 times.
// Uniform initial weights put about 100 in each of those ranges; competition between the inputs
// pushes them to the bounds.
import test from 'ava';
import { loadFixture } from './helpers/fixtures';
import type { Network, Synapse } from '../index';

test('STDP moves the weights to the bounds as in Brian2 (Song et al. 2000)', async (t) => {
  const { default: make } = loadFixture<{ default: () => Network }>('../../examples/stdp.ts');
  const net = make();
  await net.run(100_000, { dt: 0.1, seed: 3 });
  const plastic = net.projections.get('plastic') as Synapse;
  const w = net.projection(plastic).arrays.get('w')!;
  const wmax = 0.01;
  const low = w.filter((x) => x < 0.1 * wmax).length,
    high = w.filter((x) => x > 0.9 * wmax).length;
  const spikes = net.spikeCount(net.groups.get('cell')!);
  t.log(`after 100 s: ${low} weights below 0.1 wmax, ${high} above 0.9 wmax, ${spikes} output spikes (Brian2: 228, 191, 2636)`);
  t.true(
    w.every((x) => x >= 0 && x <= wmax),
    'weights stay in [0, wmax]',
  );
  // ranges, not equality: the Poisson trains and initial weights come from another generator than Brian2's
  t.true(low > 180 && low < 290, `low weights: ${low}`);
  t.true(high > 150 && high < 240, `high weights: ${high}`);
  t.true(spikes > 2200 && spikes < 3100, `output spikes: ${spikes}`);
});
