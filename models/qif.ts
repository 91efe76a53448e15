import { neuron, NeuronGroup, param, state, current, ode, step, refractoryOver } from '../index';

/**
 * Quadratic integrate-and-fire neuron (the normal form of a saddle-node on invariant circle
 * bifurcation; Ermentrout & Kopell 1986, Latham et al. 2000; "Neuronal Dynamics" section 5.3):
 *
 *   C dV/dt = a (V - EL) (V - VT) + I
 *   if V >= V_peak: spike, V = V_reset (then held for t_ref, default 0)
 *
 * Below VT the quadratic term pulls V back to EL; above VT it diverges in finite time, so V_peak
 * only cuts the upstroke. Units: t in ms, V in mV, C in pF, a in nS/mV, and the input current I
 * in pA (nS/mV * mV^2 = pA, pA/pF = mV/ms).
 * Parameters: C = 1 nF = 1000 pF, a = 5 nS/mV, EL = -70 mV, VT = -50 mV: the defaults of Brian's
 * library model quadratic_IF (Brian 1's brian.library.IF, as given in Brian2's "Brian 1 to 2"
 * library conversion table). The library leaves the spike to the user: V_peak = 0 mV and
 * V_reset = EL = -70 mV are this package's choices. The rheobase current is
 * a (VT - EL)^2 / 4 = 500 pA.
 *
 * Integration: forward Euler (as Brian2's 'euler'); threshold on the updated V, then reset;
 * refractoriness as in LIF (Brian2's timestep rule), none by default.
 */
@neuron
export class QIF extends NeuronGroup {
  @param C = 1000; // pF
  @param a = 5; // nS/mV
  @param EL = -70; // mV, stable (resting) fixed point at zero input
  @param VT = -50; // mV, unstable fixed point (threshold) at zero input
  @param V_peak = 0; // mV, spike cut
  @param V_reset = -70; // mV
  @param t_ref = 0; // ms, absolute refractory period
  @state V = -70; // mV
  @state t_last = -1e7; // ms, time of the last spike
  @current I = 0; // pA

  @ode({ method: 'euler' })
  dV(V: number, I: number) {
    return (this.a * (V - this.EL) * (V - this.VT) + I) / this.C;
  }

  update(t: number, dt: number) {
    if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
      this.V = step(this.dV, this.V, this.I);
      if (this.V >= this.V_peak) {
        this.V = this.V_reset;
        this.t_last = t;
        this.spike();
      }
    }
  }
}
