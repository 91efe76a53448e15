// A network's build, done by its first run: each group's and projection's kernel chosen, their
// memory allocated and initialized (projections in build-projections.ts), monitors bound to it,
// inputs completed for dt, and the native library compiled and loaded.
import { NeuronGroup } from './group';
import type { Synapse } from './synapse';
import type { ModelIR } from '../ir/types';
import { forEachNode } from '../ir/expr';
import type { Initializer } from './init';
import { isPerNeuron, nonFiniteInitialState, uniformValues } from './init';
import { initializeGroup } from './initial-state';
import { kernelFor } from './kernels';
import type { GroupKernel } from './kernels';
import { buildLibrary } from './native';
import type { NativeLibrary } from './native';
import type { InputSpec, BuiltNetwork, GroupState, ProjectionState } from './native-memory';
import { elementArray, realArray } from './native-memory';
import { allocateRings, completeProjection, connectProjection, deliveringThreads, rowSplits } from './build-projections';
import type { ConnectedProjection } from './build-projections';
import { dealTargets } from './deal-targets';
import { releaseFixedTotalScratch } from './native-connect';
import { prepareInputs } from './network-inputs';
import { instanceBlocksOf } from './instance-blocks';
import type { StateMonitor } from './monitors';
import type { SpikeMonitor } from './spike-monitor';
import { mpiWorld, ownRange } from './mpi';
import type { MpiWorld } from './mpi';
import { checkDistributable, exchangeInterval } from './distributed';
import { BraintsError } from './errors';
import { inPhase } from './progress';
import type { PhaseProgress, ProgressListener } from './progress';
import type { Precision } from '../ir/pipeline';

/** What of a network its build reads: the members, inputs and monitors given before the first run. */
export interface NetworkMembers {
  readonly groups: ReadonlyMap<string, NeuronGroup>;
  readonly projections: ReadonlyMap<string, Synapse>;
  readonly inputSpecs: readonly InputSpec[];
  readonly stateMonitors: readonly StateMonitor[];
  readonly spikeMonitors: readonly SpikeMonitor[];
  /** Messages for the user (an edited kernel in use), added to by the kernels' choice. */
  readonly notices: string[];
  nameOf(group: NeuronGroup): string;
}

/** Runs `make`; a BraintsError it throws is blamed on the user's line that created `member`. */
function blame<T>(member: NeuronGroup | Synapse, make: () => T): T {
  try {
    return make();
  } catch (e) {
    throw e instanceof BraintsError ? blamed(member, e) : e;
  }
}

function blamed(member: NeuronGroup | Synapse, e: BraintsError): BraintsError {
  e.at ??= member.createdAt;
  return e;
}

/** The parameters given one value per element (an array or a distribution) at construction. */
function perElementParams(ir: ModelIR, init: Record<string, Initializer>): Set<string> {
  return new Set(ir.fields.filter((f) => f.role === 'param' && init[f.name] !== undefined && isPerNeuron(init[f.name])).map((f) => f.name));
}

/**
 * The currents of a group that every neuron receives equally: only whole-group, unweighted
 * inputs add into them, they start at 0 (an initial value counts in the first step only, which
 * a per-neuron array gives), no synapse reads or writes them and no monitor records them.
 */
function uniformCurrents(net: NetworkMembers, group: NeuronGroup): Set<string> {
  const out = new Set<string>();
  const usedBySynapse = (name: string) =>
    [...net.projections.values()].some(
      (p) =>
        (p.target === group && p.model.ir.fields.some((x) => x.name === `post.${name}`)) ||
        (p.source === group && p.model.ir.fields.some((x) => x.name === `pre.${name}`)),
    );
  for (const f of group.model.ir.fields) {
    if (f.role !== 'current') continue;
    const inputs = net.inputSpecs.filter((x) => x.group === group && x.variable === f.name);
    if (inputs.some((x) => x.kind !== 'signal' || x.neurons || x.weights || x.instance)) continue;
    if (f.init !== 0 || group.init[f.name] !== undefined) continue;
    if (usedBySynapse(f.name)) continue;
    if (net.stateMonitors.some((m) => m.owner === group && m.variables.includes(f.name))) continue;
    out.add(f.name);
  }
  return out;
}

