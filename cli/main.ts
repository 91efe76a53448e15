// The braints command line: `braints run FILE.ts [...]`, `braints build [-p tsconfig.json]` and
// `braints analyze FILE.ts --model NAME [...]`.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileEntry, upToDateOutputs } from './compile';
import { PLOT_FLAGS, groupLines, plotOptionsOf, summarize, writeOutputs } from './outputs';
import { Network } from '../runtime/network';
import { Instances } from '../runtime/instances';
import { recordToDiskByDefault } from '../runtime/disk-recording';
import { onLead } from '../runtime/spike-monitor';
import { instanceLines, summarizeInstances, writeInstanceOutputs } from './instance-outputs';
import { checkBackend, isDuration, isPrecision, isSeed, isThreadCount, isTimeStep } from '../runtime/run-options';
import { cudaUnavailable } from '../runtime/gpu/cuda';
import { MAX_THREADS } from '../contract/plan-layout';
import { describeFailure } from './failure';
import { BraintsError } from '../runtime/errors';
import { inPhase, progressListener } from '../runtime/progress';
import { importExports } from './import-module';
import { UsageError } from './usage-error';
import { mpiWorld, startedMpiWorld } from '../runtime/mpi';
import { modelOptionValues, splitModelFlags } from './model-options';

const USAGE = `usage:
  braints run FILE.ts [--duration MS] [--dt MS] [--seed N] [--threads T] [--precision float64|float32] [--out DIR] [--record-to-disk] [--backend cpu|gpu|gpu-on-cpu] [--mpi] [--no-plots]
              [--window FROM:TO] [--raster-neurons FROM:TO[:STEP]] [--trace-neurons FROM:TO[:STEP]]
              [--OPTION VALUE ...: the file's own options, exported as \`options = { OPTION: default }\`]
  braints build [-p tsconfig.json] [--ptx [--precision float64|float32]]
  braints analyze FILE.ts --model NAME [--kind KIND] [--set NAME=VALUE,...] [--out DIR] [--no-plots], KIND and its flags:
    phase-plane (default)  --vars V[,W] --range V=LO:HI[,W=LO:HI] [--trajectory V=X,W=Y]... [--duration MS] [--dt MS] [--resolution N]
    bifurcation            --vars V,... --param P=LO:HI [--start V=X,...] [--cycles N [--trajectory V=X,...] [--duration MS] [--dt MS]]
    two-parameter          --vars V,... --param P=LO:HI --param2 Q=LO:HI [--steps N] [--start V=X,...]
    fast-slow              --fast V[,W] --slow Z --range Z=LO:HI,V=LO:HI,... [--trajectory V=X,...,Z=Y] [--duration MS] [--dt MS]
    slow-points            --vars V,... --range V=LO:HI,... [--samples N] [--seed N]`;

const RUN_FLAGS = {
  duration: { type: 'string' },
  dt: { type: 'string' },
  seed: { type: 'string' },
  threads: { type: 'string' },
  precision: { type: 'string' },
  out: { type: 'string' },
  backend: { type: 'string' },
  mpi: { type: 'boolean' },
  'no-plots': { type: 'boolean' },
  'record-to-disk': { type: 'boolean' },
  ...PLOT_FLAGS,
} as const;

