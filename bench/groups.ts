// `npm run bench -- groups`: single neuron groups (LIF, Hodgkin-Huxley) at several sizes, against
// Brian2's C++ standalone on the same group and against a memcpy of the bytes a step streams.
//
// Every measurement of ours runs in a child process (this file, through main.ts's hidden
// `__group` command), so that module-level caches (loaded libraries, tool versions) of one run
// never make another look faster: a cold compile uses a fresh, empty BRAINTS_CACHE, and the cached
// compile and the timed run are a second process on that same cache.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network, constant } from '../index';
import type { NeuronGroup } from '../index';
import { LIF } from '../models/lif';
import { HodgkinHuxley } from '../models/hh';

/** The repository root (this file runs as dist/bench/groups.js). */
const ROOT = join(__dirname, '..', '..');
const PYTHON = process.env.BRIAN2_PYTHON ?? '/usr/bin/python3';
const BRIAN2_INSTALL = 'apt-get install python3-brian python3-brian-lib cython3';

export type ModelName = 'lif' | 'hh';

interface ModelSpec {
  label: string;
  make(n: number): NeuronGroup;
  /** The constant input into the current I (LIF: mV, with R = 1; HH: uA/cm2). */
  input: number;
}

const MODELS: Record<ModelName, ModelSpec> = {
  lif: { label: 'LIF', make: (n) => new LIF(n), input: 20 },
  hh: { label: 'HH (rk4)', make: (n) => new HodgkinHuxley(n), input: 10 },
};

export interface GroupsOptions {
  models: ModelName[];
  sizes: number[];
  /** Simulated seconds and dt (ms) per model. */
  duration: Record<ModelName, number>;
  dt: Record<ModelName, number>;
  brian2: boolean;
  /** Runs per (model, size); every time reported is the minimum. */
  repeat: number;
  /** Our threads (default: the network's default, defaultThreads); Brian2 gets as many (OpenMP). */
  threads?: number;
}

/** What one child process of ours reports. */
interface OursChild {
  compileSeconds: number;
  runSeconds: number;
  steps: number;
  spikes: number;
  /** Per-neuron arrays the kernel reads and writes each step (states and currents). */
  streamedFields: number;
  /** The threads the group ran on. */
  threads: number;
}

interface Brian2Result {
  run_s: number;
  build_s: number;
  make_s: number;
  exec_s: number;
  spikes: number;
}

export interface GroupRow {
  model: ModelName;
  n: number;
  durationS: number;
  dtMs: number;
  steps: number;
  ours: {
    runS: number;
    nsPerNeuronStep: number;
    compileColdS: number;
    compileCachedS: number;
    spikes: number;
    rateHz: number;
    threads: number;
  };
  brian2: (Brian2Result & { nsPerNeuronStep: number; rateHz: number }) | { error: string } | null;
  memcpy: { bytesPerNeuronStep: number; seconds: number } | { error: string };
  loadavg: number;
}

