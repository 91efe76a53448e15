// VectorFields written as closures with hand-derived exact Jacobians, for testing the analyses'
// numerics (analysis/continuation.ts, limit-cycles.ts, fast-slow.ts, slow-points.ts) before fields
// compiled from the model classes exist: the model-compiled fields (the @ode methods of
// models/fitzhugh_nagumo.ts, morris_lecar.ts, hh.ts, hindmarsh_rose.ts, with the IR's symbolic
// Jacobians) will replace these. test/analysis-fields.test.ts checks every Jacobian here against
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

const sech2 = (u: number): number => 1 / Math.cosh(u) ** 2;

/** FitzHugh-Nagumo (models/fitzhugh_nagumo.ts): dv/dt = v - v^3/3 - w + I, dw/dt = (v + a - b w)/tau. */
export const FHN_PARAMETERS = { I: 0, a: 0.7, b: 0.8, tau: 12.5 };
export const fitzHughNagumo = (): VectorField =>
  closureField(['v', 'w'], ['I', 'a', 'b', 'tau'], (x, p, f, j, jp) => {
    const [v, w] = x;
    const [I, a, b, tau] = p;
    f[0] = v - v ** 3 / 3 - w + I;
    f[1] = (v + a - b * w) / tau;
    j.set([1 - v * v, -1, 1 / tau, -b / tau]);
    jp.set([1, 0, 0, 0, 0, 1 / tau, -w / tau, -(v + a - b * w) / tau ** 2]);
  });

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

/**
 * Morris-Lecar (models/morris_lecar.ts) with Rinzel & Ermentrout's constants; I, gCa, phi, V3, V4
 * vary (their class II "Hopf" set below; the class I "SNLC" set is gCa = 4, phi = 1/15, V3 = 12, V4 = 17.4).
 */
export const ML_HOPF = { I: 0, gCa: 4.4, phi: 0.04, V3: 2, V4: 30 };
export const ML_SNLC = { I: 0, gCa: 4, phi: 1 / 15, V3: 12, V4: 17.4 };
export const morrisLecar = (): VectorField =>
  closureField(['V', 'w'], ['I', 'gCa', 'phi', 'V3', 'V4'], (x, p, f, j, jp) => {
    const [C, gL, gK, VL, VCa, VK, V1, V2] = [20, 2, 8, -60, 120, -84, -1.2, 18];
    const [V, w] = x;
    const [I, gCa, phi, V3, V4] = p;
    const um = (V - V1) / V2;
    const minf = (1 + Math.tanh(um)) / 2;
    const dminf = sech2(um) / (2 * V2);
    const uw = (V - V3) / V4;
    const winf = (1 + Math.tanh(uw)) / 2;
    const dwinf = sech2(uw) / (2 * V4); // d/dV; d/dV3 = -dwinf, d/dV4 = -dwinf uw
    const z = (V - V3) / (2 * V4);
    const rate = phi * Math.cosh(z); // 1/tau_w
    const drate = (phi * Math.sinh(z)) / (2 * V4); // d/dV; d/dV3 = -drate, d/dV4 = -2 drate z
    f[0] = (I - gL * (V - VL) - gCa * minf * (V - VCa) - gK * w * (V - VK)) / C;
    f[1] = rate * (winf - w);
    j.set([(-gL - gCa * (dminf * (V - VCa) + minf) - gK * w) / C, (-gK * (V - VK)) / C, drate * (winf - w) + rate * dwinf, -rate]);
    jp.set([1 / C, (-minf * (V - VCa)) / C, 0, 0, 0]);
    jp.set([0, 0, Math.cosh(z) * (winf - w), -drate * (winf - w) - rate * dwinf, -2 * drate * z * (winf - w) - rate * dwinf * uw], 5);
  });

/**
 * The modified fast Morris-Lecar subsystem of MatCont's tutorial (Govaerts, Kuznetsov et al.,
 * "MATCONT and CL MATCONT: continuation toolboxes in Matlab", section "Example: the fast
 * Morris-Lecar equations"): dv/dt = y - 0.5 (v + 0.5) - 2 w (v + 0.7) - m_inf(v) (v - 1),
 * dw/dt = 1.15 (w_inf(v) - w) tau(v), m_inf = (1 + tanh((v + 0.01)/0.15))/2,
 * w_inf = (1 + tanh((v - z)/0.145))/2, tau = cosh((v - 0.1)/0.29).
 */
