// The connectivity side of a network's build: each projection's rows (CSR, from its connector),
// its per-synapse and per-target arrays, its delays in steps, the by-target index (CSC) for
// onPost; the groups' spike rings sized by the delays leaving them; and, with several threads, the
// rows cut at the threads' shares where the target groups are not dealt whole to the threads
// (runtime/deal-targets.ts).
import type { Synapse } from './synapse';
import type { Csr } from './csr';
import { listIndex, presynapticOf, synapsesOnto } from './csr';
import type { GroupState, ProjectionState, RealArray } from './native-memory';
import { realArray } from './native-memory';
import type { GroupKernel } from './kernels';
import type { NativeLibrary } from './native';
import { fmix32 } from './random';
import { drawKey, fillPerSynapse, isFiniteByConstruction, noDrawInside, nonFiniteInitialState, uniformValues } from './init';
import type { Initializer } from './init';
import { drawBoundedNormalSteps } from './native-synapse-values';
import { initializeProjection } from './initial-state';
import { deliversSpikes, onPreUsesPre, onPreWritesPre } from '../ir/types';
import { BraintsError } from './errors';
import type { MpiWorld } from './mpi';
import { delayExtent, sortRowsByDelay } from './delay-rows';

/** The synapse indices of a CSR grouped by target neuron (a counting sort; stable, so in row order). */
function byTarget(csr: Csr, nPost: number): { colptr: Int32Array; ids: Int32Array } {
  const colptr = new Int32Array(nPost + 1);
  for (const j of csr.col) colptr[j + 1]++;
  for (let j = 0; j < nPost; j++) colptr[j + 1] += colptr[j];
  const fill = colptr.slice(0, nPost);
  const ids = new Int32Array(csr.col.length);
  csr.col.forEach((j, k) => (ids[fill[j]++] = k));
  return { colptr, ids };
}

/** A delay in whole steps: round(delay / dt) (Brian2's rule, and the one documented for users). */
function delaySteps(ms: number, dt: number, where: string): number {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new BraintsError(`${where}: a delay must be a finite number of ms >= 0, not ${ms}`);
  return Math.round(ms / dt);
}

/**
 * Each synapse's delay in steps (its value or draw taken in the connector's list order), stored
 * as uint16 where the longest fits (2 bytes a synapse instead of 4: 0.6 GB at the microcircuit's
 * full scale), else int32. A normal law is drawn and rounded in C; other initializers give their
 * values in ms first.
 */
function perSynapseDelaySteps(
  init: Exclude<Initializer, number>,
  dt: number,
  seed: number,
  name: string,
  csr: Csr,
  threads: number,
): { steps: Uint16Array | Int32Array; shortest: number; longest: number } {
  const n = csr.col.length;
  if ('kind' in init && init.kind === 'normal') {
    const key = drawKey(seed, name, 'delay');
    let steps: Uint16Array | Int32Array = new Uint16Array(n);
    let drawn = drawBoundedNormalSteps(steps, init, dt, key, csr.order, threads);
    if (drawn.failure?.kind === 'delay too long')
      drawn = drawBoundedNormalSteps((steps = new Int32Array(n)), init, dt, key, csr.order, threads);
    const failure = drawn.failure;
    if (failure?.kind === 'no draw inside') throw new BraintsError(noDrawInside(init, `${name}.delay`));
    if (failure?.kind === 'invalid delay') delaySteps(failure.ms, dt, name); // throws: negative or not finite
    if (failure) throw new BraintsError(`${name}: a delay of ${failure.ms} ms is more than 2^31 - 1 steps of ${dt} ms`);
    return { steps, shortest: drawn.shortest, longest: drawn.longest };
  }
  const ms = new Float64Array(n);
  fillPerSynapse(ms, init, seed, name, 'delay', csr);
  // a plain loop: Int32Array.from with a function was 10 times slower (1 us per synapse under load)
  const steps = new Int32Array(n);
  let shortest = 2 ** 31 - 1,
    longest = 0;
  for (let k = 0; k < n; k++) {
    steps[k] = delaySteps(ms[k], dt, name);
    shortest = Math.min(shortest, steps[k]);
    longest = Math.max(longest, steps[k]);
  }
  return { steps: longest <= 0xffff ? Uint16Array.from(steps) : steps, shortest, longest };
}

