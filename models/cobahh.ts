import { neuron, NeuronGroup, param, state, ode, step, exprel, refractoryOver } from '../index';

/**
 * The Hodgkin-Huxley neuron of the COBAHH benchmark (Brette et al. 2007, benchmark 3; Traub &
 * Miles 1991 kinetics), as in Brian2's examples/COBAHH.py, for a 20000 um^2 patch:
 *   Cm dv/dt = gl (El - v) + ge (Ee - v) + gi (Ei - v) - g_na m^3 h (v - ENa) - g_kd n^4 (v - EK)
 *   dx/dt = alpha_x (1 - x) - beta_x x  (x = m, h, n);   dge/dt = -ge / taue,   dgi/dt = -gi / taui
 * exponential Euler; a spike when v crosses -20 mV, at most one per 3 ms (refractory, no reset).
 * Units: ms, mV, nS, pF (so currents are in pA).
 */
@neuron
export class TraubHH extends NeuronGroup {
  @param Cm = 200; // pF, 1 uF/cm2 x 20000 um2
  @param gl = 10; // nS
  @param g_na = 20000; // nS
  @param g_kd = 6000; // nS
  @param El = -60; // mV
  @param EK = -90; // mV
  @param ENa = 50; // mV
  @param VT = -63; // mV
  @param Ee = 0; // mV
  @param Ei = -80; // mV
  @param taue = 5; // ms
  @param taui = 10; // ms
  @param V_th = -20; // mV
  @param t_ref = 3; // ms
  @state v = -60; // mV
  @state m = 0; // 1
  @state h = 0; // 1
  @state n = 0; // 1
  @state ge = 0; // nS
  @state gi = 0; // nS
  @state t_last = -1e9; // ms, time of the last spike

  @ode({ method: 'exp_euler' })
  derivatives(v: number, m: number, h: number, n: number, ge: number, gi: number) {
    const VT = this.VT;
    const alpha_m = (0.32 * 4) / exprel((13 - v + VT) / 4);
    const beta_m = (0.28 * 5) / exprel((v - VT - 40) / 5);
    const alpha_h = 0.128 * Math.exp((17 - v + VT) / 18);
    const beta_h = 4 / (1 + Math.exp((40 - v + VT) / 5));
    const alpha_n = (0.032 * 5) / exprel((15 - v + VT) / 5);
    const beta_n = 0.5 * Math.exp((10 - v + VT) / 40);
    const current =
      this.gl * (this.El - v) +
      ge * (this.Ee - v) +
      gi * (this.Ei - v) -
      this.g_na * m * m * m * h * (v - this.ENa) -
      this.g_kd * n * n * n * n * (v - this.EK);
    return [
      current / this.Cm,
      alpha_m * (1 - m) - beta_m * m,
      alpha_h * (1 - h) - beta_h * h,
      alpha_n * (1 - n) - beta_n * n,
      -ge / this.taue,
      -gi / this.taui,
    ];
  }

  update(t: number, dt: number) {
    const active = refractoryOver(t, this.t_last, this.t_ref, dt);
    [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
    if (active && this.v > this.V_th) {
      this.t_last = t;
      this.spike();
    }
  }
}
