// The connectivity side of a network's build: each projection's rows (CSR, from its connector),
// its per-synapse and per-target arrays, its delays in steps, the by-target index (CSC) for
// onPost; the groups' spike rings sized by the delays leaving them; and, with several threads, the
// rows cut at the threads' shares.
import type { Synapse } from './synapse';
import type { Csr } from './csr';
import { listIndex, presynapticOf, synapsesOnto } from './csr';
import type { GroupState, ProjectionState } from './native-memory';
import type { GroupKernel } from './kernels';
import type { NativeLibrary } from './native';
import { fmix32 } from './random';
import { fillPerSynapse, nonFiniteInitialState, uniformValues } from './init';
import { initializeProjection } from './initial-state';
import { deliversSpikes, onPreWritesPre } from '../ir/types';
import { BraintsError } from './errors';

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

/** The key of a projection's connector draws: the seed and the projection's name. */
export function connectivityKey(seed: number, name: string): number {
  let key = fmix32(seed ^ 0x2545f491);
  for (const ch of name) key = fmix32(key ^ ch.codePointAt(0)!);
  return key;
}

/** Connectivity, per-synapse variables, delays and kernel of one projection. */
export function buildProjection(
  name: string,
  syn: Synapse,
  kernel: GroupKernel,
  states: GroupState[],
  dt: number,
  seed: number,
  stream: number,
  threads: number,
): ProjectionState {
  const ir = syn.model.ir;
  const pre = states.find((s) => s.group === syn.source)!;
  const post = states.find((s) => s.group === syn.target)!;
  // a process of a distributed run holds the synapses onto its own neurons (post-side partition)
  const whole = post.begin === 0 && post.end === post.group.size;
  const built = syn.connect.build(pre.group.size, post.group.size, connectivityKey(seed, name), whole ? undefined : post);
  // a rule that built only the synapses onto the range says so by its list's length (read only when needed)
  const csr = whole || 'listLength' in built ? built : synapsesOnto(built, post.begin, post.end);
  const n = csr.col.length;
  const arrays = new Map<string, Float64Array>();
  for (const fname of kernel.signature.kernelFields) {
    const f = ir.fields.find((x) => x.name === fname)!;
    if (f.role === 'pre' || f.role === 'post') continue;
    // per-target state has one value per postsynaptic neuron the process holds, the rest one per synapse
    const size = f.role === 'target' ? post.end - post.begin : n;
    arrays.set(fname, new Float64Array(new ArrayBuffer(Math.max(1, size) * 8)).subarray(0, size));
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
  initializeProjection(state, seed);
  if (typeof syn.delay === 'number') {
    state.delaySteps = delaySteps(syn.delay, dt, name);
  } else {
    // per-synapse delays: a queue of synapse indices per arrival step
    const ms = new Float64Array(n);
    fillPerSynapse(ms, syn.delay, seed, name, 'delay', csr);
    state.delaySteps = -1;
    // a plain loop: Int32Array.from with a function was 10 times slower (1 us per synapse under load)
    const steps = new Int32Array(ms.length);
    for (let k = 0; k < ms.length; k++) steps[k] = delaySteps(ms[k], dt, name);
    state.delays = steps;
    state.queueSlots = 1 + state.delays.reduce((a, b) => Math.max(a, b), 0);
  }
  if (state.delaySteps < 0 || ir.onPost || ir.everyStep) state.preIndex = presynapticOf(csr);
  if (ir.onPost) state.csc = byTarget(csr, post.group.size);
  const bad = nonFiniteInitialState(name, arrays, kernel, state.params, (f, k) =>
    ir.fields.find((x) => x.name === f)?.role === 'target' ? `target neuron ${post.begin + k}` : `synapse ${listIndex(csr, k)}`,
  );
  if (bad) throw new BraintsError(bad);
  return state;
}

/**
 * Gives each group its ring of spike lists: a slot per step of the longest single delay of a
 * projection leaving it, and at least one per step of spikes a spike exchange carries (`exchangeEvery`:
 * they wait in the ring until every process has them, runtime/native/exchange-steps.h).
 */
export function allocateRings(states: GroupState[], projections: ProjectionState[], exchangeEvery = 0): void {
  for (const s of states) {
    s.ringSlots = 1 + Math.max(exchangeEvery, ...projections.filter((p) => p.pre === s).map((p) => p.delaySteps));
    s.ring = new Int32Array(new ArrayBuffer(4 * s.ringSlots * s.group.size));
    s.ringCounts = new BigInt64Array(new ArrayBuffer(8 * s.ringSlots));
  }
}

/** A projection's rows cut at the thread shares of its target group, when they can be (see ProjectionState.splits). */
export function rowSplits(lib: NativeLibrary, p: ProjectionState, threads: number): Int32Array | undefined {
  if (!deliversSpikes(p.synapse.model.ir) || onPreWritesPre(p.synapse.model.ir)) return undefined;
  const out = new Int32Array(new ArrayBuffer(4 * Math.max(1, (threads - 1) * p.pre.group.size)));
  return lib.rowSplits(p.csr.rowptr, p.csr.col, p.pre.group.size, p.post.begin, p.post.end, threads, out) ? out : undefined;
}
