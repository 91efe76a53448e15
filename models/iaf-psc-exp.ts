import { neuron, synapse, NeuronGroup, Synapse, param, state } from '../index';

/**
 * Leaky integrate-and-fire neuron with exponentially decaying excitatory and inhibitory synaptic
 * currents, integrated exactly on the time grid: NEST's `iaf_psc_exp` (Rotter & Diesmann 1999).
 *   C_m dV/dt = -(C_m / tau_m) (V - E_L) + I_ex + I_in + I_e,   dI_x/dt = -I_x / tau_syn_x.
 * One step of h = dt, in NEST's order (models/iaf_psc_exp.cpp), with U = V - E_L:
 *   1. not refractory: U <- P22 U + P21ex I_ex + P21in I_in + P20 I_e; else one refractory step less
 *   2. I_x <- P11x I_x
 *   3. spikes arriving at t + h add their weights to I_ex (w > 0) or I_in (StaticCurrentSynapse)
 *   4. V >= V_th: spike, V = V_reset, refractory for round(t_ref / dt) steps (V held, the
 *      currents still decaying and taking input)
 * Steps 1, 2 and 4 are this update; step 3 is the delivery that follows it in the same step
 * (docs/semantics.md), so a spike that arrives in step n is in I after step n and first moves V
 * in step n + 1, as in NEST. Poisson input (`net.poissonInput(g, 'I_ex', ...)`) jumps I_ex before
 * the update of the next step, the same place. Units: ms, mV, pA, pF.
 */
@neuron
export class IafPscExp extends NeuronGroup {
  @param C_m = 250; // pF, membrane capacitance
  @param tau_m = 10; // ms, membrane time constant
  @param tau_syn_ex = 2; // ms, decay of the excitatory current
  @param tau_syn_in = 2; // ms, decay of the inhibitory current
  @param t_ref = 2; // ms, absolute refractory period
  @param E_L = -70; // mV, resting potential
  @param V_reset = -70; // mV
  @param V_th = -55; // mV
  @param I_e = 0; // pA, constant input current
  @state V = -70; // mV
  @state I_ex = 0; // pA, excitatory synaptic current
  @state I_in = 0; // pA, inhibitory synaptic current (negative)
  @state refractory = 0; // 1, refractory steps left

  /**
   * P21: the voltage a unit current of time constant tau_syn adds over one step, NEST's
   * IAFPropagatorExp. Near tau_syn = tau_m the difference form loses its digits; NEST then takes
   * the limit h/C_m exp(-h/tau_m) when the two differ by less than 0.1 ms and the difference form
   * deviates from the limit by more than twice its first-order correction.
   */
  currentToVoltage(dt: number, tau_syn: number) {
    const beta = (tau_syn * this.tau_m) / (this.tau_m - tau_syn);
    const regular = (beta / this.C_m) * Math.exp(-dt / tau_syn) * Math.expm1(dt / beta);
    const singular = (dt / this.C_m) * Math.exp(-dt / this.tau_m);
    const linear = (dt * dt * (tau_syn - this.tau_m) * Math.exp(-dt / this.tau_m)) / (2 * this.C_m * this.tau_m * this.tau_m);
    const unstable = Math.abs(this.tau_m - tau_syn) < 0.1 && Math.abs(regular - singular) > 2 * Math.abs(linear);
    return tau_syn === this.tau_m || unstable ? singular : regular;
  }

  update(t: number, dt: number) {
    // the propagators depend on dt and parameters only: computed once per step, not per neuron
    const P22 = Math.exp(-dt / this.tau_m);
    const P20 = (-this.tau_m / this.C_m) * Math.expm1(-dt / this.tau_m);
    const P21ex = this.currentToVoltage(dt, this.tau_syn_ex);
    const P21in = this.currentToVoltage(dt, this.tau_syn_in);
    if (this.refractory <= 0) {
      this.V = this.E_L + P22 * (this.V - this.E_L) + P21ex * this.I_ex + P21in * this.I_in + P20 * this.I_e;
    } else {
      this.refractory -= 1;
    }
    this.I_ex *= Math.exp(-dt / this.tau_syn_ex);
    this.I_in *= Math.exp(-dt / this.tau_syn_in);
    if (this.V >= this.V_th) {
      this.V = this.V_reset;
      this.refractory = Math.round(this.t_ref / dt);
      this.spike();
    }
  }
}

/**
 * Current jump of a fixed weight w (pA) into the target's I_ex if w > 0, else into its I_in:
 * NEST's `static_synapse` onto `iaf_psc_exp`, which sorts a spike into its excitatory or
 * inhibitory current by the weight's sign.
 */
@synapse
export class StaticCurrentSynapse extends Synapse<object, { I_ex: number; I_in: number }> {
  @param w = 1; // pA

  onPre(t: number, dt: number) {
    // one addition a synapse (on a GPU an atomic one, made where its condition holds)
    if (this.w > 0) this.post.I_ex += this.w;
    else this.post.I_in += this.w;
  }
}
