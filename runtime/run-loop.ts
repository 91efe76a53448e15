// The run loop: a run's steps in native calls of up to BLOCK_STEPS steps, each call given a fresh
// plan (the signals of its steps, the monitors' buffers as they are now), the monitors' rows and
// the driver's status read back after it. Disk monitors write their chunks out after every call, so
// their files hold all that was recorded up to the step reached (also when the run then fails).
import type { BuiltNetwork, InputSpec } from './native-memory';
import type { StateMonitor } from './monitors';
import type { SpikeMonitor } from './spike-monitor';
import { PlanWriter } from './plan';
import { handleStatus } from './run-status';
import { inStep, synchronizeMonitors } from './distributed';
import { inPhase } from './progress';
import type { ProgressListener } from './progress';

/** Steps per native call: long enough to make the call overhead vanish, short enough for progress. */
const BLOCK_STEPS = 2000;

/** What of a network its run reads and advances: the clock, the inputs and the monitors. */
export interface RunningNetwork {
  /** The next step to run: advanced after each native call, so a failed run leaves it at the step reached. */
  stepIndex: number;
  readonly spikeMonitors: readonly SpikeMonitor[];
  readonly stateMonitors: readonly StateMonitor[];
}

/**
 * Spikes wait up to `every` steps for their exchange before a spike monitor records them, and the
 * driver exchanges early where a monitor might lack room for those steps with every neuron
 * spiking; so a monitor gets a chunk of room for twice that many steps whenever it has less than
 * `every + 1` (address space more than memory: a chunk's pages are resident only as it fills).
 */
function roomForExchanges(m: SpikeMonitor, every: number): void {
  const steps = (every + 1) * m.group.size;
  if (m.chunk.length / 2 - m.room < steps) m.grow(2 * steps);
}

/** Runs `steps` steps from `net.stepIndex` on the built network. */
export function runBlocks(
  net: RunningNetwork,
  inputs: InputSpec[],
  built: BuiltNetwork,
  steps: number,
  listener: ProgressListener | undefined,
): void {
  const { lib, states, projections, dt, seed, threads } = built;
  for (const m of [...net.spikeMonitors, ...net.stateMonitors]) m.dt = dt;
  const w = built.mpi && built.mpi.size > 1 ? built.mpi : undefined;
  // several processes each record their own neurons' spikes
  for (const m of net.spikeMonitors) m.world = w;
  const first = net.stepIndex,
    last = first + steps;
  for (const m of net.stateMonitors) {
    m.resume(first);
    m.reserve(m.rowsOfRun(first, last));
  }
  const block = Math.min(BLOCK_STEPS, Math.max(1, steps));
  const signals = inputs.map(() => new Float64Array(new ArrayBuffer(block * 8)));
  const status = new BigInt64Array(new ArrayBuffer(16));
  // several processes exchange their spikes, every step or once per minimum delay (runtime/distributed.ts)
  const exchange = w ? { start: w.exchange, wait: w.exchangeWait, every: built.exchangeEvery } : undefined;
  // a sync callback: the loop awaits nothing, so the phase ends when the loop does
  inPhase(listener, 'run', steps * dt, '', (progress) => {
    while (net.stepIndex < last) {
      const from = net.stepIndex;
      const stop = Math.min(last, from + block);
      inputs.forEach((inp, k) => inp.kind === 'signal' && inp.signal.fill(signals[k].subarray(0, stop - from), from, dt));
      if (exchange && exchange.every > 0) for (const m of net.spikeMonitors) roomForExchanges(m, exchange.every);
      const plan = new PlanWriter().write(
        states,
        projections,
        inputs,
        signals,
        from,
        net.stateMonitors,
        net.spikeMonitors,
        threads,
        exchange,
      );
      const rowsBefore = net.stateMonitors.map((m) => [...m.rows]);
      const reached = lib.run(plan.words, from, stop, dt, seed, status);
      plan.readBack();
      // a process that failed reports it (its error stops them all); the others are in step
      if (inStep(status)) synchronizeMonitors(w, net.stateMonitors, rowsBefore);
      for (const m of net.stateMonitors) for (let s = from; s < reached; s++) if (s % m.every === 0) m.steps.push(s);
      net.stepIndex = reached;
      // a disk spike monitor's flush is collective in a distributed run: a process that failed skips it
      if (!w || inStep(status)) for (const m of [...net.spikeMonitors, ...net.stateMonitors]) m.flush();
      handleStatus(status, reached, built, net.spikeMonitors, net.stateMonitors);
      progress?.update((net.stepIndex - first) * dt);
    }
    const rowsBefore = net.stateMonitors.map((m) => [...m.rows]);
    for (const m of net.stateMonitors) m.recordEnd(last);
    synchronizeMonitors(w, net.stateMonitors, rowsBefore);
    for (const m of net.stateMonitors) m.flush();
  });
}
