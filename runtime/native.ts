// Builds and loads the native library of a network: each kernel's .ll optimized (opt -O3) and
// compiled (llc) to an object, the driver (runtime/native/driver.c), and a table of the kernels,
// linked with cc -shared and loaded through koffi. Every artifact is cached by content hash, so an
// unchanged network compiles nothing.
import koffi from 'koffi';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedConcurrently, hashOf } from './cache';
import { poissonConstantsC } from './poisson';
import type { Precision } from '../ir/pipeline';
import { compileCCommand, compileKernelText, linkSharedCommand, runConcurrently, toolchainIdentity } from '../llvm/toolchain';

export interface KernelSource {
  symbol: string;
  /** LLVM IR text of the kernel module. */
  text: string;
  /**
   * The functions it defines that the driver calls: a neuron kernel has one; a synapse kernel two
   * to five, onPre over rows and over listed synapses, and where the model has them onPost, the
   * per-target update and everyStep (llvm/check-kernel-file.ts expectedFunctions).
   */
  functions: string[];
}

export interface NativeLibrary {
  run(plan: BigInt64Array, stepBegin: number, stepEnd: number, dt: number, seed: number, status: BigInt64Array): number;
  /** Frees a delay queue (its address as the driver stored it in a projection's queue cells). */
  freeQueue(queue: number): void;
  /** A delay queue's contents: the synapses waiting in each slot (`counts`), all slots' items one after another. */
  queueContents(queue: number, slots: number): { counts: BigInt64Array; items: Int32Array };
  /** A delay queue holding `counts[slot]` of `items` in each slot, in order (its address; 0 when out of memory). */
  makeQueue(counts: BigInt64Array, items: Int32Array): number;
  /**
   * Cuts the rows of a CSR at the thread shares of its target group's neurons [postBegin, postEnd)
   * (braints_row_splits, runtime/native/shares.c): fills `out` ((threads - 1) * nPre) and returns
   * false when some row visits the shares out of order.
   */
  rowSplits(
    rowptr: Int32Array,
    col: Int32Array,
    nPre: number,
    postBegin: number,
    postEnd: number,
    threads: number,
    out: Int32Array,
  ): boolean;
  /** Seconds spent compiling (0 when everything came from the cache). */
  compileSeconds: number;
  path: string;
}

/** The C sources: the driver, the connectivity rules, and their headers. */
export const NATIVE_DIR = join(__dirname, '..', '..', 'runtime', 'native');

/**
 * A C source of NATIVE_DIR, with `prelude` before it, and what its object depends on: that text
 * and the headers'.
 */
export function nativeSource(file: string, prelude = ''): { text: string; identity: string } {
  const text = prelude + readFileSync(join(NATIVE_DIR, file), 'utf8');
  const headers = readdirSync(NATIVE_DIR)
    .filter((f) => f.endsWith('.h'))
    .sort()
    .map((h) => readFileSync(join(NATIVE_DIR, h), 'utf8'));
  return { text, identity: hashOf(text, ...headers, toolchainIdentity()) };
}

/** The driver's C files (runtime/native/driver.c and the parts it calls), one object each. */
const DRIVER_SOURCES = [
  'driver.c',
  'exchange-steps.c',
  'inputs.c',
  'monitors.c',
  'neurons.c',
  'queue.c',
  'shares.c',
  'spikes.c',
  'synapses.c',
  'team.c',
];

const loaded = new Map<string, NativeLibrary>();

/** One object per kernel (opt, then llc); built now unless cached. */
function kernelObject(k: KernelSource): Promise<{ path: string; built: boolean }> {
  return cachedConcurrently(`kernel-${k.symbol}-${hashOf(k.text, toolchainIdentity())}.o`, (tmp) => compileKernelText(k.text, tmp));
}

/** A C source compiled to an object unless cached (`identity`: what the object depends on). */
function cObject(kind: string, source: string, identity: string): Promise<{ path: string; built: boolean }> {
  return cachedConcurrently(`${kind}-${identity}.o`, async (tmp) => {
    writeFileSync(`${tmp}.c`, source);
    await runConcurrently(compileCCommand(`${tmp}.c`, tmp, NATIVE_DIR));
  });
}

