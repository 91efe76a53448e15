// The reference executor of whole networks: runs a built network's groups and projections as plain
// JavaScript, calling the model classes' own methods (neurons' update; synapses' onPre, onPost,
// per-target update and everyStep), in the order of one step that the native driver follows:
// the phases of contract/step-order.ts, which each step below runs in STEP_ORDER (a spike at
// step n through a delay of d steps arrives at step n + d, delay 0 in the step it was emitted).
// Random draws use the same keys as the native kernels (group and projection streams as in
// Network.build, a stream per synapse function as runtime/random.ts synapseStream), so results
// agree with the native run to rounding. everyStep runs for every synapse at every step, right
// after its projection's per-target update.
import type { Network } from './network';
import { RunError } from './errors';
import { updateNeuron } from './js-neuron';
import { runSynapseMethod } from './js-synapse';
import type { SynapseElement } from './js-synapse';
import { networkInputs } from './js-network-inputs';
import { networkStart } from './js-network-state';
import { referenceMonitors } from './js-network-monitors';
import type { ReferenceTrace } from './js-network-monitors';
import type { JsGroup, JsLink } from './js-network-state';
import { stepKey, synapseStream } from './random';
import { deliversSpikes } from '../ir/types';
import { STEP_ORDER } from '../contract/step-order';
import type { StepPhase } from '../contract/step-order';
import type { RealArray } from './native-memory';

export interface NetworkReferenceOptions {
  /** Steps to run from step 0 (the network itself is not changed). */
  steps: number;
}

export interface NetworkReferenceResult {
  /** Each group's fields after the last step (one value per neuron), by group and field name. */
  groups: Record<string, Record<string, RealArray>>;
  /** Each projection's per-synapse ('state', parameters given per synapse) and per-target ('target') fields after the last step. */
  projections: Record<string, Record<string, RealArray>>;
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
  const start = networkStart(net);
  const { groups, links, seed, precision } = start;
  // a float32 network's values are Float32Arrays (each store rounds) and its methods see t and dt
  // rounded to float32, as its kernels do (docs/precision.md)
  const real = precision === 'float32' ? Math.fround : (x: number) => x;
  const dt = real(start.dt);
  const fieldsOf = new Map(groups.map((g) => [g.group, g.neurons.fields]));
  // signals are computed in double at the native run's dt (runtime/run-loop.ts)
  const applyInputs = networkInputs(net.inputSpecs, (g) => fieldsOf.get(g)!, opts.steps, start.dt, seed);
  const spikes: Record<string, [number, number][]> = Object.fromEntries(groups.map((g) => [g.name, []]));
  const queues = links.map(() => new Map<number, number[]>());
  const monitors = referenceMonitors(net.stateMonitors, groups, links);
  let fired: number[][] = [];
  let notFinite: RunError | undefined;
  const phases: Record<StepPhase, (s: number, t: number) => void> = {
    inputs: (s) => applyInputs(s),
    synapseDynamics: (s, t) => {
      for (const link of links) projectionDynamics(link, s, t, dt, seed);
    },
    stateMonitors: (s) => monitors.record(s),
    neurons: (s, t) => {
      fired = groups.map((g) => {
        const key = stepKey(seed, g.stream, s);
        const spiking: number[] = [];
        for (let i = 0; i < g.group.size; i++) {
          if (updateNeuron(g.group, g.neurons.fields, i, t, dt, key, precision)) spiking.push(i);
          notFinite ??= notFiniteState(g, i, t);
        }
        return spiking;
      });
    },
    spikeGathering: (s) => {
      groups.forEach((g, k) => {
        g.fired.push(fired[k]);
        for (const i of fired[k]) spikes[g.name].push([s, i]);
      });
      // as the driver: the step's neurons all run and their spikes are gathered, then the run stops
      if (notFinite) throw notFinite;
    },
    delivery: (s, t) => links.forEach((link, k) => deliver(link, queues[k], s, t, dt, seed)),
    onPost: (s, t) => {
      for (const link of links) if (link.csc) postsynapticSpikes(link, s, t, dt, seed);
    },
  };
  for (let s = 0; s < opts.steps; s++) for (const phase of STEP_ORDER) phases[phase](s, real(s * start.dt));
  monitors.finish(opts.steps);
  return {
    groups: Object.fromEntries(groups.map((g) => [g.name, g.neurons.fields])),
    projections: Object.fromEntries(links.map((l) => [l.js.name, l.js.arrays])),
    spikes,
    monitors: monitors.traces,
  };
}

/** The synapse at row position k of a projection, keyed as the kernels key it (by its index in the connector's list). */
const synapseAt = (link: JsLink, k: number): SynapseElement => ({
  synapse: k,
  key: link.keys ? link.keys[k] : k,
  pre: link.preIndex[k],
  post: link.col[k],
});

/** Phase synapseDynamics of a projection: its per-target update(t, dt), then everyStep(t, dt) of every synapse. */
function projectionDynamics(link: JsLink, s: number, t: number, dt: number, seed: number): void {
  if (link.js.synapse.model.ir.update) {
    const key = stepKey(seed, synapseStream(link.stream, 'update'), s);
    for (let j = 0; j < link.post.group.size; j++) runSynapseMethod(link.js, 'update', { post: j }, t, dt, key);
  }
  if (link.js.synapse.model.ir.everyStep) {
    const key = stepKey(seed, synapseStream(link.stream, 'everyStep'), s);
    for (let k = 0; k < link.col.length; k++) {
      runSynapseMethod(link.js, 'everyStep', synapseAt(link, k), t, dt, key);
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
  const onPre = (k: number) => runSynapseMethod(link.js, 'onPre', synapseAt(link, k), t, dt, key);
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
      runSynapseMethod(link.js, 'onPost', synapseAt(link, ids[x]), t, dt, key);
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