async function run(argv: string[]): Promise<number> {
  const split = usage(() => splitModelFlags(argv, RUN_FLAGS));
  const { values, positionals } = parseArgs({ args: split.own, allowPositionals: true, options: RUN_FLAGS });
  if (positionals.length !== 1) throw new UsageError('braints run takes one model file');
  const file = positionals[0];
  const flag = (name: 'duration' | 'dt' | 'seed' | 'threads', valid: (v: number) => boolean, rule: string): number | undefined => {
    const text = values[name];
    if (text === undefined) return undefined;
    const v = Number(text);
    if (text.trim() === '' || !valid(v)) throw new UsageError(`--${name} ${text}: ${rule}`);
    return v;
  };
  const flags = {
    duration: flag('duration', isDuration, 'the duration is a number of ms >= 0'),
    dt: flag('dt', isTimeStep, 'the time step is a number of ms > 0'),
    seed: flag('seed', isSeed, 'the seed is a whole number from 0 to 2^32 - 1'),
    threads: flag('threads', isThreadCount, `a whole number from 1 to ${MAX_THREADS}`),
  };
  const precision = values.precision;
  if (precision !== undefined && !isPrecision(precision))
    throw new UsageError(`--precision ${precision}: the precision is float64 (the default) or float32`);
  const plots = values['no-plots'] ? false : usage(() => plotOptionsOf(values));
  const backend = usage(() => checkBackend(values.backend));
  // no GPU to run on is one line before anything compiles
  const noGpu = backend === 'gpu' ? cudaUnavailable() : undefined;
  if (noGpu) throw new BraintsError(`--backend gpu: ${noGpu}`);
  // under mpiexec, or with --mpi: the processes of the run (or an error saying what to install)
  if (values.mpi) process.env.BRAINTS_MPI = '1';
  const mpi = mpiWorld();
  const lead = (mpi?.rank ?? 0) === 0;
  // the phases are drawn while stderr is a terminal; a log gets the summary below (process 0's)
  const progress = process.stderr.isTTY && lead;
  const t0 = process.hrtime.bigint();
  // process 0 compiles the file; the others then find it up to date
  if (mpi && !lead) mpi.barrier();
  const upToDate = upToDateOutputs(file);
  const compiled = upToDate ?? inPhase(progressListener({ progress }), 'compile', 1, file, () => compileEntry(file));
  if (mpi && lead) mpi.barrier();
  for (const d of compiled.diagnostics) process.stderr.write(d + '\n');
  const typescriptSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  // the monitors the file makes without a dir of their own write their files into the output folder as the run goes
  if (values['record-to-disk']) recordToDiskByDefault(resolve(values.out ?? 'out'));
  // errors then name the user's TypeScript lines (the build output has inline source maps)
  process.setSourceMapsEnabled(true);
  const mod = await importExports(pathToFileURL(compiled.entryJs).href);
  const exported = (name: 'duration' | 'dt' | 'seed', fallback: number): number => {
    const v = mod[name];
    if (v !== undefined && typeof v !== 'number')
      throw new BraintsError(`${file} exports ${name} = ${JSON.stringify(v)}, which is not a number`);
    return v ?? fallback;
  };
  const duration = flags.duration ?? exported('duration', 1000);
  const dt = flags.dt ?? exported('dt', 0.1);
  const seed = flags.seed ?? exported('seed', 0);
  const options = usage(() => modelOptionValues(file, mod.options, split.model));
  if (split.model.size > 0 && typeof mod.default !== 'function')
    throw new UsageError(`${file} exports a Network, not a function of options: --${[...split.model.keys()][0]} cannot reach it`);
  const made =
    typeof mod.default === 'function' ? await (mod.default as (o: object) => unknown)({ ...options, duration, dt, seed }) : mod.default;
  // a promise the script started and did not await fails here, before the run, not after it
  await settled();
  // the default suits the network's size (defaultThreads); results are the same on any number
  const threads = flags.threads;
  if (made instanceof Instances) {
    await made.run(duration, { dt, seed, threads, precision, progress, backend });
    const summary = summarizeInstances(made, duration);
    const out = resolve(values.out ?? 'out');
    const files = await onLead(made.network.spikeMonitors, () => writeInstanceOutputs(made, summary, out, plots !== false));
    if (!files) return 0;
    for (const line of instanceLines(summary)) process.stderr.write(line + '\n');
    const t = summary.timing;
    process.stderr.write(
      `  compile ${(t.compile_s + typescriptSeconds).toFixed(3)} s, build ${t.build_s.toFixed(3)} s, run ${t.run_s.toFixed(3)} s for ${t.steps} steps of ${made.count} instances on ${made.network.threads} thread${made.network.threads === 1 ? '' : 's'}\n`,
    );
    process.stderr.write(`wrote ${files.length} files to ${out}: ${files.join(', ')}\n`);
    return 0;
  }
  if (!(made instanceof Network))
    throw new BraintsError(`${file} must export default a Network or net.instances(...), or a function returning one`);
  const net = made;
  await net.run(duration, { dt, seed, threads, precision, progress, backend });
  const kernelSeconds = net.timing.compileSeconds;
  // summary.json's compile_s is all compiling: TypeScript and the kernels
  net.timing.compileSeconds += typescriptSeconds;
  const summary = summarize(net, duration);
  const out = resolve(values.out ?? 'out');
  // process 0 writes the files, the spike recordings gathered to it from every process's part
  const files = await onLead(net.spikeMonitors, () => writeOutputs(net, summary, out, plots));
  if (!files) return 0;
  for (const line of groupLines(net, summary)) process.stderr.write(line + '\n');
  const t = summary.timing;
  const ts = upToDate ? 'TypeScript up to date' : `TypeScript ${typescriptSeconds.toFixed(3)} s`;
  const speed = t.run_s > 0 ? `, ${(duration / 1000 / t.run_s).toPrecision(3)} s simulated per second` : '';
  process.stderr.write(
    `  compile ${t.compile_s.toFixed(3)} s (${ts}, kernels ${kernelSeconds.toFixed(3)} s), build ${t.build_s.toFixed(3)} s (state and connectivity), run ${t.run_s.toFixed(3)} s for ${t.steps} steps on ${mpi ? `${mpi.size} MPI process${mpi.size === 1 ? '' : 'es'} x ` : ''}${net.threads} thread${net.threads === 1 ? '' : 's'} in ${summary.precision}${speed}\n`,
  );
  process.stderr.write(`wrote ${files.length} files to ${out}: ${files.join(', ')}\n`);
  return 0;
}

/** A failure's text, naming this process in a run on several MPI processes. */
function ofThisProcess(text: string): string {
  const w = startedMpiWorld();
  return w && w.size > 1 ? `braints: rank ${w.rank} of ${w.size}: ${text}` : text;
}

/**
 * Returns once the event loop has turned: Node reports a rejected promise that nobody awaited
 * only then (to the unhandledRejection handler of main), and a run that never waits on I/O would
 * otherwise finish first.
 */
const settled = () => new Promise<void>((done) => setImmediate(done));

/** The value of `f`, its error made a usage error (a bad flag). */
function usage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  // a mistake in a promise the user's script did not await (an un-awaited net.run) is still reported
  process.on('unhandledRejection', (e) => {
    process.stderr.write(ofThisProcess(describeFailure(e)) + '\n');
    process.exit(1);
  });
  try {
    if (cmd === 'run') {
      const code = await run(rest);
      await settled();
      return code;
    }
    // loaded only for `analyze`: a run needs none of the analyses
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (cmd === 'analyze') return await (require('./analyze') as typeof import('./analyze')).analyze(rest);
    // loaded only for `build`: it loads TypeScript (about 0.3 s), which a cached `run` never needs
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (cmd === 'build') return (require('./build') as typeof import('./build')).buildProject(rest);
    process.stderr.write(USAGE + '\n');
    return cmd === undefined || cmd === '--help' || cmd === '-h' ? 0 : 2;
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`braints: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(ofThisProcess(describeFailure(e)) + '\n');
    // under MPI, exiting with 1 stops the other processes (runtime/mpi.ts)
    return 1;
  }
}
