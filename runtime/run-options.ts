// What Network.run takes and reports: its options, the checks of their values (shared with the
// command line, so the two cannot disagree on what a valid dt, duration, seed or thread count
// is), the default thread count and the run's timings.
import { MAX_THREADS } from '../contract/plan-layout';
import { availableParallelism } from 'node:os';
import { BraintsError } from './errors';
import type { ProgressListener } from './progress';
import type { Precision } from '../ir/pipeline';
import { PRECISIONS } from '../ir/pipeline';

export interface RunOptions {
  /** Time step in ms (default 0.1). Fixed by the first run. */
  dt?: number;
  /**
   * Seed of every random draw (default 0). The first run's seed also draws the initial values and
   * the connectivity; a later run given another seed keys the draws of its steps (noise, Poisson
   * inputs, random synapses) with it, and compiles nothing.
   */
  seed?: number;
  /**
   * Show the phases on stderr while it is a terminal: building state and connectivity and compiling
   * the kernels (first run only), then running, with simulated time, speed and time left. Nothing
   * is drawn when stderr is not a terminal.
   */
  progress?: boolean;
  /** Called with each phase's progress (the same phases, whether or not stderr is a terminal). */
  onProgress?: ProgressListener;
  /**
   * Threads to run on (default: defaultThreads of the network's size). The results are bit for bit
   * the same for any number. Fixed by the first run.
   */
  threads?: number;
  /**
   * The element type of every state, parameter and per-synapse value, and of the kernels'
   * arithmetic (default 'float64'); 'float32' holds twice the lanes per vector (docs/precision.md).
   * Fixed by the first run.
   */
  precision?: Precision;
  /**
   * Where the steps run (default 'cpu'): 'gpu' on an NVIDIA GPU through the CUDA driver
   * (docs/gpu.md); 'gpu-on-cpu' runs the GPU's launch sequence and device code on the CPU, one
   * thread after another, which checks the GPU path where there is no GPU (slow).
   */
  backend?: Backend;
}

export const BACKENDS = ['cpu', 'gpu', 'gpu-on-cpu'] as const;
export type Backend = (typeof BACKENDS)[number];

/** The backend option checked: one of BACKENDS. */
export function checkBackend(b: unknown): Backend {
  if (b === undefined) return 'cpu';
  if (!BACKENDS.includes(b as Backend)) throw new BraintsError(`backend is one of ${BACKENDS.join(', ')}, not ${String(b)}`);
  return b as Backend;
}

/** Whether `p` is a precision a network runs at: 'float64' or 'float32'. */
export const isPrecision = (p: unknown): p is Precision => PRECISIONS.includes(p as Precision);

/** Whether `n` is a number of threads the driver takes: a whole number from 1 to MAX_THREADS. */
export const isThreadCount = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= MAX_THREADS;

/** Whether `ms` is a time step run() takes: a finite number of ms > 0. */
export const isTimeStep = (ms: number): boolean => ms > 0 && Number.isFinite(ms);

/** Whether `ms` is a duration run() takes (before the whole-steps check): a finite number of ms >= 0. */
export const isDuration = (ms: number): boolean => ms >= 0 && Number.isFinite(ms);

/** Whether `n` is a seed: a whole number in [0, 2^32). */
export const isSeed = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;

/**
 * Neurons each thread must have before a network is cut into shares: a step has four to six
 * barriers between phases, a few microseconds, against about 1 ns of work per neuron.
 */
const NEURONS_PER_THREAD = 65_536;

/** The threads a network of `neurons` runs on by default: one per core, each with at least NEURONS_PER_THREAD neurons. */
export function defaultThreads(neurons: number): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(neurons / NEURONS_PER_THREAD)));
}

export interface RunTiming {
  /** Allocating and initializing state, building connectivity. */
  buildSeconds: number;
  /** Choosing and generating the kernels, compiling (the kernels at the same time) and loading the library. */
  compileSeconds: number;
  runSeconds: number;
  steps: number;
}

/**
 * The steps of a run of `duration` ms: it must be a whole number of steps (to 1e-6 of a step,
 * for durations such as 0.3 ms at dt 0.1 ms that are not exact in binary), since a run that
 * silently ended early or late would shift every later time.
 */
export function wholeSteps(duration: number, dt: number): number {
  const steps = Math.round(duration / dt);
  if (Math.abs(duration / dt - steps) > 1e-6)
    throw new BraintsError(
      `the duration ${duration} ms is not a whole number of steps of dt ${dt} ms (${+(duration / dt).toPrecision(6)} steps); give a multiple of dt`,
    );
  return steps;
}

/** A run's dt, seed and threads: each given, or the built network's, or the default. */
export interface RunSettings {
  dt: number;
  seed: number;
  threads: number;
  precision: Precision;
  steps: number;
}

/**
 * The settings of a run of `duration` ms, checked: `fixed` are the built network's (dt, threads
 * and precision cannot change after the first run), `neurons` sizes the default thread count.
 */
export function runSettings(
  duration: number,
  opts: RunOptions,
  fixed: { dt: number; seed: number; threads: number; precision: Precision } | undefined,
  neurons: number,
): RunSettings {
  const precision = opts.precision ?? fixed?.precision ?? 'float64';
  if (!isPrecision(precision))
    throw new BraintsError(`precision must be 'float64' or 'float32', not ${JSON.stringify(precision) ?? String(precision)}`);
  const dt = opts.dt ?? fixed?.dt ?? 0.1;
  const seed = opts.seed ?? fixed?.seed ?? 0;
  const threads = opts.threads ?? fixed?.threads ?? defaultThreads(neurons);
  if (!isTimeStep(dt)) throw new BraintsError(`dt must be a number of ms > 0, not ${dt}`);
  if (!isDuration(duration)) throw new BraintsError(`the duration must be a number of ms >= 0, not ${duration}`);
  const steps = wholeSteps(duration, dt);
  if (!isSeed(seed)) throw new BraintsError(`the seed is a whole number in [0, 2^32), not ${seed}`);
  if (!isThreadCount(threads)) throw new BraintsError(`threads is a whole number from 1 to ${MAX_THREADS}, not ${threads}`);
  if (fixed && (dt !== fixed.dt || threads !== fixed.threads))
    throw new BraintsError('dt and threads are fixed by the first run of a network');
  if (fixed && precision !== fixed.precision)
    throw new BraintsError(`the precision is fixed by the first run of a network (${fixed.precision}), not ${precision}`);
  return { dt, seed, threads, precision, steps };
}
