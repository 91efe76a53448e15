// Poisson counts (runtime/poisson.ts, and its C form runtime/native/poisson.h for the driver's
// Poisson inputs): the right mean and variance from 0.02 to 200 events per draw, on both sides of
// the switch from inversion to PTRS; the native driver and the JavaScript reference give the same
// counts bit for bit; inputs that jump a @state land at the start of the step, before the update;
// poisson(mean) in model code vectorizes and has the same moments (its native = JavaScript test
// is in test/constructs.test.ts, fixture constructs/poisson-draws.ts).
import test from 'ava';
import { Network } from '../index';
import { runNetworkReference } from '../runtime/js-network-reference';
import { logOf, poissonCount, poissonSetup } from '../runtime/poisson';
import { neuronKey, stepKey } from '../runtime/random';
import { LIF } from '../models/index';
import { loadFixture } from './helpers/fixtures';
import { moments } from './helpers/statistics';
import { VECTORIZED, optimizedKernel } from './helpers/vectorized';
import { loadModel } from '../runtime/model';
import type { NeuronGroup } from '../index';

const { Jumps } = loadFixture<{ Jumps: new (n: number, init?: Record<string, unknown>) => NeuronGroup }>('runtime/jumps.ts');

/**
 * Mean and variance of n Poisson(lambda) counts within 5 standard errors: sqrt(lambda / n) for the
 * mean, sqrt((lambda + 2 lambda^2) / n) for the variance (a Poisson law's fourth central moment is
 * lambda + 3 lambda^2). A wrong constant in the sampler moves one of them by far more.
 */
function checkMoments(t: import('ava').ExecutionContext, xs: ArrayLike<number>, lambda: number, what: string): void {
  const n = xs.length;
  const { mean, variance } = moments(xs);
  const seMean = Math.sqrt(lambda / n),
    seVar = Math.sqrt((lambda + 2 * lambda * lambda) / n);
  t.true(Math.abs(mean - lambda) < 5 * seMean, `${what}: mean ${mean}, expected ${lambda} +- ${5 * seMean}`);
  t.true(Math.abs(variance - lambda) < 5 * seVar, `${what}: variance ${variance}, expected ${lambda} +- ${5 * seVar}`);
}

const LAMBDAS = [0.02, 2, 9.5, 10, 20, 200];

test('Poisson counts have the mean and variance of their law (inversion below 10, PTRS from 10)', (t) => {
  for (const lambda of LAMBDAS) {
    const setup = poissonSetup(lambda);
    const key = stepKey(7, 3, 11);
    const xs = Float64Array.from({ length: 400_000 }, (_, i) => poissonCount(neuronKey(key, i), setup));
    t.true(
      xs.every((x) => Number.isInteger(x) && x >= 0),
      `lambda ${lambda}: whole counts >= 0`,
    );
    checkMoments(t, xs, lambda, `lambda ${lambda}`);
  }
});

test('the PTRS counts follow the Poisson pmf, bin by bin', (t) => {
  // chi-square over the bins with expected count >= 20: a wrong squeeze or acceptance bound would
  // tilt the shape without moving the mean much
  for (const lambda of [10, 20, 200]) {
    const setup = poissonSetup(lambda);
    const n = 400_000;
    const hist = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const k = poissonCount(neuronKey(stepKey(1, 2, 3), i), setup);
      hist.set(k, (hist.get(k) ?? 0) + 1);
    }
    let chi2 = 0,
      bins = 0,
      logP = -lambda; // log pmf at k = 0
    for (let k = 0; k < lambda * 3 + 50; k++) {
      if (k > 0) logP += Math.log(lambda / k);
      const expected = n * Math.exp(logP);
      if (expected < 20) continue;
      chi2 += ((hist.get(k) ?? 0) - expected) ** 2 / expected;
      bins++;
    }
    // chi-square with `bins` degrees of freedom: mean bins, sd sqrt(2 bins); 6 sd above is far out
    t.true(chi2 < bins + 6 * Math.sqrt(2 * bins), `lambda ${lambda}: chi2 ${chi2.toFixed(1)} over ${bins} bins`);
  }
});

test("the sampler's logarithm is within 2 ulp of Math.log", (t) => {
  let worst = 0;
  for (let i = 0; i < 200_000; i++) {
    const x = Math.exp((i / 200_000) * 200 - 100) * (1 + i * 1e-7);
    const err = Math.abs(logOf(x) - Math.log(x)) / (Number.EPSILON * Math.max(1, Math.abs(Math.log(x))));
    worst = Math.max(worst, err);
  }
  t.true(worst <= 2, `worst ${worst} ulp`);
});

