// `npm run bench -- networks`: the standard benchmark networks of SPEC section 5 (COBA, CUBA and
// COBAHH at N = 4000, and COBA scaling with 80 synapses per neuron up to 1M neurons), ours against
// Brian2 (C++ standalone and Cython) through Brian2's benchmark scripts
// (bench/brian2/bench_{coba,cuba,cobahh}.py), and BrainPy and NEST through theirs (bench/peers/).
//
// Our networks are the examples (examples/coba.ts, cuba.ts, cobahh.ts), compiled the way
// `braints run` compiles them. Every measurement of ours runs in a child process (this file,
// through main.ts's hidden `__network` command), as in bench/groups.ts: the first process gets a
// fresh, empty BRAINTS_CACHE and a fresh TypeScript output folder (cold compile, one step), the
// second reuses both (cached compile) and does the timed run.
import type { Precision } from '../ir/pipeline';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Network } from '../index';
import { compileEntry } from '../cli/compile';
import { availablePeers, isPeerResult, minPeer, PEER_MODELS, PEER_RUNS, PEERS_PYTHON, runPeer } from './peers';
import type { PeerCell, PeerResult, PeerRun, PeerSystem } from './peers';

/** The repository root (this file runs as dist/bench/networks.js). */
const ROOT = join(__dirname, '..', '..');
const PYTHON = process.env.BRIAN2_PYTHON ?? '/usr/bin/python3';
const BRIAN2_INSTALL = 'apt-get install python3-brian python3-brian-lib cython3';
/** Brian2's benchmark scripts (copied unchanged from the team's shared definitions, with harness.py). */
const B2_SCRIPTS = process.env.BRIAN2_BENCH_SCRIPTS ?? join(ROOT, 'bench', 'brian2');
/** Brian2's Cython target is only run up to this size (it would take too long beyond). */
const CYTHON_MAX_N = 40_000;
/** A Brian2 run estimated to take longer than this (wall, seconds) is skipped. */
const B2_MAX_S = 300;
/** Growth exponent of Brian2's standalone run time in N, for the estimates (README: N^1.14). */
const B2_GROWTH = 1.15;
/** The seed of every run, ours and Brian2's. */
const SEED = 1;
const DT = 0.1;

export type NetModel = 'coba' | 'cuba' | 'cobahh';
export const NET_MODELS: Record<NetModel, { label: string; script: string }> = {
  coba: { label: 'COBA', script: 'bench_coba.py' },
  cuba: { label: 'CUBA', script: 'bench_cuba.py' },
  cobahh: { label: 'COBAHH', script: 'bench_cobahh.py' },
};

export interface NetworksOptions {
  /** Models of the fixed-size table (N = 4000). */
  models: NetModel[];
  /** Simulated seconds of the fixed-size table. */
  durations: number[];
  /** Sizes of the COBA scaling table (simulated for the shortest of `durations`); empty: none. */
  sizes: number[];
  brian2: boolean;
  /** BrainPy and NEST, where PEERS_PYTHON imports them (COBA and COBAHH only: their scripts define those). */
  peers: boolean;
  /** Runs per case; every time reported is the minimum. */
  repeat: number;
  /**
   * Also measure ours in float32 (the same cases, run time, spikes, memory), printed beside float64
   * and BrainPy's float32: like for like with BrainPy, which computes in float32 by default.
   */
  float32: boolean;
  /** Our threads (default: the network's default, defaultThreads). */
  threads?: number;
}

/** What one child process of ours reports. */
interface OursChild {
  /** The TypeScript front end (compileEntry: type-check, transform, emit the .ll). */
  tsCompileSeconds: number;
  buildSeconds: number;
  compileSeconds: number;
  runSeconds: number;
  steps: number;
  spikes: number;
  synapses: number;
  /** Peak resident memory of the process (VmHWM), MiB. */
  peakMiB: number;
  /** The threads the network ran on. */
  threads: number;
}

/** One Brian2 RESULT line (the fields we use), plus the peak memory of its process tree. */
interface Brian2Result {
  target: string;
  run_s: number;
  total_s: number;
  overhead_s: number;
  make_s?: number;
  exec_s?: number;
  n_spikes: number;
  rate_hz: number;
  n_synapses: number;
  brian2: string;
  peakMiB: number;
}

