// The MPI backend's door: whether this process is one of a distributed run, and the calls into the
// small library of runtime/native/mpi/exchange.c (built with MPICH's mpicc, cached, loaded with
// RTLD_GLOBAL so that MPI's own plugins, where an implementation has them, see libmpi's symbols).
// Nothing here loads unless a run asks for MPI: under MPICH's mpiexec (hydra sets PMI_RANK and
// PMI_SIZE) or with BRAINTS_MPI=1 (`braints run --mpi`, a singleton run of one process).
import koffi from 'koffi';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cached, hashOf } from './cache';
import { NATIVE_DIR, nativeSource } from './native';
import { BraintsError } from './errors';
import { compileMpiLibraryCommand, mpiCompiler, mpiToolchainIdentity, runNow } from '../llvm/toolchain';

/** This process's place in a distributed run, and the collectives the runtime uses. */
export interface MpiWorld {
  readonly rank: number;
  readonly size: number;
  /** The plan's exchange and exchangeWait words: the spike exchange's start and completion (runtime/native/mpi/exchange.c). */
  readonly exchange: bigint;
  readonly exchangeWait: bigint;
  /** The first neuron of process r's range of a group of n neurons (r = size gives n). */
  rangeBegin(n: number, r: number): number;
  /** Makes a per-neuron array whole on every process, each process giving its own range (of doubles, or of floats in a float32 network). */
  gatherRanges(array: Float64Array | Float32Array): void;
  /**
   * A spike monitor's recording put together: `held`, this process's (step, neuron) pairs of its
   * own neurons, merged with every other process's into one process's order (by step, then
   * neuron); returned on process `root`, or on every process without one, undefined elsewhere.
   * `total` is the number of pairs of all processes (collective).
   */
  gatherPairs(held: Int32Array, total: number, root?: number): Int32Array | undefined;
  /** Every process's values one after another, in process order, on every process (collective; fewer than 2^31 in all). */
  concat(local: Float64Array): Float64Array;
  /** ORs the words of `array` across processes, in place: each value held by one process, zero bits elsewhere. */
  or(array: Float64Array): void;
  /** The largest of `value` over the processes. */
  max(value: number): number;
  /** The smallest of `value` over the processes. */
  min(value: number): number;
  /** Seconds in the spike exchange, bytes received and exchanges since the last call. */
  exchangeStats(): { seconds: number; bytes: number; exchanges: number };
  barrier(): void;
  /** Prints `message`, naming this process, and stops every process of the run. */
  abort(message: string): never;
}

/** Why this process runs under MPI (the variable that says so), or undefined. */
export function mpiRequest(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PMI_SIZE !== undefined) return `PMI_SIZE=${env.PMI_SIZE}, set by mpiexec`;
  if (env.BRAINTS_MPI === '1') return 'BRAINTS_MPI=1 (--mpi)';
  if (env.OMPI_COMM_WORLD_SIZE !== undefined) return `OMPI_COMM_WORLD_SIZE=${env.OMPI_COMM_WORLD_SIZE}, set by Open MPI's mpiexec`;
  return undefined;
}

let world: MpiWorld | undefined | null = null;

/** The distributed run this process is part of, initialized on first use; undefined when none was asked for. */
export function mpiWorld(): MpiWorld | undefined {
  if (world === null) world = startMpi();
  return world;
}

