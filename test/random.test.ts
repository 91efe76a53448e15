// The counter-based generator: native draws equal the JavaScript ones bit for bit, they do not
// depend on how neurons are split into calls, and their statistics are right.
import test from 'ava';
import { Network } from '../index';
import type { NeuronGroup } from '../index';
import { neuronKey, normalDraw, normalDraw32, stepKey, uniformDraw, uniformDraw32 } from '../runtime/random';
import type { Precision } from '../ir/pipeline';
import { loadFixture } from './helpers/fixtures';

type Draws = new (n: number) => NeuronGroup;

async function nativeDraws(n: number, seed: number, precision: Precision = 'float64'): Promise<{ u: Float64Array; z: Float64Array }> {
  const { Draws } = loadFixture<{ Draws: Draws }>('runtime/draws.ts');
  const g = new Draws(n);
  const net = new Network({ g });
  await net.run(0.1, { dt: 0.1, seed, precision }); // one step
  const s = net.state(g);
  return { u: Float64Array.from(s.arrays.get('u')!), z: Float64Array.from(s.arrays.get('z')!) };
}

test('native draws equal the JavaScript generator exactly', async (t) => {
  const { u, z } = await nativeDraws(1000, 42);
  const key = stepKey(42, 0, 0);
  for (let i = 0; i < 1000; i++) {
    t.is(u[i], uniformDraw(neuronKey(key, i), 0), `uniform of neuron ${i}`);
    t.true(Math.abs(z[i] - normalDraw(neuronKey(key, i), 1)) <= 1e-15 * Math.max(1, Math.abs(z[i])), `normal of neuron ${i}`);
  }
});

test('float32: native uniform draws equal uniformDraw32 exactly, normal draws normalDraw32 to a few float ulps', async (t) => {
  const { u, z } = await nativeDraws(1000, 42, 'float32');
  const key = stepKey(42, 0, 0);
  let worst = 0;
  for (let i = 0; i < 1000; i++) {
    t.is(u[i], uniformDraw32(neuronKey(key, i), 0), `uniform of neuron ${i}`);
    // libmvec's logf and cosf (within 1 ulp or so) against correctly rounded Math.log and Math.cos
    worst = Math.max(worst, Math.abs(z[i] - normalDraw32(neuronKey(key, i), 1)));
  }
  t.log(`normal draws: worst difference ${worst.toExponential(2)}`);
  // 1e-6: a few ulps of z near |z| = 4, where an ulp is 4.8e-7
  t.true(worst <= 1e-6, `normal draws differ by up to ${worst}`);
  t.true(
    u.every((x) => x > 0 && x < 1),
    'in (0, 1)',
  );
});

test('uniform and normal draws have the right moments and no structure between neurons', async (t) => {
  const n = 200_000;
  const { u, z } = await nativeDraws(n, 7);
  const mean = (a: Float64Array) => a.reduce((s, x) => s + x, 0) / a.length;
  const mu = mean(u),
    mz = mean(z);
  const vu = mean(u.map((x) => (x - mu) ** 2)),
    vz = mean(z.map((x) => (x - mz) ** 2));
  // standard errors: uniform mean 0.00065, normal mean 0.0022, variances ~1%
  t.true(Math.abs(mu - 0.5) < 0.004, `uniform mean ${mu}`);
  t.true(Math.abs(vu - 1 / 12) < 0.002, `uniform variance ${vu}`);
  t.true(Math.abs(mz) < 0.012, `normal mean ${mz}`);
  t.true(Math.abs(vz - 1) < 0.02, `normal variance ${vz}`);
  t.true(u.every((x) => x > 0 && x <= 1));
  let corr = 0;
  for (let i = 1; i < n; i++) corr += (u[i] - mu) * (u[i - 1] - mu);
  t.true(Math.abs(corr / (n - 1) / vu) < 0.012, `lag-1 correlation between neighbouring neurons ${corr / (n - 1) / vu}`);
  const bins = new Array(20).fill(0);
  for (const x of u) bins[Math.min(19, Math.floor(x * 20))]++;
  const chi2 = bins.reduce((s, b) => s + (b - n / 20) ** 2 / (n / 20), 0);
  t.true(chi2 < 43.8, `chi-square with 19 degrees of freedom: ${chi2} (p = 0.001 bound 43.8)`);
});

test('different seeds give different draws', async (t) => {
  const a = await nativeDraws(100, 1);
  const b = await nativeDraws(100, 2);
  t.notDeepEqual(Array.from(a.u), Array.from(b.u));
});
