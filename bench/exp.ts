// `npm run bench -- exp`: exp alone, the kernels' own (llvm/emit-exp.ts, double and float) against
// libmvec's (llvm.exp.f64 and .f32 as opt -vector-library=LIBMVEC-X86 vectorizes them), each loop compiled as
// a kernel is (bench/exp-kernels.ts) for this CPU (native) and for others through BRAINTS_CPU
// (haswell: AVX2 on an AVX-512 machine). Every CPU runs in a child process of its own (main.ts's
// hidden `__exp` command), the children interleaved; each reports nanoseconds per element over an
// array that stays in L1 (4096 elements), so that the time is the arithmetic, not the memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExpLoop } from './exp-kernels';

const ELEMENTS = 4096;
/** Calls per sample: about 10^7 elements, a few milliseconds. */
const CALLS = 2500;
const SAMPLES = 5;

interface ChildResult {
  /** Lanes of the widest vector in each loop's optimized IR (1: not vectorized). */
  lanes: Record<ExpLoop, number>;
  /** Nanoseconds per element, one per sample. */
  ns: Record<ExpLoop, number[]>;
}

/** The widest `<N x double|float>` in an optimized module. */
const widestVector = (text: string) => Math.max(1, ...[...text.matchAll(/<(\d+) x (?:double|float)>/g)].map((m) => Number(m[1])));

/** The hidden child command `__exp`: builds the loops for BRAINTS_CPU, times them, prints one JSON line. */
export async function expChild(): Promise<void> {
  // the loops' module needs llvm-bindings: loaded by the child only, so that the other benches' processes stay without it
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildExpLibrary, EXP_LOOPS } = require('./exp-kernels') as typeof import('./exp-kernels');
  const dir = mkdtempSync(join(tmpdir(), 'braints-exp-bench-'));
  try {
    const lib = await buildExpLibrary(dir);
    const lanes = Object.fromEntries(EXP_LOOPS.map((l) => [l, widestVector(readFileSync(join(dir, `exp_${l}.o.opt.ll`), 'utf8'))]));
    // arguments over the range the models' rates see (-20 to 20), in both types
    const f64 = Float64Array.from({ length: ELEMENTS }, (_, i) => -20 + (40 * i) / ELEMENTS);
    const out: Record<string, Float64Array | Float32Array> = { f64: new Float64Array(ELEMENTS), f32: new Float32Array(ELEMENTS) };
    const input: Record<string, Float64Array | Float32Array> = { f64, f32: Float32Array.from(f64) };
    const ns = Object.fromEntries(EXP_LOOPS.map((l) => [l, [] as number[]])) as ChildResult['ns'];
    for (let s = 0; s < SAMPLES; s++)
      for (const l of EXP_LOOPS) {
        const type = l.endsWith('f32') ? 'f32' : 'f64';
        const t0 = process.hrtime.bigint();
        for (let c = 0; c < CALLS; c++) lib.loops[l](input[type], out[type], ELEMENTS);
        ns[l].push(Number(process.hrtime.bigint() - t0) / (CALLS * ELEMENTS));
      }
    process.stdout.write(JSON.stringify({ lanes, ns } as ChildResult) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function benchExp(opts: { cpus: string[]; repeat: number }): void {
  const load0 = loadavg()[0];
  const runs = new Map<string, ChildResult[]>(opts.cpus.map((c) => [c, []]));
  for (let r = 0; r < opts.repeat; r++)
    for (const cpu of opts.cpus) {
      const child = spawnSync(process.execPath, [join(__dirname, 'main.js'), '__exp'], {
        env: { ...process.env, BRAINTS_CPU: cpu },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      if (child.status !== 0) throw new Error(`the exp bench for BRAINTS_CPU=${cpu} failed with status ${child.status}`);
      runs.get(cpu)!.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildResult);
    }
  const load1 = loadavg()[0];
  process.stdout.write(
    `exp alone, ns per element (${ELEMENTS} elements in L1; ${opts.repeat} x ${SAMPLES} samples interleaved; load ${load0.toFixed(1)} -> ${load1.toFixed(1)})\n`,
  );
  process.stdout.write('| CPU (BRAINTS_CPU) | loop | lanes | min ns | median ns |\n|---|---|---|---|---|\n');
  for (const [cpu, results] of runs)
    for (const l of Object.keys(results[0].ns) as ExpLoop[]) {
      const ns = results.flatMap((res) => res.ns[l]);
      process.stdout.write(`| ${cpu} | ${l} | ${results[0].lanes[l]} | ${Math.min(...ns).toFixed(3)} | ${median(ns).toFixed(3)} |\n`);
    }
}
