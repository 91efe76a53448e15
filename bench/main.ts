// `npm run bench [-- BENCH] [flags]`: the hand-run benchmarks (not tests). They print a table and
// write JSON under out/. BENCH is `groups` (the default): single neuron groups vs Brian2, or
// `networks`: the COBA, CUBA and COBAHH networks and COBA scaling vs Brian2, or `startup`: the
// wall time of `braints run` on the README example, cold and cached, or `instances`: many
// instances of a network in one run against separate runs, or `mpi`: COBA on 1 process x 2
// threads against 2 MPI processes x 1 thread, or `microcircuit`: the Potjans & Diesmann
// microcircuit at scales 0.1 to 1 vs NEST, or `exp`: the kernels' exp against libmvec's, or `gpu`:
// COBA and COBAHH on the GPU against the CPU.
import { parseArgs } from 'node:util';
import { benchGroups, groupChild } from './groups';
import type { ModelName } from './groups';
import { benchNetworks, networkChild, NET_MODELS } from './networks';
import type { NetModel } from './networks';
import type { Precision } from '../ir/pipeline';
import { benchStartup } from './startup';
import { benchInstances } from './instances';
import { benchMpi, mpiChild } from './mpi';
import { benchMicrocircuit, microcircuitChild } from './microcircuit';
import { benchExp, expChild } from './exp';
import { GPU_BENCH_CASES, benchGpu } from './gpu';

