// The GPU step: what the host code (runtime/gpu/), the device kernels (llvm/gpu/) and the CPU grid
// executor that checks them (runtime/gpu/grid-executor.c) agree on. One step is a fixed sequence
// of kernel launches (runtime/gpu/launch-sequence.ts, in STEP_ORDER) whose arguments never
// change: the step number, the status and every count that varies (spikes of a step) are read
// from device memory by the kernels, so a block of steps can be captured once as a CUDA graph and
// replayed. The device clock is CLOCK_WORDS int64 words; every kernel returns at once while its
// status is not RUN_STATUS.ok, and the step-end kernel advances the step, so after a failure or a
// full monitor buffer the remaining launches of a block do nothing and the host reads the step
// reached, as the CPU driver's braints_run returns it.

/** The device clock's words (int64). */
export const CLOCK = {
  /** The step being run (advanced by braints_step_end). */
  step: 0,
  /** A RUN_STATUS code: 0 while the steps go on. */
  status: 1,
  /** What the status concerns, as the CPU driver's status[1]: a group, n_groups + a projection, a monitor. */
  statusIndex: 2,
} as const;
export const CLOCK_WORDS = 3;

/**
 * Spike compaction keeps each step's spikes in neuron order without barriers inside a block:
 * thread c counts the flags of neurons [32c, 32c + 32) (a chunk), thread u sums the counts of
 * chunks [32u, 32u + 32) (a super-chunk), one thread scans the super-chunks' counts, then thread c
 * writes its chunk's spikes from its offset. The same order as the CPU's gather_share.
 */
export const SPIKE_CHUNK = 32;

/** Chunks and super-chunks of a group of n neurons. */
export function spikeChunks(n: number): { chunks: number; superChunks: number } {
  const chunks = Math.max(1, Math.ceil(n / SPIKE_CHUNK));
  return { chunks, superChunks: Math.max(1, Math.ceil(chunks / SPIKE_CHUNK)) };
}

/**
 * What braints_step_end checks and advances after each step, one record of STEP_CHECK_WORDS int64
 * words per monitor: [kind, counter address, capacity, size, index].
 * - spike monitor: counter = its pair count; stops (RUN_STATUS.spikeBufferFull, index) before a
 *   step when fewer than size (the group's neurons) pairs are free.
 * - state monitor variable: counter = its rows; size = its period; the step-end kernel adds the
 *   row recorded at a step that is a multiple of the period, and stops
 *   (RUN_STATUS.stateBufferFull, index) before a recording step with no row free.
 */
export const STEP_CHECK_KIND = { spikeMonitor: 0, stateMonitor: 1 } as const;
export const STEP_CHECK_WORDS = 5;

/** Argument kinds of device kernels: a device address, or a value. */
export type DeviceArgType = 'ptr' | 'i64' | 'i32' | 'f64';

export interface DeviceKernelAbi {
  doc: string;
  /** Threads it is launched with, in words. */
  threads: string;
  params: readonly (readonly [string, DeviceArgType])[];
}

/** The driver's own kernels (their code: llvm/gpu/driver-kernels.ts). Each takes the clock first. */
export const DRIVER_KERNELS = {
  braints_spikes_count: {
    doc: 'counts[c] = the spike flags set among the neurons of chunk c',
    threads: 'chunks',
    params: [
      ['clock', 'ptr'],
      ['spiked', 'ptr'],
      ['n', 'i64'],
      ['counts', 'ptr'],
    ],
  },
  braints_spikes_sum: {
    doc: 'superCounts[u] = the counts of the chunks of super-chunk u',
    threads: 'super-chunks',
    params: [
      ['clock', 'ptr'],
      ['counts', 'ptr'],
      ['chunks', 'i64'],
      ['superCounts', 'ptr'],
    ],
  },
  braints_spikes_publish: {
    doc: "one thread: superOffsets = the exclusive scan of superCounts; the step's ring slot count, the group's spike count and its monitor's count (its base kept in monitorBase) advanced",
    threads: '1',
    params: [
      ['clock', 'ptr'],
      ['superCounts', 'ptr'],
      ['superChunks', 'i64'],
      ['superOffsets', 'ptr'],
      ['ringCounts', 'ptr'],
      ['ringSlots', 'i64'],
      ['spikeCount', 'ptr'],
      ['monitorCount', 'ptr'],
      ['monitorBase', 'ptr'],
    ],
  },
  braints_spikes_write: {
    doc: "the spikes of chunk c into the step's ring slot and the monitor's (step, neuron) pairs, in neuron order",
    threads: 'chunks',
    params: [
      ['clock', 'ptr'],
      ['spiked', 'ptr'],
      ['n', 'i64'],
      ['counts', 'ptr'],
      ['superOffsets', 'ptr'],
      ['ring', 'ptr'],
      ['ringSlots', 'i64'],
      ['monitorPairs', 'ptr'],
      ['monitorBase', 'ptr'],
    ],
  },
  braints_state_record: {
    doc: 'at a step that is a multiple of period: buffer[rows * count + c] = source[indices[c]] (or source[c])',
    threads: 'columns',
    params: [
      ['clock', 'ptr'],
      ['source', 'ptr'],
      ['indices', 'ptr'],
      ['count', 'i64'],
      ['period', 'i64'],
      ['buffer', 'ptr'],
      ['rows', 'ptr'],
    ],
  },
  braints_step_end: {
    doc: 'one thread: the first non-finite flag (in group, then projection order) stops the run; the monitors are advanced and checked for the next step (STEP_CHECK); the step advanced',
    threads: '1',
    params: [
      ['clock', 'ptr'],
      ['flags', 'ptr'],
      ['nFlags', 'i64'],
      ['checks', 'ptr'],
      ['nChecks', 'i64'],
    ],
  },
} as const satisfies Record<string, DeviceKernelAbi>;

