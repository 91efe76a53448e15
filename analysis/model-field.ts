// The vector field of a neuron class as written: its @ode methods over the chosen state variables
// (analysis/model-system.ts), evaluated natively (analysis/native-field.ts) or, as the reference,
// in JavaScript over the same IR (analysis/js-field.ts).
import { loadModel } from '../runtime/model';
import type { VectorField } from './vector-field';
import type { ModelSystem, SystemOptions } from './model-system';
import { modelSystem } from './model-system';
import { jsField } from './js-field';
import { nativeField } from './native-field';

export interface ModelFieldOptions extends SystemOptions {
  /** 'native' (default): compiled through LLVM; 'js': evaluated over the IR in JavaScript. */
  evaluator?: 'native' | 'js';
}

/** A model's field with the system it evaluates (its expressions, held values and what it leaves out). */
export interface ModelField extends VectorField {
  readonly system: ModelSystem;
}

type ModelClass = abstract new (...args: never[]) => unknown;

/** The field of the neuron class `cls` over `opts.variables`, parameters `opts.parameters`, the rest held. */
export async function modelField(cls: ModelClass, opts: ModelFieldOptions): Promise<ModelField> {
  const { ir } = loadModel(cls, 'neuron');
  const system = modelSystem(ir, opts);
  const field = opts.evaluator === 'js' ? jsField(system) : await nativeField(ir, system);
  return {
    system,
    variables: field.variables,
    parameters: field.parameters,
    evaluate: (x, p, out, jacobian, parameterJacobian) => field.evaluate(x, p, out, jacobian, parameterJacobian),
  };
}
