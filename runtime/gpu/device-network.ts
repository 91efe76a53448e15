// A built network's memory on a device: every array the CPU driver reads through the plan has a
// device copy (the same layout: float64 states, int32 indices, uint8 spike flags, int64 counts),
// plus what the device step adds: the clock, the non-finite flags (one per group, then per
// projection, the CPU's status indices), the spike compaction's chunk counts, and the monitors'
// device buffers, which hold a block's records until the host copies them out. A projection's
// pre.* and post.* fields are the very device arrays of its groups, as on the CPU.
import type { BuiltNetwork, GroupState, ProjectionState } from '../native-memory';
import type { StateMonitor } from '../monitors';
import type { SpikeMonitor } from '../spike-monitor';
import { CLOCK_WORDS, STEP_CHECK_KIND, STEP_CHECK_WORDS, spikeChunks } from '../../contract/device-step';
import type { Device } from './device';

/** The device arrays of a group. */
export interface DeviceGroup {
  state: GroupState;
  arrays: Map<string, bigint>;
  fields: bigint;
  params: bigint;
  spiked: bigint;
  spikeCount: bigint;
  ring: bigint;
  ringCounts: bigint;
  chunkCounts: bigint;
  superCounts: bigint;
  superOffsets: bigint;
  monitorBase: bigint;
  spikeMonitor?: DeviceSpikeMonitor;
}

export interface DeviceProjection {
  state: ProjectionState;
  arrays: Map<string, bigint>;
  fields: bigint;
  params: bigint;
  rowptr: bigint;
  col: bigint;
  preIndex: bigint;
  colptr: bigint;
  cscIds: bigint;
  /** Each synapse's index in the connector's list, keying its draws (ProjectionState.keys), or 0. */
  keys: bigint;
}

export interface DeviceSpikeMonitor {
  monitor: SpikeMonitor;
  /** (step, neuron) int32 pairs of the spikes since the host last copied them out. */
  pairs: bigint;
  count: bigint;
  capacity: number;
}

/** One variable of a state monitor. */
export interface DeviceStateVariable {
  monitor: StateMonitor;
  variable: number;
  source: bigint;
  indices: bigint;
  buffer: bigint;
  rows: bigint;
  capacity: number;
}

export interface DeviceNetwork {
  device: Device;
  built: BuiltNetwork;
  clock: bigint;
  flags: bigint;
  nFlags: number;
  checks: bigint;
  nChecks: number;
  groups: DeviceGroup[];
  projections: DeviceProjection[];
  spikeMonitors: DeviceSpikeMonitor[];
  stateVariables: DeviceStateVariable[];
}

/** How much the monitors' device buffers hold before the host must copy them out. */
export interface MonitorBufferSizes {
  /** A spike monitor's pairs (at least two steps of its group). */
  spikePairs: number;
  /** A state monitor variable's values (at least a row). */
  stateValues: number;
}

export const MONITOR_BUFFERS: MonitorBufferSizes = { spikePairs: 1 << 20, stateValues: 1 << 22 };

