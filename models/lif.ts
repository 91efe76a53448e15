import { neuron, NeuronGroup, param, state, current, ode, step } from '../index';

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
  @param R = 1;
  @param t_ref = 2; // ms
  @state V = -65; // mV
  @state t_last = -1e7; // ms, time of the last spike
  @current I = 0;

  @ode({ method: 'euler' })
  dV(V: number, I: number) {
    return (this.V_rest - V + this.R * I) / this.tau;
  }

  update(t: number, dt: number) {
    // refractory test in whole steps, as Brian2 does: timestep(t - t_last) >= timestep(t_ref)
    const elapsed = Math.trunc((t - this.t_last + 1e-3 * dt) / dt);
    if (elapsed >= Math.trunc((this.t_ref + 1e-3 * dt) / dt)) {
      this.V = step(this.dV, this.V, this.I);
      if (this.V > this.V_th) {
        this.V = this.V_reset;
        this.t_last = t;
        this.spike();
      }
    }
  }
}
