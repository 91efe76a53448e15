// `npm run bench -- microcircuit [--scales 0.1,0.5] [--full] [--seed N] [--threads T] [--precision float64|float32|both] [--no-nest]`:
// the Potjans & Diesmann microcircuit (examples/microcircuit.ts, 500 ms presimulation + 1000 ms,
// dt 0.1 ms) at each scale, one process per run (its peak memory is the run's): build time
// (state and connectivity, and the kernels' compile), run time per simulated second, synaptic
// events (spikes times their synapses) per second of run time, peak memory and memory per
// synapse, and the rates per population against NEST's reference (test/data/microcircuit/).
// NEST runs beside it where it is installed, through the reference's driver bench/microcircuit/run_mc.py,
// on the same threads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Precision } from '../ir/pipeline';
import type { Network } from '../index';
import { compileEntry } from '../cli/compile';
import { spikeStatistics } from '../analysis/spike-statistics';
import { plotRaster } from '../runtime/output/raster';
import { PEERS_PYTHON } from './peers';

const ROOT = join(__dirname, '..', '..');
/** The Python that imports NEST: NEST_PYTHON, or the peers' (bench/peers.ts). */
const NEST_PYTHON = process.env.NEST_PYTHON ?? PEERS_PYTHON;
/** NEST's example (GPL, not copied here): pynest/examples/Potjans_2014 of nest-simulator e0a0745546eb. */
const NEST_EXAMPLE = process.env.MC_EXAMPLE_DIR ?? join(ROOT, 'bench', 'microcircuit', 'Potjans_2014');
const NEST_INSTALL_HINT =
  'NEST skipped: it needs NEST 3.10 with iaf_psc_exp and poisson_generator importable by $NEST_PYTHON or $PEERS_PYTHON ' +
  `(now ${NEST_PYTHON}; build as in test/data/microcircuit/README.md section 6) and NEST's example in $MC_EXAMPLE_DIR ` +
  '(git -C nest-simulator archive e0a0745546eb pynest/examples/Potjans_2014 | tar -x; MC_EXAMPLE_DIR=pynest/examples/Potjans_2014)';

interface OursChild {
  buildSeconds: number;
  /** CPU time of the build and kernel compile in this process, all threads (opt and llc run in child processes). */
  buildCpuSeconds: number;
  compileSeconds: number;
  runSeconds: number;
  /** CPU time of the run, all threads: on a shared machine the wall time depends on the load. */
  runCpuSeconds: number;
  steps: number;
  synapses: number;
  events: number;
  peakMiB: number;
  threads: number;
  rates: Record<string, number>;
}

/** The child process of one run: compiles the example, runs it, prints one line of JSON. */
export async function microcircuitChild(args: string[]): Promise<void> {
  const [scale, seed, entryJs, threads] = [Number(args[0]), Number(args[1]), args[2], args[3] === 'auto' ? undefined : Number(args[3])];
  const precision = args[4] as Precision;
  // compiled by the parent (benchMicrocircuit), so that this process's peak memory is the network's
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ex = require(entryJs) as { default: (o: { scale: number }) => Network; dt: number; duration: number; presimulation: number };
  const net = ex.default({ scale });
  const build0 = process.cpuUsage();
  await net.run(0, { dt: ex.dt, seed, threads, precision }); // builds and compiles: the run's CPU time below is the run's alone
  const build = process.cpuUsage(build0);
  const cpu0 = process.cpuUsage();
  await net.run(ex.duration, { dt: ex.dt, seed, threads, precision });
  const cpu = process.cpuUsage(cpu0);
  const runCpuSeconds = (cpu.user + cpu.system) / 1e6;
  // synaptic events: each spike times the synapses leaving its neuron
  let synapses = 0,
    events = 0;
  const rates: Record<string, number> = {};
  for (const m of net.spikeMonitors) {
    const outDegree = new Float64Array(m.group.size);
    for (const s of net.projections.values()) {
      const p = net.projection(s);
      if (p.pre.group !== m.group) continue;
      for (let i = 0; i < m.group.size; i++) outDegree[i] += p.csr.rowptr[i + 1] - p.csr.rowptr[i];
    }
    const indices = m.indices;
    for (let k = 0; k < indices.length; k++) events += outDegree[indices[k]];
    const stamps = Array.from(m.times, (x) => Math.round(x / ex.dt) + 1);
    const window = { from: Math.round(ex.presimulation / ex.dt), to: Math.round(ex.duration / ex.dt), dt: ex.dt, binSteps: 30 };
    rates[m.name] = spikeStatistics(stamps, indices, m.group.size, window).rate_hz;
  }
  for (const s of net.projections.values()) synapses += net.projection(s).csr.col.length;
  // the peak before plotting, which loads the plotting libraries
  const out: OursChild = {
    ...net.timing,
    buildCpuSeconds: (build.user + build.system) / 1e6,
    runCpuSeconds,
    synapses,
    events,
    peakMiB: peakMiB(),
    threads: net.threads!,
    rates,
  };
  await plotAll(net, ex.duration, ex.dt, join(ROOT, 'out', `microcircuit-raster-scale${scale}.png`));
  process.stdout.write(JSON.stringify(out) + '\n');
}