/** The hidden child command: `__group MODEL N DURATION_MS DT_MS THREADS|auto`, prints one JSON line. */
export async function groupChild(args: string[]): Promise<void> {
  const [model, n, durationMs, dt] = [args[0] as ModelName, Number(args[1]), Number(args[2]), Number(args[3])];
  const threads = args[4] === 'auto' ? undefined : Number(args[4]);
  const spec = MODELS[model];
  if (!spec) throw new Error(`unknown model ${model}`);
  const g = spec.make(n);
  const net = new Network({ g });
  net.input(g, 'I', constant(spec.input));
  await net.run(durationMs, { dt, threads });
  const out: OursChild = {
    compileSeconds: net.timing.compileSeconds,
    runSeconds: net.timing.runSeconds,
    steps: net.timing.steps,
    spikes: net.spikeCount(g),
    streamedFields: g.model.ir.fields.filter((f) => f.role === 'state' || f.role === 'current').length,
    threads: net.threads!,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

function runOurs(model: ModelName, n: number, durationMs: number, dt: number, cache: string, threads?: number): OursChild {
  const args = [join(__dirname, 'main.js'), '__group', model, String(n), String(durationMs), String(dt), String(threads ?? 'auto')];
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, BRAINTS_CACHE: cache },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`our ${model} run (N = ${n}) failed with status ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as OursChild;
}

function brian2Available(): boolean {
  return spawnSync(PYTHON, ['-c', 'import brian2'], { stdio: 'ignore' }).status === 0;
}

/** Brian2 C++ standalone on the same group, with OpenMP on `threads` threads when more than one. */
function runBrian2(model: ModelName, n: number, durationS: number, dt: number, threads: number): Brian2Result | { error: string } {
  const args = [join(ROOT, 'bench', 'brian2', 'group.py'), model, String(n), String(durationS), String(dt), String(threads)];
  const r = spawnSync(PYTHON, args, {
    // numpy/pythran FutureWarnings on import are noise here
    env: { ...process.env, PYTHONWARNINGS: 'ignore' },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = r.stdout?.split('\n').find((l) => l.startsWith('RESULT '));
  if (r.status !== 0 || !line)
    return { error: `brian2 failed (status ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}` };
  return JSON.parse(line.slice('RESULT '.length)) as Brian2Result;
}

/** Compiles bench/memcpy.c once per bench run (cc -O2, in a temp dir); returns the binary. */
function buildMemcpy(dir: string): string | { error: string } {
  const bin = join(dir, 'memcpy');
  const r = spawnSync('cc', ['-O2', '-o', bin, join(ROOT, 'bench', 'memcpy.c')], { encoding: 'utf8' });
  return r.status === 0 ? bin : { error: `cc failed: ${r.stderr}` };
}

function runMemcpy(bin: string | { error: string }, bytes: number, reps: number): number | { error: string } {
  if (typeof bin !== 'string') return bin;
  const r = spawnSync(bin, [String(bytes), String(reps)], { encoding: 'utf8' });
  if (r.status !== 0) return { error: `memcpy failed: ${r.stderr}` };
  return Number(r.stdout.split(' ')[0]);
}

export async function benchGroups(opts: GroupsOptions): Promise<GroupRow[]> {
  const haveBrian2 = opts.brian2 && brian2Available();
  if (opts.brian2 && !haveBrian2) {
    process.stderr.write(
      `Brian2 is not importable by ${PYTHON}: install it with \`${BRIAN2_INSTALL}\` (or set BRIAN2_PYTHON). Running our side only.\n`,
    );
  }
  const scratch = mkdtempSync(join(tmpdir(), 'braints-bench-'));
  const rows: GroupRow[] = [];
  try {
    const memcpyBin = buildMemcpy(scratch);
    for (const model of opts.models) {
      const durationS = opts.duration[model],
        dt = opts.dt[model];
      for (const n of opts.sizes) {
        process.stderr.write(`${MODELS[model].label} N = ${n}: ${durationS} s at dt ${dt} ms ...\n`);
        // each repeat: one fresh cache, where the first process compiles everything (cold) and runs
        // one step, and the second finds it all cached and does the timed run. Every time is the
        // minimum over the repeats: other load on the machine only ever adds time.
        let ours: OursChild | undefined;
        let coldS = Infinity,
          cachedS = Infinity;
        let b2: Brian2Result | { error: string } | undefined;
        let mc: number | { error: string } | undefined;
        for (let k = 0; k < opts.repeat; k++) {
          const cache = mkdtempSync(join(scratch, 'cache-'));
          const c = runOurs(model, n, dt, dt, cache, opts.threads);
          const o = runOurs(model, n, durationS * 1000, dt, cache, opts.threads);
          rmSync(cache, { recursive: true, force: true });
          coldS = Math.min(coldS, c.compileSeconds);
          cachedS = Math.min(cachedS, o.compileSeconds);
          if (!ours || o.runSeconds < ours.runSeconds) ours = o;
          if (haveBrian2) {
            const b = runBrian2(model, n, durationS, dt, o.threads);
            if (!b2 || 'error' in b2) b2 = b;
            else if (!('error' in b))
              b2 = { ...(b.run_s < b2.run_s ? b : b2), build_s: Math.min(b.build_s, b2.build_s), make_s: Math.min(b.make_s, b2.make_s) };
          }
          // 8 bytes per streamed array and neuron, plus the spike flag; a copy reads and writes them
          const m = runMemcpy(memcpyBin, n * (8 * o.streamedFields + 1), o.steps);
          if (mc === undefined || (typeof m === 'number' && (typeof mc !== 'number' || m < mc))) mc = m;
        }
        if (!ours || mc === undefined) throw new Error('--repeat must be at least 1');
        const bytesPerNeuronStep = 8 * ours.streamedFields + 1;
        const neuronSteps = n * ours.steps;
        let brian2: GroupRow['brian2'] = null;
        if (b2)
          brian2 = 'error' in b2 ? b2 : { ...b2, nsPerNeuronStep: (b2.run_s / neuronSteps) * 1e9, rateHz: b2.spikes / (n * durationS) };
        rows.push({
          model,
          n,
          durationS,
          dtMs: dt,
          steps: ours.steps,
          ours: {
            runS: ours.runSeconds,
            nsPerNeuronStep: (ours.runSeconds / neuronSteps) * 1e9,
            compileColdS: coldS,
            compileCachedS: cachedS,
            spikes: ours.spikes,
            rateHz: ours.spikes / (n * durationS),
            threads: ours.threads,
          },
          brian2,
          memcpy: typeof mc === 'number' ? { bytesPerNeuronStep, seconds: mc } : mc,
          loadavg: loadavg()[0],
        });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  printTable(rows);
  const outDir = join(ROOT, 'out');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'bench-groups.json');
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), options: opts, rows }, null, 2) + '\n');
  process.stdout.write(`\nwritten ${file}\n`);
  return rows;
}

