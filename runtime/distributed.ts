// A network run on several processes (MPI; runtime/mpi.ts is the door to it). Each process updates
// its own range of every group's neurons (GroupState.begin .. end, the cut of mpi's rangeBegin),
// holds their per-neuron arrays (and its targets' per-target arrays) only, and holds the synapses
// onto them (build-projections.ts), built with the draws of one process, keyed by global indices;
// the kernels index by global neuron (the plan hands them each array's address less begin
// elements) and key a synapse's draws by its index in the connector's list (the plan's keys), so
// the draws and orders are those of one process. What crosses processes: the
// spikes, every step or once per minimum delay (the driver calls the plan's exchange), the state
// monitors' rows after every native call (each column from the process that holds its element),
// and, when the user asks, a group's arrays made whole (`wholeState`); so every process ends each
// call with the recordings of one process, bit for bit.
import type { GroupState, ProjectionState, RealArray } from './native-memory';
import { projectionArray, realArray } from './native-memory';
import type { NetworkMembers } from './build-network';
import type { MpiWorld } from './mpi';
import type { StateMonitor } from './monitors';
import { listIndex, presynapticOf, rowPositionsOf } from './csr';
import { deliversSpikes } from '../ir/types';
import { BraintsError } from './errors';
import { RUN_STATUS } from '../contract/run-status';

/** Why a run on `w.size` processes cannot take this network, as an error naming what; nothing when it can. */
export function checkDistributable(net: NetworkMembers, w: MpiWorld): void {
  const on = `a run on ${w.size} MPI processes`;
  for (const [name, syn] of net.projections) {
    const ir = syn.model.ir;
    const pre = ir.fields.find((f) => f.role === 'pre');
    if (pre)
      throw new BraintsError(
        `projection ${name} (${ir.name}) uses ${pre.name}, the state of its presynaptic neurons, which in ${on} another process holds; exchanging neuron state is not supported yet: run it on one process`,
      );
  }
}

/**
 * The most steps whose spikes one exchange carries: every group's ring keeps a slot for each
 * (4 bytes per neuron and slot), so a network whose delays are all long does not pay for them all.
 */
const MOST_STEPS_PER_EXCHANGE = 64;

/**
 * The plan's exchangeEvery in a run on several processes: the minimum delay in steps over every
 * projection that delivers spikes (its delay, or the shortest of its per-synapse delays on any
 * process), at most MOST_STEPS_PER_EXCHANGE; 0 (every step) when some delay is 0.
 */
export function exchangeInterval(projections: readonly ProjectionState[], w: MpiWorld): number {
  let steps = MOST_STEPS_PER_EXCHANGE;
  for (const p of projections) {
    if (!deliversSpikes(p.synapse.model.ir)) continue;
    let shortest = p.delayRows ? p.delayRows.shortest : p.delaySteps;
    if (shortest < 0) {
      shortest = Infinity;
      for (const d of p.delays!) shortest = Math.min(shortest, d);
    }
    steps = Math.min(steps, shortest);
  }
  // each process holds only some of the per-synapse delays
  return w.min(steps);
}

/** The statuses after which the processes go on together (every process stops at the same step for them). */
const together: readonly number[] = [RUN_STATUS.ok, RUN_STATUS.spikeBufferFull, RUN_STATUS.stateBufferFull];

/** Whether the processes are still in step after a native call that returned `status` (a failure stops only the process that had it). */
export const inStep = (status: BigInt64Array): boolean => together.includes(Number(status[0]));

/**
 * After a native call on every process (or the JavaScript end row, `recordEnd`): puts the state
 * monitors' rows recorded since `rowsBefore` together, each column from the process holding its
 * element (the others recorded 0 bits there, runtime/native/monitors.c), by OR-ing them across
 * the processes, exactly (-0 and NaN included).
 */
export function synchronizeMonitors(w: MpiWorld | undefined, monitors: readonly StateMonitor[], rowsBefore: number[][]): void {
  if (!w || w.size === 1) return;
  monitors.forEach((m, i) => m.variables.forEach((_, j) => w.or(m.buffers[j].subarray(rowsBefore[i][j] * m.count, m.rows[j] * m.count))));
}

/**
 * A group's state with every per-neuron array whole: itself on one process; in a distributed
 * run, copies put together from every process's range (a collective call: every process makes it).
 */
export function wholeState(s: GroupState, w: MpiWorld | undefined): GroupState {
  if (!w || w.size === 1) return s;
  return { ...s, arrays: new Map([...s.arrays].map(([f, a]) => [f, wholeArray(a, s, w)])) };
}

/**
 * One value per neuron of `holder`'s group from `a`, which holds the values of the process's
 * range of it: `a` itself on one process, else a copy of its element type (float64, or float32 in
 * a float32 network) put together from every process's range (collective).
 */
export function wholeArray<A extends RealArray>(a: A, holder: GroupState, w: MpiWorld | undefined): A {
  if (!w || w.size === 1) return a;
  const n = holder.group.size;
  const whole = (a instanceof Float32Array ? realArray('float32', n) : realArray('float64', n)) as A;
  whole.set(a, holder.begin);
  w.gatherRanges(whole);
  return whole;
}

/**
 * Arrays of one value per synapse of a projection (`perSynapse`, by the process's row positions)
 * in the connector's whole list order: on one process the arrays themselves where the list is
 * the rows' order (else reordered copies); in a distributed run copies put together from every
 * process's synapses, each at its index in the list (collective: every process makes the call).
 */
export function wholeLists(p: ProjectionState, perSynapse: ArrayLike<number>[], w: MpiWorld | undefined): ArrayLike<number>[] {
  if (!w || w.size === 1) {
    const at = rowPositionsOf(p.csr);
    return perSynapse.map((a) => (at ? Float64Array.from(at, (k) => a[k]) : a));
  }
  const at = w.concat(Float64Array.from(p.csr.col, (_, k) => listIndex(p.csr, k)));
  return perSynapse.map((a) => {
    const part = w.concat(Float64Array.from(a));
    const whole = new Float64Array(at.length);
    at.forEach((x, j) => (whole[x] = part[j]));
    return whole;
  });
}

/** net.synapses in a distributed run: every synapse's (pre, post) in the connector's list order, from every process's (collective). */
export function wholeSynapses(p: ProjectionState, w: MpiWorld): { pre: Int32Array; post: Int32Array } {
  const [pre, post] = wholeLists(p, [presynapticOf(p.csr), p.csr.col], w);
  return { pre: Int32Array.from(pre), post: Int32Array.from(post) };
}

/** net.synapseState of a per-synapse variable in a distributed run: its values in the connector's list order, from every process's synapses (collective). */
export function wholeSynapseValues(p: ProjectionState, variable: string, w: MpiWorld): Float64Array {
  return Float64Array.from(wholeLists(p, [projectionArray(p, variable)], w)[0]);
}