/** The key of a projection's connector draws: the seed and the projection's name. */
export function connectivityKey(seed: number, name: string): number {
  let key = fmix32(seed ^ 0x2545f491);
  for (const ch of name) key = fmix32(key ^ ch.codePointAt(0)!);
  return key;
}

/** A projection whose rows are built, before its per-synapse delays are sorted into them and its arrays filled (`completeProjection`). */
export interface ConnectedProjection {
  state: ProjectionState;
  /** Per-synapse delays in steps by row position, and their extent over every process; absent for one delay. */
  delays?: { steps: Uint16Array | Int32Array; extent: { shortest: number; longest: number; synapses: number } };
}

/**
 * Connectivity and delays of one projection (the first half of its build; `completeProjection`
 * the second); in a distributed run `mpi`, the synapses onto this process's neurons (collective:
 * every process builds every projection).
 */
export function connectProjection(
  name: string,
  syn: Synapse,
  kernel: GroupKernel,
  states: GroupState[],
  dt: number,
  seed: number,
  stream: number,
  threads: number,
  mpi: MpiWorld | undefined,
): ConnectedProjection {
  const ir = syn.model.ir;
  const pre = states.find((s) => s.group === syn.source)!;
  const post = states.find((s) => s.group === syn.target)!;
  // a process of a distributed run holds the synapses onto its own neurons (post-side partition)
  const whole = post.begin === 0 && post.end === post.group.size;
  const built = syn.connect.build(pre.group.size, post.group.size, connectivityKey(seed, name), whole ? undefined : post, threads);
  // a rule that built only the synapses onto the range says so by its list's length (read only when needed)
  const csr = whole || 'listLength' in built ? built : synapsesOnto(built, post.begin, post.end);
  const n = csr.col.length;
  const arrays = new Map<string, RealArray>();
  for (const fname of kernel.signature.kernelFields) {
    const f = ir.fields.find((x) => x.name === fname)!;
    if (f.role === 'pre' || f.role === 'post') continue;
    // per-target state has one value per postsynaptic neuron the process holds, the rest one per synapse
    const size = f.role === 'target' ? post.end - post.begin : n;
    arrays.set(fname, realArray(kernel.signature.precision, size));
  }
  const state: ProjectionState = {
    name,
    synapse: syn,
    kernel,
    pre,
    post,
    csr,
    arrays,
    params: uniformValues(ir, kernel, syn.init),
    delaySteps: 0,
    queueCell: new BigInt64Array(new ArrayBuffer(8 * threads)),
    queueSlots: 1,
    stream,
  };
  if (typeof syn.delay === 'number') {
    state.delaySteps = delaySteps(syn.delay, dt, name);
    return { state };
  }
  const { steps, shortest, longest } = perSynapseDelaySteps(syn.delay, dt, seed, name, csr, threads);
  const extent = delayExtent({ shortest, longest, synapses: n }, mpi);
  state.delaySteps = -1;
  state.queueSlots = 1 + extent.longest;
  return { state, delays: { steps, extent } };
}

/**
 * The second half of a projection's build: per-synapse delays as rows sorted by delay where that
 * pays, each delay cut at the shares of the targets of the `delivering` threads (1 where one
 * thread delivers the projection: runtime/deal-targets.ts), else as a queue of synapse indices per
 * arrival step;
 * then its per-synapse values, in the rows' final order, and what its kernels need besides.
 */
