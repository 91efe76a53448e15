// The initial state of a built network: the initializers' values in every group's and projection's
// arrays, and no spikes, queued deliveries or consumed events yet. The build fills it once; reset()
// fills it again in the same memory, so the kernels and the plan's addresses stay as they are.
import type { BuiltNetwork, GroupState, InputSpec, ProjectionState } from './native-memory';
import { fillInitial, fillPerSynapse } from './init';

/** Fills every array of a group (states, currents, per-neuron parameters) with its initial values: those of the neurons it holds. */
export function initializeGroup(s: GroupState, seed: number): void {
  const fields = s.group.model.ir.fields;
  const held = { first: s.begin, of: s.group.size };
  for (const [fname, arr] of s.arrays)
    fillInitial(arr, s.group.init[fname] ?? fields.find((f) => f.name === fname)!.init, seed, s.name, fname, 'neurons', held);
}

/** Fills every per-synapse and per-target array of a projection with its initial values (normal laws drawn on `threads` threads). */
export function initializeProjection(p: ProjectionState, seed: number, threads = 1): void {
  const fields = p.synapse.model.ir.fields;
  for (const [fname, arr] of p.arrays) {
    const f = fields.find((x) => x.name === fname)!;
    const init = p.synapse.init[fname] ?? f.init;
    // per-target state has one value per postsynaptic neuron, the rest one per synapse
    if (f.role === 'target') fillInitial(arr, init, seed, p.name, fname, 'neurons', { first: p.post.begin, of: p.post.group.size });
    else fillPerSynapse(arr, init, seed, p.name, fname, p.csr, threads);
  }
}

/** Frees a projection's delay queues (the driver makes them again when first needed). */
export function freeQueues(built: BuiltNetwork, p: ProjectionState): void {
  p.queueCell.forEach((q, t) => {
    if (q !== 0n) built.lib.freeQueue(Number(q));
    p.queueCell[t] = 0n;
  });
}

/** Puts a built network back to the state of its build: initial values, no spikes, empty queues, inputs at their first event. */
export function resetState(built: BuiltNetwork, inputs: readonly InputSpec[]): void {
  for (const s of built.states) {
    initializeGroup(s, built.seed);
    s.spiked.fill(0);
    s.spikeCount.fill(0n);
    s.ring.fill(0);
    s.ringCounts.fill(0n);
  }
  for (const p of built.projections) {
    initializeProjection(p, built.seed, built.threads);
    freeQueues(built, p);
  }
  for (const inp of inputs) if (inp.kind === 'events') inp.cursor.fill(0n);
}