type Brian2Cell = Brian2Result | { error: string } | { skipped: string } | null;

export interface NetworkRow {
  /** The tables the row belongs to (COBA at N = 4000 can be in both). */
  tables: ('fixed' | 'scaling')[];
  model: NetModel;
  n: number;
  durationS: number;
  steps: number;
  ours: {
    runS: number;
    nsPerNeuronStep: number;
    buildS: number;
    compileColdS: number;
    compileCachedS: number;
    tsColdS: number;
    tsCachedS: number;
    spikes: number;
    rateHz: number;
    synapses: number;
    peakMiB: number;
    threads: number;
  };
  cpp: Brian2Cell;
  /** Brian2 C++ standalone with OpenMP on as many threads as ours, where ours ran on more than one. */
  cppOmp: Brian2Cell;
  cython: Brian2Cell;
  /** The discarded Cython run that primed the warm cache for this model and N: its total wall time, s. */
  cythonColdTotalS?: number;
  /** BrainPy (float64, float32) and NEST (1 and 2 threads); absent where not run. */
  peers: Partial<Record<PeerRun, PeerCell>>;
  /** Ours in float32 (with --precision both or float32): the timed run's minimum over the repeats. */
  oursFloat32?: { runS: number; nsPerNeuronStep: number; spikes: number; rateHz: number; peakMiB: number };
  loadavg: number;
}

