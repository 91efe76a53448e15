// The Potjans & Diesmann microcircuit (examples/microcircuit.ts) against NEST 3.10 running NEST's
// own example (test/data/microcircuit/: nest_rates.json and the README that defines the model):
// the numbers of the model at scales 0.1, 0.5 and 1; the network built at scale 0.1 (synapse
// counts, weights and delays per projection); and the spike statistics at scale 0.1 over seeds.
//
// The rate criterion, per population, with b = NEST's 3 rates (seeds 55, 56, 57), sd = their sample
// standard deviation (n - 1) and r = our rates over SEEDS (rate = spikes in (500, 1500] ms / (N * 1 s)):
//   (1) mean(r) lies in [min(b) - 2 sd, max(b) + 2 sd], and
//   (2) every r_k lies in [min(b) - 4 sd, max(b) + 4 sd].
// Why these bounds: the two simulators draw connectivity, initial values and Poisson input from
// different generators, so the networks agree only in distribution and rates are compared as
// samples. NEST's spread is of 3 seeds only: their [min, max] spans about +-0.85 sd around the
// mean, and the sd of 3 values is itself uncertain by a factor of about 2 (chi-square with 2
// degrees of freedom: its 5 % quantile is 0.23 sd^2), so the mean of our seeds is allowed 2 sd beyond
// [min, max] and a single run 4 sd. A wrong model fails it by far: without the DC compensation
// the network falls silent (L23E 0.001 Hz).
// CV ISI and synchrony are logged beside NEST's and tested loosely (the CV within 0.1 of NEST's
// range, synchrony within a factor 2): the synchrony measure varies strongly between
// realisations (NEST's L23I: 2.58 to 3.57) and both need many spikes per neuron, which the
// silent-prone populations (L23E, L6E: about 60 % silent) do not have.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Network } from '../index';
import { spikeStatistics } from '../analysis/spike-statistics';
import type { SpikeStatistics } from '../analysis/spike-statistics';
import { loadFixture, ROOT } from './helpers/fixtures';
import { synapseDelays } from '../runtime/delay-rows';

interface Summary {
  mean: number;
  sd: number;
  min: number;
  max: number;
}
interface Scale {
  num_neurons: Record<string, number>;
  num_synapses_recurrent: number;
  num_synapses_matrix_target_by_source: number[][];
  ext_indegrees: Record<string, number>;
  weight_matrix_mean_pA_target_by_source: number[][];
  weight_ext_pA: number;
  DC_amp_pA: Record<string, number>;
  connection_stats_source_to_target_seed55?: Record<
    string,
    { n: number; w_mean: number; w_std: number; d_mean: number; d_std: number; frac_d_eq_0p1: number }
  >;
  summary_over_seeds: { populations: Record<string, Record<'rate_hz' | 'cv_isi' | 'synchrony' | 'frac_silent', Summary>> };
}
const REF = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'microcircuit', 'nest_rates.json'), 'utf8')) as {
  scales: Record<string, Scale>;
};

interface Example {
  default: (o: { scale?: number }) => Network;
  microcircuitParameters: (scale: number) => { N: number[]; K: number[][]; w: number[][]; Kext: number[]; wExt: number; I_e: number[] };
  POPULATIONS: readonly string[];
  dt: number;
  duration: number;
  presimulation: number;
}
const example = () => loadFixture<Example>('../../examples/microcircuit.ts');

const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

