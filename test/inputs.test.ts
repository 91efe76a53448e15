// External inputs: each signal's value per step, and how an input reaches a subset of neurons
// with weights.
import test from 'ava';
import { constant, sections, ramp, timedArray, Network } from '../index';
import type { Signal } from '../index';
import { loadFixture } from './helpers/fixtures';
import type { NeuronGroup } from '../index';

const values = (s: Signal, n: number, step0 = 0, dt = 0.1) => {
  const out = new Float64Array(n);
  s.fill(out, step0, dt);
  return Array.from(out);
};

test('constant', (t) => t.deepEqual(values(constant(2.5), 3), [2.5, 2.5, 2.5]));

test('sections are whole steps long, and 0 after the last', (t) => {
  const v = values(
    sections([
      [1, 0.2],
      [3, 0.3],
    ]),
    7,
  );
  t.deepEqual(v, [1, 1, 3, 3, 3, 0, 0]);
  t.deepEqual(
    values(
      sections([
        [1, 0.2],
        [3, 0.3],
      ]),
      3,
      4,
    ),
    [3, 0, 0],
    'a block starting later',
  );
});

test('ramp is linear between its times and constant outside', (t) => {
  const v = values(ramp(0, 10, 0.1, 0.5), 7);
  [0, 0, 2.5, 5, 7.5, 10, 10].forEach((x, k) => t.true(Math.abs(v[k] - x) < 1e-12, `step ${k}: ${v[k]} vs ${x}`));
});

test('timedArray holds each value for its interval', (t) => {
  t.deepEqual(values(timedArray([1, 2, 3], 0.2), 8), [1, 1, 2, 2, 3, 3, 0, 0]);
});

test('an input reaches only the given neurons, scaled by their weights', async (t) => {
  const { Integrator } = loadFixture<{ Integrator: new (n: number) => NeuronGroup }>('runtime/integrator.ts');
  const g = new Integrator(4);
  const net = new Network({ g });
  net.input(
    g,
    'I',
    sections([
      [1, 1],
      [2, 1],
    ]),
    { neurons: [1, 3], weights: [10, -1] },
  );
  net.input(g, 'I', constant(0.5));
  await net.run(3, { dt: 0.5 }); // 6 steps: signal 1, 1, 2, 2, 0, 0
  t.deepEqual(Array.from(net.state(g).arrays.get('x')!), [3, 3 + 10 * 6, 3, 3 - 6]);
});

test('a signal must target a current', (t) => {
  const { Integrator } = loadFixture<{ Integrator: new (n: number) => NeuronGroup }>('runtime/integrator.ts');
  const g = new Integrator(2);
  const net = new Network({ g });
  t.throws(() => net.input(g, 'x', constant(1)), { message: 'input: g.x is a @state of Integrator; input adds into a @current (I)' });
  t.throws(() => net.input(g, 'I', constant(1), { neurons: [2] }), { message: /neuron 2 is not a neuron of the group \(0 to 1\)/ });
});