export function completeProjection(connected: ConnectedProjection, seed: number, threads: number, delivering: number): ProjectionState {
  const { state, delays } = connected;
  const ir = state.synapse.model.ir;
  if (delays && !sortRowsByDelay(state, delays.steps, delays.extent, threads, delivering)) state.delays = delays.steps;
  // after the sort by delay, so that the values are written once, in the rows' final order
  initializeProjection(state, seed, threads);
  const rows = state.csr;
  // the delay queue's kernel finds a synapse's presynaptic neuron only where onPre uses it
  if ((state.delays && onPreUsesPre(ir)) || ir.onPost || ir.everyStep) state.preIndex = presynapticOf(rows);
  if (ir.onPost) state.csc = byTarget(rows, state.post.group.size);
  // the per-target update is keyed by its target neuron, the same on every process
  if ([ir.onPre, ir.onPost, ir.everyStep].some((f) => f?.usesRandom)) state.keys = rows.order;
  // a normal law's draws need no check, so that no JavaScript loop visits each synapse
  // (in double: a finite draw rounded to float can overflow to infinity, so float32 checks them all)
  const { kernel, params, post } = state;
  const init = state.synapse.init;
  const unchecked = new Map(
    [...state.arrays].filter(([f]) => kernel.signature.precision !== 'float64' || !isFiniteByConstruction(init[f])),
  );
  const bad = nonFiniteInitialState(state.name, unchecked, kernel, params, (f, k) =>
    ir.fields.find((x) => x.name === f)?.role === 'target' ? `target neuron ${post.begin + k}` : `synapse ${listIndex(rows, k)}`,
  );
  if (bad) throw new BraintsError(bad);
  return state;
}

/**
 * Gives each group its ring of spike lists: a slot per step of the longest delay of a projection
 * leaving it (its single delay, or the longest of rows sorted by delay, which read their spikes
 * there), and at least one per step of spikes a spike exchange carries (`exchangeEvery`: they wait
 * in the ring until every process has them, runtime/native/exchange-steps.h).
 */
export function allocateRings(states: GroupState[], projections: ProjectionState[], exchangeEvery = 0): void {
  const longest = (p: ProjectionState) => (p.delayRows ? p.queueSlots - 1 : p.delaySteps);
  for (const s of states) {
    s.ringSlots = 1 + Math.max(exchangeEvery, ...projections.filter((p) => p.pre === s).map(longest));
    s.ring = new Int32Array(new ArrayBuffer(4 * s.ringSlots * s.group.size));
    s.ringCounts = new BigInt64Array(new ArrayBuffer(8 * s.ringSlots));
  }
}

/**
 * The threads a network's delivery runs on: all of them, unless an onPre writes presynaptic state
 * (two threads would share it: it gets no row splits, and the driver then delivers every
 * projection on thread 0, runtime/native/driver.c).
 */
export function deliveringThreads(synapses: Iterable<Synapse>, threads: number): number {
  for (const s of synapses) if (deliversSpikes(s.model.ir) && onPreWritesPre(s.model.ir)) return 1;
  return threads;
}

/**
 * A projection's rows cut at the thread shares of its target group, when they can be (see
 * ProjectionState.splits) and one thread does not deliver it whole (deliveredBy); rows sorted by
 * delay hold their cuts in their bounds instead (runtime/delay-rows.ts).
 */
export function rowSplits(lib: NativeLibrary, p: ProjectionState, threads: number): Int32Array | undefined {
  if (p.deliveredBy !== undefined || p.delayRows || !deliversSpikes(p.synapse.model.ir) || onPreWritesPre(p.synapse.model.ir))
    return undefined;
  const out = new Int32Array(new ArrayBuffer(4 * Math.max(1, (threads - 1) * p.pre.group.size)));
  return lib.rowSplits(p.csr.rowptr, p.csr.col, p.pre.group.size, p.post.begin, p.post.end, threads, out) ? out : undefined;
}
