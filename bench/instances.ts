// `npm run bench -- instances`: many instances of a network in one native run (net.instances)
// against separate runs of the same networks, one after another in this process (as a script
// looping over the values would do; their kernels compiled once, before the clock starts). The
// cases are the examples: 1000 single-neuron HH instances, one per input current
// (examples/fi-curve.ts), and COBA over a 16 x 16 grid of weights (examples/coba-grid.ts). The
// separate runs of a subset are timed and their total extrapolated to all, which the output says.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { Network, constant } from '../index';
import type { Instances } from '../index';
import { HodgkinHuxley } from '../models/index';
import { compileEntry } from '../cli/compile';

const ROOT = join(__dirname, '..', '..');

export interface InstancesBenchOptions {
  /** Simulated ms of the HH case (dt 0.01 ms) and of the COBA case (dt 0.1 ms). */
  hhDuration: number;
  cobaDuration: number;
  /** Separate runs timed of each case (the rest extrapolated). */
  subset: number;
  threads?: number;
}

/** The default export of an example, compiled into a scratch folder inside the project (where `import 'braints'` resolves). */
function example<T>(file: string): T {
  mkdirSync(join(ROOT, '.braints'), { recursive: true });
  const { entryJs } = compileEntry(join(ROOT, 'examples', file), mkdtempSync(join(ROOT, '.braints', 'bench-instances-')));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(entryJs) as { default: T }).default;
}

const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

interface Row {
  case: string;
  instances: number;
  oneRun: number;
  separate: number;
  measured: number;
}

async function compare(
  name: string,
  instances: () => Instances,
  separate: (k: number) => Promise<void>,
  duration: number,
  dt: number,
  opts: InstancesBenchOptions,
): Promise<Row> {
  // compiles (or loads from the cache) both libraries before anything is timed
  const warm = instances();
  await warm.run(dt, { dt, threads: opts.threads });
  await separate(0);
  const t0 = process.hrtime.bigint();
  const runs = instances();
  await runs.run(duration, { dt, threads: opts.threads });
  const oneRun = seconds(t0);
  const measured = Math.min(opts.subset, runs.count);
  const t1 = process.hrtime.bigint();
  for (let j = 0; j < measured; j++) await separate(Math.floor((j * runs.count) / measured));
  const separateSeconds = (seconds(t1) * runs.count) / measured;
  return { case: name, instances: runs.count, oneRun, separate: separateSeconds, measured };
}

export async function benchInstances(opts: InstancesBenchOptions): Promise<Row[]> {
  const fiCurve = example<(o: { currents?: number }) => Instances>('fi-curve.ts');
  const cobaGrid = example<(o: { n?: number; side?: number }) => Instances>('coba-grid.ts');
  const coba = example<(o: { n?: number }) => Network>('coba.ts');
  const hh = await compare(
    'HH, 1 neuron, 1000 currents',
    () => fiCurve({ currents: 1000 }),
    async (k) => {
      const g = new HodgkinHuxley(1);
      const net = new Network({ hh: g });
      net.input(g, 'I', constant((k * 50) / 999));
      await net.run(opts.hhDuration, { dt: 0.01, threads: opts.threads });
    },
    opts.hhDuration,
    0.01,
    opts,
  );
  const side = 16;
  const grid = await compare(
    'COBA, 1000 neurons, 16 x 16 weights',
    () => cobaGrid({ n: 1000, side }),
    async (k) => {
      // examples/coba-grid.ts' instance k: we[k % side], wi[k / side]
      const we = 0.1 + (1.5 * (k % side)) / (side - 1),
        wi = 1 + (15 * Math.floor(k / side)) / (side - 1);
      const net = coba({ n: 1000 });
      await net.run(0, { dt: 0.1, threads: opts.threads });
      for (const [name, p] of net.projections) net.set(p, { w: name.startsWith('E') ? we : wi });
      await net.run(opts.cobaDuration, { dt: 0.1 });
    },
    opts.cobaDuration,
    0.1,
    opts,
  );
  const rows = [hh, grid];
  process.stdout.write(
    `instances in one run against separate runs (wall s: build and run, kernels compiled beforehand; HH ${opts.hhDuration} ms at dt 0.01, COBA ${opts.cobaDuration} ms at dt 0.1)\n`,
  );
  for (const r of rows) {
    const est = r.measured < r.instances ? ` (${r.measured} of ${r.instances} timed, extrapolated)` : '';
    process.stdout.write(
      `  ${r.case.padEnd(38)} one run ${r.oneRun.toFixed(2).padStart(7)} s   ${r.instances} separate runs ${r.separate.toFixed(2).padStart(8)} s${est}   ratio ${(r.separate / r.oneRun).toFixed(1)}x\n`,
    );
  }
  return rows;
}
