// Binomial counts (runtime/binomial.ts, a model's binomial(n, p); llvm/emit-binomial.ts is its
// kernel form, whose draws equal these bit for bit: test/constructs.test.ts, fixture
// constructs/binomial-draws.ts): the edge cases as defined, the mean and variance of the law on
// both sides of the switch from inversion to BTRS and of p = 1/2, BTRS's shape bin by bin, the
// bound on inversion's terms, and in a kernel: the same moments, a vectorized loop, and an n that
// is no number of trials stopping the run.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { Network } from '../index';
import type { NeuronGroup } from '../index';
import { BINOMIAL, binomialCount, log1pOf } from '../runtime/binomial';
import { logFactorial } from '../runtime/poisson';
import { neuronKey, stepKey } from '../runtime/random';
import { loadFixture } from './helpers/fixtures';
import { moments } from './helpers/statistics';
import { VECTORIZED, optimizedKernel } from './helpers/vectorized';
import { loadModel } from '../runtime/model';

/**
 * Mean and variance of Binomial(n, p) counts within 5 standard errors: sqrt(v / N) for the mean,
 * sqrt((mu4 - v^2) / N) for the variance, with v = n p q and the fourth central moment
 * mu4 = v (1 + 3 (n - 2) p q).
 */
function checkMoments(t: ExecutionContext, xs: ArrayLike<number>, n: number, p: number, what: string): void {
  const N = xs.length;
  const { mean, variance } = moments(xs);
  const v = n * p * (1 - p),
    mu4 = v * (1 + 3 * (n - 2) * p * (1 - p));
  const seMean = Math.sqrt(v / N),
    seVar = Math.sqrt((mu4 - v * v) / N);
  t.true(Math.abs(mean - n * p) <= 5 * seMean, `${what}: mean ${mean}, expected ${n * p} +- ${5 * seMean}`);
  t.true(Math.abs(variance - v) <= 5 * seVar, `${what}: variance ${variance}, expected ${v} +- ${5 * seVar}`);
}

const draws = (n: number, p: number, count: number, seed = 7) =>
  Float64Array.from({ length: count }, (_, i) => binomialCount(neuronKey(stepKey(seed, 3, 11), i), n, p));

test('binomial edge cases: n = 0 or p = 0 give 0, p = 1 gives n, what is no binomial law NaN', (t) => {
  for (let i = 0; i < 1000; i++) {
    const key = neuronKey(stepKey(1, 2, 3), i);
    t.is(binomialCount(key, 0, 0.4), 0);
    t.is(binomialCount(key, 1e6, 0), 0);
    t.is(binomialCount(key, 37, 1), 37);
    t.is(binomialCount(key, BINOMIAL.maxTrials, 1), BINOMIAL.maxTrials);
  }
  for (const [n, p] of [
    [2.5, 0.5],
    [-1, 0.5],
    [NaN, 0.5],
    [Infinity, 0.5],
    [BINOMIAL.maxTrials + 1, 0.5],
    [10, -0.1],
    [10, 1.1],
    [10, NaN],
  ])
    t.true(Number.isNaN(binomialCount(5, n, p)), `binomial(${n}, ${p}) is NaN`);
  const k = draws(BINOMIAL.maxTrials, 0.3, 1000);
  t.true(
    k.every((x) => Number.isInteger(x) && Math.abs(x - 0.3 * BINOMIAL.maxTrials) < 10 * Math.sqrt(0.21 * BINOMIAL.maxTrials)),
    'the largest n draws whole counts near n p',
  );
});

// inversion (n q < 10), BTRS (n q >= 10, from just above the switch), p > 1/2 through the symmetry
const LAWS: [number, number][] = [
  [1, 0.3],
  [5, 0.5],
  [37, 0.001],
  [1e6, 1e-6],
  [19, 0.5],
  [20, 0.5],
  [37, 0.3],
  [37, 0.7],
  [1000, 0.5],
  [1000, 0.999],
  [1e6, 0.001],
  [1e6, 0.3],
];

test('binomial counts have the mean and variance of their law (inversion below n q = 10, BTRS above)', (t) => {
  for (const [n, p] of LAWS) {
    const xs = draws(n, p, 200_000);
    t.true(
      xs.every((x) => Number.isInteger(x) && x >= 0 && x <= n),
      `n ${n}, p ${p}: whole counts from 0 to n`,
    );
    checkMoments(t, xs, n, p, `n ${n}, p ${p}`);
  }
});