/**
 * A projection's kernel: per-synapse parameters (by default those given at construction) get a
 * variant of it (never in the per-target update).
 */
export function projectionKernel(
  name: string,
  syn: Synapse,
  notices: string[],
  precision: Precision,
  perSynapse = perElementParams(syn.model.ir, syn.init),
): GroupKernel {
  const ir = syn.model.ir;
  const perTargetUses = new Set<string>();
  if (ir.update) forEachNode([...ir.update.writes.map((w) => w.value)], (e) => e.k === 'field' && perTargetUses.add(e.name));
  for (const p of perSynapse) {
    if (perTargetUses.has(p))
      throw new BraintsError(
        `${name}: ${p} is given per synapse, but ${ir.name}'s update(t, dt) runs per target neuron and uses it; give it as one number`,
      );
  }
  return kernelFor(syn.model, perSynapse, notices, name, new Set(), precision);
}

/**
 * The allocated and initialized memory of one group, drawing from random stream `stream`; in a
 * distributed run `mpi`, with the range of neurons this process updates.
 */
function buildGroup(name: string, group: NeuronGroup, kernel: GroupKernel, seed: number, stream: number, mpi?: MpiWorld): GroupState {
  // a process of a distributed run holds its range of the neurons only
  const range = ownRange(group.size, mpi);
  const held = range.end - range.begin;
  const arrays = new Map(kernel.signature.kernelFields.map((f) => [f, realArray(kernel.signature.precision, held)]));
  const params = uniformValues(group.model.ir, kernel, group.init);
  const state: GroupState = {
    name,
    group,
    kernel,
    arrays,
    params,
    spiked: new Uint8Array(new ArrayBuffer(Math.max(1, held))),
    spikeCount: new BigInt64Array(new ArrayBuffer(8)),
    stream,
    // sized by allocateRings once the projections' delays are known
    ring: new Int32Array(0),
    ringCounts: new BigInt64Array(0),
    ringSlots: 1,
    instances: instanceBlocksOf(group),
    ...range,
  };
  blame(group, () => initializeGroup(state, seed));
  const bad = nonFiniteInitialState(name, arrays, kernel, params, (_, i) => `neuron ${range.begin + i}`);
  if (bad) throw blamed(group, new BraintsError(bad));
  return state;
}

/**
 * Gives each state monitor the built arrays it reads (a uniform parameter as an array repeating its
 * value); again after a parameter's change, which may give it a new array or value.
 */
export function bindMonitors(monitors: readonly StateMonitor[], states: GroupState[], projections: ProjectionState[]): void {
  for (const m of monitors) {
    // the neurons' and targets' arrays hold the process's range (all of them on one process)
    if (m.owner instanceof NeuronGroup) {
      const s = states.find((x) => x.group === m.owner)!;
      m.bind(
        m.variables.map((v) => elementArray(s, v, s.end - s.begin)),
        undefined,
        s,
      );
    } else {
      const p = projections.find((x) => x.synapse === m.owner)!;
      const targets = m.columns === 'targets';
      m.bind(
        m.variables.map((v) => elementArray(p, v, targets ? p.post.end - p.post.begin : p.csr.col.length)),
        p.csr,
        targets ? p.post : undefined,
      );
    }
  }
}