test('native Poisson input into a @state: the JavaScript reference counts bit for bit, with the right moments', async (t) => {
  const n = 20_000,
    steps = 3,
    dt = 0.1;
  const groups = Object.fromEntries(LAMBDAS.map((l, j) => [`g${j}`, new Jumps(n)]));
  const net = new Network(groups);
  LAMBDAS.forEach((lambda, j) => net.poissonInput(groups[`g${j}`], 'n', { sources: 100, rate: (lambda / (100 * dt)) * 1e3, weight: 1 }));
  await net.run(0, { dt, seed: 5 });
  const ref = runNetworkReference(net, { steps });
  await net.run(steps * dt);
  LAMBDAS.forEach((lambda, j) => {
    const native = net.state(groups[`g${j}`]).arrays.get('n')!;
    const js = ref.groups[`g${j}`].n;
    const differ = native.findIndex((x, i) => !Object.is(x, js[i]));
    t.is(differ, -1, `lambda ${lambda}: neuron ${differ} has ${native[differ]} natively, ${js[differ]} in JavaScript`);
    // three steps: Poisson(3 lambda) per neuron
    checkMoments(t, native, 3 * lambda, `native, 3 x lambda ${lambda}`);
  });
});

test('a jump of a @state lands at the start of its step, before the update (hand computation)', async (t) => {
  // V decays by (1 - dt/tau) per Euler step; a jump of J at step s, applied before that step's
  // update, is J (1 - dt/tau)^(steps - s) after `steps` steps
  const g = new Jumps(2);
  const net = new Network({ g });
  net.events(g, 'V', { times: [0, 0.3, 0.3], indices: [0, 0, 1], values: [2, 5, -1] });
  const steps = 6,
    dt = 0.1,
    r = 1 - dt / 10;
  await net.run(steps * dt, { dt });
  const V = net.state(g).arrays.get('V')!;
  t.true(Math.abs(V[0] - (2 * r ** 6 + 5 * r ** 3)) < 1e-12, `V[0] = ${V[0]}`);
  t.true(Math.abs(V[1] - -1 * r ** 3) < 1e-12, `V[1] = ${V[1]}`);
});

test('Poisson jumps of a @state with dynamics: native and reference agree, on 1 and 2 threads', async (t) => {
  const make = () => {
    const g = new Jumps(3000, { tau: 5 });
    const net = new Network({ g });
    net.poissonInput(g, 'V', { sources: 50, rate: 40, weight: 0.25, neurons: Array.from({ length: 1500 }, (_, i) => 2 * i) });
    net.poissonInput(g, 'V', { sources: 400, rate: 300, weight: -0.01 }); // lambda 12 per step: PTRS
    return { g, net };
  };
  const a = make();
  await a.net.run(0, { dt: 0.1, seed: 9, threads: 1 });
  const ref = runNetworkReference(a.net, { steps: 40 });
  await a.net.run(4);
  const b = make();
  await b.net.run(4, { dt: 0.1, seed: 9, threads: 2 });
  const native = a.net.state(a.g).arrays.get('V')!;
  t.deepEqual(Array.from(native), Array.from(ref.groups.g.V), 'reference');
  t.deepEqual(Array.from(b.net.state(b.g).arrays.get('V')!), Array.from(native), '2 threads');
  t.true(
    native.some((v) => v !== 0),
    'the input reached V',
  );
});

test('inputs refuse a variable they cannot add into, naming the group and variable', (t) => {
  const cells = new LIF(4);
  const net = new Network({ cells });
  t.throws(() => net.poissonInput(cells, 'tau', { sources: 1, rate: 1, weight: 1 }), {
    message: 'poissonInput: cells.tau is a @param of LIF; poissonInput adds into a @current or @state (V, t_last, I)',
  });
  t.throws(() => net.events(cells, 'W', { times: [1], indices: [0] }), {
    message: 'events: cells.W is not a variable of LIF; events adds into a @current or @state (V, t_last, I)',
  });
  // a signal is a level, not a jump: it feeds currents only
  t.throws(() => net.input(cells, 'V', { description: 'one', fill: (out) => out.fill(1) }), {
    message: 'input: cells.V is a @state of LIF; input adds into a @current (I)',
  });
});

type DrawsClass = new (n: number, init?: Record<string, unknown>) => NeuronGroup;
const { PoissonDraws } = loadFixture<{ PoissonDraws: DrawsClass }>('constructs/poisson-draws.ts');

test('poisson(mean) in a kernel: the moments of its law for means 0.02 to 200', async (t) => {
  const n = 100_000;
  const groups = Object.fromEntries(LAMBDAS.map((mean, j) => [`g${j}`, new PoissonDraws(n, { mean })]));
  const net = new Network(groups);
  await net.run(0.1, { dt: 0.1, seed: 3 });
  LAMBDAS.forEach((mean, j) => checkMoments(t, net.state(groups[`g${j}`]).arrays.get('k')!, mean, `kernel, mean ${mean}`));
});

test('a kernel with poisson() is vectorized (no loop or branch in the draw)', (t) => {
  const { llPath } = loadModel(PoissonDraws);
  t.regex(optimizedKernel(llPath).remarks, VECTORIZED);
});
