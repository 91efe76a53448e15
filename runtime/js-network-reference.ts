// The reference executor of whole networks: runs a built network's groups and projections as plain
// JavaScript, calling the model classes' own methods (neurons' update; synapses' onPre, onPost,
// per-target update and everyStep), in the order of one step of the native driver
// (runtime/native/driver.c, braints_run):
//   1. inputs add into currents; each projection in turn runs its per-target update(t, dt) for
//      every postsynaptic neuron, then its everyStep(t, dt) for every synapse;
//   2. state monitors record (runtime/js-network-monitors.ts);
//   3. each group's neurons run update(t, dt), and its spikes are gathered;
//   4. each projection delivers the spikes whose delay has passed (onPre): a spike at step n
//      through a delay of d steps arrives at step n + d, delay 0 in the step it was emitted;
//   5. each projection with onPost runs it for the synapses onto neurons that fired in this step.
// Random draws use the same keys as the native kernels (group and projection streams as in
// Network.build, a stream per synapse function as runtime/random.ts synapseStream), so results
// agree with the native run to rounding. everyStep runs for every synapse at every step, right
// after its projection's per-target update.
import type { Network } from './network';
import { RunError } from './errors';
import { updateNeuron } from './js-neuron';
import { runSynapseMethod } from './js-synapse';
import { networkInputs } from './js-network-inputs';
import { networkStart } from './js-network-state';
import { referenceMonitors } from './js-network-monitors';
import type { ReferenceTrace } from './js-network-monitors';
import type { JsGroup, JsLink } from './js-network-state';
import { stepKey, synapseStream } from './random';
import { deliversSpikes } from '../ir/types';

export interface NetworkReferenceOptions {
  /** Steps to run from step 0 (the network itself is not changed). */
  steps: number;
}

export interface NetworkReferenceResult {
  /** Each group's fields after the last step (one value per neuron), by group and field name. */
  groups: Record<string, Record<string, Float64Array>>;
  /** Each projection's per-synapse ('state', parameters given per synapse) and per-target ('target') fields after the last step. */
  projections: Record<string, Record<string, Float64Array>>;
  /** (step, neuron) of every spike of each group, in the order the driver gathers them. */
  spikes: Record<string, [number, number][]>;
  /** What each of the network's state monitors would record in these steps (net.stateMonitors' order). */
  monitors: ReferenceTrace[];
}

/**
 * Runs `net` for `opts.steps` steps as plain JavaScript, from the state it was built with: call
 * `await net.run(0, { dt, seed })` first to build it (connectivity, initial values, delays), then
 * this, then run the network natively to compare.
 */
export function runNetworkReference(net: Network, opts: NetworkReferenceOptions): NetworkReferenceResult {
  const { groups, links, dt, seed } = networkStart(net);
  const fieldsOf = new Map(groups.map((g) => [g.group, g.neurons.fields]));
  const applyInputs = networkInputs(net.inputSpecs, (g) => fieldsOf.get(g)!, opts.steps, dt, seed);
  const spikes: Record<string, [number, number][]> = Object.fromEntries(groups.map((g) => [g.name, []]));
  const queues = links.map(() => new Map<number, number[]>());
  const monitors = referenceMonitors(net.stateMonitors, groups, links);
  for (let s = 0; s < opts.steps; s++) {
    const t = s * dt;
    applyInputs(s);
    for (const link of links) continuousDynamics(link, s, t, dt, seed);
    monitors.record(s);
    let notFinite: RunError | undefined;
    for (const g of groups) {
      const key = stepKey(seed, g.stream, s);
      const fired: number[] = [];
      for (let i = 0; i < g.group.size; i++) {
        if (updateNeuron(g.group, g.neurons.fields, i, t, dt, key)) fired.push(i);
        notFinite ??= notFiniteState(g, i, t);
      }
      g.fired.push(fired);
      for (const i of fired) spikes[g.name].push([s, i]);
    }
    // as the driver: the step's neurons all run and their spikes are gathered, then the run stops
    if (notFinite) throw notFinite;
    links.forEach((link, k) => deliver(link, queues[k], s, t, dt, seed));
    for (const link of links) if (link.csc) postsynapticSpikes(link, s, t, dt, seed);
  }
  monitors.finish(opts.steps);
  return {
    groups: Object.fromEntries(groups.map((g) => [g.name, g.neurons.fields])),
    projections: Object.fromEntries(links.map((l) => [l.js.name, l.js.arrays])),
    spikes,
    monitors: monitors.traces,
  };
}

