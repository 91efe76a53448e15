// Classical fourth-order Runge-Kutta over a VectorField for many trajectories at once: n states,
// each with its own parameter values, advanced together so that each stage is one evaluate call
// over all of them (the field's vectorized evaluation does the work).
import type { VectorField } from './vector-field';

export class BatchRk4 {
  readonly dim: number;
  readonly n: number;
  private readonly k1: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly tmp: Float64Array;

  /** `p` holds n x np parameter values (or np shared by all); `x` (n x dim) is advanced in place. */
  constructor(
    readonly field: VectorField,
    readonly x: Float64Array,
    readonly p: Float64Array,
  ) {
    this.dim = field.variables.length;
    this.n = x.length / this.dim;
    const len = x.length;
    this.k1 = new Float64Array(len);
    this.k2 = new Float64Array(len);
    this.k3 = new Float64Array(len);
    this.k4 = new Float64Array(len);
    this.tmp = new Float64Array(len);
  }

  /** One step of dt for every trajectory. */
  step(dt: number): void {
    const { field, x, p, k1, k2, k3, k4, tmp } = this;
    field.evaluate(x, p, k1);
    for (let i = 0; i < x.length; i++) tmp[i] = x[i] + 0.5 * dt * k1[i];
    field.evaluate(tmp, p, k2);
    for (let i = 0; i < x.length; i++) tmp[i] = x[i] + 0.5 * dt * k2[i];
    field.evaluate(tmp, p, k3);
    for (let i = 0; i < x.length; i++) tmp[i] = x[i] + dt * k3[i];
    field.evaluate(tmp, p, k4);
    for (let i = 0; i < x.length; i++) x[i] += (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  }
}
