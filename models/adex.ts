import { neuron, NeuronGroup, param, state, current, ode, step } from '../index';

/**
 * Adaptive exponential integrate-and-fire neuron (AdEx; Brette & Gerstner 2005, "Adaptive
 * exponential integrate-and-fire model as an effective description of neuronal activity",
 * J. Neurophysiol. 94:3637-3642):
 *
 *   C dV/dt = gL (EL - V) + gL DeltaT exp((V - VT)/DeltaT) + I - w
 *   tauw dw/dt = a (V - EL) - w
 *   if V > V_cut: spike, V = Vr, w = w + b
 *
 * Units: t in ms, V in mV, C in pF, conductances in nS, and all currents (I, w, b) in pA
 * (pF * mV/ms = pA = nS * mV, so the equations hold without conversion factors).
 * Parameters: the paper's regular-spiking set, as in Brian2's examples/frompapers/
 * Brette_Gerstner_2005.py: C = 281 pF, gL = 30 nS, EL = -70.6 mV, VT = -50.4 mV, DeltaT = 2 mV,
 * tauw = 144 ms, a = 4 nS, b = 0.0805 nA = 80.5 pA, Vr = EL; the spike is cut at
 * V_cut = VT + 5 DeltaT = -40.4 mV. V0 = EL, w0 = 0. No refractory period.
 *
 * Integration: forward Euler on (V, w) simultaneously, as Brian2's 'euler' (the reference
 * adex_bg2005_euler, whose w column is in nA: w here / 1000). With I = 1000 pA (1 nA) it fires
 * 17 spikes in 500 ms with adapting intervals (13.7 ms growing to 36.1 ms).
 */
@neuron
export class AdEx extends NeuronGroup {
  @param C = 281; // pF
  @param gL = 30; // nS
  @param EL = -70.6; // mV
  @param VT = -50.4; // mV
  @param DeltaT = 2; // mV
  @param tauw = 144; // ms
  @param a = 4; // nS
  @param b = 80.5; // pA
  @param Vr = -70.6; // mV, reset
  @param V_cut = -40.4; // mV, VT + 5 DeltaT
  @state V = -70.6; // mV
  @state w = 0; // pA
  @current I = 0; // pA

  @ode({ method: 'euler' })
  dVw(V: number, w: number, I: number): [number, number] {
    const spike = this.gL * this.DeltaT * Math.exp((V - this.VT) / this.DeltaT);
    return [(this.gL * (this.EL - V) + spike + I - w) / this.C, (this.a * (V - this.EL) - w) / this.tauw];
  }

  update(t: number, dt: number) {
    [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
    if (this.V > this.V_cut) {
      this.V = this.Vr;
      this.w += this.b;
      this.spike();
    }
  }
}
