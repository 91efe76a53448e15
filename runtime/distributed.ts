// A network run on several processes (MPI; runtime/mpi.ts is the door to it). Each process updates
// its own range of every group's neurons (GroupState.begin .. end, the cut of mpi's rangeBegin) and
// holds the synapses onto them (build-projections.ts), built with the draws of one process, keyed
// by global indices; every process keeps one value per neuron of every group, so indices, inputs,
// monitors and the kernels' draws are those of one process. What crosses processes: each step's
// spikes (the driver calls the plan's exchange after spikeGathering), and after every native call
// the neurons' and targets' state (each process's range to all) and the state monitors' new rows
// (each column from the process that holds its neuron), so every process ends each call with the
// state and recordings of one process, bit for bit.
import type { BuiltNetwork, GroupState, ProjectionState } from './native-memory';
import type { NetworkMembers } from './build-network';
import type { MpiWorld } from './mpi';
import type { StateMonitor } from './monitors';
import { NeuronGroup } from './group';
import { codeOf, deliversSpikes } from '../ir/types';
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
    if (codeOf(ir).some((fn) => fn.usesRandom))
      throw new BraintsError(
        `projection ${name} (${ir.name}) draws random numbers, keyed by each synapse's place in the rows, which in ${on} differs from one process's; not supported yet: run it on one process`,
      );
  }
  for (const m of net.stateMonitors) {
    if (m.columns === 'synapses')
      throw new BraintsError(
        `monitor ${m.name} records per-synapse variables of projection ${m.ownerName}, which in ${on} are spread over the processes; gathering them is not supported yet: monitor per-target variables or neurons instead`,
      );
  }
  for (const m of [...net.stateMonitors, ...net.spikeMonitors])
    if (m.files.length > 0)
      throw new BraintsError(`monitor ${m.name} records to disk (dir), which is not supported in ${on} yet: record it in memory`);
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
    const shortest = p.delaySteps >= 0 ? p.delaySteps : p.delays!.reduce((a, b) => Math.min(a, b), Infinity);
    steps = Math.min(steps, shortest);
  }
  // each process holds only some of the per-synapse delays
  return w.min(steps);
}

/** The statuses after which the processes go on together (every process stops at the same step for them). */
const together: readonly number[] = [RUN_STATUS.ok, RUN_STATUS.spikeBufferFull, RUN_STATUS.stateBufferFull];

/** Whether the processes are still in step after a native call that returned `status` (a failure stops only the process that had it). */
export const inStep = (status: BigInt64Array): boolean => together.includes(Number(status[0]));

/** The columns of a state monitor that this process's values fill: those of its neurons (a uniform parameter's: process 0's). */
function ownColumns(m: StateMonitor, state: GroupState, held: boolean, w: MpiWorld): (c: number) => boolean {
  if (!held) return () => w.rank === 0;
  const e = m.elements;
  return (c) => {
    const i = e ? e[c] : c;
    return i >= state.begin && i < state.end;
  };
}

/**
 * After a native call on every process: makes every group's and projection's per-neuron arrays
 * whole (each process gives its range) and fills the state monitors' rows recorded since `rowsBefore`
 * with each column's value from the process holding it (the others' bits set to zero, then OR-ed).
 */
export function synchronizeProcesses(built: BuiltNetwork, monitors: readonly StateMonitor[], rowsBefore: number[][]): void {
  const w = built.mpi;
  if (!w || w.size === 1) return;
  for (const s of built.states) for (const a of s.arrays.values()) w.gatherRanges(a);
  for (const p of built.projections)
    for (const [name, a] of p.arrays) if (p.synapse.model.ir.fields.find((f) => f.name === name)?.role === 'target') w.gatherRanges(a);
  monitors.forEach((m, i) => {
    const state =
      m.owner instanceof NeuronGroup
        ? built.states.find((s) => s.group === m.owner)!
        : built.projections.find((p) => p.synapse === m.owner)!.post;
    const arrays = m.owner instanceof NeuronGroup ? state.arrays : built.projections.find((p) => p.synapse === m.owner)!.arrays;
    m.variables.forEach((v, j) => {
      const own = ownColumns(m, state, arrays.has(v), w);
      const rows = m.buffers[j].subarray(rowsBefore[i][j] * m.count, m.rows[j] * m.count);
      for (let r = 0; r < rows.length; r += m.count) for (let c = 0; c < m.count; c++) if (!own(c)) rows[r + c] = 0;
      w.or(rows);
    });
  });
}

/**
 * Refuses `what` (a call that reads or writes every synapse, or all state) in a run on several
 * processes, each of which holds only the synapses onto its own neurons.
 */
export function refuseSpread(what: string, w: MpiWorld | undefined): void {
  if (w && w.size > 1)
    throw new BraintsError(
      `${what}: in a run on ${w.size} MPI processes each holds only the synapses onto its own neurons; this is not supported on several processes yet`,
    );
}