/** Phase 1 of a projection: its per-target update(t, dt), then everyStep(t, dt) of every synapse. */
function continuousDynamics(link: JsLink, s: number, t: number, dt: number, seed: number): void {
  if (link.js.synapse.model.ir.continuous) {
    const key = stepKey(seed, synapseStream(link.stream, 'update'), s);
    for (let j = 0; j < link.post.group.size; j++) runSynapseMethod(link.js, 'update', { post: j }, t, dt, key);
  }
  if (link.js.synapse.model.ir.everyStep) {
    const key = stepKey(seed, synapseStream(link.stream, 'everyStep'), s);
    for (let k = 0; k < link.col.length; k++) {
      runSynapseMethod(link.js, 'everyStep', { synapse: k, pre: link.preIndex[k], post: link.col[k] }, t, dt, key);
    }
  }
}

/**
 * onPre for the spikes that arrive at step s. One delay for the projection: the spikes of step
 * s - d, row by row. Per-synapse delays: this step's spikes queue their synapses for their
 * arrival steps, then the synapses queued for s run in the order they were queued.
 */
function deliver(link: JsLink, queue: Map<number, number[]>, s: number, t: number, dt: number, seed: number): void {
  // as the driver: a synapse without onPre (a gap junction) delivers nothing
  if (!deliversSpikes(link.js.synapse.model.ir)) return;
  const key = stepKey(seed, synapseStream(link.stream, 'onPre'), s);
  const onPre = (k: number) => runSynapseMethod(link.js, 'onPre', { synapse: k, pre: link.preIndex[k], post: link.col[k] }, t, dt, key);
  const { delay, rowptr } = link;
  if (typeof delay === 'number') {
    if (s - delay < 0) return;
    for (const i of link.pre.fired[s - delay]) for (let k = rowptr[i]; k < rowptr[i + 1]; k++) onPre(k);
    return;
  }
  for (const i of link.pre.fired[s]) {
    for (let k = rowptr[i]; k < rowptr[i + 1]; k++) {
      const arrival = s + delay[k];
      if (!queue.has(arrival)) queue.set(arrival, []);
      queue.get(arrival)!.push(k);
    }
  }
  queue.get(s)?.forEach(onPre);
  queue.delete(s);
}

/** onPost for the synapses onto the neurons that fired at step s, neuron by neuron. */
function postsynapticSpikes(link: JsLink, s: number, t: number, dt: number, seed: number): void {
  const key = stepKey(seed, synapseStream(link.stream, 'onPost'), s);
  const { colptr, ids } = link.csc!;
  for (const j of link.post.fired[s]) {
    for (let x = colptr[j]; x < colptr[j + 1]; x++) {
      runSynapseMethod(link.js, 'onPost', { synapse: ids[x], pre: link.preIndex[ids[x]], post: j }, t, dt, key);
    }
  }
}

/** The error the native run stops with when update wrote a non-finite state into neuron i (the kernel checks written states only). */
function notFiniteState(g: JsGroup, i: number, t: number): RunError | undefined {
  const ir = g.group.model.ir;
  for (const w of ir.update.writes) {
    const v = g.neurons.fields[w.field][i];
    if (ir.fields.find((f) => f.name === w.field)?.role === 'state' && !Number.isFinite(v))
      return new RunError(
        `reference run stopped at t = ${t.toFixed(4)} ms: ${g.name}.${w.field} of neuron ${i} is ${v} (model ${ir.name})`,
      );
  }
  return undefined;
}