export const morrisLecarFast = (): VectorField =>
  closureField(['v', 'w'], ['y', 'z'], (x, p, f, j, jp) => {
    const [v, w] = x;
    const [y, zp] = p;
    const um = (v + 0.01) / 0.15;
    const minf = (1 + Math.tanh(um)) / 2;
    const dminf = sech2(um) / 0.3;
    const uw = (v - zp) / 0.145;
    const winf = (1 + Math.tanh(uw)) / 2;
    const dwinf = sech2(uw) / 0.29;
    const tau = Math.cosh((v - 0.1) / 0.29);
    const dtau = Math.sinh((v - 0.1) / 0.29) / 0.29;
    f[0] = y - 0.5 * (v + 0.5) - 2 * w * (v + 0.7) - minf * (v - 1);
    f[1] = 1.15 * (winf - w) * tau;
    j.set([-0.5 - 2 * w - dminf * (v - 1) - minf, -2 * (v + 0.7), 1.15 * (dwinf * tau + (winf - w) * dtau), -1.15 * tau]);
    jp.set([1, 0, 0, -1.15 * tau * dwinf]);
  });

/** alpha = k u / (1 - exp(-u/10)) and its derivative in u (finite at u = 0: k 10, k/2). */
function linoid(k: number, u: number): [number, number] {
  if (Math.abs(u) < 1e-6) return [k * (10 + u / 2), k / 2];
  const e = Math.exp(-u / 10);
  return [(k * u) / (1 - e), (k * (1 - e - (u * e) / 10)) / (1 - e) ** 2];
}

/** Hodgkin-Huxley (models/hh.ts: rest -65 mV, Cm = 1, ENa = 50, EK = -77, EL = -54.387, gL = 0.3); I, gNa, gK vary. */
export const HH_PARAMETERS = { I: 0, gNa: 120, gK: 36 };
export const HH_REST = [-65, 0.0529325, 0.596121, 0.317677];
export const hodgkinHuxley = (): VectorField =>
  closureField(['V', 'm', 'h', 'n'], ['I', 'gNa', 'gK'], (x, p, f, j, jp) => {
    const [Cm, gL, ENa, EK, EL] = [1, 0.3, 50, -77, -54.387];
    const [V, m, h, n] = x;
    const [I, gNa, gK] = p;
    const [am, dam] = linoid(0.1, V + 40);
    const bm = 4 * Math.exp(-(V + 65) / 18);
    const dbm = -bm / 18;
    const ah = 0.07 * Math.exp(-(V + 65) / 20);
    const dah = -ah / 20;
    const bh = 1 / (1 + Math.exp(-(V + 35) / 10));
    const dbh = (bh * (1 - bh)) / 10;
    const [an, dan] = linoid(0.01, V + 55);
    const bn = 0.125 * Math.exp(-(V + 65) / 80);
    const dbn = -bn / 80;
    const ina = gNa * m ** 3 * h * (V - ENa);
    const ik = gK * n ** 4 * (V - EK);
    f[0] = (I - ina - ik - gL * (V - EL)) / Cm;
    f[1] = am * (1 - m) - bm * m;
    f[2] = ah * (1 - h) - bh * h;
    f[3] = an * (1 - n) - bn * n;
    j.fill(0);
    j[0] = (-gNa * m ** 3 * h - gK * n ** 4 - gL) / Cm;
    j[1] = (-3 * gNa * m * m * h * (V - ENa)) / Cm;
    j[2] = (-gNa * m ** 3 * (V - ENa)) / Cm;
    j[3] = (-4 * gK * n ** 3 * (V - EK)) / Cm;
    j[4] = dam * (1 - m) - dbm * m;
    j[5] = -(am + bm);
    j[8] = dah * (1 - h) - dbh * h;
    j[10] = -(ah + bh);
    j[12] = dan * (1 - n) - dbn * n;
    j[15] = -(an + bn);
    jp.fill(0);
    jp[0] = 1 / Cm;
    jp[1] = (-(m ** 3) * h * (V - ENa)) / Cm;
    jp[2] = (-(n ** 4) * (V - EK)) / Cm;
  });

/** Hindmarsh-Rose (models/hindmarsh_rose.ts, a = 1, b = 3, c = 1, d = 5, s = 4, x_R = -1.6); I and r vary. */
export const HR_PARAMETERS = { I: 2, r: 0.001 };
export const hindmarshRose = (): VectorField =>
  closureField(['x', 'y', 'z'], ['I', 'r'], (s, p, f, j, jp) => {
    const [x, y, z] = s;
    const [I, r] = p;
    f[0] = y - x ** 3 + 3 * x * x - z + I;
    f[1] = 1 - 5 * x * x - y;
    f[2] = r * (4 * (x + 1.6) - z);
    j.set([-3 * x * x + 6 * x, 1, -1, -10 * x, -1, 0, 4 * r, 0, -r]);
    jp.set([1, 0, 0, 0, 0, 4 * (x + 1.6) - z]);
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
