// The memory a built network shares with native code: every array is a typed array over its own
// ArrayBuffer (never moved by V8), whose address the plan (plan.ts) hands the driver, so the
// driver and the kernels work on JavaScript's memory without copies.
import type { NeuronGroup } from './group';
import type { Synapse } from './synapse';
import type { Csr } from './csr';
import type { DelayRows } from './delay-rows';
import { rowPositionsOf } from './csr';
import { BraintsError } from './errors';
import type { Signal } from './inputs';
import type { EventBinning } from './network-inputs';
import type { GroupKernel } from './kernels';
import type { NativeLibrary } from './native';
import type { MpiWorld } from './mpi';
import type { Precision } from '../ir/pipeline';

/**
 * An array of a network's values at its precision (docs/precision.md): what the kernels read and
 * write, float64 by default, float32 in a network run with `precision: 'float32'`.
 */
export type RealArray = Float64Array | Float32Array;

/** `n` zeros at `precision`, over an ArrayBuffer of their own (of at least one element, so that its address is one). */
export function realArray(precision: Precision, n: number): RealArray {
  const size = Math.max(1, n);
  const a = precision === 'float32' ? new Float32Array(new ArrayBuffer(size * 4)) : new Float64Array(new ArrayBuffer(size * 8));
  return a.subarray(0, n);
}

/** What adds into a variable: a signal per step (into a @current), listed events or Poisson counts (into a @current or a @state). */
export type InputSpec = {
  group: NeuronGroup;
  variable: string;
  neurons?: Int32Array;
  /** An input of one instance of a network run side by side with others (runtime/instances.ts). */
  instance?: InstanceInput;
} & (
  | { kind: 'signal'; signal: Signal; weights?: Float64Array }
  | {
      kind: 'events';
      times: Float64Array;
      indices: Int32Array;
      values: Float64Array;
      /** How a time becomes a step (`eventStep`). */
      binning: EventBinning;
      /** A spike generator's events: a neuron listed twice in one step is an error, not one spike. */
      spikes: boolean;
      /** Filled when dt is known: each event's step, ascending, with indices and values in that order. */
      steps?: Float64Array;
      /** The driver's position in the event list, kept across native calls. */
      cursor: BigInt64Array;
    }
  | {
      kind: 'poisson';
      sources: number;
      rate: number;
      weight: number;
      stream: number;
      /** Filled when dt is known: the mean's set-up (runtime/poisson.ts poissonSetup), then the weight. */
      params?: Float64Array;
    }
);

/**
 * Where one instance's input lies in a group holding several instances: its neurons from
 * `offset` on (its `neurons` count from there), its draws from the instance's `seed`.
 */
export interface InstanceInput {
  offset: number;
  seed: number;
}

/** A group holding `count` instances of a network side by side, group.size / count neurons each. */
export interface InstanceBlocks {
  count: number;
  /** Each instance's seed. */
  seeds: Uint32Array;
  /** Whether the kernel is called once per instance, with its seed and its own neuron indices: it draws random numbers. */
  callPerInstance: boolean;
  /** Spikes so far of each instance (advanced by the driver). */
  spikeCounts: BigInt64Array;
}

/** The memory of one group, shared with native code. */
export interface GroupState {
  name: string;
  group: NeuronGroup;
  kernel: GroupKernel;
  /** Per-neuron arrays (states, currents, per-neuron parameters), at the kernel's precision. */
  arrays: Map<string, RealArray>;
  /** Group-uniform parameter values, in the kernel's order. */
  params: RealArray;
  spiked: Uint8Array;
  spikeCount: BigInt64Array;
  stream: number;
  /** Spiking neurons of the last `ringSlots` steps (slot = step % ringSlots), for delayed delivery. */
  ring: Int32Array;
  ringCounts: BigInt64Array;
  ringSlots: number;
  /** Set when the group holds several instances of a network (runtime/instances.ts). */
  instances?: InstanceBlocks;
  /**
   * The neurons [begin, end) this process updates: all (0, n) on one process; in a distributed
   * run (MPI) its range (runtime/distributed.ts), the arrays still one value per neuron of the group.
   */
  begin: number;
  end: number;
}