/** One raster of every population, L23E at the top, over the last 200 ms. */
async function plotAll(net: Network, durationMs: number, dt: number, path: string): Promise<void> {
  const times: number[] = [],
    indices: number[] = [];
  let offset = 0;
  for (const m of net.spikeMonitors) {
    const t = m.times,
      i = m.indices;
    for (let k = 0; k < t.length; k++) {
      times.push(t[k]);
      indices.push(offset + i[k]);
    }
    offset += m.group.size;
  }
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await plotRaster(path, {
    title: `microcircuit, ${net.spikeMonitors.map((m) => m.name).join(', ')} from index 0 (the bottom) up`,
    times: Float64Array.from(times),
    indices: Float64Array.from(indices),
    count: times.length,
    nNeurons: offset,
    durationMs,
    dtMs: dt,
    window: [durationMs - 200, durationMs],
  });
}

/** This process's peak resident memory in MiB (VmHWM). */
function peakMiB(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

function runOurs(scale: number, seed: number, outDir: string, precision: Precision, threads?: number): OursChild {
  const r = spawnSync(
    process.execPath,
    [join(__dirname, 'main.js'), '__microcircuit', String(scale), String(seed), outDir, String(threads ?? 'auto'), precision],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0)
    throw new Error(`our microcircuit run at scale ${scale} failed with status ${r.status}${r.signal ? ` (${r.signal})` : ''}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as OursChild;
}

interface NestResult {
  build: number;
  simulate1500: number;
  peakMiB: number;
  connections: number;
}

function nestAvailable(): string | undefined {
  const ok = spawnSync(NEST_PYTHON, ['-c', "import nest; assert 'iaf_psc_exp' in nest.node_models"], { stdio: 'ignore', timeout: 120_000 });
  if (ok.status !== 0) return NEST_INSTALL_HINT;
  if (!existsSync(join(NEST_EXAMPLE, 'network.py'))) return NEST_INSTALL_HINT;
  return undefined;
}

/**
 * NEST keeps at most 2^27 - 2 connections per thread (virtual process) and synapse model, so the
 * full scale's 0.3 billion synapses do not fit on 2 threads; its example's sim_params.py asks for
 * 4 threads and warns that fewer may fail, and its reference runs (test/data/microcircuit/README.md)
 * used 4 on the 2 cores. NEST therefore runs on our thread count where its synapses fit (with a
 * tenth to spare for the uneven split between threads), else on the smallest multiple of it that
 * holds them: the same cores, more threads.
 */
const NEST_MAX_CONNECTIONS_PER_THREAD = 134_217_726;

function nestThreads(synapses: number, threads: number): number {
  let t = threads;
  while ((synapses * 1.1) / t > NEST_MAX_CONNECTIONS_PER_THREAD) t += threads;
  return t;
}

/** One NEST run through the reference driver, under bench/brian2/maxrss.py for its peak memory. */
function runNest(scale: number, seed: number, threads: number, outDir: string): NestResult | { error: string } {
  const dir = join(outDir, `nest-${scale}`);
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    NEST_PYTHON,
    [
      join(ROOT, 'bench', 'brian2', 'maxrss.py'),
      NEST_PYTHON,
      join(ROOT, 'bench', 'microcircuit', 'run_mc.py'),
      ...['--scale', String(scale), '--seed', String(seed), '--threads', String(threads), '--out', dir],
    ],
    {
      env: { ...process.env, MC_EXAMPLE_DIR: NEST_EXAMPLE, PYTHONWARNINGS: 'ignore' },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      timeout: 60 * 60_000,
    },
  );
  const lines = (r.stdout ?? '').split('\n');
  const rss = lines.find((l) => l.startsWith('MAXRSS_KB '));
  if (r.status !== 0 || !existsSync(join(dir, 'run_meta.json')))
    return { error: `NEST failed (status ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}` };
  const meta = JSON.parse(readFileSync(join(dir, 'run_meta.json'), 'utf8')) as {
    timing_s: { build: number; simulate_total_1500ms: number };
    num_connections_kernel: number;
  };
  return {
    build: meta.timing_s.build,
    simulate1500: meta.timing_s.simulate_total_1500ms,
    peakMiB: rss ? Number(rss.split(' ')[1]) / 1024 : NaN,
    connections: meta.num_connections_kernel,
  };
}

interface NestReferenceRun {
  seed: number;
  threads: number;
  timing_s: { build: number; simulate_1000ms: number };
  peak_rss_mib: number;
  cpu_percent: number;
}

/** What the bench reads of test/data/microcircuit/nest_rates.json: NEST's rates over seeds and its runs. */
interface NestReference {
  scales: Record<
    string,
    {
      summary_over_seeds: { populations: Record<string, { rate_hz: { mean: number; sd: number; min: number; max: number } }> };
      runs: Record<string, NestReferenceRun>;
    }
  >;
}

/**
 * One run's rate against NEST's seeds, as test/microcircuit.test.ts judges a single run: inside
 * [min - 4 sd, max + 4 sd] (and said when also inside the tighter [min - 2 sd, max + 2 sd]).
 */
function rateVerdict(r: number, n: { sd: number; min: number; max: number }): 'within 2 sd' | 'within 4 sd' | 'outside' {
  if (r >= n.min - 2 * n.sd && r <= n.max + 2 * n.sd) return 'within 2 sd';
  return r >= n.min - 4 * n.sd && r <= n.max + 4 * n.sd ? 'within 4 sd' : 'outside';
}

export interface MicrocircuitBenchOptions {
  scales: number[];
  seed: number;
  threads?: number;
  nest: boolean;
  /** ours runs once in each (NEST computes in double) */
  precisions: Precision[];
}

export function benchMicrocircuit(o: MicrocircuitBenchOptions): void {
  const ref = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'microcircuit', 'nest_rates.json'), 'utf8')) as NestReference;
  const work = mkdtempSync(join(tmpdir(), 'braints-bench-mc-'));
  process.stdout.write(
    `microcircuit: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg()[0].toFixed(2)}; 1.5 s simulated, dt 0.1 ms\n`,
  );
  const skip = o.nest ? nestAvailable() : 'NEST skipped (--no-nest)';
  if (skip) process.stdout.write(skip + '\n');
  const rows: Record<string, unknown>[] = [];
  // the example's build output inside the repository, where it resolves `braints` to this package
  mkdirSync(join(ROOT, '.braints'), { recursive: true });
  const t0 = process.hrtime.bigint();
  const { entryJs } = compileEntry(join(ROOT, 'examples', 'microcircuit.ts'), mkdtempSync(join(ROOT, '.braints', 'bench-mc-')));
  const typescriptSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(`TypeScript compile of examples/microcircuit.ts (cold): ${typescriptSeconds.toFixed(2)} s\n`);
  for (const scale of o.scales) {
    // every precision of ours before NEST's run: on the developers' VM a float32 run right after
    // NEST's (14 GB at full scale) took up to 1.5 times the float64 run's time before it, where
    // without NEST between them float32 is the faster (docs/microcircuit.md)
    const runs = o.precisions.map((precision) => ({ precision, ours: runOurs(scale, o.seed, entryJs, precision, o.threads) }));
    const nestT = nestThreads(runs[0].ours.synapses, runs[0].ours.threads);
    const nest = skip ? undefined : runNest(scale, o.seed, nestT, work);
    for (const { precision, ours } of runs) rows.push(reportRun(scale, precision, ours, typescriptSeconds, ref, skip, nest, nestT));
  }
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const file = join(ROOT, 'out', 'bench-microcircuit.json');
  writeFileSync(file, JSON.stringify({ load: loadavg(), seed: o.seed, rows }, null, 1));
  process.stdout.write(`wrote ${file}\n`);
}

/** Prints one run of ours at one scale and precision beside NEST's (its run at that scale, or its reference runs), and returns its row of the JSON. */
function reportRun(
  scale: number,
  precision: Precision,
  ours: OursChild,
  typescriptSeconds: number,
  ref: NestReference,
  skip: string | undefined,
  nest: NestResult | { error: string } | undefined,
  nestT: number,
): Record<string, unknown> {
  const simulated = (ours.steps * 0.1) / 1000;
  const row: Record<string, unknown> = {
    scale,
    precision,
    threads: ours.threads,
    synapses: ours.synapses,
    build_s: ours.buildSeconds,
    build_cpu_s: ours.buildCpuSeconds,
    kernels_s: ours.compileSeconds,
    typescript_s: typescriptSeconds,
    run_s_per_simulated_s: ours.runSeconds / simulated,
    run_cpu_s_per_simulated_s: ours.runCpuSeconds / simulated,
    events_per_s: ours.events / ours.runSeconds,
    peak_mib: ours.peakMiB,
    bytes_per_synapse: (ours.peakMiB * 2 ** 20) / ours.synapses,
    rates: ours.rates,
  };
  process.stdout.write(
    `scale ${scale}: ${ours.synapses} synapses, ${ours.threads} thread(s), ${precision}: build ${ours.buildSeconds.toFixed(2)} s + kernels ${ours.compileSeconds.toFixed(2)} s (CPU ${ours.buildCpuSeconds.toFixed(2)} s), ` +
      `run ${(ours.runSeconds / simulated).toFixed(2)} s per simulated s ` +
      `(CPU ${(ours.runCpuSeconds / simulated).toFixed(2)} s), ` +
      `${(ours.events / ours.runSeconds / 1e6).toFixed(1)} M synaptic events/s, peak ${ours.peakMiB.toFixed(0)} MiB ` +
      `(${((ours.peakMiB * 2 ** 20) / ours.synapses).toFixed(1)} B per synapse)\n`,
  );
  const nestRef = ref.scales[String(scale)]?.summary_over_seeds.populations;
  if (nestRef) {
    for (const [pop, r] of Object.entries(ours.rates)) {
      const n = nestRef[pop].rate_hz;
      process.stdout.write(
        `  ${pop.padEnd(5)} ${r.toFixed(3)} Hz   NEST ${n.mean.toFixed(3)} [${n.min.toFixed(3)}, ${n.max.toFixed(3)}] sd ${n.sd.toFixed(3)}: ${rateVerdict(r, n)}\n`,
      );
    }
    const verdicts = Object.entries(ours.rates).map(([pop, r]) => [pop, rateVerdict(r, nestRef[pop].rate_hz)] as const);
    const outside = (bound: 'within 4 sd' | 'outside') => verdicts.filter(([, v]) => v === bound || v === 'outside').map(([p]) => p);
    row.rates_outside_2sd = outside('within 4 sd');
    row.rates_outside_4sd = outside('outside');
    process.stdout.write(
      `  rates against NEST's seeds (test/microcircuit.test.ts's criterion with this one run as the mean): ` +
        `(1) inside [min - 2 sd, max + 2 sd]: ${outside('within 4 sd').length ? `all but ${outside('within 4 sd').join(', ')}` : 'all'}; ` +
        `(2) inside [min - 4 sd, max + 4 sd]: ${outside('outside').length ? `all but ${outside('outside').join(', ')}` : 'all'}\n`,
    );
  }
  const nestRuns = ref.scales[String(scale)]?.runs;
  if (skip && nestRuns) {
    // NEST's own runs on this machine, from the reference (test/data/microcircuit/README.md section 5)
    const runs = Object.values(nestRuns);
    const span = (f: (r: NestReferenceRun) => number) => `${Math.min(...runs.map(f)).toFixed(1)}-${Math.max(...runs.map(f)).toFixed(1)}`;
    const run = (r: NestReferenceRun) => r.timing_s.simulate_1000ms;
    // its CPU time: the run's wall time at the whole process's CPU share (all it recorded)
    const cpu = (r: NestReferenceRun) => (r.timing_s.simulate_1000ms * r.cpu_percent) / 100;
    const peak = Math.max(...runs.map((r) => r.peak_rss_mib));
    const ratio = (f: (r: NestReferenceRun) => number, ours: number) =>
      `${(Math.min(...runs.map(f)) / ours).toFixed(1)}-${(Math.max(...runs.map(f)) / ours).toFixed(1)}x`;
    process.stdout.write(
      `  NEST not run here; its reference runs (nest_rates.json, seeds ${runs.map((r) => r.seed).join(', ')}, ${runs[0].threads} threads on these 2 cores): ` +
        `build ${span((r) => r.timing_s.build)} s, run ${span(run)} s per simulated s (CPU about ${span(cpu)} s), peak ${peak.toFixed(0)} MiB; ` +
        `ours ${ratio(run, ours.runSeconds / simulated)} faster to run in wall time at today's load, ${ratio(cpu, ours.runCpuSeconds / simulated)} in CPU time, ` +
        `${ratio((r) => r.timing_s.build, ours.buildSeconds + ours.compileSeconds)} to build, ${(ours.peakMiB / peak).toFixed(2)} of its memory\n`,
    );
  }
  if (nest) {
    // NEST once per scale, beside ours in each precision
    row.nest_threads = nestT;
    row.nest = nest;
    if ('error' in nest) process.stdout.write(`  ${nest.error}\n`);
    else {
      const nestRun = nest.simulate1500 / 1.5;
      process.stdout.write(
        `  NEST ${nestT} thread(s) on these ${cpus().length} cores: build ${nest.build.toFixed(2)} s, run ${nestRun.toFixed(2)} s per simulated s, peak ${nest.peakMiB.toFixed(0)} MiB; ` +
          `ours ${(nestRun / (ours.runSeconds / simulated)).toFixed(1)}x faster to run, ${(nest.build / (ours.buildSeconds + ours.compileSeconds)).toFixed(1)}x to build, ` +
          `${(ours.peakMiB / nest.peakMiB).toFixed(2)} of its memory\n`,
      );
    }
  }
  return row;
}
