import { neuron, CrossingNeuronGroup, param, state, current, ode, step } from '../index';

/**
 * Hindmarsh-Rose bursting neuron (Hindmarsh & Rose 1984, "A model of neuronal bursting using
 * three coupled first order differential equations", Proc. R. Soc. Lond. B 221:87-102):
 *
 *   dx/dt = y - a x^3 + b x^2 - z + I
 *   dy/dt = c - d x^2 - y
 *   dz/dt = r (s (x - x_R) - z)
 *
 * x is the membrane potential, y the fast recovery and z the slow adaptation current. The model
 * is dimensionless; here one unit of its time is 1 ms of simulated time, so t and dt are in ms and
 * x, y, z and the input I are dimensionless (I adds directly to dx/dt, per ms).
 * Parameters: the standard set a = 1, b = 3, c = 1, d = 5, s = 4, x_R = -8/5, with the slow rate
 * r = 0.001 (of the order 10^-3, as in the paper). Start: the resting point for I = 0,
 * x = -1.60453, y = -11.87266, z = -0.01814. With I = 2 it bursts regularly (after a first
 * long burst while z builds up): 9 spikes per burst, one burst every 430.8 time units; with
 * I = 3.25 the bursts become irregular (chaotic bursting).
 *
 * Spikes: one per upward crossing of x_th = 1 (the neuron may spike again only after a step
 * that began with x <= x_th). Integration: classical RK4 on (x, y, z); dt = 0.05 ms or smaller
 * is advised (the spikes are fast in these units).
 */
@neuron
export class HindmarshRose extends CrossingNeuronGroup {
  @param a = 1; // 1
  @param b = 3; // 1
  @param c = 1; // 1
  @param d = 5; // 1
  @param r = 0.001; // 1, slow time scale
  @param s = 4; // 1
  @param x_R = -1.6; // 1, resting value of x for the slow variable
  @param x_th = 1; // 1, spike detection threshold (upward crossing)
  @state x = -1.604534533; // 1, membrane potential (rest at I = 0)
  @state y = -11.87265533; // 1, fast recovery variable (c - d x^2 at rest)
  @state z = -0.01813813121; // 1, slow adaptation current (s (x - x_R) at rest)
  @current I = 0; // 1, added to dx/dt (per ms)

  @ode({ method: 'rk4' })
  dxyz(x: number, y: number, z: number, I: number): [number, number, number] {
    return [y - this.a * x ** 3 + this.b * x ** 2 - z + I, this.c - this.d * x ** 2 - y, this.r * (this.s * (x - this.x_R) - z)];
  }

  update(t: number, dt: number) {
    const x0 = this.x; // the value at the step's start
    [this.x, this.y, this.z] = step(this.dxyz, this.x, this.y, this.z, this.I);
    this.spikeOnUpwardCrossing(x0, this.x, this.x_th);
  }
}
