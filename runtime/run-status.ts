// What the native driver's status says after a call of braints_run (status[0] a RUN_STATUS code
// of contract/run-status.ts, status[1] what it concerns): go on, make room in a spike monitor and call again, or
// stop with an error that names the group, projection or option at fault. The only place that
// reads the codes.
import type { BuiltNetwork } from './native-memory';
import type { StateMonitor } from './monitors';
import type { SpikeMonitor } from './spike-monitor';
import { RUN_STATUS } from '../contract/run-status';
import { BraintsError, nonFiniteError, nonFiniteSynapseError } from './errors';

/**
 * Acts on the status of a native call that stopped before step `reached`: returns when the run
 * can go on (after growing the spike monitor whose chunk could overflow, or after a disk monitor's
 * full chunk was written out), throws otherwise.
 */
export function handleStatus(
  status: BigInt64Array,
  reached: number,
  built: BuiltNetwork,
  spikeMonitors: readonly SpikeMonitor[],
  stateMonitors: readonly StateMonitor[],
): void {
  const { states, projections, dt, threads } = built;
  const code = Number(status[0]);
  const at = Number(status[1]);
  switch (code) {
    case RUN_STATUS.ok:
      return;
    case RUN_STATUS.notFinite: // at is a group, or n_groups + a projection
      throw at < states.length
        ? nonFiniteError(states[at], (reached - 1) * dt)
        : nonFiniteSynapseError(projections[at - states.length], (reached - 1) * dt);
    case RUN_STATUS.spikeBufferFull: {
      // a chunk twice the size of all so far, and at least a step's worth
      const m = spikeMonitors[at];
      m.grow(Math.max(m.group.size, 2 * m.count));
      return;
    }
    case RUN_STATUS.stateBufferFull: {
      // at is a variable of the plan's state monitor records, which list each monitor's variables in turn
      let v = at;
      const m = stateMonitors.find((x) => (v -= x.variables.length) < 0);
      // a disk monitor's chunk holds less than a run; the run loop has written it out
      if (m?.files.length && m.rows[0] === 0) return;
      throw new Error(`BrainTS bug: the native driver found no room in state monitor ${m?.name ?? at}, reserved for the run`);
    }
    case RUN_STATUS.outOfMemory: // at is n_groups + a projection, or -1 before the first step (the threads' spike lists)
      throw new BraintsError(
        at < states.length
          ? `out of memory allocating the spike lists of ${threads} thread${threads === 1 ? '' : 's'}; run with fewer threads or a smaller network`
          : `out of memory queueing the delayed spikes of projection ${projections[at - states.length].name}`,
      );
    case RUN_STATUS.noThreads: // at is the number started
      throw new BraintsError(`could not start ${threads} threads (started ${at}); run with fewer`);
    default:
      throw new Error(`BrainTS bug: the native driver stopped with status ${code}`);
  }
}
