// `npm run bench -- gpu`: COBA at 4k, 400k, 1M and 4M neurons (80 synapses per neuron) and COBAHH
// at 1M, 1 s simulated, on the GPU (--backend gpu) and on the CPU of the same machine in the same
// run: run time, real-time factor (run time / simulated time), build and compile time, spikes and
// mean rate, device memory, peak host memory. Each run is a child process (its own memory and
// device context). The CPU runs `--cpu-duration` seconds (default 1; less for the large networks
// keeps the whole bench within minutes), and its real-time factor is per simulated second.
// Writes gpu.json and gpu.md into --out (default out/bench-gpu). `node dist/bench/gpu.js [--duration S]
// [--cpu-duration S] [--out DIR]` runs it without loading the other benches (bench/gpu/device-check.sh).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Network } from '../index';

const ROOT = join(__dirname, '..', '..');
const DT = 0.1;
const SEED = 1;
/** Where the examples compile: inside the package, so that they import `braints` from it. */
const BUILD = join(ROOT, 'out', 'bench-gpu-build');

export type GpuBenchModel = 'coba' | 'cobahh';

export interface GpuBenchCase {
  model: GpuBenchModel;
  n: number;
}

export const GPU_BENCH_CASES: GpuBenchCase[] = [
  { model: 'coba', n: 4000 },
  { model: 'coba', n: 400_000 },
  { model: 'coba', n: 1_000_000 },
  { model: 'coba', n: 4_000_000 },
  { model: 'cobahh', n: 1_000_000 },
];

interface ChildResult {
  backend: string;
  device: string;
  deviceMiB: number;
  durationS: number;
  buildSeconds: number;
  compileSeconds: number;
  runSeconds: number;
  spikes: number;
  neurons: number;
  synapses: number;
  peakMiB: number;
}

/**
 * The example compiled into BUILD; where TypeScript cannot be loaded (a GPU machine that was
 * carried only what runs, bench/gpu/prepare-carry.sh), the compile made before carrying.
 */
function exampleJs(model: GpuBenchModel): string {
  try {
    // loaded here: the compiler needs TypeScript
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { compileEntry } = require('../cli/compile') as typeof import('../cli/compile');
    return compileEntry(join(ROOT, 'examples', `${model}.ts`), BUILD).entryJs;
  } catch (e) {
    const made = join(BUILD, 'examples', `${model}.js`);
    if (!existsSync(made) || !/Cannot find module '(typescript|llvm-bindings)[/']/.test(String(e))) throw e;
    process.stderr.write(`no TypeScript compiler here: ${model} as compiled before (${made})\n`);
    return made;
  }
}

/** The hidden child command: `__gpu MODEL N DURATION_MS BACKEND`, prints one JSON line. */
export async function gpuChild(args: string[]): Promise<void> {
  const [model, n, durationMs, backend] = [args[0] as GpuBenchModel, Number(args[1]), Number(args[2]), args[3]];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const make = (require(exampleJs(model)) as { default: (o: { n: number }) => Network }).default;
  const net = make({ n });
  await net.run(durationMs, { dt: DT, seed: SEED, backend: backend as 'cpu' | 'gpu' });
  let spikes = 0;
  for (const g of net.groups.values()) spikes += net.spikeCount(g);
  let synapses = 0;
  for (const s of net.projections.values()) synapses += net.projection(s).csr.col.length;
  const out: ChildResult = {
    backend,
    device: net.device,
    deviceMiB: net.deviceBytes / 2 ** 20,
    durationS: durationMs / 1000,
    buildSeconds: net.timing.buildSeconds,
    compileSeconds: net.timing.compileSeconds,
    runSeconds: net.timing.runSeconds,
    spikes,
    neurons: net.neurons,
    synapses,
    peakMiB: Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

function runChild(c: GpuBenchCase, durationS: number, backend: string): ChildResult | { error: string } {
  // this file, not main.js: a GPU machine may lack what the other benches load (vega, resvg)
  const r = spawnSync(process.execPath, [__filename, '__gpu', c.model, String(c.n), String(durationS * 1000), backend], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 24,
  });
  // the error's own line (Node prints the source line, a caret and the stack around it)
  if (r.status !== 0) return { error: r.stderr.split('\n').find((l) => /^\w*Error\b/.test(l)) ?? `exit ${r.status} ${r.signal ?? ''}` };
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as ChildResult;
}

const size = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

export function benchGpu(opts: { cases: GpuBenchCase[]; durationS: number; cpuDurationS: number; out: string }): void {
  const out = resolve(opts.out);
  mkdirSync(out, { recursive: true });
  const rows: { case: GpuBenchCase; gpu: ChildResult | { error: string }; cpu: ChildResult | { error: string } }[] = [];
  const lines = [
    '| network | backend | device | simulated s | run s | real-time factor | build s | compile s | spikes | rate Hz | device MiB | host peak MiB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of opts.cases) {
    const gpu = runChild(c, opts.durationS, 'gpu');
    const cpu = runChild(c, opts.cpuDurationS, 'cpu');
    rows.push({ case: c, gpu, cpu });
    for (const r of [gpu, cpu]) {
      const name = `${c.model.toUpperCase()} ${size(c.n)}`;
      const line =
        'error' in r
          ? `| ${name} | | failed: ${r.error.replaceAll('|', '/')} | | | | | | | | | |`
          : `| ${name} | ${r.backend} | ${r.device} | ${r.durationS} | ${r.runSeconds.toFixed(2)} | ${(r.runSeconds / r.durationS).toFixed(3)} | ${r.buildSeconds.toFixed(2)} | ${r.compileSeconds.toFixed(2)} | ${r.spikes} | ${(r.spikes / r.neurons / r.durationS).toFixed(2)} | ${r.deviceMiB.toFixed(0)} | ${r.peakMiB.toFixed(0)} |`;
      lines.push(line);
      process.stdout.write(line + '\n');
    }
    writeFileSync(join(out, 'gpu.json'), JSON.stringify(rows, null, 2));
    writeFileSync(join(out, 'gpu.md'), lines.join('\n') + '\n');
  }
}

if (require.main === module) {
  const [first, ...rest] = process.argv.slice(2);
  if (first === '__gpu') void gpuChild(rest);
  else {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { duration: { type: 'string' }, 'cpu-duration': { type: 'string' }, out: { type: 'string' } },
    });
    benchGpu({
      cases: GPU_BENCH_CASES,
      durationS: Number(values.duration ?? 1),
      cpuDurationS: Number(values['cpu-duration'] ?? 1),
      out: values.out ?? 'out/bench-gpu',
    });
  }
}
