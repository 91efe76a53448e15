// VectorFields written as closures with hand-derived exact Jacobians, for the systems the analyses
// are tested on that no model class is: the saddle-node and Hopf normal forms (bifurcations known
// exactly) and rate networks of any size (a network of N units with a given weight matrix). The neuron models' fields are compiled from their classes
// (test/helpers/model-fields.ts). test/analysis-fields.test.ts checks every Jacobian here against
// central differences, so a slip in a derivation shows there and not as a wrong bifurcation.
import type { VectorField } from '../../analysis/vector-field';

/** One point: writes f (dim), J (dim x dim) and df/dp (dim x np) for state x and parameters p. */
type PointRhs = (x: Float64Array, p: Float64Array, f: Float64Array, j: Float64Array, jp: Float64Array) => void;

/** A VectorField from a function of one point; evaluate loops over the points. */
export function closureField(variables: string[], parameters: string[], rhs: PointRhs): VectorField {
  const dim = variables.length;
  const np = parameters.length;
  return {
    variables,
    parameters,
    evaluate(x, p, out, jacobian, parameterJacobian) {
      const n = x.length / dim;
      const shared = p.length === np;
      if (!Number.isInteger(n) || (!shared && p.length !== n * np))
        throw new Error(`closureField: ${x.length} coordinates, ${p.length} parameter values`);
      const f = new Float64Array(dim);
      const j = new Float64Array(dim * dim);
      const jp = new Float64Array(dim * np);
      for (let k = 0; k < n; k++) {
        rhs(x.subarray(k * dim, (k + 1) * dim), shared ? p : p.subarray(k * np, (k + 1) * np), f, j, jp);
        out.set(f, k * dim);
        jacobian?.set(j, k * dim * dim);
        parameterJacobian?.set(jp, k * dim * np);
      }
    },
  };
}

/** dx/dt = mu - x^2, dy/dt = -y: the saddle-node normal form (fold at mu = 0, x = 0), a stable y added. */
export const saddleNode = (): VectorField =>
  closureField(['x', 'y'], ['mu'], (x, p, f, j, jp) => {
    f[0] = p[0] - x[0] ** 2;
    f[1] = -x[1];
    j.set([-2 * x[0], 0, 0, -1]);
    jp.set([1, 0]);
  });

/**
 * The Hopf normal form (supercritical): dx/dt = mu x - omega y - x r^2, dy/dt = omega x + mu y - y r^2.
 * Hopf at mu = 0 with frequency omega; for mu > 0 the cycle r = sqrt(mu), period 2 pi / omega.
 */
export const hopfNormalForm = (): VectorField =>
  closureField(['x', 'y'], ['mu', 'omega'], (s, p, f, j, jp) => {
    const [x, y] = s;
    const [mu, om] = p;
    const r2 = x * x + y * y;
    f[0] = mu * x - om * y - x * r2;
    f[1] = om * x + mu * y - y * r2;
    j.set([mu - 3 * x * x - y * y, -om - 2 * x * y, om - 2 * x * y, mu - x * x - 3 * y * y]);
    jp.set([x, -y, y, x]);
  });

/** A rate network dx/dt = -x + g W tanh(x) + b (W row-major N x N); g varies. */
export function rateNetwork(W: Float64Array, b: Float64Array): VectorField {
  const N = b.length;
  const names = Array.from({ length: N }, (_, i) => `x${i}`);
  return closureField(names, ['g'], (x, p, f, j, jp) => {
    const g = p[0];
    const th = x.map(Math.tanh);
    for (let i = 0; i < N; i++) {
      let s = 0;
      for (let k = 0; k < N; k++) s += W[i * N + k] * th[k];
      f[i] = -x[i] + g * s + b[i];
      jp[i] = s;
      for (let k = 0; k < N; k++) j[i * N + k] = (i === k ? -1 : 0) + g * W[i * N + k] * (1 - th[k] * th[k]);
    }
  });
}