const USAGE = `usage: npm run bench -- [groups] [--quick] [--sizes 1k,100k,1M] [--duration S] [--hh-duration S]
                         [--dt MS] [--hh-dt MS] [--models lif,hh] [--repeat K] [--threads T] [--no-brian2]
  groups        single LIF and Hodgkin-Huxley groups: our run and compile times, Brian2 C++ standalone
                on the same group, and a memcpy of the bytes a step streams (default bench)
  --quick       sizes 1k,100k; LIF 0.1 s, HH 0.005 s
  --sizes       neurons per group, with k/M suffixes (default 1k,100k,1M)
  --duration    LIF simulated seconds (default 1), --dt its step in ms (default 0.1)
  --hh-duration HH simulated seconds (default 0.01: HH costs ~100x LIF per step and runs at dt 0.01 ms,
                so 1 s at 1M neurons would take hours in Brian2), --hh-dt its step in ms (default 0.01,
                as the reference traces)
  --repeat K    run everything K times and report the minimum of each time (default 1)
  --threads T   our threads (default: one per core, each with at least 64k neurons); Brian2 gets as many (OpenMP)
  --no-brian2   skip Brian2 (it needs: apt-get install python3-brian python3-brian-lib cython3)

       npm run bench -- networks [--quick] [--models coba,cuba,cobahh] [--durations 1,10] [--sizes 4k,40k,400k,1M]
                         [--precision float64|both] [--repeat K] [--threads T] [--no-brian2] [--no-peers]
  networks      the benchmark networks of SPEC section 5 (examples/coba.ts, cuba.ts, cobahh.ts; dt 0.1 ms,
                seed 1): each model at N = 4000 for each duration, and COBA with 80 synapses per neuron at
                each size for the shortest duration; ours (run, compile cold/cached, build, spikes, memory)
                against Brian2 C++ standalone and Cython (warm cache; N <= 40k) via bench/brian2, and
                BrainPy (float64, float32) and NEST (1 and 2 threads) on COBA and COBAHH via bench/peers,
                where the Python in PEERS_PYTHON (default python3) imports them
  --quick       sizes 4k only and durations 1 only
  --precision   both: ours in float32 too, beside float64 and BrainPy's float32 (default float64)
  --models      models of the N = 4000 table (default coba,cuba,cobahh)
  --durations   simulated seconds of the N = 4000 table (default 1,10)
  --sizes       COBA scaling sizes, with k/M suffixes (default 4k,40k,400k,1M); a Brian2 run estimated
                to take over 5 minutes is skipped (said in the output)
  --threads T   our threads (default: one per core, each with at least 64k neurons); where ours runs on more
                than one, Brian2 C++ standalone runs a second time with OpenMP on as many

       npm run bench -- startup [--repeat K]
  startup       wall time of \`braints run examples/population.ts\`: cold (a fresh clone after npm ci: nothing
                compiled), cached with plots and with --no-plots, against the targets 8, 1.5 and 0.6 s; and
                \`npx braints\` against \`node bin/braints.js\` (default K = 3)

       npm run bench -- instances [--hh-duration MS] [--coba-duration MS] [--subset N] [--threads T]
  instances     net.instances in one run against separate runs: 1000 single-neuron HH instances, one per
                current (examples/fi-curve.ts; default 100 ms), and COBA of 1000 neurons over 16 x 16 weights
                (examples/coba-grid.ts; default 200 ms); N of the separate runs of each are timed and the
                rest extrapolated (default 100)

       npm run bench -- mpi [--sizes 1M,4M] [--duration S] [--delay MS]
  mpi           COBA (examples/coba.ts, 80 synapses per neuron, delay 0: a spike exchange every step) on
                1 process x 2 threads and on 2 MPI processes x 1 thread (mpiexec, MPICH): run time, time in
                the exchange, exchanges, bytes received per step and process, build time, peak memory per process
  --sizes       neurons, with k/M suffixes (default 1M,4M)
  --duration    simulated seconds (default 1)
  --delay       ms, of every projection (default 0): one exchange per delay / dt steps

       npm run bench -- microcircuit [--scales 0.1,0.5] [--full] [--seed N] [--threads T] [--precision float64|float32|both] [--no-nest]
  microcircuit  examples/microcircuit.ts (1.5 s simulated): build, run time per simulated second, synaptic
                events per second, peak memory, rates vs NEST's reference; NEST beside it where installed
  --scales      default 0.1,0.5; --full adds scale 1 (about 0.3e9 synapses: see docs/microcircuit.md for its memory)
  --seed        default 55; --precision: ours in float32, or in both (default float64; NEST computes in double)

       npm run bench -- exp [--cpus native,haswell] [--repeat K]
  exp           exp alone: the kernels' own (double, float) against libmvec's, ns per element in L1, each
                loop compiled as a kernel for each CPU (BRAINTS_CPU, an LLVM CPU name; haswell is AVX2)
  --cpus        default native,haswell; --repeat K child processes per CPU, interleaved (default 3)

       npm run bench -- gpu [--duration S] [--cpu-duration S] [--sizes 4k,400k,1M,4M] [--out DIR]
  gpu           COBA (80 synapses per neuron) at each size and COBAHH at 1M on the GPU (--backend gpu) and the
                CPU of the same machine: run time, real-time factor, build and compile time, spikes and rate,
                device and host memory; writes gpu.json and gpu.md into DIR (default out/bench-gpu)
  --duration    GPU simulated seconds (default 1); --cpu-duration the CPU's (default 1)
  --sizes       COBA sizes (default 4k,400k,1M,4M; COBAHH runs at 1M when 1M is among them)`;