/**
 * The network's library: its kernels, the driver (for the kernels' element type) and the kernel
 * table compiled at the same time (one tool per core; the kernels are independent), then linked.
 */
export async function buildLibrary(kernels: KernelSource[], precision: Precision = 'float64'): Promise<NativeLibrary> {
  const start = process.hrtime.bigint();
  // the Poisson sampler's constants are defined once, in runtime/poisson.ts; the driver's `real`
  // (runtime/native/kernel-abi.h) is the kernels' element type
  const prelude = (precision === 'float32' ? '#define BRAINTS_FLOAT32 1\n' : '') + poissonConstantsC();
  const driver = DRIVER_SOURCES.map((f) => ({ kind: `driver-${f.slice(0, -2)}`, ...nativeSource(f, prelude) }));
  const table = kernelTable(kernels.flatMap((k) => k.functions));
  const parts = await Promise.all([
    ...kernels.map(kernelObject),
    ...driver.map((d) => cObject(d.kind, d.text, d.identity)),
    cObject('table', table, hashOf(table, toolchainIdentity())),
  ]);
  const lib = await cachedConcurrently(`network-${hashOf(...parts.map((p) => p.path))}.so`, (tmp) =>
    runConcurrently(
      linkSharedCommand(
        parts.map((p) => p.path),
        tmp,
      ),
    ).then(() => undefined),
  );
  const built = lib.built || parts.some((p) => p.built);
  const compileSeconds = built ? Number(process.hrtime.bigint() - start) / 1e9 : 0;
  return load(lib.path, compileSeconds);
}

/** C source of the table the driver calls kernels through (index = position in `symbols`). */
function kernelTable(symbols: string[]): string {
  return [
    '/* generated by BrainTS: the kernels of one network, in the order its plan refers to them */',
    ...symbols.map((s) => `extern void ${s}(void);`),
    `void *braints_kernels[] = { ${symbols.map((s) => `(void *)${s}`).join(', ') || '0'} };`,
    '',
  ].join('\n');
}

function load(path: string, compileSeconds: number): NativeLibrary {
  const hit = loaded.get(path);
  if (hit) return { ...hit, compileSeconds };
  const lib = koffi.load(path);
  // pointers are passed as void*: koffi then hands native code the typed array's own memory
  const run = lib.func('int64_t braints_run(void *plan, int64_t begin, int64_t end, double dt, uint32_t seed, void *status)');
  const freeQueue = lib.func('void braints_free_queue(intptr_t queue)');
  const queueCounts = lib.func('void braints_queue_counts(intptr_t queue, void *counts)');
  const queueItems = lib.func('void braints_queue_items(intptr_t queue, void *items)');
  const queueMake = lib.func('intptr_t braints_queue_make(int64_t slots, void *counts, void *items)');
  const queueContents = (queue: number, slots: number) => {
    const counts = new BigInt64Array(new ArrayBuffer(8 * slots));
    queueCounts(queue, counts);
    const total = Number(counts.reduce((a, b) => a + b, 0n));
    const items = new Int32Array(new ArrayBuffer(4 * Math.max(1, total)));
    queueItems(queue, items);
    return { counts, items: items.subarray(0, total) };
  };
  const makeQueue = (counts: BigInt64Array, items: Int32Array) => Number(queueMake(counts.length, counts, items));
  const splits = lib.func(
    'int32_t braints_row_splits(void *rowptr, void *col, int64_t nPre, int64_t postBegin, int64_t postEnd, int64_t threads, void *out)',
  );
  const rowSplits = (
    rowptr: Int32Array,
    col: Int32Array,
    nPre: number,
    postBegin: number,
    postEnd: number,
    threads: number,
    out: Int32Array,
  ) => splits(rowptr, col, nPre, postBegin, postEnd, threads, out) === 1;
  const out: NativeLibrary = { run, freeQueue, queueContents, makeQueue, rowSplits, compileSeconds, path };
  loaded.set(path, out);
  return out;
}
