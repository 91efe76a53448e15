// A run on a device: the network's state copied in, the recorded step (launch-sequence.ts) run in
// blocks of steps, the monitors' device buffers copied out after each block into the host
// monitors (as the CPU driver fills them), and the state copied back at the end, so that every
// reader of a network (state, monitors, outputs, checkpoints, a later CPU run) sees what it would
// after a CPU run. A block stops early, at a step boundary, when a state is not finite (then the
// CPU's error, naming group, variable and neuron) or a monitor's device buffer is full (then the
// host empties it and the block goes on from the step reached).
import type { BuiltNetwork, InputSpec } from '../native-memory';
import type { StateMonitor } from '../monitors';
import { BraintsError } from '../errors';
import { handleStatus } from '../run-status';
import { inPhase } from '../progress';
import type { ProgressListener } from '../progress';
import type { RunningNetwork } from '../run-loop';
import { RUN_STATUS } from '../../contract/run-status';
import { CLOCK, CLOCK_WORDS } from '../../contract/device-step';
import type { Device } from './device';
import { MONITOR_BUFFERS, downloadState, uploadNetwork } from './device-network';
import type { MonitorBufferSizes } from './device-network';
import type { DeviceNetwork, DeviceSpikeMonitor, DeviceStateVariable } from './device-network';
import { launchSequence } from './launch-sequence';

/** Steps per block: the host reads the clock and the monitors after each. */
const BLOCK_STEPS = 2000;

/** What the device step does not run yet: one line naming the group, projection or input, or undefined. */
export function unsupportedOnDevice(built: BuiltNetwork, inputs: readonly InputSpec[]): string | undefined {
  if (inputs.length) {
    const inp = inputs[0];
    const group = built.states.find((s) => s.group === inp.group)?.name ?? 'a group';
    return `the GPU backend does not run inputs yet (${inp.kind} input into ${group}.${inp.variable}); run with backend 'cpu'`;
  }
  if (built.mpi && built.mpi.size > 1) return "the GPU backend runs on one process; run under MPI with backend 'cpu'";
  if (built.precision !== 'float64')
    return `the GPU backend runs float64 only yet (precision ${built.precision}); run with backend 'cpu' or precision 'float64'`;
  for (const s of built.states)
    if (s.instances) return `the GPU backend does not run instances of a network yet (group ${s.name}); run with backend 'cpu'`;
  for (const p of built.projections)
    if (p.delaySteps < 0)
      return `the GPU backend does not run per-synapse delays yet (projection ${p.name}); give it one delay, or run with backend 'cpu'`;
  return undefined;
}

/** Runs `steps` steps of a built network from `net.stepIndex` on `device`; returns the device memory it used (bytes). */
export function runOnDevice(
  net: RunningNetwork,
  inputs: readonly InputSpec[],
  built: BuiltNetwork,
  steps: number,
  device: Device,
  listener: ProgressListener | undefined,
  sizes: MonitorBufferSizes = MONITOR_BUFFERS,
): number {
  const why = unsupportedOnDevice(built, inputs);
  if (why) throw new BraintsError(why);
  const { dt } = built;
  for (const m of [...net.spikeMonitors, ...net.stateMonitors]) m.dt = dt;
  const first = net.stepIndex,
    last = first + steps;
  for (const m of net.stateMonitors) {
    m.resume(first);
    m.reserve(m.rowsOfRun(first, last));
  }
  const dev = uploadNetwork(device, built, net.spikeMonitors, net.stateMonitors, sizes);
  try {
    device.record(launchSequence(dev));
    const clock = new BigInt64Array(CLOCK_WORDS);
    inPhase(listener, 'run', steps * dt, '', (progress) => {
      while (net.stepIndex < last) {
        const from = net.stepIndex;
        clock.fill(0n);
        clock[CLOCK.step] = BigInt(from);
        device.upload(dev.clock, clock);
        device.runSteps(Math.min(BLOCK_STEPS, last - from));
        device.download(clock, dev.clock);
        const reached = Number(clock[CLOCK.step]);
        const rowsBefore = dev.stateVariables.map((v) => v.monitor.rows[v.variable]);
        drainMonitors(dev);
        for (const m of net.stateMonitors) for (let s = from; s < reached; s++) if (s % m.every === 0) m.steps.push(s);
        net.stepIndex = reached;
        for (const m of [...net.spikeMonitors, ...net.stateMonitors]) m.flush();
        const code = Number(clock[CLOCK.status]);
        // a full device buffer was emptied above: the block goes on
        if (code !== RUN_STATUS.spikeBufferFull && code !== RUN_STATUS.stateBufferFull) {
          if (code !== RUN_STATUS.ok) downloadState(dev);
          handleStatus(BigInt64Array.from([BigInt(code), clock[CLOCK.statusIndex]]), reached, built, net.spikeMonitors, net.stateMonitors);
        }
        checkRows(dev, rowsBefore, from, reached);
        progress?.update((net.stepIndex - first) * dt);
      }
    });
    downloadState(dev);
    for (const m of net.stateMonitors) {
      m.recordEnd(last);
      m.flush();
    }
    return device.allocatedBytes;
  } finally {
    device.release();
  }
}

/** Copies the spikes and rows the device recorded since the last copy into the host monitors, and empties the device buffers. */
function drainMonitors(dev: DeviceNetwork): void {
  for (const m of dev.spikeMonitors) drainSpikes(dev.device, m);
  for (const v of dev.stateVariables) drainRows(dev.device, v);
}

function drainSpikes(device: Device, d: DeviceSpikeMonitor): void {
  const count = new BigInt64Array(1);
  device.download(count, d.count);
  const n = Number(count[0]);
  if (!n) return;
  const pairs = new Int32Array(2 * n);
  device.download(pairs, d.pairs);
  d.monitor.append(pairs);
  device.upload(d.count, new BigInt64Array(1));
}

function drainRows(device: Device, v: DeviceStateVariable): void {
  const rows = new BigInt64Array(1);
  device.download(rows, v.rows);
  const r = Number(rows[0]);
  const m: StateMonitor = v.monitor;
  if (!r || !m.count) return;
  const values = new Float64Array(r * m.count);
  device.download(values, v.buffer);
  m.buffers[v.variable].set(values, m.rows[v.variable] * m.count);
  m.rows[v.variable] += r;
  device.upload(v.rows, new BigInt64Array(1));
}

/** The rows copied out are those of the monitor's steps in [from, reached): a check of the device's bookkeeping. */
function checkRows(dev: DeviceNetwork, before: number[], from: number, reached: number): void {
  dev.stateVariables.forEach((v, j) => {
    const m = v.monitor;
    if (!m.count) return;
    const expected = Math.ceil(reached / m.every) - Math.ceil(from / m.every);
    if (m.rows[v.variable] - before[j] !== expected)
      throw new Error(
        `BrainTS bug: the device recorded ${m.rows[v.variable] - before[j]} rows of ${m.name} in steps ${from} .. ${reached - 1}, not ${expected}`,
      );
  });
}