test('the BTRS counts follow the binomial pmf, bin by bin', (t) => {
  // chi-square over the bins with expected count >= 20: a wrong squeeze, hat or log-factorial
  // would tilt the shape without moving the mean much
  for (const [n, p] of [
    [20, 0.5],
    [37, 0.3],
    [37, 0.7],
    [1000, 0.05],
    [1e6, 0.4],
  ]) {
    const N = 400_000;
    const hist = new Map<number, number>();
    for (const k of draws(n, p, N, 2)) hist.set(k, (hist.get(k) ?? 0) + 1);
    let chi2 = 0,
      bins = 0;
    for (const k of hist.keys()) {
      const logPmf = logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
      const expected = N * Math.exp(logPmf);
      if (expected < 20) continue;
      chi2 += (hist.get(k)! - expected) ** 2 / expected;
      bins++;
    }
    // chi-square with `bins` degrees of freedom: mean bins, sd sqrt(2 bins); 6 sd above is far out
    t.true(bins >= 10, `n ${n}, p ${p}: ${bins} bins`);
    t.true(chi2 < bins + 6 * Math.sqrt(2 * bins), `n ${n}, p ${p}: chi2 ${chi2.toFixed(1)} over ${bins} bins`);
  }
});

test("inversion's terms: P(k > inversionTerms) < 2.3e-17 wherever inversion is used (n q < 10)", (t) => {
  let worst = 0;
  for (const n of [47, 48, 60, 100, 1000, 1e4, 1e6, BINOMIAL.maxTrials]) {
    const q = Math.min(0.5, (10 - 1e-9) / n);
    // the tail from inversionTerms + 1 on, summed term by term from the exact log pmf
    let tail = 0;
    for (let k = BINOMIAL.inversionTerms + 1; k <= Math.min(n, 400); k++)
      tail += Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(q) + (n - k) * Math.log1p(-q));
    worst = Math.max(worst, tail);
  }
  t.true(worst < 2.3e-17, `worst tail ${worst}`);
});

test('log1pOf is within 4 ulp of Math.log1p on [-1/2, 0]', (t) => {
  let worst = 0;
  for (let i = 1; i < 200_000; i++) {
    const x = -Math.exp(-(i / 200_000) * 60) / 2;
    worst = Math.max(worst, Math.abs(log1pOf(x) - Math.log1p(x)) / (Number.EPSILON * Math.abs(Math.log1p(x))));
  }
  t.true(worst <= 4, `worst ${worst} ulp`);
});

type LawClass = new (n: number, init?: Record<string, unknown>) => NeuronGroup;
const { BinomialLaw } = loadFixture<{ BinomialLaw: LawClass }>('runtime/binomial-law.ts');

test('binomial(n, p) in a kernel: the moments of its law, n and p per neuron', async (t) => {
  const N = 50_000;
  const laws: [number, number][] = [
    [5, 0.5],
    [37, 0.7],
    [1000, 0.001],
    [1e6, 0.3],
  ];
  // n and p per neuron: each group holds one law, in a kernel that does not know it
  const groups = Object.fromEntries(
    laws.map(([n, p], j) => [`g${j}`, new BinomialLaw(N, { n: new Float64Array(N).fill(n), p: new Float64Array(N).fill(p) })]),
  );
  const net = new Network(groups);
  await net.run(0.1, { dt: 0.1, seed: 3 });
  laws.forEach(([n, p], j) => checkMoments(t, net.state(groups[`g${j}`]).arrays.get('k')!, n, p, `kernel, n ${n}, p ${p}`));
});

test('an n that is no number of trials makes the draw NaN, which stops the run', async (t) => {
  const g = new BinomialLaw(4, { n: [3, 4, 2.5, 6] });
  const err = await t.throwsAsync(new Network({ cells: g }).run(0.1, { dt: 0.1 }));
  t.regex(err!.message, /cells\.k of neuron 2 is NaN/);
});

test('a kernel with binomial() is vectorized (no loop or branch in the draw)', (t) => {
  const { BinomialDraws } = loadFixture<{ BinomialDraws: LawClass }>('constructs/binomial-draws.ts');
  const { llPath } = loadModel(BinomialDraws);
  t.regex(optimizedKernel(llPath).remarks, VECTORIZED);
});