test('the model at scales 0.1, 0.5 and 1: sizes, synapse counts, weights, external input and DC as NEST has them', (t) => {
  const ex = example();
  for (const [scale, ref] of Object.entries(REF.scales)) {
    const p = ex.microcircuitParameters(Number(scale));
    t.deepEqual(
      p.N,
      ex.POPULATIONS.map((x) => ref.num_neurons[x]),
      `N at ${scale}`,
    );
    t.deepEqual(p.K, ref.num_synapses_matrix_target_by_source, `K at ${scale}`);
    t.is(
      p.K.flat().reduce((a, b) => a + b, 0),
      ref.num_synapses_recurrent,
    );
    t.true(
      p.w.every((row, i) => row.every((w, j) => close(w, ref.weight_matrix_mean_pA_target_by_source[i][j]))),
      `weights at ${scale}`,
    );
    t.deepEqual(
      p.Kext,
      ex.POPULATIONS.map((x) => ref.ext_indegrees[x]),
    );
    t.true(close(p.wExt, ref.weight_ext_pA));
    t.true(
      p.I_e.every((I, i) => close(I, ref.DC_amp_pA[ex.POPULATIONS[i]] ?? 0, 1e-9)),
      `DC at ${scale}: ${p.I_e.join(', ')}`,
    );
  }
});

const SEEDS = [1, 2, 3];

/** Our statistics per population, in NEST's window (500, 1500] ms of spike stamps. */
function statistics(ex: Example, net: Network): Map<string, SpikeStatistics> {
  const out = new Map<string, SpikeStatistics>();
  const from = Math.round(ex.presimulation / ex.dt),
    to = Math.round(ex.duration / ex.dt);
  for (const m of net.spikeMonitors) {
    // a spike of step n is stamped n + 1 by NEST (the end of its step)
    const stamps = Array.from(m.times, (x) => Math.round(x / ex.dt) + 1);
    out.set(m.name, spikeStatistics(stamps, m.indices, m.group.size, { from, to, dt: ex.dt, binSteps: 30 }));
  }
  return out;
}

test.serial('scale 0.1, built: synapses, weights and delays per projection as NEST builds them', async (t) => {
  const ex = example();
  const net = ex.default({ scale: 0.1 });
  await net.run(0, { dt: ex.dt, seed: 1 });
  const stats = REF.scales['0.1'].connection_stats_source_to_target_seed55!;
  let total = 0;
  for (const [key, ref] of Object.entries(stats)) {
    if (ref.n === 0) continue;
    const [source, target] = key.split('->');
    const syn = net.projections.get(`${source}_${target}`)!;
    const p = net.projection(syn);
    const w = p.arrays.get('w')!,
      d = synapseDelays(p);
    t.is(w.length, ref.n, key);
    total += w.length;
    const mean = (xs: ArrayLike<number>, f = (x: number) => x) => Array.from(xs).reduce((a, x) => a + f(x), 0) / xs.length;
    const wm = mean(w),
      ws = Math.sqrt(mean(w, (x) => (x - wm) ** 2));
    const dm = mean(d, (x) => x * ex.dt),
      ds = Math.sqrt(mean(d, (x) => (x * ex.dt - dm) ** 2));
    // two samples of n synapses: their means differ with sd s sqrt(2 / n) (allowed: 10 s / sqrt(n),
    // 7 of those), their sds relatively with about 1 / sqrt(n) (allowed: 5 of those)
    const meanTolerance = (s: number) => (10 * s) / Math.sqrt(ref.n);
    const sdTolerance = 5 / Math.sqrt(ref.n);
    t.true(
      Math.abs(wm - ref.w_mean) < meanTolerance(ref.w_std) && Math.abs(ws / ref.w_std - 1) < sdTolerance,
      `${key} weights ${wm} +- ${ws}, NEST ${ref.w_mean} +- ${ref.w_std}`,
    );
    t.true(
      Math.abs(dm - ref.d_mean) < meanTolerance(ref.d_std) + 1e-9 && Math.abs(ds / ref.d_std - 1) < sdTolerance,
      `${key} delays ${dm} +- ${ds}, NEST ${ref.d_mean} +- ${ref.d_std}`,
    );
    t.true(
      Array.from(d).every((x) => x >= 1),
      `${key}: no delay below one step`,
    );
    const frac = mean(d, (x) => (x === 1 ? 1 : 0)),
      q = ref.frac_d_eq_0p1;
    t.true(Math.abs(frac - q) < 5 * Math.sqrt(Math.max(q, 1e-3) / ref.n) + 1e-3, `${key}: ${frac} of the delays at 0.1 ms, NEST ${q}`);
  }
  t.is(total, REF.scales['0.1'].num_synapses_recurrent);
  net.dispose();
});