/** Allocates and initializes the state of every group and projection, and builds the connectivity. */
function buildState(
  net: NetworkMembers,
  dt: number,
  seed: number,
  threads: number,
  groupKernels: Map<NeuronGroup, GroupKernel>,
  projectionKernels: Map<Synapse, GroupKernel>,
  progress: PhaseProgress | undefined,
  mpi: MpiWorld | undefined,
): { states: GroupState[]; projections: ProjectionState[]; exchangeEvery: number } {
  const states: GroupState[] = [];
  // random streams: the groups in order, then the projections
  let stream = 0;
  for (const [name, group] of net.groups) {
    progress?.update(states.length, name);
    states.push(buildGroup(name, group, groupKernels.get(group)!, seed, stream++, mpi));
  }
  // first every projection's rows and delays, then (with the synapses counted) the deal of the
  // target groups to the threads, then each projection's rows sorted by delay for its delivering
  // threads and its per-synapse values; a projection is done when its values are
  const synapses = [...net.projections];
  let connected: ConnectedProjection[];
  try {
    connected = synapses.map(([name, syn]) => {
      progress?.update(states.length, `${name} (connectivity)`);
      return blame(syn, () => connectProjection(name, syn, projectionKernels.get(syn)!, states, dt, seed, stream++, threads, mpi));
    });
  } finally {
    releaseFixedTotalScratch();
  }
  const delivering = deliveringThreads(net.projections.values(), threads);
  const dealt = dealTargets(
    connected.map((c) => c.state),
    delivering,
  );
  const projections = connected.map((c, k) => {
    const [name, syn] = synapses[k];
    progress?.update(states.length + k, name);
    c.state.deliveredBy = dealt?.get(c.state);
    return blame(syn, () => completeProjection(c, seed, threads, c.state.deliveredBy === undefined ? delivering : 1));
  });
  bindMonitors(net.stateMonitors, states, projections);
  prepareInputs(net.inputSpecs, dt, (g) => net.nameOf(g));
  const exchangeEvery = mpi && mpi.size > 1 ? exchangeInterval(projections, mpi) : 0;
  allocateRings(states, projections, exchangeEvery);
  return { states, projections, exchangeEvery };
}

/**
 * The library of the kernels that `states` and `projections` run, each distinct kernel once, in
 * the order of the plan's kernel table (runtime/plan.ts): the groups', then the projections'.
 */
export function networkLibrary(states: GroupState[], projections: ProjectionState[]): Promise<NativeLibrary> {
  const unique = new Map([...states, ...projections].map((s) => [s.kernel.signature.symbol, s.kernel.source]));
  const precision = states[0]?.kernel.signature.precision ?? 'float64';
  return buildLibrary([...unique.values()], precision);
}

/**
 * Builds the network: allocates and initializes state, compiles (or loads) the native code. Also
 * returns the seconds spent building state and connectivity, and choosing and compiling kernels.
 */
export async function buildNetwork(
  net: NetworkMembers,
  dt: number,
  seed: number,
  threads: number,
  precision: Precision,
  listener?: ProgressListener,
): Promise<{ built: BuiltNetwork; buildSeconds: number; compileSeconds: number }> {
  const t0 = process.hrtime.bigint();
  // under mpiexec (or --mpi): the processes of the run, or an error saying what to install
  const mpi = mpiWorld();
  if (mpi && mpi.size > 1) checkDistributable(net, mpi);
  const groupKernels = new Map(
    [...net.groups].map(([name, g]) => [
      g,
      blame(g, () => kernelFor(g.model, perElementParams(g.model.ir, g.init), net.notices, name, uniformCurrents(net, g), precision)),
    ]),
  );
  const projectionKernels = new Map(
    [...net.projections].map(([name, syn]) => [syn, blame(syn, () => projectionKernel(name, syn, net.notices, precision))]),
  );
  const t1 = process.hrtime.bigint();
  const { states, projections, exchangeEvery } = inPhase(listener, 'build', net.groups.size + net.projections.size, '', (progress) =>
    buildState(net, dt, seed, threads, groupKernels, projectionKernels, progress, mpi),
  );
  const t2 = process.hrtime.bigint();
  const lib = await inPhase(listener, 'compile', 1, 'kernels', () => networkLibrary(states, projections));
  const t3 = process.hrtime.bigint();
  if (threads > 1) for (const p of projections) p.splits = rowSplits(lib, p, threads);
  return {
    built: { lib, states, projections, dt, seed, threads, precision, mpi, exchangeEvery },
    buildSeconds: Number(t2 - t1 + process.hrtime.bigint() - t3) / 1e9,
    // choosing (and generating) the kernels, then compiling and loading the library
    compileSeconds: Number(t1 - t0 + t3 - t2) / 1e9,
  };
}
