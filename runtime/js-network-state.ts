// The starting point of the JavaScript network executor: copies of a built network's values
// (initial states, per-synapse variables, parameters), connectivity and delays, taken from the
// native network itself so that both runs start from exactly the same place.
import type { Network } from './network';
import type { GroupState, ProjectionState, RealArray } from './native-memory';
import type { Precision } from '../ir/pipeline';
import { uniformValue } from './native-memory';
import { presynapticOf } from './csr';
import type { NeuronGroup } from './group';
import type { JsNeurons, JsProjection } from './js-synapse';
import { BraintsError } from './errors';
import { synapseDelays } from './delay-rows';

export interface JsGroup {
  name: string;
  group: NeuronGroup;
  /** Its random stream: its position in the network, as buildNetwork gives it (build-network.ts). */
  stream: number;
  neurons: JsNeurons;
  /** The neurons that fired at each step so far (ascending, as the driver gathers them). */
  fired: number[][];
}

export interface JsLink {
  js: JsProjection;
  pre: JsGroup;
  post: JsGroup;
  stream: number;
  rowptr: Int32Array;
  col: Int32Array;
  /** The presynaptic neuron of each synapse. */
  preIndex: Int32Array;
  /** The projection's delay in steps, or each synapse's own. */
  delay: number | Uint16Array | Int32Array;
  /** The synapses onto each neuron (for onPost), in the native network's order. */
  csc?: { colptr: Int32Array; ids: Int32Array };
  /** Each synapse's index in the connector's list, keying its draws, where it is not the row position (ProjectionState.keys). */
  keys?: Int32Array;
}

/** A copy of `a` at the network's precision: a float32 network's values stay float32, each store rounding as the kernels' do. */
const copyOf = (a: ArrayLike<number>, precision: Precision): RealArray =>
  precision === 'float32' ? Float32Array.from(a) : Float64Array.from(a);

function copyGroup(s: GroupState): JsGroup {
  const fields: Record<string, RealArray> = {};
  const precision = s.kernel.signature.precision;
  for (const f of s.group.model.ir.fields) {
    const a = s.arrays.get(f.name);
    fields[f.name] = copyOf(a ?? new Float64Array(s.group.size).fill(uniformValue(s, f.name)), precision);
  }
  const reachable = s.group.model.ir.fields.filter((f) => f.role === 'state' || f.role === 'current').map((f) => f.name);
  return { name: s.name, group: s.group, stream: s.stream, neurons: { fields, reachable }, fired: [] };
}

function copyProjection(p: ProjectionState, groups: JsGroup[]): JsLink {
  const arrays: Record<string, RealArray> = {};
  const uniform: Record<string, number> = {};
  const precision = p.kernel.signature.precision;
  for (const f of p.synapse.model.ir.fields) {
    if (f.role !== 'param' && f.role !== 'state' && f.role !== 'target') continue;
    const a = p.arrays.get(f.name);
    if (a) arrays[f.name] = copyOf(a, precision);
    else uniform[f.name] = uniformValue(p, f.name);
  }
  const pre = groups.find((g) => g.group === p.pre.group)!;
  const post = groups.find((g) => g.group === p.post.group)!;
  return {
    js: { name: p.name, synapse: p.synapse, pre: pre.neurons, post: post.neurons, arrays, uniform, precision },
    pre,
    post,
    stream: p.stream,
    rowptr: p.csr.rowptr,
    col: p.csr.col,
    preIndex: presynapticOf(p.csr),
    delay: p.delaySteps >= 0 ? p.delaySteps : synapseDelays(p),
    csc: p.csc,
    keys: p.keys,
  };
}

/** Copies of the values of a network built (by `run(0, ...)`) but not yet run. */
export function networkStart(net: Network): { groups: JsGroup[]; links: JsLink[]; dt: number; seed: number; precision: Precision } {
  if (net.dt === undefined || net.seed === undefined)
    throw new BraintsError('runNetworkReference: build the network first, with `await net.run(0, { dt, seed })`');
  if (net.stepIndex !== 0)
    throw new BraintsError(
      `runNetworkReference starts from step 0, but the network is at step ${net.stepIndex}: call it after \`net.run(0, ...)\` and before running steps`,
    );
  const groups = [...net.groups.values()].map((g) => copyGroup(net.state(g)));
  const links = [...net.projections.values()].map((syn) => copyProjection(net.projection(syn), groups));
  return { groups, links, dt: net.dt, seed: net.seed, precision: net.precision ?? 'float64' };
}