test.serial('scale 0.1: the same spikes on 1 and 2 threads (every draw keyed by global indices)', async (t) => {
  const ex = example();
  const spikes: string[] = [];
  for (const threads of [1, 2]) {
    const net = ex.default({ scale: 0.1 });
    await net.run(100, { dt: ex.dt, seed: 4, threads });
    t.is(net.threads, threads);
    spikes.push(net.spikeMonitors.map((m) => `${m.name}:${Array.from(m.pairs).join(',')}`).join(';'));
    net.dispose();
  }
  t.true(spikes[0].length > 1000, 'the network fires');
  t.is(spikes[1], spikes[0]);
});

test.serial(
  `scale 0.1: rates over seeds ${SEEDS.join(', ')} within NEST's spread over its 3 seeds; CV ISI and synchrony near NEST's`,
  async (t) => {
    const ex = example();
    const runs: Map<string, SpikeStatistics>[] = [];
    for (const seed of SEEDS) {
      const net = ex.default({ scale: 0.1 });
      await net.run(ex.duration, { dt: ex.dt, seed });
      runs.push(statistics(ex, net));
      net.dispose();
    }
    const ref = REF.scales['0.1'].summary_over_seeds.populations;
    const f = (x: number) => x.toFixed(3);
    for (const pop of ex.POPULATIONS) {
      const r = runs.map((s) => s.get(pop)!);
      const nest = ref[pop];
      const rates = r.map((s) => s.rate_hz),
        m = rates.reduce((a, b) => a + b, 0) / rates.length;
      const { min, max, sd } = nest.rate_hz;
      t.log(
        `${pop}: rate ${rates.map(f).join(', ')} (mean ${f(m)}) Hz, NEST ${f(nest.rate_hz.mean)} [${f(min)}, ${f(max)}] sd ${f(sd)}; ` +
          `CV ${r.map((s) => f(s.cv_isi)).join(', ')}, NEST ${f(nest.cv_isi.mean)}; ` +
          `synchrony ${r.map((s) => s.synchrony.toFixed(2)).join(', ')}, NEST ${nest.synchrony.mean.toFixed(2)}; ` +
          `silent ${r.map((s) => f(s.frac_silent)).join(', ')}, NEST ${f(nest.frac_silent.mean)}`,
      );
      t.true(
        m >= min - 2 * sd && m <= max + 2 * sd,
        `${pop}: our mean rate ${f(m)} Hz is outside [min - 2 sd, max + 2 sd] = [${f(min - 2 * sd)}, ${f(max + 2 * sd)}] of NEST's`,
      );
      for (const [k, x] of rates.entries())
        t.true(
          x >= min - 4 * sd && x <= max + 4 * sd,
          `${pop} seed ${SEEDS[k]}: rate ${f(x)} Hz outside [min - 4 sd, max + 4 sd] = [${f(min - 4 * sd)}, ${f(max + 4 * sd)}]`,
        );
      const cv = r.map((s) => s.cv_isi).reduce((a, b) => a + b, 0) / r.length;
      t.true(
        cv >= nest.cv_isi.min - 0.1 && cv <= nest.cv_isi.max + 0.1,
        `${pop}: mean CV ISI ${f(cv)}, NEST [${f(nest.cv_isi.min)}, ${f(nest.cv_isi.max)}]`,
      );
      const sync = r.map((s) => s.synchrony).reduce((a, b) => a + b, 0) / r.length;
      t.true(
        sync >= nest.synchrony.min / 2 && sync <= 2 * nest.synchrony.max,
        `${pop}: synchrony ${sync.toFixed(2)}, NEST [${nest.synchrony.min}, ${nest.synchrony.max}]`,
      );
    }
  },
);
