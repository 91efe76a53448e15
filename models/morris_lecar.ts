import { neuron, CrossingNeuronGroup, param, state, current, ode, step } from '../index';

/**
 * Morris-Lecar model of the barnacle muscle fiber (Morris & Lecar 1981, Biophys. J. 35:193-213),
 * with the parameters of Rinzel & Ermentrout (1998), "Analysis of neural excitability and
 * oscillations", in Koch & Segev (eds.), Methods in Neuronal Modeling, 2nd ed., MIT Press:
 *
 *   C dV/dt = I - gL (V - VL) - gCa m_inf(V) (V - VCa) - gK w (V - VK)
 *   dw/dt   = phi (w_inf(V) - w) / tau_w(V)
 *   m_inf = (1 + tanh((V - V1)/V2)) / 2,  w_inf = (1 + tanh((V - V3)/V4)) / 2,
 *   tau_w = 1 / cosh((V - V3)/(2 V4))
 * (computed as (1 + tanh(x))/2 = 1/(1 + exp(-2x)) and cosh(x) = (exp(x) + exp(-x))/2, which
 * are the same functions: exp vectorizes, tanh and cosh do not).
 *
 * Units: t in ms, V in mV, C in uF/cm2, conductances in mS/cm2, phi in 1/ms, and the input
 * current I in uA/cm2. Parameters: the class II (Hopf) set: C = 20, gL = 2, gCa = 4.4, gK = 8,
 * VL = -60, VCa = 120, VK = -84, V1 = -1.2, V2 = 18, V3 = 2, V4 = 30, phi = 0.04. Start: the
 * resting point at I = 0 (V = -60.855 mV, w = 0.014915). Repetitive firing starts abruptly, at
 * a nonzero frequency (about 9 Hz), between I = 88 and 89 uA/cm2, and gives way to depolarization
 * block between 215 and 220 uA/cm2; at 100 uA/cm2 the period is 85.3 ms. For the class I (saddle-node on
 * invariant circle) set use V3 = 12, V4 = 17.4, phi = 1/15 (Ermentrout & Terman 2010, table 3.1).
 *
 * Spikes: one per upward crossing of V_th = 0 mV (the neuron may spike again only after a step
 * that began with V <= V_th). Integration: classical RK4 on (V, w).
 */
@neuron
export class MorrisLecar extends CrossingNeuronGroup {
  @param C = 20; // uF/cm2
  @param gL = 2; // mS/cm2
  @param gCa = 4.4; // mS/cm2
  @param gK = 8; // mS/cm2
  @param VL = -60; // mV
  @param VCa = 120; // mV
  @param VK = -84; // mV
  @param V1 = -1.2; // mV
  @param V2 = 18; // mV
  @param V3 = 2; // mV
  @param V4 = 30; // mV
  @param phi = 0.04; // 1/ms
  @param V_th = 0; // mV, spike detection threshold (upward crossing)
  @state V = -60.85538223; // mV, rest at I = 0
  @state w = 0.01491502495; // 1, fraction of open K channels, w_inf at rest
  @current I = 0; // uA/cm2

  @ode({ method: 'rk4' })
  dVw(V: number, w: number, I: number): [number, number] {
    const m_inf = 1 / (1 + Math.exp((-2 * (V - this.V1)) / this.V2)); // (1 + tanh((V - V1)/V2)) / 2
    const w_inf = 1 / (1 + Math.exp((-2 * (V - this.V3)) / this.V4)); // (1 + tanh((V - V3)/V4)) / 2
    const x = (V - this.V3) / (2 * this.V4);
    const rate = (this.phi * (Math.exp(x) + Math.exp(-x))) / 2; // phi cosh(x) = phi / tau_w
    const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
    return [(I - ionic) / this.C, rate * (w_inf - w)];
  }

  update(t: number, dt: number) {
    const V0 = this.V; // the value at the step's start
    [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
    this.spikeOnUpwardCrossing(V0, this.V, this.V_th);
  }
}
