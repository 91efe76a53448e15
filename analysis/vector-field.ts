// The object every dynamics analysis works on (phase planes, fixed points, bifurcations, fast-slow
// analysis, slow points): a model's ODE right-hand sides as a function of the state variables under
// study and the parameters that vary, everything else held at given values. A model's field is
// compiled from its @ode methods (native, vectorized; exact Jacobians from the IR's symbolic
// differentiation); a closure implements it in tests of the numerical methods.

/** The right-hand side dx/dt = f(x; p) of an autonomous system, evaluated at many points per call. */
export interface VectorField {
  /** The analysed state variables, in the order of a point's coordinates (dim = variables.length). */
  readonly variables: readonly string[];
  /** The parameters that vary, in the order of a point's parameter values (np = parameters.length). */
  readonly parameters: readonly string[];
  /**
   * Evaluates n points at once, n = x.length / dim. `x` holds the points' coordinates, point after
   * point (n x dim); `p` their parameter values (n x np), or np values shared by every point. Writes
   * dx/dt (per ms) into `out` (n x dim); where given, the Jacobian d(dx_i/dt)/d(x_j) into `jacobian`
   * (n x dim x dim, row i then column j per point) and d(dx_i/dt)/d(p_k) into `parameterJacobian`
   * (n x dim x np). Both are exact, not finite differences.
   */
  evaluate(x: Float64Array, p: Float64Array, out: Float64Array, jacobian?: Float64Array, parameterJacobian?: Float64Array): void;
}
