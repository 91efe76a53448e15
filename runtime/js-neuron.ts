// One neuron's step as plain JavaScript: the model's own update(t, dt) runs on a view object (the
// model's prototype with the neuron's values as own fields), then what it computed is written back
// as the native kernel stores it: states kept, currents cleared for the next step's inputs.
import type { NeuronGroup } from './group';
import { SPIKED } from './group';
import { withJsContext } from './js-context';
import { ElementContext } from './js-element-context';
import { neuronKey } from './random';
import type { RealArray } from './native-memory';
import type { Precision } from '../ir/pipeline';

/**
 * Runs update(t, dt) of neuron `i`, whose values are `fields[name][i]`; `stepKey` is the group's
 * random key of this step (runtime/random.ts stepKey), `precision` the network's (its draws).
 * Returns whether the neuron spiked.
 */
export function updateNeuron(
  group: NeuronGroup,
  fields: Record<string, RealArray>,
  i: number,
  t: number,
  dt: number,
  stepKey: number,
  precision: Precision = 'float64',
): boolean {
  const ir = group.model.ir;
  const view = Object.create(Object.getPrototypeOf(group) as object) as Record<string | symbol, unknown> & NeuronGroup;
  for (const f of ir.fields) view[f.name] = fields[f.name][i];
  withJsContext(new ElementContext(view, neuronKey(stepKey, i), dt, precision), () => view.update(t, dt));
  for (const f of ir.fields) {
    if (f.role === 'param') continue;
    fields[f.name][i] = f.role === 'current' ? 0 : (view[f.name] as number);
  }
  return view[SPIKED] === true;
}