/** Allocates and fills the device copy of a built network and its monitors. */
export function uploadNetwork(
  device: Device,
  built: BuiltNetwork,
  spikeMons: readonly SpikeMonitor[],
  stateMons: readonly StateMonitor[],
  sizes: MonitorBufferSizes = MONITOR_BUFFERS,
): DeviceNetwork {
  const copies = new Map<ArrayBufferView, bigint>();
  /** The device copy of a host array (one per array: a monitor reading a group's array reads the group's copy). */
  const copy = (a: ArrayBufferView): bigint => {
    let d = copies.get(a);
    if (d === undefined) {
      d = device.alloc(a.byteLength);
      device.upload(d, a);
      copies.set(a, d);
    }
    return d;
  };
  const zeros = (bytes: number): bigint => {
    const d = device.alloc(bytes);
    device.upload(d, new Uint8Array(Math.max(8, bytes)));
    return d;
  };
  const table = (addresses: bigint[]): bigint => copy(BigInt64Array.from(addresses.length ? addresses : [0n]));
  const groups = built.states.map((s): DeviceGroup => {
    const arrays = new Map([...s.arrays].map(([name, a]) => [name, copy(a)]));
    const { chunks, superChunks } = spikeChunks(s.group.size);
    return {
      state: s,
      arrays,
      fields: table(s.kernel.signature.kernelFields.map((f) => arrays.get(f)!)),
      params: copy(s.params.length ? s.params : new Float64Array(1)),
      spiked: copy(s.spiked),
      spikeCount: copy(s.spikeCount),
      ring: copy(s.ring),
      ringCounts: copy(s.ringCounts),
      chunkCounts: zeros(4 * chunks),
      superCounts: zeros(4 * superChunks),
      superOffsets: zeros(4 * superChunks),
      monitorBase: zeros(8),
    };
  });
  const projections = built.projections.map((p): DeviceProjection => {
    const arrays = new Map([...p.arrays].map(([name, a]) => [name, copy(a)]));
    const pre = groups[built.states.indexOf(p.pre)],
      post = groups[built.states.indexOf(p.post)];
    const field = (f: string): bigint => {
      const d = f.startsWith('pre.') ? pre.arrays.get(f.slice(4)) : f.startsWith('post.') ? post.arrays.get(f.slice(5)) : arrays.get(f);
      if (d === undefined) throw new Error(`BrainTS bug: projection ${p.name} uses ${f}, which has no per-element array`);
      return d;
    };
    const optional = (a: ArrayBufferView | undefined) => (a ? copy(a) : 0n);
    return {
      state: p,
      arrays,
      fields: table(p.kernel.signature.kernelFields.map(field)),
      params: copy(p.params.length ? p.params : new Float64Array(1)),
      rowptr: copy(p.csr.rowptr),
      col: copy(p.csr.col),
      preIndex: optional(p.preIndex),
      colptr: optional(p.csc?.colptr),
      cscIds: optional(p.csc?.ids),
      keys: optional(p.keys),
    };
  });
  const spikeMonitors = spikeMons.map((m): DeviceSpikeMonitor => {
    const g = groups.find((x) => x.state.group === m.group)!;
    const capacity = Math.max(sizes.spikePairs, 2 * m.group.size);
    const d = { monitor: m, pairs: device.alloc(8 * capacity), count: zeros(8), capacity };
    g.spikeMonitor = d;
    return d;
  });
  const stateVariables = stateMons.flatMap((m) =>
    m.variables.map((_, j): DeviceStateVariable => {
      const capacity = Math.max(1, Math.floor(sizes.stateValues / Math.max(1, m.count)));
      return {
        monitor: m,
        variable: j,
        // a monitored uniform parameter is an array of its own, repeating the value
        source: copy(m.sources[j]),
        indices: m.elements ? copy(m.elements) : 0n,
        buffer: device.alloc(8 * Math.max(1, m.count) * capacity),
        rows: zeros(8),
        capacity,
      };
    }),
  );
  const checks = [
    ...spikeMonitors.map((m, j) => [STEP_CHECK_KIND.spikeMonitor, m.count, m.capacity, m.monitor.group.size, j]),
    // a monitor of no columns never fills its buffer
    ...stateVariables.map((v, j) => [
      STEP_CHECK_KIND.stateMonitor,
      v.rows,
      v.monitor.count > 0 ? v.capacity : Number.MAX_SAFE_INTEGER,
      v.monitor.every,
      j,
    ]),
  ];
  const checkWords = new BigInt64Array(Math.max(1, checks.length * STEP_CHECK_WORDS));
  checks.forEach((c, j) => checkWords.set(c.map(BigInt), j * STEP_CHECK_WORDS));
  const nFlags = groups.length + projections.length;
  return {
    device,
    built,
    clock: zeros(8 * CLOCK_WORDS),
    flags: zeros(4 * Math.max(1, nFlags)),
    nFlags,
    checks: copy(checkWords),
    nChecks: checks.length,
    groups,
    projections,
    spikeMonitors,
    stateVariables,
  };
}

/** Copies the network's state back into the host arrays: every group's and projection's arrays, spike counts and rings. */
export function downloadState(net: DeviceNetwork): void {
  const { device } = net;
  for (const g of net.groups) {
    for (const [name, d] of g.arrays) device.download(g.state.arrays.get(name)!, d);
    device.download(g.state.spiked, g.spiked);
    device.download(g.state.spikeCount, g.spikeCount);
    device.download(g.state.ring, g.ring);
    device.download(g.state.ringCounts, g.ringCounts);
  }
  for (const p of net.projections) for (const [name, d] of p.arrays) device.download(p.state.arrays.get(name)!, d);
}
