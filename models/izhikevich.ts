import { neuron, NeuronGroup, param, state, current, ode, step } from '../index';

/**
 * Izhikevich's simple spiking neuron (Izhikevich 2003, "Simple model of spiking neurons",
 * IEEE Trans. Neural Netw. 14:1569-1572):
 *
 *   dv/dt = 0.04 v^2 + 5 v + 140 - u + I
 *   du/dt = a (b v - u)
 *   if v >= v_peak (30 mV): spike, v = c, u = u + d
 *
 * Units: t in ms, v in mV, u and the input current I in mV/ms (the model's dimensionless
 * "current": I adds directly to dv/dt). Parameters: the paper's regular-spiking (RS) cell,
 * a = 0.02 /ms, b = 0.2 /ms, c = -65 mV, d = 8 mV/ms; v0 = -65, u0 = b v0 = -13. Other cell types
 * of the paper (Fig. 2): intrinsically bursting a = 0.02, b = 0.2, c = -55, d = 4; chattering
 * a = 0.02, b = 0.2, c = -50, d = 2; fast spiking a = 0.1, b = 0.2, c = -65, d = 2 (give u0 = b v0
 * when b changes, e.g. `new Izhikevich(n, { b: 0.25, u: -16.25 })`).
 *
 * Integration: forward Euler on (v, u) simultaneously (both right-hand sides use the old values),
 * as Brian2's 'euler' (the reference izhikevich_rs_euler); the threshold is tested on the updated
 * v and the reset adds d to the updated u. (The paper's own code takes two 0.5 ms half steps
 * for v and one for u; this model does not.) With I = 10 an RS cell fires tonically with
 * adaptation: 23 spikes in 1 s, ISI settling at 45.1 ms.
 */
@neuron
export class Izhikevich extends NeuronGroup {
  @param a = 0.02; // 1/ms, recovery rate
  @param b = 0.2; // 1/ms, sensitivity of u to v (u per mV of v, per ms)
  @param c = -65; // mV, reset of v
  @param d = 8; // mV/ms, jump of u at a spike
  @param v_peak = 30; // mV, spike cutoff
  @state v = -65; // mV
  @state u = -13; // mV/ms, recovery variable (b * v0)
  @current I = 0; // mV/ms

  @ode({ method: 'euler' })
  dvu(v: number, u: number, I: number): [number, number] {
    return [0.04 * v ** 2 + 5 * v + 140 - u + I, this.a * (this.b * v - u)];
  }

  update(t: number, dt: number) {
    [this.v, this.u] = step(this.dvu, this.v, this.u, this.I);
    if (this.v >= this.v_peak) {
      this.v = this.c;
      this.u += this.d;
      this.spike();
    }
  }
}
