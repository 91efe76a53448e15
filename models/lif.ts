import { neuron, NeuronGroup, param, state, current, ode, step, refractoryOver } from '../index';

/**
 * Leaky integrate-and-fire neuron with an absolute refractory period.
 * tau dV/dt = -(V - V_rest) + R I;  V > V_th: spike, V = V_reset, hold for t_ref.
 * Units: ms, mV; I in mV (R = 1) or in the units that make R*I a voltage.
 */
@neuron
export class LIF extends NeuronGroup {
  @param tau = 10; // ms
  @param V_rest = -65; // mV
  @param V_reset = -65; // mV
  @param V_th = -50; // mV
  @param R = 1; // 1, input resistance: R I is in mV (with I in mV, R = 1)
  @param t_ref = 2; // ms
  @state V = -65; // mV
  @state t_last = -1e7; // ms, time of the last spike
  @current I = 0; // mV

  @ode({ method: 'euler' })
  dV(V: number, I: number) {
    // times 1/tau, computed once per step: no division per neuron
    return (this.V_rest - V + this.R * I) * (1 / this.tau);
  }

  update(t: number, dt: number) {
    // refractory test in whole steps, as Brian2 does: timestep(t - t_last) >= timestep(t_ref)
    if (refractoryOver(t, this.t_last, this.t_ref, dt)) {
      this.V = step(this.dV, this.V, this.I);
      if (this.V > this.V_th) {
        this.V = this.V_reset;
        this.t_last = t;
        this.spike();
      }
    }
  }
}

/**
 * The same leaky integrate-and-fire neuron, integrated exactly: with the input held over the
 * step the equation is linear in V, so (Brian2's 'exact' / 'linear' method, the reference
 * lif_exact)
 *   V(t + dt) = V_inf + (V(t) - V_inf) exp(-dt/tau),   V_inf = V_rest + R I.
 * Parameters, units, threshold, reset and refractoriness are those of LIF. With R I = 20 mV it
 * fires every 15.8 ms (138 integrating steps + 20 refractory at dt = 0.1 ms), against 15.7 ms
 * for LIF's forward Euler.
 */
@neuron
export class LIFExact extends LIF {
  // exponential Euler is exact for an equation linear in V with coefficients constant over the step
  @ode({ method: 'exp_euler' })
  override dV(V: number, I: number) {
    return (this.V_rest - V + this.R * I) / this.tau;
  }
}