/** The memory of one projection (a Synapse instance), shared with native code. */
export interface ProjectionState {
  name: string;
  synapse: Synapse;
  kernel: GroupKernel;
  pre: GroupState;
  post: GroupState;
  csr: Csr;
  /** Per-synapse arrays (states and per-synapse parameters), at the kernel's precision. */
  arrays: Map<string, RealArray>;
  params: RealArray;
  /** The projection's delay in steps, or -1 when each synapse has its own (`delays`, or `delayRows`). */
  delaySteps: number;
  /** Each synapse's delay in steps, queued at delivery: uint16 where the longest fits, else int32 (the plan's delayBytes). */
  delays?: Uint16Array | Int32Array;
  /** Per-synapse delays as rows sorted by delay (runtime/delay-rows.ts), instead of `delays` and the queues. */
  delayRows?: DelayRows;
  /** Presynaptic neuron of each synapse (for onPost, everyStep, and the delay queue where onPre reads the presynaptic neuron). */
  preIndex?: Int32Array;
  /** The synapses by target (for onPost): those onto neuron j are ids[colptr[j]] .. ids[colptr[j + 1] - 1]. */
  csc?: { colptr: Int32Array; ids: Int32Array };
  /** Where the driver keeps the address of each thread's delay queue (0 until first used). */
  queueCell: BigInt64Array;
  /**
   * With several threads: each row cut where its targets pass from one thread's share of the
   * target group to the next (braints_row_splits, runtime/native/shares.c). Absent where the
   * projection is dealt to one thread (deliveredBy), and where the rows cannot be cut (onPre writes
   * presynaptic state, or a row's targets visit the shares out of order): then, unless it is dealt,
   * thread 0 delivers all projections.
   */
  splits?: Int32Array;
  /**
   * The thread that delivers every synapse of the projection, its target group dealt whole to it
   * (runtime/deal-targets.ts); absent where each delivering thread delivers the synapses onto its
   * share of the targets.
   */
  deliveredBy?: number;
  /** One more than the longest delay (over every process): the slots of a delay queue. */
  queueSlots: number;
  stream: number;
  /**
   * Where a synapse's code (onPre, onPost, everyStep) draws random numbers and the connector's
   * list is not the rows' order (fromArrays, a process's share of a distributed run): each
   * synapse's index in that list (`csr.order`), which keys its draws (the plan's and the kernels'
   * `keys`). Absent otherwise: the row position keys them, or nothing draws (and `order`, which
   * fixedProb's share computes by drawing every row, is not read).
   */
  keys?: Int32Array;
}

/** A network after its first run has built it: its library and memory, and what the first run fixed. */
export interface BuiltNetwork {
  lib: NativeLibrary;
  states: GroupState[];
  projections: ProjectionState[];
  dt: number;
  seed: number;
  threads: number;
  /** The element type of every array and kernel. */
  precision: Precision;
  /** The processes of a distributed run this one belongs to, or undefined. */
  mpi?: MpiWorld;
  /** With several processes: steps per spike exchange (the plan's exchangeEvery, distributed.ts exchangeInterval); 0 otherwise. */
  exchangeEvery: number;
}

/** The value of a field the kernel takes as one number for the whole group or projection. */
export function uniformValue(s: GroupState | ProjectionState, name: string): number {
  const j = s.kernel.signature.uniformParams.indexOf(name);
  if (j < 0) throw new Error(`BrainTS bug: ${s.name}.${name} is neither an array nor a uniform value of the built network`);
  return s.params[j];
}

/** One value per element of a built group's or projection's variable: its array, or a uniform parameter repeated. */
export function elementArray(s: GroupState | ProjectionState, name: string, size: number): RealArray {
  return s.arrays.get(name) ?? realArray(s.kernel.signature.precision, size).fill(uniformValue(s, name));
}

/** Whether `variable` of a synapse model holds one value per target neuron (a @target field), not one per synapse. */
export const isPerTarget = (syn: Synapse, variable: string): boolean =>
  syn.model.ir.fields.find((f) => f.name === variable)?.role === 'target';

/**
 * A copy of a projection's per-synapse variable in the connector's list order (as
 * `net.synapses` lists them), or of a per-target variable (one value per postsynaptic neuron).
 */
export function valuesInListOrder(p: ProjectionState, variable: string): Float64Array {
  const arr = projectionArray(p, variable);
  const at = isPerTarget(p.synapse, variable) ? undefined : rowPositionsOf(p.csr);
  return at ? Float64Array.from(at, (k) => arr[k]) : Float64Array.from(arr);
}

/** A projection's per-synapse or per-target array of `variable`, by the process's row positions or targets; an error naming what it holds where it has none. */
export function projectionArray(p: ProjectionState, variable: string): RealArray {
  const arr = p.arrays.get(variable);
  if (!arr) {
    const held = [...p.arrays.keys()].join(', ') || 'none';
    throw new BraintsError(`projection ${p.name} holds no per-synapse or per-target variable ${variable} (it holds ${held})`);
  }
  return arr;
}
