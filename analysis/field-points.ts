// Evaluating a VectorField at one point with one parameter varied, as the sequential methods
// (continuation, bifurcation location) need it: the state and the varied parameter joined in one
// vector y = (x, p), the others held at given values.
import type { VectorField } from './vector-field';

/** What one evaluation gives: f, the state Jacobian (dim x dim) and df/dp for the varied parameter. */
export interface PointEvaluation {
  f: Float64Array;
  jacobian: Float64Array;
  fp: Float64Array;
}

/** A field with all parameters but one held: evaluated at y = (x_1..x_dim, p). */
export class OneParameterField {
  readonly dim: number;
  readonly index: number;
  private readonly params: Float64Array;
  private readonly pj: Float64Array;

  constructor(
    readonly field: VectorField,
    readonly parameter: string,
    values: Readonly<Record<string, number>>,
  ) {
    this.dim = field.variables.length;
    this.index = field.parameters.indexOf(parameter);
    if (this.index < 0) throw new Error(`analysis: ${parameter} is not one of the field's parameters (${field.parameters.join(', ')})`);
    this.params = parameterVector(field, values, [parameter]);
    this.pj = new Float64Array(this.dim * field.parameters.length);
  }

  evaluate(y: ArrayLike<number>): PointEvaluation {
    const { dim, field } = this;
    const x = Float64Array.from({ length: dim }, (_, i) => y[i]);
    this.params[this.index] = y[dim];
    const f = new Float64Array(dim);
    const jacobian = new Float64Array(dim * dim);
    field.evaluate(x, this.params, f, jacobian, this.pj);
    const np = field.parameters.length;
    const fp = Float64Array.from({ length: dim }, (_, i) => this.pj[i * np + this.index]);
    return { f, jacobian, fp };
  }
}

/**
 * The field's parameter vector from named values; every parameter must have one, except those
 * named in `varied` (set later by the caller, 0 here).
 */
export function parameterVector(
  field: VectorField,
  values: Readonly<Record<string, number>>,
  varied: readonly string[] = [],
): Float64Array {
  for (const name of Object.keys(values))
    if (!field.parameters.includes(name))
      throw new Error(`analysis: ${name} is not one of the field's parameters (${field.parameters.join(', ')})`);
  return Float64Array.from(field.parameters, (name) => {
    if (varied.includes(name)) return values[name] ?? 0;
    const v = values[name];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`analysis: parameter ${name} needs a finite value (got ${v})`);
    return v;
  });
}

/** Checks a point's coordinates against the field's variables. */
export function checkState(field: VectorField, state: readonly number[], what: string): void {
  if (state.length !== field.variables.length)
    throw new Error(`analysis: ${what} has ${state.length} coordinates; the field's variables are ${field.variables.join(', ')}`);
  for (let i = 0; i < state.length; i++)
    if (!Number.isFinite(state[i])) throw new Error(`analysis: ${what}: ${field.variables[i]} = ${state[i]} is not finite`);
}
