import { neuron, CrossingNeuronGroup, param, state, current, ode, step, exprel } from '../index';

/*
 * Hodgkin-Huxley model of the squid giant axon, in the modern convention (resting potential
 * -65 mV), as in Brian2's examples and the Brian2 reference traces hh_rk4 / hh_exponential_euler
 * (docs/reference-data.md, section a).
 *
 *   Cm dV/dt = I - gNa m^3 h (V - ENa) - gK n^4 (V - EK) - gL (V - EL)
 *   dx/dt    = alpha_x(V) (1 - x) - beta_x(V) x          for x in m, h, n
 *
 *   alpha_m = 0.1 (V + 40) / (1 - exp(-(V + 40)/10)) = 1 / exprel(-(V + 40)/10)
 *   beta_m  = 4 exp(-(V + 65)/18)
 *   alpha_h = 0.07 exp(-(V + 65)/20)
 *   beta_h  = 1 / (1 + exp(-(V + 35)/10))
 *   alpha_n = 0.01 (V + 55) / (1 - exp(-(V + 55)/10)) = 0.1 / exprel(-(V + 55)/10)
 *   beta_n  = 0.125 exp(-(V + 65)/80)
 *
 * exprel(x) = (e^x - 1)/x keeps alpha_m and alpha_n finite at V = -40 and V = -55 mV, where the
 * textbook form is 0/0.
 *
 * Units: t in ms, V in mV, rates in 1/ms, conductances in mS/cm2, Cm in uF/cm2, and the input
 * current I in uA/cm2 (a current density: uA/cm2 / (uF/cm2) = mV/ms).
 * Parameters: Hodgkin & Huxley (1952), J. Physiol. 117:500-544, shifted to a -65 mV rest
 * (Dayan & Abbott 2001, ch. 5; Brian2's Hodgkin-Huxley examples): Cm = 1, gNa = 120, gK = 36,
 * gL = 0.3, ENa = 50, EK = -77, EL = -54.387 mV. The gates start at their steady state at -65 mV,
 * x0 = alpha_x / (alpha_x + beta_x).
 *
 * Spikes: one per upward crossing of V_th = 0 mV, as Brian2's threshold 'V > 0*mV' with
 * refractory 'V > 0*mV': the neuron may spike again only after a step that began with V <= V_th.
 * There is no reset.
 *
 * Two classes differ only in the integration method of all four variables together:
 *   HodgkinHuxley          classical Runge-Kutta 4 (Brian2 'rk4')
 *   HodgkinHuxleyExpEuler  exponential Euler (Brian2 'exponential_euler'): each variable, linear in
 *                          itself, is advanced exactly with the others held at their old values.
 * With 10 uA/cm2 both fire tonically (about 68 Hz) after a first spike near 1.9 ms.
 */

/** Opening rate of the Na activation gate m (1/ms), V in mV. */
export function alphaM(V: number): number {
  return 1 / exprel(-(V + 40) / 10);
}
/** Closing rate of m (1/ms). */
export function betaM(V: number): number {
  return 4 * Math.exp(-(V + 65) / 18);
}
/** Opening rate of the Na inactivation gate h (1/ms). */
export function alphaH(V: number): number {
  return 0.07 * Math.exp(-(V + 65) / 20);
}
/** Closing rate of h (1/ms). */
export function betaH(V: number): number {
  return 1 / (1 + Math.exp(-(V + 35) / 10));
}
/** Opening rate of the K activation gate n (1/ms). */
export function alphaN(V: number): number {
  return 0.1 / exprel(-(V + 55) / 10);
}
/** Closing rate of n (1/ms). */
export function betaN(V: number): number {
  return 0.125 * Math.exp(-(V + 65) / 80);
}

/** dx/dt of a gate with opening rate `alpha` and closing rate `beta` (1/ms). */
export function gate(x: number, alpha: number, beta: number): number {
  return alpha * (1 - x) - beta * x;
}

/**
 * The state and equations shared by both integration methods. Not a model by itself: the
 * subclasses choose the method of `dY` (the @neuron classes are the ones the compiler builds).
 */
export abstract class HodgkinHuxleyBase extends CrossingNeuronGroup {
  @param Cm = 1; // uF/cm2
  @param gNa = 120; // mS/cm2
  @param gK = 36; // mS/cm2
  @param gL = 0.3; // mS/cm2
  @param ENa = 50; // mV
  @param EK = -77; // mV
  @param EL = -54.387; // mV
  @param V_th = 0; // mV, spike detection threshold (upward crossing)
  @state V = -65; // mV
  @state m = 0.05293248525724958; // 1, alpha_m/(alpha_m + beta_m) at -65 mV
  @state h = 0.5961207535084603; // 1, alpha_h/(alpha_h + beta_h) at -65 mV
  @state n = 0.3176769140606974; // 1, alpha_n/(alpha_n + beta_n) at -65 mV
  @current I = 0; // uA/cm2

  /** [dV/dt, dm/dt, dh/dt, dn/dt] (mV/ms, 1/ms), with the input current I held over the step. */
  derivatives(V: number, m: number, h: number, n: number, I: number): [number, number, number, number] {
    const INa = this.gNa * m ** 3 * h * (V - this.ENa);
    const IK = this.gK * n ** 4 * (V - this.EK);
    const IL = this.gL * (V - this.EL);
    return [(I - INa - IK - IL) / this.Cm, gate(m, alphaM(V), betaM(V)), gate(h, alphaH(V), betaH(V)), gate(n, alphaN(V), betaN(V))];
  }

  /** The right-hand side integrated by step(); each subclass gives it its method. */
  abstract dY(V: number, m: number, h: number, n: number, I: number): [number, number, number, number];

  update(t: number, dt: number) {
    const V0 = this.V; // the value at the step's start
    [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
    this.spikeOnUpwardCrossing(V0, this.V, this.V_th);
  }
}

/** Hodgkin-Huxley squid axon integrated with classical RK4 (see the comment at the top of hh.ts). */
@neuron
export class HodgkinHuxley extends HodgkinHuxleyBase {
  @ode({ method: 'rk4' })
  dY(V: number, m: number, h: number, n: number, I: number): [number, number, number, number] {
    return this.derivatives(V, m, h, n, I);
  }
}

/** Hodgkin-Huxley squid axon integrated with exponential Euler (see the comment at the top of hh.ts). */
@neuron
export class HodgkinHuxleyExpEuler extends HodgkinHuxleyBase {
  @ode({ method: 'exp_euler' })
  dY(V: number, m: number, h: number, n: number, I: number): [number, number, number, number] {
    return this.derivatives(V, m, h, n, I);
  }
}