/** The hidden child command: `__network MODEL N DURATION_MS DT_MS SEED OUTDIR THREADS|auto PRECISION`, prints one JSON line. */
export async function networkChild(args: string[]): Promise<void> {
  const [model, n, durationMs, dt, seed, outDir, threads, precision] = [
    args[0] as NetModel,
    Number(args[1]),
    Number(args[2]),
    Number(args[3]),
    Number(args[4]),
    args[5],
    args[6] === 'auto' ? undefined : Number(args[6]),
    args[7] as Precision,
  ];
  if (!NET_MODELS[model]) throw new Error(`unknown model ${model}`);
  const t0 = process.hrtime.bigint();
  const { entryJs } = compileEntry(join(ROOT, 'examples', `${model}.ts`), outDir);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const make = (require(entryJs) as { default: (o: { n: number }) => Network }).default;
  const tsCompileSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const net = make({ n });
  await net.run(durationMs, { dt, seed, threads, precision });
  let spikes = 0;
  for (const g of net.groups.values()) spikes += net.spikeCount(g);
  let synapses = 0;
  for (const s of net.projections.values()) synapses += net.projection(s).csr.col.length;
  const out: OursChild = {
    tsCompileSeconds,
    ...net.timing,
    spikes,
    synapses,
    peakMiB: peakMiB(),
    threads: net.threads!,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

/** This process's peak resident memory in MiB (VmHWM; maxRSS where /proc is missing). */
function peakMiB(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS / 1024;
}

function runOurs(
  model: NetModel,
  n: number,
  durationMs: number,
  cache: string,
  outDir: string,
  threads: number | undefined,
  precision: Precision = 'float64',
): OursChild {
  const r = spawnSync(
    process.execPath,
    [
      join(__dirname, 'main.js'),
      '__network',
      model,
      String(n),
      String(durationMs),
      String(DT),
      String(SEED),
      outDir,
      String(threads ?? 'auto'),
      precision,
    ],
    {
      env: { ...process.env, BRAINTS_CACHE: cache },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`our ${model} run (N = ${n}) failed with status ${r.status}${r.signal ? ` (${r.signal})` : ''}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as OursChild;
}

function brian2Available(): boolean {
  return spawnSync(PYTHON, ['-c', 'import brian2'], { stdio: 'ignore' }).status === 0;
}

/**
 * One run of a shared Brian2 benchmark script, under bench/brian2/maxrss.py for its peak memory.
 * With `openmpThreads`, it runs in a folder whose brian_preferences file (read by Brian2 at import)
 * sets devices.cpp_standalone.openmp_threads: the scripts themselves stay as shared.
 */
function runBrian2(
  model: NetModel,
  target: 'cpp_standalone' | 'cython',
  n: number,
  durationS: number,
  build: string,
  openmpThreads = 1,
): Brian2Result | { error: string } {
  let cwd: string | undefined;
  if (openmpThreads > 1) {
    cwd = join(build, `openmp-${openmpThreads}`);
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(cwd, 'brian_preferences'), `devices.cpp_standalone.openmp_threads = ${openmpThreads}\n`);
  }
  const args = [
    join(ROOT, 'bench', 'brian2', 'maxrss.py'),
    PYTHON,
    join(B2_SCRIPTS, NET_MODELS[model].script),
    target,
    '--duration',
    String(durationS),
    '--N',
    String(n),
    '--seed',
    String(SEED),
  ];
  if (target === 'cython') args.push('--warm-cache');
  const r = spawnSync(PYTHON, args, {
    cwd,
    // numpy/pythran FutureWarnings on import are noise here
    env: { ...process.env, PYTHONWARNINGS: 'ignore', BRIAN2_BENCH_BUILD: build },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: 30 * 60_000,
  });
  const lines = (r.stdout ?? '').split('\n');
  const line = lines.find((l) => l.startsWith('RESULT '));
  const rss = lines.find((l) => l.startsWith('MAXRSS_KB '));
  if (r.status !== 0 || !line) {
    return {
      error: `brian2 ${target} failed (status ${r.status}${r.signal ? `, ${r.signal}` : ''}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`,
    };
  }
  const res = JSON.parse(line.slice('RESULT '.length)) as Brian2Result;
  res.peakMiB = rss ? Number(rss.split(' ')[1]) / 1024 : NaN;
  return res;
}

/** The discarded first Cython run that fills the warm cache (BRIAN2_BENCH_BUILD/cython_cache_warm) for this model and N. */
function primeCython(model: NetModel, n: number, build: string): { totalS: number } | { error: string } {
  const r = runBrian2(model, 'cython', n, 0.01, build);
  return 'error' in r ? r : { totalS: r.total_s };
}

const isResult = (c: Brian2Cell | undefined): c is Brian2Result => !!c && !('error' in c) && !('skipped' in c);

/** Keeps the faster of two Brian2 results (each time its minimum). */
function minBrian2(a: Brian2Cell | undefined, b: Brian2Result | { error: string }): Brian2Cell {
  if (!isResult(a)) return b;
  if ('error' in b) return a;
  const best = b.run_s < a.run_s ? b : a;
  return {
    ...best,
    total_s: Math.min(a.total_s, b.total_s),
    overhead_s: Math.min(a.overhead_s, b.overhead_s),
    make_s: a.make_s !== undefined && b.make_s !== undefined ? Math.min(a.make_s, b.make_s) : best.make_s,
    peakMiB: Math.min(a.peakMiB, b.peakMiB),
  };
}

/**
 * Brian2's wall time for N neurons, estimated from a smaller run of the same model, target and
 * duration: its overhead (compile, setup) stays, the rest grows as N^B2_GROWTH.
 */
function estimateBrian2(prev: Brian2Result, nPrev: number, n: number): number {
  const scale = Math.pow(n / nPrev, B2_GROWTH);
  if (prev.exec_s !== undefined) return prev.total_s - prev.exec_s + prev.exec_s * scale;
  return prev.overhead_s + prev.run_s * scale;
}

/**
 * A peer's wall time (set-up and loop) for this case, estimated from the nearest case already
 * measured for the same model: set-up grows as N, the loop as N^B2_GROWTH times the duration.
 */
function estimatePeer(rows: NetworkRow[], run: PeerRun, model: NetModel, n: number, durationS: number): string | undefined {
  const prev = rows.filter((r) => r.model === model && isPeerResult(r.peers[run]) && r.n <= n && r.durationS <= durationS).pop();
  if (!prev) return undefined;
  const p = prev.peers[run] as PeerResult;
  const est = p.setup_s * (n / prev.n) + p.run_s * Math.pow(n / prev.n, B2_GROWTH) * (durationS / prev.durationS);
  return est > B2_MAX_S
    ? `skipped: estimated ${est.toFixed(0)} s (from N = ${prev.n}, ${prev.durationS} s simulated) > ${B2_MAX_S} s`
    : undefined;
}

/** The peers' runs of one case (the minimum of `repeat` each), where their scripts define the model. */
function runPeers(rows: NetworkRow[], have: Set<PeerSystem>, c: Case, repeat: number, label: string): Partial<Record<PeerRun, PeerCell>> {
  const out: Partial<Record<PeerRun, PeerCell>> = {};
  const model = PEER_MODELS.find((m) => m === c.model);
  if (!model) return out;
  for (const run of Object.keys(PEER_RUNS) as PeerRun[]) {
    if (!have.has(PEER_RUNS[run].system)) continue;
    const skipped = estimatePeer(rows, run, c.model, c.n, c.durationS);
    if (skipped) {
      out[run] = { skipped };
      continue;
    }
    let cell: PeerCell = null;
    for (let k = 0; k < repeat; k++) {
      process.stderr.write(`${label}: ${PEER_RUNS[run].label} ...\n`);
      cell = minPeer(cell, runPeer(run, model, c.n, c.durationS, SEED));
    }
    out[run] = cell;
  }
  return out;
}

interface Case {
  tables: ('fixed' | 'scaling')[];
  model: NetModel;
  n: number;
  durationS: number;
}

function cases(opts: NetworksOptions): Case[] {
  const out: Case[] = [];
  for (const model of opts.models) for (const d of opts.durations) out.push({ tables: ['fixed'], model, n: 4000, durationS: d });
  const dScale = Math.min(...opts.durations);
  for (const n of [...opts.sizes].sort((a, b) => a - b)) {
    const same = out.find((c) => c.model === 'coba' && c.n === n && c.durationS === dScale);
    if (same)
      same.tables.push('scaling'); // the same case, measured once
    else out.push({ tables: ['scaling'], model: 'coba', n, durationS: dScale });
  }
  return out;
}

export async function benchNetworks(opts: NetworksOptions): Promise<NetworkRow[]> {
  const haveBrian2 = opts.brian2 && brian2Available();
  if (opts.brian2 && !haveBrian2) {
    process.stderr.write(
      `Brian2 is not importable by ${PYTHON}: install it with \`${BRIAN2_INSTALL}\` (or set BRIAN2_PYTHON). Running our side only.\n`,
    );
  }
  if (haveBrian2 && !existsSync(join(B2_SCRIPTS, 'harness.py')))
    throw new Error(`Brian2's benchmark scripts are not in ${B2_SCRIPTS} (set BRIAN2_BENCH_SCRIPTS)`);
  const peers = opts.peers ? availablePeers() : new Set<PeerSystem>();
  const scratch = mkdtempSync(join(tmpdir(), 'braints-bench-net-'));
  // our TypeScript outputs must live inside the project, where `import 'braints'` resolves
  const tsScratch = mkdtempSync(join(ROOT, '.braints', 'bench-'));
  const b2Build = join(scratch, 'brian2');
  mkdirSync(b2Build);
  const primed = new Map<string, { totalS: number } | { error: string }>();
  const rows: NetworkRow[] = [];
  const t0 = Date.now();
  try {
    for (const c of cases(opts)) {
      const { model, n, durationS } = c;
      const label = `${NET_MODELS[model].label} N = ${n}, ${durationS} s`;
      process.stderr.write(`${label}: ours ...\n`);
      // each repeat: one fresh cache and TypeScript output folder, where the first process
      // compiles everything (cold) and runs one step, and the second finds it all cached and does
      // the timed run. Every time is the minimum over the repeats: other load only ever adds time.
      let ours: OursChild | undefined;
      let coldS = Infinity,
        cachedS = Infinity,
        tsColdS = Infinity,
        tsCachedS = Infinity,
        buildS = Infinity;
      for (let k = 0; k < opts.repeat; k++) {
        const cache = mkdtempSync(join(scratch, 'cache-'));
        const tsOut = mkdtempSync(join(tsScratch, 'out-'));
        const cold = runOurs(model, n, DT, cache, tsOut, opts.threads);
        const o = runOurs(model, n, durationS * 1000, cache, tsOut, opts.threads);
        rmSync(cache, { recursive: true, force: true });
        rmSync(tsOut, { recursive: true, force: true });
        coldS = Math.min(coldS, cold.compileSeconds);
        cachedS = Math.min(cachedS, o.compileSeconds);
        tsColdS = Math.min(tsColdS, cold.tsCompileSeconds);
        tsCachedS = Math.min(tsCachedS, o.tsCompileSeconds);
        buildS = Math.min(buildS, o.buildSeconds);
        if (!ours || o.runSeconds < ours.runSeconds) ours = { ...o, peakMiB: Math.min(o.peakMiB, ours?.peakMiB ?? Infinity) };
      }
      if (!ours) throw new Error('--repeat must be at least 1');
      let f32: OursChild | undefined;
      for (let k = 0; k < opts.repeat && opts.float32; k++) {
        process.stderr.write(`${label}: ours in float32 ...\n`);
        const cache = mkdtempSync(join(scratch, 'cache-'));
        const tsOut = mkdtempSync(join(tsScratch, 'out-'));
        runOurs(model, n, DT, cache, tsOut, opts.threads, 'float32');
        const o = runOurs(model, n, durationS * 1000, cache, tsOut, opts.threads, 'float32');
        rmSync(cache, { recursive: true, force: true });
        rmSync(tsOut, { recursive: true, force: true });
        if (!f32 || o.runSeconds < f32.runSeconds) f32 = { ...o, peakMiB: Math.min(o.peakMiB, f32?.peakMiB ?? Infinity) };
      }

      let cpp: Brian2Cell = null,
        cppOmp: Brian2Cell = null,
        cython: Brian2Cell = null;
      let cythonColdTotalS: number | undefined;
      if (haveBrian2) {
        // the estimate comes from the largest smaller size already measured for this model and duration
        const smaller = (target: 'cpp' | 'cython') =>
          rows.filter((r) => r.model === model && r.durationS === durationS && r.n < n && isResult(r[target])).pop();
        const skip = (target: 'cpp' | 'cython'): string | undefined => {
          const prev = smaller(target);
          if (!prev) return undefined;
          const est = estimateBrian2(prev[target] as Brian2Result, prev.n, n) * opts.repeat;
          return est > B2_MAX_S
            ? `skipped: estimated ${est.toFixed(0)} s (from N = ${prev.n}, run time ~ N^${B2_GROWTH}) > ${B2_MAX_S} s`
            : undefined;
        };
        const cppSkip = skip('cpp');
        if (cppSkip) cpp = { skipped: cppSkip };
        else {
          for (let k = 0; k < opts.repeat; k++) {
            process.stderr.write(`${label}: Brian2 cpp_standalone ...\n`);
            cpp = minBrian2(cpp, runBrian2(model, 'cpp_standalone', n, durationS, b2Build));
          }
          for (let k = 0; k < opts.repeat && ours.threads > 1; k++) {
            process.stderr.write(`${label}: Brian2 cpp_standalone, OpenMP on ${ours.threads} threads ...\n`);
            cppOmp = minBrian2(cppOmp, runBrian2(model, 'cpp_standalone', n, durationS, b2Build, ours.threads));
          }
        }
        const cySkip = n > CYTHON_MAX_N ? `not run above N = ${CYTHON_MAX_N}` : skip('cython');
        if (cySkip) cython = { skipped: cySkip };
        else {
          const key = `${model}/${n}`;
          if (!primed.has(key)) {
            process.stderr.write(`${label}: Brian2 cython, priming its cache (cold compile) ...\n`);
            primed.set(key, primeCython(model, n, b2Build));
          }
          const p = primed.get(key)!;
          if ('error' in p) cython = p;
          else {
            cythonColdTotalS = p.totalS;
            for (let k = 0; k < opts.repeat; k++) {
              process.stderr.write(`${label}: Brian2 cython (warm cache) ...\n`);
              cython = minBrian2(cython, runBrian2(model, 'cython', n, durationS, b2Build));
            }
          }
        }
      }
      const peerCells = runPeers(rows, peers, c, opts.repeat, label);
      const neuronSteps = n * ours.steps;
      rows.push({
        tables: c.tables,
        model,
        n,
        durationS,
        steps: ours.steps,
        ours: {
          runS: ours.runSeconds,
          nsPerNeuronStep: (ours.runSeconds / neuronSteps) * 1e9,
          buildS,
          compileColdS: coldS,
          compileCachedS: cachedS,
          tsColdS,
          tsCachedS,
          spikes: ours.spikes,
          rateHz: ours.spikes / (n * durationS),
          synapses: ours.synapses,
          peakMiB: ours.peakMiB,
          threads: ours.threads,
        },
        cpp,
        cppOmp,
        cython,
        cythonColdTotalS,
        peers: peerCells,
        oursFloat32: f32 && {
          runS: f32.runSeconds,
          nsPerNeuronStep: (f32.runSeconds / neuronSteps) * 1e9,
          spikes: f32.spikes,
          rateHz: f32.spikes / (n * durationS),
          peakMiB: f32.peakMiB,
        },
        loadavg: loadavg()[0],
      });
      process.stderr.write(`${label}: done (${((Date.now() - t0) / 1000).toFixed(0)} s so far, load ${loadavg()[0].toFixed(1)})\n`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(tsScratch, { recursive: true, force: true });
  }
  printTables(rows);
  const outDir = join(ROOT, 'out');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'bench-networks.json');
  writeFileSync(
    file,
    JSON.stringify(
      { date: new Date().toISOString(), wallSeconds: (Date.now() - t0) / 1000, cpus: cpus().length, options: opts, rows },
      null,
      2,
    ) + '\n',
  );
  process.stdout.write(`\nwritten ${file}\n`);
  return rows;
}

/** Ours in float32 beside float64 and BrainPy's float32, where measured. */
function printFloat32(rs: NetworkRow[], which: 'fixed' | 'scaling'): void {
  const with32 = rs.filter((r) => r.oursFloat32);
  if (with32.length === 0) return;
  process.stdout.write(`\n${which === 'fixed' ? 'Networks at N = 4000' : 'COBA scaling'}: ours in float32\n`);
  const head = ['model', 'N', 'sim s', 'f64 run s', 'f32 run s', 'f64/f32', 'ns/n·step f32', 'rate Hz f64', 'rate Hz f32', 'peak MiB f32'];
  head.push('BrainPy f32 run s', 'BrainPy f32/ours f32');
  const body = with32.map((r) => {
    const f = r.oursFloat32!;
    const bp = r.peers.brainpy32;
    return [
      NET_MODELS[r.model].label,
      String(r.n),
      String(r.durationS),
      sig(r.ours.runS),
      sig(f.runS),
      sig(r.ours.runS / f.runS),
      sig(f.nsPerNeuronStep),
      sig(r.ours.rateHz),
      sig(f.rateHz),
      sig(f.peakMiB),
      isPeerResult(bp) ? sig(bp.run_s) : '-',
      isPeerResult(bp) ? sig(bp.run_s / f.runS) : '-',
    ];
  });
  process.stdout.write(table(head, body, 2) + '\n');
}

const sig = (x: number): string => (!Number.isFinite(x) ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toPrecision(3));

function table(head: string[], body: string[][], left: number): string {
  const widths = head.map((h, j) => Math.max(h.length, ...body.map((row) => row[j].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, j) => (j < left ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n');
}

function printTables(rows: NetworkRow[]): void {
  const cell = (c: Brian2Cell, f: (b: Brian2Result) => string): string =>
    c === null ? '-' : isResult(c) ? f(c) : 'skipped' in c ? 'skip' : 'err';
  for (const which of ['fixed', 'scaling'] as const) {
    const rs = rows.filter((r) => r.tables.includes(which));
    if (rs.length === 0) continue;
    process.stdout.write(`\n${which === 'fixed' ? 'Networks at N = 4000' : 'COBA scaling, 80 synapses per neuron (p = 80/N)'}: times\n`);
    const timeHead = [
      'model',
      'N',
      'sim s',
      'threads',
      'ours run s',
      'cpp run s',
      'cy run s',
      'cpp/ours',
      'cy/ours',
      'omp run s',
      'omp/ours',
      'ns/n·step ours',
      'ns/n·step cpp',
      'ns/n·step omp',
      'ns/n·step cy',
      'compile cold s',
      'compile cached s',
      'ts cold s',
      'ts cached s',
      'build s',
      'cpp make s',
      'cpp total s',
      'cy prime s',
      'cy total s',
      'load',
    ];
    const ns = (b: Brian2Result, r: NetworkRow) => sig((b.run_s / (r.n * r.steps)) * 1e9);
    const timeBody = rs.map((r) => [
      NET_MODELS[r.model].label,
      String(r.n),
      String(r.durationS),
      String(r.ours.threads),
      sig(r.ours.runS),
      cell(r.cpp, (b) => sig(b.run_s)),
      cell(r.cython, (b) => sig(b.run_s)),
      cell(r.cpp, (b) => sig(b.run_s / r.ours.runS)),
      cell(r.cython, (b) => sig(b.run_s / r.ours.runS)),
      cell(r.cppOmp, (b) => sig(b.run_s)),
      cell(r.cppOmp, (b) => sig(b.run_s / r.ours.runS)),
      sig(r.ours.nsPerNeuronStep),
      cell(r.cpp, (b) => ns(b, r)),
      cell(r.cppOmp, (b) => ns(b, r)),
      cell(r.cython, (b) => ns(b, r)),
      sig(r.ours.compileColdS),
      sig(r.ours.compileCachedS),
      sig(r.ours.tsColdS),
      sig(r.ours.tsCachedS),
      sig(r.ours.buildS),
      cell(r.cpp, (b) => sig(b.make_s ?? NaN)),
      cell(r.cpp, (b) => sig(b.total_s)),
      r.cythonColdTotalS !== undefined ? sig(r.cythonColdTotalS) : '-',
      cell(r.cython, (b) => sig(b.total_s)),
      r.loadavg.toFixed(1),
    ]);
    process.stdout.write(table(timeHead, timeBody, 2) + '\n');
    process.stdout.write(`\n${which === 'fixed' ? 'Networks at N = 4000' : 'COBA scaling'}: activity and memory\n`);
    const actHead = [
      'model',
      'N',
      'sim s',
      'synapses ours',
      'synapses B2',
      'spikes ours',
      'spikes cpp',
      'spikes omp',
      'spikes cy',
      'rate Hz ours',
      'rate cpp',
      'rate cy',
      'peak MiB ours',
      'peak MiB cpp',
      'peak MiB cy',
    ];
    const actBody = rs.map((r) => {
      const b = isResult(r.cpp) ? r.cpp : isResult(r.cython) ? r.cython : undefined;
      return [
        NET_MODELS[r.model].label,
        String(r.n),
        String(r.durationS),
        String(r.ours.synapses),
        b ? String(b.n_synapses) : '-',
        String(r.ours.spikes),
        cell(r.cpp, (x) => String(x.n_spikes)),
        cell(r.cppOmp, (x) => String(x.n_spikes)),
        cell(r.cython, (x) => String(x.n_spikes)),
        sig(r.ours.rateHz),
        cell(r.cpp, (x) => sig(x.rate_hz)),
        cell(r.cython, (x) => sig(x.rate_hz)),
        sig(r.ours.peakMiB),
        cell(r.cpp, (x) => sig(x.peakMiB)),
        cell(r.cython, (x) => sig(x.peakMiB)),
      ];
    });
    process.stdout.write(table(actHead, actBody, 2) + '\n');
    printFloat32(rs, which);
    printPeers(rs, which);
  }
  for (const r of rows) {
    for (const [t, c] of [
      ['cpp_standalone', r.cpp],
      ['cpp_standalone with OpenMP', r.cppOmp],
      ['cython', r.cython],
    ] as const) {
      if (c && 'error' in c) process.stdout.write(`${NET_MODELS[r.model].label} N=${r.n} ${r.durationS} s, Brian2 ${t}: ${c.error}\n`);
      if (c && 'skipped' in c) process.stdout.write(`${NET_MODELS[r.model].label} N=${r.n} ${r.durationS} s, Brian2 ${t}: ${c.skipped}\n`);
    }
    for (const [run, c] of Object.entries(r.peers) as [PeerRun, PeerCell][])
      if (c && !isPeerResult(c))
        process.stdout.write(
          `${NET_MODELS[r.model].label} N=${r.n} ${r.durationS} s, ${PEER_RUNS[run].label}: ${'error' in c ? c.error : c.skipped}\n`,
        );
  }
  const version = rows.map((r) => (isResult(r.cpp) ? r.cpp.brian2 : isResult(r.cython) ? r.cython.brian2 : '')).find((v) => v) ?? '?';
  process.stdout.write(
    `\ncpp = Brian2 ${version} C++ standalone (fresh build per run, single thread, its default flags incl. -ffast-math);\n` +
      'omp = the same with OpenMP on as many threads as ours (devices.cpp_standalone.openmp_threads), where ours ran on more than one;\n' +
      'threads = the threads ours ran on (one per core, each with at least 64k neurons: defaultThreads in runtime/run-options.ts;\n' +
      '--threads sets it).\n' +
      'cy = Brian2 Cython runtime with a warm cache, primed by one discarded 0.01 s run per model and N ("cy prime" = its total: a cold\n' +
      "compile of the code objects not yet cached; the cache is shared between models, so only the first model's is fully cold).\n" +
      'cpp/ours, cy/ours: Brian2 run time / ours (> 1: we are faster). Run times are the simulation loop only (ours: net.timing.runSeconds;\n' +
      'Brian2: device._last_run_time). ns/n·step = run time / (N * steps), spike propagation included.\n' +
      'Ours: compile = native kernels (cold: empty BRAINTS_CACHE; cached: same cache, new process); ts = the TypeScript front end\n' +
      '(compileEntry of the example: cold = empty output folder); build = connectivity and state allocation (net.timing.buildSeconds).\n' +
      'Brian2: make = g++ of the generated project; total = everything after `import brian2` (codegen, make, connectivity, run).\n' +
      `Seed ${SEED} for both (different generators: networks are statistically, not exactly, the same). dt ${DT} ms.\n` +
      'peak MiB: ours = VmHWM of the timed process; Brian2 = the largest RSS in its process tree (Python, the compiler, ./main).\n' +
      `load = the 1-minute load average after the row (this machine's cores: ${cpus().length}); times are minima over --repeat runs.\n`,
  );
}

/** The peers' table of one group of rows: loop times, ratios to ours, rates and memory. */
function printPeers(rs: NetworkRow[], which: 'fixed' | 'scaling'): void {
  const runs = (Object.keys(PEER_RUNS) as PeerRun[]).filter((run) => rs.some((r) => r.peers[run]));
  if (runs.length === 0) return;
  const cell = (c: PeerCell | undefined, f: (b: PeerResult) => string): string =>
    !c ? '-' : isPeerResult(c) ? f(c) : 'skipped' in c ? 'skip' : 'err';
  process.stdout.write(`\n${which === 'fixed' ? 'Networks at N = 4000' : 'COBA scaling'}: BrainPy and NEST\n`);
  const head = ['model', 'N', 'sim s', 'ours run s', 'rate Hz ours'];
  for (const run of runs) head.push(`${PEER_RUNS[run].label} s`, `${PEER_RUNS[run].label}/ours`);
  for (const run of runs) head.push(`rate ${PEER_RUNS[run].label}`);
  for (const run of runs) head.push(`peak MiB ${PEER_RUNS[run].label}`);
  const body = rs
    .filter((r) => runs.some((run) => r.peers[run]))
    .map((r) => [
      NET_MODELS[r.model].label,
      String(r.n),
      String(r.durationS),
      sig(r.ours.runS),
      sig(r.ours.rateHz),
      ...runs.flatMap((run) => [cell(r.peers[run], (b) => sig(b.run_s)), cell(r.peers[run], (b) => sig(b.run_s / r.ours.runS))]),
      ...runs.map((run) => cell(r.peers[run], (b) => sig(b.rate_hz))),
      ...runs.map((run) => cell(r.peers[run], (b) => sig(b.peak_rss_mib))),
    ]);
  process.stdout.write(table(head, body, 2) + '\n');
  const versions = runs.map((run) => {
    const v = rs.map((r) => r.peers[run]).find(isPeerResult);
    return `${PEER_RUNS[run].label} = ${PEER_RUNS[run].system} ${v?.version ?? '?'}`;
  });
  process.stdout.write(
    `${[...new Set(versions)].join('; ')} (under ${PEERS_PYTHON}; scripts bench/peers/*.py, seed ${SEED}, dt ${DT} ms).\n` +
      'X/ours = its loop time / ours (> 1: we are faster): BrainPy = the jitted for_loop after a discarded first call (its compile);\n' +
      'NEST = nest.Run after nest.Prepare. NEST integrates with adaptive RKF45 and delivers after one step (its minimum delay).\n',
  );
}