export type DriverKernel = keyof typeof DRIVER_KERNELS;

/**
 * A model entry point's step wrapper (`<entry symbol>__step`, llvm/gpu/step-wrappers.ts): reads
 * the step from the clock (t = step * dt), and for the event entry points the count of the ring
 * slot it delivers from, then calls the entry point (contract/kernel-abi.ts) with `flag` as its
 * not_finite. Launched with one thread per possible item: neurons, presynaptic neurons (a
 * spiking row each), postsynaptic neurons, synapses.
 */
export const STEP_WRAPPERS = {
  update: {
    doc: "a neuron group's update, or a projection's per-target update (spiked 0), over neurons 0 .. n - 1",
    threads: 'n',
    params: [
      ['clock', 'ptr'],
      ['fields', 'ptr'],
      ['params', 'ptr'],
      ['spiked', 'ptr'],
      ['n', 'i64'],
      ['dt', 'f64'],
      ['seed', 'i32'],
      ['stream', 'i32'],
      ['flag', 'ptr'],
    ],
  },
  rows: {
    doc: 'onPre of the rows of the spikes of step - delay (nothing before step delay)',
    threads: 'nPre',
    params: [
      ['clock', 'ptr'],
      ['fields', 'ptr'],
      ['params', 'ptr'],
      ['ring', 'ptr'],
      ['ringCounts', 'ptr'],
      ['ringSlots', 'i64'],
      ['nPre', 'i64'],
      ['delay', 'i64'],
      ['rowptr', 'ptr'],
      ['col', 'ptr'],
      ['keys', 'ptr'],
      ['dt', 'f64'],
      ['seed', 'i32'],
      ['stream', 'i32'],
      ['flag', 'ptr'],
    ],
  },
  post: {
    doc: "onPost of the synapses onto this step's spikes of the postsynaptic group",
    threads: 'nPost',
    params: [
      ['clock', 'ptr'],
      ['fields', 'ptr'],
      ['params', 'ptr'],
      ['ring', 'ptr'],
      ['ringCounts', 'ptr'],
      ['ringSlots', 'i64'],
      ['nPost', 'i64'],
      ['colptr', 'ptr'],
      ['ids', 'ptr'],
      ['pre', 'ptr'],
      ['keys', 'ptr'],
      ['dt', 'f64'],
      ['seed', 'i32'],
      ['stream', 'i32'],
      ['flag', 'ptr'],
    ],
  },
  each: {
    doc: 'everyStep of every synapse',
    threads: 'count',
    params: [
      ['clock', 'ptr'],
      ['fields', 'ptr'],
      ['params', 'ptr'],
      ['count', 'i64'],
      ['pre', 'ptr'],
      ['col', 'ptr'],
      ['keys', 'ptr'],
      ['dt', 'f64'],
      ['seed', 'i32'],
      ['stream', 'i32'],
      ['flag', 'ptr'],
    ],
  },
} as const satisfies Record<string, DeviceKernelAbi>;

export type WrappedEntry = keyof typeof STEP_WRAPPERS;

/** The step wrapper of an entry point's symbol. */
export const stepWrapperSymbol = (entrySymbol: string): string => `${entrySymbol}__step`;

/** Threads per block of every launch. */
export const BLOCK_THREADS = 256;