/** "1k" -> 1000, "1M" -> 1000000, "4000" -> 4000. */
function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
  if (!m) throw new Error(`bad size ${s}: use e.g. 1000, 1k, 1M`);
  const n = Number(m[1]) * (m[2] === '' ? 1 : m[2].toLowerCase() === 'k' ? 1e3 : 1e6);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bad size ${s}`);
  return n;
}

function positive(s: string | undefined, fallback: number, what: string): number {
  if (s === undefined) return fallback;
  const v = Number(s);
  if (!(v > 0)) throw new Error(`${what} must be a positive number, not ${s}`);
  return v;
}

/** --precision of the networks bench: whether ours runs in float32 too. */
function precisionFlag(s: string | undefined): boolean {
  if (s === undefined || s === 'float64') return false;
  if (s === 'both') return true;
  throw new Error(`--precision ${s}: float64 (the default) or both (float64 and float32)`);
}

/** --precision of the microcircuit bench: the precisions ours runs in, one run each. */
function microcircuitPrecisions(s: string | undefined): Precision[] {
  if (s === undefined || s === 'float64' || s === 'float32') return [s ?? 'float64'];
  if (s === 'both') return ['float64', 'float32'];
  throw new Error(`--precision ${s}: float64 (the default), float32 or both`);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '__group') return groupChild(argv.slice(1)); // child process of the groups bench
  if (argv[0] === '__network') return networkChild(argv.slice(1)); // child process of the networks bench
  if (argv[0] === '__mpi') return mpiChild(argv.slice(1)); // child process (or each MPI process) of the mpi bench
  if (argv[0] === '__microcircuit') return microcircuitChild(argv.slice(1)); // child process of the microcircuit bench
  if (argv[0] === '__exp') return expChild(); // child process of the exp bench
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      quick: { type: 'boolean' },
      sizes: { type: 'string' },
      duration: { type: 'string' },
      'hh-duration': { type: 'string' },
      dt: { type: 'string' },
      'hh-dt': { type: 'string' },
      models: { type: 'string' },
      'no-brian2': { type: 'boolean' },
      'no-peers': { type: 'boolean' },
      precision: { type: 'string' },
      repeat: { type: 'string' },
      durations: { type: 'string' },
      threads: { type: 'string' },
      'coba-duration': { type: 'string' },
      subset: { type: 'string' },
      scales: { type: 'string' },
      full: { type: 'boolean' },
      seed: { type: 'string' },
      delay: { type: 'string' },
      'no-nest': { type: 'boolean' },
      cpus: { type: 'string' },
      'cpu-duration': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void process.stdout.write(USAGE + '\n');
  const bench = positionals[0] ?? 'groups';
  if (!['groups', 'networks', 'startup', 'instances', 'mpi', 'microcircuit', 'exp', 'gpu'].includes(bench) || positionals.length > 1)
    throw new Error(`unknown bench ${positionals.join(' ')}\n${USAGE}`);
  if (bench === 'exp') {
    for (const k of Object.keys(values)) if (k !== 'cpus' && k !== 'repeat') throw new Error(`--${k} is not an option of the exp bench`);
    benchExp({
      cpus: (values.cpus ?? 'native,haswell').split(',').map((c) => c.trim()),
      repeat: Math.round(positive(values.repeat, 3, '--repeat')),
    });
    return;
  }
  if (values.cpus !== undefined) throw new Error('--cpus is an option of the exp bench');
  if (bench === 'gpu') {
    for (const k of Object.keys(values))
      if (!['duration', 'cpu-duration', 'sizes', 'out'].includes(k)) throw new Error(`--${k} is not an option of the gpu bench`);
    const sizes = values.sizes === undefined ? undefined : new Set(values.sizes.split(',').map(parseSize));
    benchGpu({
      cases: GPU_BENCH_CASES.filter((c) => !sizes || sizes.has(c.n)),
      durationS: positive(values.duration, 1, '--duration'),
      cpuDurationS: positive(values['cpu-duration'], 1, '--cpu-duration'),
      out: values.out ?? 'out/bench-gpu',
    });
    return;
  }
  for (const k of ['cpu-duration', 'out'] as const) if (values[k] !== undefined) throw new Error(`--${k} is an option of the gpu bench`);
  if (bench === 'instances') {
    for (const k of Object.keys(values))
      if (!['hh-duration', 'coba-duration', 'subset', 'threads'].includes(k))
        throw new Error(`--${k} is not an option of the instances bench`);
    await benchInstances({
      hhDuration: positive(values['hh-duration'], 100, '--hh-duration'),
      cobaDuration: positive(values['coba-duration'], 200, '--coba-duration'),
      subset: Math.round(positive(values.subset, 100, '--subset')),
      threads: values.threads === undefined ? undefined : Math.round(positive(values.threads, 1, '--threads')),
    });
    return;
  }
  for (const k of ['coba-duration', 'subset'] as const)
    if (values[k] !== undefined) throw new Error(`--${k} is an option of the instances bench`);
  if (bench === 'microcircuit') {
    const own = ['scales', 'full', 'seed', 'threads', 'no-nest', 'precision'];
    for (const k of Object.keys(values)) if (!own.includes(k)) throw new Error(`--${k} is not an option of the microcircuit bench`);
    const scales = (values.scales ?? '0.1,0.5').split(',').map((x) => positive(x, 0.1, '--scales'));
    if (values.full && !scales.includes(1)) scales.push(1);
    const seed = Math.round(positive(values.seed, 55, '--seed'));
    const threads = values.threads === undefined ? undefined : Math.round(positive(values.threads, 1, '--threads'));
    benchMicrocircuit({ scales, seed, threads, nest: values['no-nest'] !== true, precisions: microcircuitPrecisions(values.precision) });
    return;
  }
  for (const k of ['scales', 'full', 'seed', 'no-nest'] as const)
    if (values[k] !== undefined) throw new Error(`--${k} is an option of the microcircuit bench`);
  if (bench === 'startup') {
    for (const k of Object.keys(values)) if (k !== 'repeat') throw new Error(`--${k} is not an option of the startup bench`);
    benchStartup({ repeat: Math.round(positive(values.repeat, 3, '--repeat')) });
    return;
  }
  if (bench === 'mpi') {
    for (const k of Object.keys(values))
      if (!['sizes', 'duration', 'delay'].includes(k)) throw new Error(`--${k} is not an option of the mpi bench`);
    benchMpi({
      sizes: (values.sizes ?? '1M,4M').split(',').map(parseSize),
      durationS: positive(values.duration, 1, '--duration'),
      delayMs: values.delay === undefined ? 0 : positive(values.delay, 0, '--delay'),
    });
    return;
  }
  const quick = values.quick === true;
  const repeat = Math.round(positive(values.repeat, 1, '--repeat'));
  const threads = values.threads === undefined ? undefined : Math.round(positive(values.threads, 1, '--threads'));
  if (bench === 'networks') {
    for (const k of ['duration', 'hh-duration', 'dt', 'hh-dt'] as const)
      if (values[k] !== undefined) throw new Error(`--${k} is an option of the groups bench; networks takes --durations`);
    const models = (values.models ?? 'coba,cuba,cobahh').split(',').map((m) => m.trim().toLowerCase());
    for (const m of models) if (!(m in NET_MODELS)) throw new Error(`unknown model ${m}: coba, cuba or cobahh`);
    const durations = (values.durations ?? (quick ? '1' : '1,10')).split(',').map((d) => positive(d, 1, '--durations'));
    const sizes = (values.sizes ?? (quick ? '4k' : '4k,40k,400k,1M'))
      .split(',')
      .filter((x) => x.trim() !== '')
      .map(parseSize);
    await benchNetworks({
      models: models as NetModel[],
      durations,
      sizes,
      brian2: values['no-brian2'] !== true,
      peers: values['no-peers'] !== true,
      float32: precisionFlag(values.precision),
      repeat,
      threads,
    });
    return;
  }
  if (values.durations !== undefined) throw new Error('--durations is an option of the networks bench');
  if (values.precision !== undefined) throw new Error('--precision is an option of the networks bench');
  if (values['no-peers'] !== undefined)
    throw new Error('--no-peers is an option of the networks bench (the groups bench runs Brian2 only)');
  const models = (values.models ?? 'lif,hh').split(',').map((m) => m.trim());
  for (const m of models) if (m !== 'lif' && m !== 'hh') throw new Error(`unknown model ${m}: lif or hh`);
  await benchGroups({
    models: models as ModelName[],
    sizes: (values.sizes ?? (quick ? '1k,100k' : '1k,100k,1M')).split(',').map(parseSize),
    duration: {
      lif: positive(values.duration, quick ? 0.1 : 1, '--duration'),
      hh: positive(values['hh-duration'], quick ? 0.005 : 0.01, '--hh-duration'),
    },
    dt: { lif: positive(values.dt, 0.1, '--dt'), hh: positive(values['hh-dt'], 0.01, '--hh-dt') },
    brian2: values['no-brian2'] !== true,
    repeat,
    threads,
  });
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
