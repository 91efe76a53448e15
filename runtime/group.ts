// The base class of neuron models. A model class extends it; an instance is a group of `size`
// neurons whose variables live in Float64Arrays shared with native code.
import type { Initializer } from './init';
import { checkInitializer } from './init';
import { loadModel } from './model';
import type { LoadedModel } from './model';
import type { NeuronModelIR } from '../ir/types';
import { BraintsError } from './errors';

/** Set on the per-neuron view when the reference executor sees spike(). */
export const SPIKED = Symbol('braints.spiked');

export type GroupInit = Record<string, Initializer>;

export abstract class NeuronGroup {
  /** Per-field initial values given at construction (distributions are drawn when the network is built). */
  readonly init: GroupInit;
  /** The compiled model: IR, kernel file, layout. */
  readonly model: LoadedModel<NeuronModelIR>;

  /** Where the user's code created the group: errors found when the network is built point there. */
  readonly createdAt = new Error();

  constructor(
    readonly size: number,
    init: GroupInit = {},
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new BraintsError(`new ${new.target.name}(${size}): a group's size is a whole number of neurons >= 1, not ${size}`);
    this.model = loadModel(new.target, 'neuron');
    for (const [name, value] of Object.entries(init)) {
      if (!this.model.ir.fields.some((f) => f.name === name)) {
        throw new BraintsError(
          `${this.model.ir.name} has no field ${name}; its fields are ${this.model.ir.fields.map((f) => f.name).join(', ')}`,
        );
      }
      checkInitializer(value, `${this.model.ir.name}.${name}`, size);
    }
    this.init = init;
  }

  /** The code of one neuron for one step of length dt starting at time t (both in ms). */
  abstract update(t: number, dt: number): void;

  /** Emits a spike from this neuron in this step (called from update). */
  spike(): void {
    (this as unknown as Record<symbol, boolean>)[SPIKED] = true;
  }
}