const sig = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));

function printTable(rows: GroupRow[]): void {
  const head = [
    'model',
    'N',
    'sim s',
    'dt ms',
    'threads',
    'ours run s',
    'B2 run s',
    'B2/ours',
    'ns/n·step ours',
    'ns/n·step B2',
    'memcpy s',
    'ours/memcpy',
    'compile cold s',
    'compile cached s',
    'B2 build s',
    'spikes ours',
    'spikes B2',
    'rate Hz ours',
    'load',
  ];
  const body = rows.map((r) => {
    const b = r.brian2 && !('error' in r.brian2) ? r.brian2 : undefined;
    const m = 'error' in r.memcpy ? undefined : r.memcpy;
    const na = r.brian2 === null ? '-' : 'n/a';
    return [
      MODELS[r.model].label,
      String(r.n),
      String(r.durationS),
      String(r.dtMs),
      String(r.ours.threads),
      sig(r.ours.runS),
      b ? sig(b.run_s) : na,
      b ? sig(b.run_s / r.ours.runS) : na,
      sig(r.ours.nsPerNeuronStep),
      b ? sig(b.nsPerNeuronStep) : na,
      m ? sig(m.seconds) : 'n/a',
      m ? sig(r.ours.runS / m.seconds) : 'n/a',
      sig(r.ours.compileColdS),
      sig(r.ours.compileCachedS),
      b ? sig(b.build_s) : na,
      String(r.ours.spikes),
      b ? String(b.spikes) : na,
      sig(r.ours.rateHz),
      r.loadavg.toFixed(1),
    ];
  });
  const widths = head.map((h, j) => Math.max(h.length, ...body.map((row) => row[j].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, j) => (j < 2 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join(' | ') + ' |';
  process.stdout.write(
    '\n' + [line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n') + '\n',
  );
  for (const r of rows) {
    if (r.brian2 && 'error' in r.brian2) process.stdout.write(`${MODELS[r.model].label} N=${r.n}: ${r.brian2.error}\n`);
    if ('error' in r.memcpy) process.stdout.write(`${MODELS[r.model].label} N=${r.n}: ${r.memcpy.error}\n`);
  }
  process.stdout.write(
    '\nB2 = Brian2 2.5.x C++ standalone (its default flags incl. -ffast-math) on as many threads as ours (OpenMP where more than one);\n' +
      'B2/ours > 1: we are faster. threads = ours (one per core, each with at least 64k neurons: defaultThreads in\n' +
      'runtime/run-options.ts; --threads sets it).\n' +
      'Run times are the simulation loop only (ours: net.timing.runSeconds; Brian2: device._last_run_time).\n' +
      'Compile: ours = kernel build + load in a fresh process, cold = empty BRAINTS_CACHE; B2 build = code generation + make (always cold).\n' +
      "load = the 1-minute load average after the row (this machine's cores: " +
      cpus().length +
      '); times are minima over --repeat runs.\n' +
      'memcpy = copying N x (8 B per state/current array + 1 B spike flag) once per step, on one thread: a floor for a\n' +
      'memory-bound kernel on one thread.\n',
  );
}
