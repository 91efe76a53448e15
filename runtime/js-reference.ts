// The reference executor: runs a model's own TypeScript methods as plain JavaScript, neuron by
// neuron, with the same step semantics, integrators and random draws as the native kernels. Tests
// compare the two; users can use it to check an edited kernel against the source.
import type { NeuronGroup } from './group';
import { updateNeuron } from './js-neuron';
import { stepKey } from './random';
import { BraintsError } from './errors';

export interface ReferenceOptions {
  steps: number;
  dt: number;
  seed?: number;
  /** The group's stream id (its position in the network, from 0). */
  stream?: number;
  /** Initial per-neuron values of fields (others start at their declared value). */
  init?: Record<string, ArrayLike<number>>;
  /** Added into current accumulators before each step: (step, neuron) -> { I: value }. */
  inputs?: (step: number, neuron: number) => Record<string, number>;
}

export interface ReferenceResult {
  /** Every field's values after the last step. */
  fields: Record<string, Float64Array>;
  /** (step, neuron) of every spike. */
  spikes: [number, number][];
}

export function runReference(group: NeuronGroup, opts: ReferenceOptions): ReferenceResult {
  const ir = group.model.ir;
  const n = group.size;
  const { dt, seed = 0, stream = 0 } = opts;
  const fields: Record<string, Float64Array> = {};
  for (const f of ir.fields) {
    const init = opts.init?.[f.name];
    fields[f.name] = init ? Float64Array.from(init) : new Float64Array(n).fill(f.init);
    if (fields[f.name].length !== n) throw new BraintsError(`runReference: ${f.name} has ${fields[f.name].length} values for ${n} neurons`);
  }
  const spikes: [number, number][] = [];
  for (let s = 0; s < opts.steps; s++) {
    const t = s * dt;
    const key = stepKey(seed, stream, s);
    for (let i = 0; i < n; i++) {
      const added = opts.inputs?.(s, i);
      if (added) for (const [name, v] of Object.entries(added)) fields[name][i] += v;
      if (updateNeuron(group, fields, i, t, dt, key)) spikes.push([s, i]);
    }
  }
  return { fields, spikes };
}