function startMpi(): MpiWorld | undefined {
  const why = mpiRequest();
  if (!why) return undefined;
  if (process.env.OMPI_COMM_WORLD_SIZE !== undefined)
    throw new BraintsError(
      `this process was started by Open MPI's mpiexec (${why}); BrainTS runs on MPICH: apt-get install mpich libmpich-dev, and start it with MPICH's mpiexec`,
    );
  if (!mpiCompiler())
    throw new BraintsError(`this run asks for MPI (${why}), but MPICH is not installed: apt-get install mpich libmpich-dev`);
  const source = nativeSource(join('mpi', 'exchange.c'));
  const path = cached(`mpi-${hashOf(source.identity, mpiToolchainIdentity())}.so`, (tmp) => {
    writeFileSync(`${tmp}.c`, source.text);
    runNow(compileMpiLibraryCommand(`${tmp}.c`, tmp, [NATIVE_DIR]));
  }).path;
  // Debian's MPICH runs over UCX, whose memory hooks intercept mmap, munmap and malloc (to track
  // registered memory), a known conflict with runtimes that manage their own heap: with them, about
  // one run in twenty of test/mpi.test.ts crashed inside V8's compiler. UCX works without them
  // (it then registers memory on each transfer); processes of one machine use shared memory.
  process.env.UCX_MEM_EVENTS ??= 'no';
  process.env.UCX_MEM_MALLOC_HOOKS ??= 'no';
  const lib = koffi.load(path, { global: true });
  const init = lib.func('int braints_mpi_init(void)');
  const code = init();
  if (code !== 0) throw new BraintsError(`MPI_Init failed (error ${code}; ${why})`);
  const rank = lib.func('int braints_mpi_rank(void)')() as number;
  const size = lib.func('int braints_mpi_size(void)')() as number;
  const finalize = lib.func('void braints_mpi_finalize(void)');
  const abort = lib.func('void braints_mpi_abort(int code)');
  // a process that fails stops every process of the run: the others would wait for it in the
  // next exchange; its message, printed first, names it
  process.on('exit', (code) => (code === 0 ? finalize() : abort(code)));
  if (size > 1) {
    const failed = (e: unknown) => {
      const text = e instanceof BraintsError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
      process.stderr.write(`braints: rank ${rank} of ${size}: ${text}\n`);
      process.exit(1);
    };
    process.on('uncaughtException', failed);
    process.on('unhandledRejection', failed);
  }
  const range = lib.func('int64_t braints_mpi_range(int64_t n, int64_t r)');
  const gather = lib.func('void braints_mpi_gather_ranges(void *array, int64_t n, int64_t element_bytes)');
  const pairs = lib.func('int64_t braints_mpi_gather_pairs(const void *local, int64_t held, void *whole, int64_t total, int64_t root)');
  const concat = lib.func('void braints_mpi_concat(const void *local, int64_t n, void *out)');
  const gatherCounts = lib.func('int64_t braints_mpi_gather_counts(int64_t n)');
  const or = lib.func('void braints_mpi_or(void *words, int64_t count)');
  const max = lib.func('double braints_mpi_max(double value)');
  const stats = lib.func('void braints_mpi_exchange_stats(void *out)');
  const barrier = lib.func('void braints_mpi_barrier(void)');
  const address = lib.func('intptr_t braints_mpi_exchange_address(void)');
  const waitAddress = lib.func('intptr_t braints_mpi_exchange_wait_address(void)');
  const out: MpiWorld = {
    rank,
    size,
    exchange: BigInt(address() as number),
    exchangeWait: BigInt(waitAddress() as number),
    rangeBegin: (n, r) => Number(range(n, r)),
    gatherRanges: (array) => gather(array, array.length, array.BYTES_PER_ELEMENT),
    gatherPairs: (held, total, root) => {
      const whole = root === undefined || root === rank ? new Int32Array(2 * total) : undefined;
      if ((pairs(held, held.length / 2, whole ?? null, total, root ?? -1) as number) < 0)
        throw new BraintsError(
          `a spike monitor's ${total} spikes are more than one MPI call gathers (2^31 - 1), or its buffer could not be allocated`,
        );
      return whole;
    },
    concat: (local) => {
      const out = new Float64Array(Number(gatherCounts(local.length)));
      concat(local, local.length, out);
      return out;
    },
    or: (array) => or(array, array.length),
    max: (value) => max(value) as number,
    min: (value) => -(max(-value) as number),
    exchangeStats: () => {
      const s = new Float64Array(3);
      stats(s);
      return { seconds: s[0], bytes: s[1], exchanges: s[2] };
    },
    barrier: () => void barrier(),
    abort: (message) => {
      process.stderr.write(`braints: rank ${rank} of ${size}: ${message}\n`);
      process.exit(1);
    },
  };
  return out;
}

/** The distributed run this process is part of, if one was started (never starts one). */
export function startedMpiWorld(): MpiWorld | undefined {
  return world ?? undefined;
}

/** The neurons [begin, end) of a group of n that this process updates: all of them without MPI. */
export function ownRange(n: number, w: MpiWorld | undefined = mpiWorld()): { begin: number; end: number } {
  return w ? { begin: w.rangeBegin(n, w.rank), end: w.rangeBegin(n, w.rank + 1) } : { begin: 0, end: n };
}
