// One synapse method as plain JavaScript: the model's own onPre, onPost, per-target update or
// everyStep runs on a view object (the model's prototype with the element's values as own fields,
// and `pre` / `post` holding the values of its pre- and postsynaptic neurons), then what the method
// changed is written back. Indices as in the native kernels (llvm/emit-synapse.ts): the synapse k
// for per-synapse fields, the presynaptic neuron i for `pre`, the postsynaptic neuron j for `post`
// and @target fields; the random key is that of the element the kernel loops over (the synapse's
// index in the connector's list, or j in the per-target update).
import type { Synapse } from './synapse';
import { withJsContext } from './js-context';
import { ElementContext } from './js-element-context';
import { neuronKey } from './random';
import type { RealArray } from './native-memory';
import type { Precision } from '../ir/pipeline';

/** A neuron group's values as the JavaScript executor keeps them: one array per field. */
export interface JsNeurons {
  fields: Record<string, RealArray>;
  /** The fields synapse code may address through this.pre / this.post: states and currents. */
  reachable: string[];
}

/** A projection's values as the JavaScript executor keeps them. */
export interface JsProjection {
  name: string;
  synapse: Synapse;
  pre: JsNeurons;
  post: JsNeurons;
  /** Per-synapse arrays ('state', parameters given per synapse) and per-target arrays ('target'). */
  arrays: Record<string, RealArray>;
  /** Parameters with one value for the projection. */
  uniform: Record<string, number>;
  /** The network's precision: its arrays' element type and its draws'. */
  precision: Precision;
}

export type SynapseMethod = 'onPre' | 'onPost' | 'update' | 'everyStep';

/**
 * The element a method runs for: a synapse (its row position) with both its neurons and the index
 * keying its draws (its index in the connector's list, as the kernels' `keys`), or (per-target
 * update) a postsynaptic neuron alone, which keys its own draws.
 */
export type SynapseElement =
  { synapse: number; key: number; pre: number; post: number } | { synapse?: undefined; key?: undefined; pre?: undefined; post: number };

type View = Record<string, unknown> & Record<SynapseMethod, (t: number, dt: number) => void>;

/** A copy of the reachable values of neuron i. */
function neuronView(n: JsNeurons, i: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of n.reachable) out[name] = n.fields[name][i];
  return out;
}

/** Writes back into neuron i what synapse code changed in its view (made from `before`). */
function writeNeuron(n: JsNeurons, i: number, view: Record<string, number>, before: Record<string, number>): void {
  for (const name of n.reachable) if (!Object.is(view[name], before[name])) n.fields[name][i] = view[name];
}

/**
 * Runs `method` of projection p for one element in the step whose random key (of the projection's
 * stream) is `stepKey`. Changes are written back after the method returns, as the native kernels
 * store after computing; when `pre` and `post` are the same neuron and both are written, post wins.
 */
export function runSynapseMethod(p: JsProjection, method: SynapseMethod, at: SynapseElement, t: number, dt: number, stepKey: number): void {
  const ir = p.synapse.model.ir;
  const view = Object.create(Object.getPrototypeOf(p.synapse) as object) as View;
  const indexOf = (role: string): number | undefined => (role === 'target' ? at.post : at.synapse);
  for (const f of ir.fields) {
    if (f.role !== 'param' && f.role !== 'state' && f.role !== 'target') continue;
    if (f.name in p.uniform) view[f.name] = p.uniform[f.name];
    else if (indexOf(f.role) !== undefined) view[f.name] = p.arrays[f.name][indexOf(f.role)!];
  }
  const preBefore = at.pre === undefined ? undefined : neuronView(p.pre, at.pre);
  const postBefore = neuronView(p.post, at.post);
  view.pre = preBefore && { ...preBefore };
  view.post = { ...postBefore };
  withJsContext(new ElementContext(view, neuronKey(stepKey, at.key ?? at.post), dt, p.precision), () => view[method](t, dt));
  for (const f of ir.fields) {
    if (f.role !== 'state' && f.role !== 'target') continue;
    const i = indexOf(f.role);
    if (i !== undefined) p.arrays[f.name][i] = view[f.name] as number;
  }
  if (preBefore) writeNeuron(p.pre, at.pre!, view.pre as Record<string, number>, preBefore);
  writeNeuron(p.post, at.post, view.post as Record<string, number>, postBefore);
}
