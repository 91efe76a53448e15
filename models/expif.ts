import { neuron, NeuronGroup, param, state, current, ode, step, refractoryOver } from '../index';

/**
 * Exponential integrate-and-fire neuron (Fourcaud-Trocme, Hansel, van Vreeswijk & Brunel 2003,
 * J. Neurosci. 23:11628-11640), in the form of Gerstner, Kistler, Naud & Paninski (2014),
 * "Neuronal Dynamics", section 5.2:
 *
 *   tau dV/dt = -(V - V_rest) + DeltaT exp((V - V_rh)/DeltaT) + R I
 *   if V > V_spike: spike, V = V_reset (then held for t_ref, default 0)
 *
 * Units: t in ms, V in mV, R in MOhm and the input current I in nA (MOhm * nA = mV).
 * Parameters: the defaults of the book's exercise code (neurodynex, exponential_integrate_fire):
 * tau = 12 ms, R = 20 MOhm, V_rest = -65 mV, V_reset = -60 mV, rheobase threshold V_rh = -55 mV,
 * sharpness DeltaT = 2 mV, numerical spike cut V_spike = -30 mV. The rheobase current is
 * (V_rh - V_rest - DeltaT)/R = 0.4 nA; the exercise's example drives it with 0.8 nA.
 *
 * Integration: forward Euler (as Brian2's 'euler'); threshold on the updated V, then reset;
 * refractoriness as in LIF (Brian2's timestep rule), none by default.
 */
@neuron
export class ExpIF extends NeuronGroup {
  @param tau = 12; // ms
  @param R = 20; // MOhm
  @param V_rest = -65; // mV
  @param V_reset = -60; // mV
  @param V_rh = -55; // mV, rheobase threshold
  @param DeltaT = 2; // mV, sharpness of the spike initiation
  @param V_spike = -30; // mV, spike cut
  @param t_ref = 0; // ms, absolute refractory period
  @state V = -65; // mV
  @state t_last = -1e7; // ms, time of the last spike
  @current I = 0; // nA

  @ode({ method: 'euler' })
  dV(V: number, I: number) {
    return (-(V - this.V_rest) + this.DeltaT * Math.exp((V - this.V_rh) / this.DeltaT) + this.R * I) / this.tau;
  }

  update(t: number, dt: number) {
    if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
      this.V = step(this.dV, this.V, this.I);
      if (this.V > this.V_spike) {
        this.V = this.V_reset;
        this.t_last = t;
        this.spike();
      }
    }
  }
}
