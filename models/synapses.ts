import { synapse, Synapse, param, state, target, ode, step } from '../index';

// Built-in synapse models. Those that inject a current need a target neuron model with a membrane
// potential `V` (mV) and a current accumulator `I` (LIF, AdEx, ExpIF, QIF, HodgkinHuxley, ...).
// Conductances are in nS and currents in pA where the target's I is in pA (AdEx, QIF); for the
// others, read w in the units that make g (E - V) the target's current.

/** A spike moves the target's membrane potential by w (mV): Brian2's `on_pre='v += w'`. */
@synapse
export class DeltaSynapse extends Synapse<object, { V: number }> {
  @param w = 1; // mV

  onPre(t: number, dt: number) {
    this.post.V += this.w;
  }
}

/** Exponentially decaying current: tau dI_syn/dt = -I_syn; a spike adds w; I += I_syn. */
@synapse
export class ExpCurrentSynapse extends Synapse<object, { I: number }> {
  @param w = 1; // [post.I], the jump of the current per spike
  @param tau = 5; // ms
  @target g = 0; // [post.I], the synaptic current, summed over the synapses onto a neuron

  @ode({ method: 'exp_euler' })
  dg(g: number) {
    return -g / this.tau;
  }

  update(t: number, dt: number) {
    this.g = step(this.dg, this.g);
    this.post.I += this.g;
  }

  onPre(t: number, dt: number) {
    this.g += this.w;
  }
}

/** Exponentially decaying conductance: tau dg/dt = -g; a spike adds w; I += g (E - V). */
@synapse
export class ExpConductanceSynapse extends Synapse<object, { V: number; I: number }> {
  @param w = 1; // nS
  @param tau = 5; // ms
  @param E = 0; // mV
  @target g = 0; // nS

  @ode({ method: 'exp_euler' })
  dg(g: number) {
    return -g / this.tau;
  }

  update(t: number, dt: number) {
    this.g = step(this.dg, this.g);
    this.post.I += this.g * (this.E - this.post.V);
  }

  onPre(t: number, dt: number) {
    this.g += this.w;
  }
}

/** AMPA receptor synapse: exponential conductance, E = 0 mV, tau = 2 ms (Destexhe et al. 1998). */
@synapse
export class AMPASynapse extends ExpConductanceSynapse {
  @param override tau = 2; // ms
  @param override E = 0; // mV
}

/** GABA_A receptor synapse: exponential conductance, E = -70 mV, tau = 6 ms (Destexhe et al. 1998). */
@synapse
export class GABAaSynapse extends ExpConductanceSynapse {
  @param override tau = 6; // ms
  @param override E = -70; // mV
}

/**
 * Dual-exponential conductance: a spike adds w to x, which flows into g:
 *   dx/dt = -x / tau_rise,   dg/dt = -g / tau_decay + x / tau_rise,   I += g (E - V)
 * Each spike delivers the same charge as an exponential synapse of weight w and time constant
 * tau_decay; with tau_rise = tau_decay = tau, g is the alpha function w (t/tau) e^(-t/tau).
 */
@synapse
export class DualExpSynapse extends Synapse<object, { V: number; I: number }> {
  @param w = 1; // nS
  @param tau_rise = 1; // ms
  @param tau_decay = 5; // ms
  @param E = 0; // mV
  @target x = 0; // nS
  @target g = 0; // nS

  @ode({ method: 'rk4' })
  dxg(x: number, g: number) {
    return [-x / this.tau_rise, -g / this.tau_decay + x / this.tau_rise];
  }

  update(t: number, dt: number) {
    [this.x, this.g] = step(this.dxg, this.x, this.g);
    this.post.I += this.g * (this.E - this.post.V);
  }

  onPre(t: number, dt: number) {
    this.x += this.w;
  }
}

/** Alpha-function conductance: the dual exponential with one time constant (peak w / e at t = tau). */
@synapse
export class AlphaSynapse extends DualExpSynapse {
  @param override tau_rise = 5; // ms
  @param override tau_decay = 5; // ms
}

/**
 * NMDA receptor synapse: dual-exponential conductance (rise 2 ms, decay 100 ms) with the
 * voltage-dependent magnesium block of Jahr & Stevens (1990):
 *   I += g (E - V) / (1 + [Mg] / 3.57 exp(-0.062 V)),   [Mg] in mM, V in mV.
 */
@synapse
export class NMDASynapse extends DualExpSynapse {
  @param override tau_rise = 2; // ms
  @param override tau_decay = 100; // ms
  @param Mg = 1; // mM

  override update(t: number, dt: number) {
    [this.x, this.g] = step(this.dxg, this.x, this.g);
    const block = 1 / (1 + (this.Mg / 3.57) * Math.exp(-0.062 * this.post.V));
    this.post.I += this.g * block * (this.E - this.post.V);
  }
}

/**
 * Tsodyks-Markram short-term plasticity (Tsodyks, Pawelzik & Markram 1998; the facilitating form of
 * Markram et al. 1998) on an exponential conductance. Per synapse: utilization u and available
 * resources x, brought up to date when a spike arrives:
 *   u -> U + (u - U) exp(-dt_last / tau_f),  x -> 1 - (1 - x) exp(-dt_last / tau_d)
 *   u -> u + U (1 - u);  released = u x;  x -> x - released;  g += w released
 */
@synapse
export class TsodyksMarkramSynapse extends ExpConductanceSynapse {
  @param U = 0.5; // 1, utilization increment
  @param tau_d = 200; // ms, recovery of resources
  @param tau_f = 20; // ms, decay of facilitation
  @state u = 0; // 1, utilization
  @state x = 1; // 1, fraction of resources available
  @state lastspike = -1e9; // ms, time of the last presynaptic spike

  override onPre(t: number, dt: number) {
    const elapsed = t - this.lastspike;
    this.u = this.U + (this.u - this.U) * Math.exp(-elapsed / this.tau_f);
    this.x = 1 - (1 - this.x) * Math.exp(-elapsed / this.tau_d);
    this.u += this.U * (1 - this.u);
    const released = this.u * this.x;
    this.x -= released;
    this.g += this.w * released;
    this.lastspike = t;
  }
}

/**
 * Gap junction (electrical synapse): at every step a current w (V_pre - V_post) flows into the
 * postsynaptic neuron, Brian2's summed variable `I_post = w * (V_pre - V_post) : 1 (summed)`.
 * A junction couples both ways when the connectivity holds both i -> j and j -> i (allToAll, or
 * fromArrays with both directions).
 */
@synapse
export class GapJunction extends Synapse<{ V: number }, { V: number; I: number }> {
  @param w = 0.1; // [post.I]/mV, coupling conductance: w V is the target's current

  everyStep(t: number, dt: number) {
    this.post.I += this.w * (this.pre.V - this.post.V);
  }
}
