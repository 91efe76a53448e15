import { neuron, CrossingNeuronGroup, param, state, current, ode, step } from '../index';

/**
 * FitzHugh-Nagumo model (FitzHugh 1961, "Impulses and physiological states in theoretical models
 * of nerve membrane", Biophys. J. 1:445-466; Nagumo, Arimoto & Yoshizawa 1962):
 *
 *   dv/dt = v - v^3/3 - w + I
 *   dw/dt = (v + a - b w) / tau
 *
 * The model is dimensionless; here one unit of its time is 1 ms of simulated time, so t and dt are
 * in ms and v, w and the input I are dimensionless (I adds directly to dv/dt, per ms).
 * Parameters: FitzHugh's a = 0.7, b = 0.8, tau = 1/0.08 = 12.5; v0, w0 at the resting point for
 * I = 0 (v = -1.19941, w = -0.62426). For I between about 0.33 and 1.42 the rest is unstable and
 * the model oscillates (relaxation oscillations, period 39.5 time units at I = 0.5).
 *
 * Spikes: one per upward crossing of v_th = 1 (the neuron may spike again only after a step
 * that began with v <= v_th), as Brian2's threshold 'v > v_th' with refractory 'v > v_th'.
 * Integration: classical RK4 on (v, w).
 */
@neuron
export class FitzHughNagumo extends CrossingNeuronGroup {
  @param a = 0.7; // 1
  @param b = 0.8; // 1
  @param tau = 12.5; // ms, recovery time scale (1/epsilon)
  @param v_th = 1; // 1, spike detection threshold (upward crossing)
  @state v = -1.199408035244; // 1, fast, voltage-like variable
  @state w = -0.624260044055; // 1, slow recovery variable
  @current I = 0; // 1, added to dv/dt (per ms)

  @ode({ method: 'rk4' })
  dvw(v: number, w: number, I: number): [number, number] {
    return [v - v ** 3 / 3 - w + I, (v + this.a - this.b * w) / this.tau];
  }

  update(t: number, dt: number) {
    const v0 = this.v; // the value at the step's start
    [this.v, this.w] = step(this.dvw, this.v, this.w, this.I);
    this.spikeOnUpwardCrossing(v0, this.v, this.v_th);
  }
}
