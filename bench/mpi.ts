// `npm run bench -- mpi [--sizes 1M,4M] [--duration S] [--delay MS]`: COBA (examples/coba.ts, 80
// synapses per neuron, delay 0, so an exchange every step; with --delay, that delay on every
// projection, so one exchange per delay / dt steps) on 1 process x 2 threads against 2 MPI
// processes x 1 thread on the same cores: run time, time in the spike exchange, exchanges, bytes
// received per step and process, build time, peak memory per process. Prints a table and writes
// out/bench-mpi.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Network } from '../index';
import { compileEntry, upToDateOutputs } from '../cli/compile';
import { mpiWorld } from '../runtime/mpi';

const ROOT = join(__dirname, '..', '..');
const DT = 0.1;
const SEED = 1;
const ENTRY = join(ROOT, 'examples', 'coba.ts');

export interface MpiRow {
  neurons: number;
  ranks: number;
  threads: number;
  simulatedMs: number;
  /** The delay of every projection, in steps: the minimum delay, so steps per exchange (0: every step). */
  minDelaySteps: number;
  runSeconds: number;
  exchangeSeconds: number;
  /** Spike exchanges in the run. */
  exchanges: number;
  bytesPerStep: number;
  buildSeconds: number;
  /** The largest peak resident memory of the processes, MiB. */
  peakMiBPerRank: number;
  spikes: number;
}

function peakMiB(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

/** The hidden child: `__mpi N DURATION_MS DELAY_MS THREADS OUTDIR`, run alone or by each process under mpiexec; process 0 prints one JSON line. */
export async function mpiChild(args: string[]): Promise<void> {
  const [n, durationMs, delayMs, threads, outDir] = [Number(args[0]), Number(args[1]), Number(args[2]), Number(args[3]), args[4]];
  const w = mpiWorld();
  // compiled by the parent (benchMpi), so that no process's peak memory holds TypeScript's
  const compiled = upToDateOutputs(ENTRY, outDir);
  if (!compiled) throw new Error(`${ENTRY} is not compiled into ${outDir}`);
  const { entryJs } = compiled;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const net = (require(entryJs) as { default: (o: { n: number; delay: number }) => Network }).default({ n, delay: delayMs });
  w?.exchangeStats();
  await net.run(durationMs, { dt: DT, seed: SEED, threads });
  const stats = w?.exchangeStats() ?? { seconds: 0, bytes: 0, exchanges: 0 };
  let spikes = 0;
  for (const g of net.groups.values()) spikes += net.spikeCount(g);
  const max = (v: number) => (w ? w.max(v) : v);
  const row: MpiRow = {
    neurons: n,
    ranks: w?.size ?? 1,
    threads,
    simulatedMs: durationMs,
    minDelaySteps: Math.round(delayMs / DT),
    runSeconds: max(net.timing.runSeconds),
    exchangeSeconds: max(stats.seconds),
    exchanges: max(stats.exchanges),
    bytesPerStep: max(stats.bytes / Math.round(durationMs / DT)),
    buildSeconds: max(net.timing.buildSeconds),
    peakMiBPerRank: max(peakMiB()),
    spikes,
  };
  if ((w?.rank ?? 0) === 0) process.stdout.write(JSON.stringify(row) + '\n');
}

function runChild(n: number, durationMs: number, delayMs: number, ranks: number, threads: number, outDir: string): MpiRow {
  const child = [join(__dirname, 'main.js'), '__mpi', String(n), String(durationMs), String(delayMs), String(threads), outDir];
  const r =
    ranks === 1
      ? spawnSync(process.execPath, child, { encoding: 'utf8', maxBuffer: 1 << 26 })
      : spawnSync('mpiexec', ['-n', String(ranks), process.execPath, ...child], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`the ${ranks}-process run of ${n} neurons failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as MpiRow;
}

export function benchMpi(opts: { sizes: number[]; durationS: number; delayMs: number }): MpiRow[] {
  const outDir = join(ROOT, 'out', 'bench-mpi-build');
  mkdirSync(outDir, { recursive: true });
  compileEntry(ENTRY, outDir);
  const rows: MpiRow[] = [];
  const before = loadavg()[0];
  for (const n of opts.sizes) {
    for (const [ranks, threads] of [
      [1, 2],
      [2, 1],
    ]) {
      const row = runChild(n, opts.durationS * 1000, opts.delayMs, ranks, threads, outDir);
      rows.push(row);
      process.stdout.write(
        `COBA ${String(n).padStart(8)} neurons, ${ranks} process${ranks > 1 ? 'es' : ''} x ${threads} thread${threads > 1 ? 's' : ''}: ` +
          `run ${row.runSeconds.toFixed(2)} s for ${row.simulatedMs} ms, min delay ${row.minDelaySteps} steps ` +
          `(${row.exchanges} exchanges, ${row.exchangeSeconds.toFixed(2)} s in them, ` +
          `${Math.round(row.bytesPerStep)} B/step received per process), build ${row.buildSeconds.toFixed(2)} s, ` +
          `peak ${Math.round(row.peakMiBPerRank)} MiB per process, ${row.spikes} spikes\n`,
      );
    }
  }
  const file = join(ROOT, 'out', 'bench-mpi.json');
  writeFileSync(file, JSON.stringify({ cpus: cpus().length, loadavgBefore: before, loadavgAfter: loadavg()[0], rows }, null, 2));
  process.stdout.write(
    `load average ${before.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} cores; wrote ${file}\n`,
  );
  return rows;
}
