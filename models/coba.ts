import { neuron, synapse, NeuronGroup, Synapse, param, state, ode, step, refractoryOver } from '../index';

/**
 * What the COBA and CUBA neurons share: Brian2's refractory LIF step with two synaptic variables
 * ge and gi that decay while v integrates (all advanced together from their old values), v held
 * during the refractory period, threshold v > Vt, reset v = Vr. Units: ms, mV.
 */
export abstract class TwoSynapseLIF extends NeuronGroup {
  @param taum = 20; // ms
  @param taue = 5; // ms
  @param taui = 10; // ms
  @param Vt = -50; // mV
  @param Vr = -60; // mV
  @param t_ref = 5; // ms
  @state v = -60; // mV
  @state ge = 0; // 1, excitatory conductance, in units of the leak conductance
  @state gi = 0; // 1, inhibitory conductance, in units of the leak conductance
  @state t_last = -1e9; // ms, time of the last spike

  /** Brian2's refractoriness: timestep(t - lastspike) >= timestep(t_ref). */
  active(t: number, dt: number) {
    return refractoryOver(t, this.t_last, this.t_ref, dt);
  }

  /** Threshold on the new values (only out of the refractory period), reset and spike. */
  fire(t: number, active: boolean) {
    if (active && this.v > this.Vt) {
      this.v = this.Vr;
      this.t_last = t;
      this.spike();
    }
  }
}

/**
 * The leaky integrate-and-fire neuron with conductance-based synapses of the COBA benchmark
 * (Vogels & Abbott 2005; Brette et al. 2007, benchmark 1), in the form of Brian2's benchmark script:
 *   taum dv/dt = ge (Ee - v) + gi (Ei - v) - (v - El) + I      (not while refractory)
 *   dge/dt = -ge / taue,   dgi/dt = -gi / taui                 (conductances in units of gL)
 * forward Euler, as Brian2's 'euler'. I is a voltage (the drive times the leak resistance).
 */
@neuron
export class CobaLIF extends TwoSynapseLIF {
  @param El = -60; // mV
  @param Ee = 0; // mV
  @param Ei = -80; // mV
  @param I = 20; // mV

  @ode({ method: 'euler' })
  dv(v: number, ge: number, gi: number) {
    // times 1/taum (computed once per step), as Brian2's benchmark writes it: no division per neuron
    return (ge * (this.Ee - v) + gi * (this.Ei - v) - (v - this.El) + this.I) * (1 / this.taum);
  }

  @ode({ method: 'euler' })
  dg(ge: number, gi: number) {
    return [-ge * (1 / this.taue), -gi * (1 / this.taui)];
  }

  update(t: number, dt: number) {
    const active = this.active(t, dt);
    const [ge, gi] = step(this.dg, this.ge, this.gi);
    if (active) this.v = step(this.dv, this.v, this.ge, this.gi);
    this.ge = ge;
    this.gi = gi;
    this.fire(t, active);
  }
}

/**
 * The current-based variant (CUBA, Brian2's examples/CUBA.py):
 *   taum dv/dt = ge + gi - (v - El),  taue dge/dt = -ge,  taui dgi/dt = -gi   (ge, gi in mV)
 * integrated exactly, as Brian2's 'exact' method does: over a step ge and gi decay exponentially,
 * and v follows the closed-form solution of the linear system (v held while refractory).
 */
@neuron
export class CubaLIF extends TwoSynapseLIF {
  @param El = -49; // mV
  @state override ge = 0; // mV, excitatory synaptic input (a current times the membrane resistance)
  @state override gi = 0; // mV, inhibitory synaptic input

  update(t: number, dt: number) {
    const active = this.active(t, dt);
    const em = Math.exp(-dt / this.taum),
      ee = Math.exp(-dt / this.taue),
      ei = Math.exp(-dt / this.taui);
    if (active) {
      // v(dt) = El + (v - El) em + ge taue / (taue - taum) (ee - em) + gi taui / (taui - taum) (ei - em)
      this.v =
        this.El +
        (this.v - this.El) * em +
        ((this.ge * this.taue) / (this.taue - this.taum)) * (ee - em) +
        ((this.gi * this.taui) / (this.taui - this.taum)) * (ei - em);
    }
    this.ge *= ee;
    this.gi *= ei;
    this.fire(t, active);
  }
}

/** A spike adds w to the target's excitatory conductance (or current) ge. */
@synapse
export class ExcitatorySynapse extends Synapse<object, { ge: number }> {
  @param w = 0.6; // [post.ge]

  onPre(t: number, dt: number) {
    this.post.ge += this.w;
  }
}

/** A spike adds w to the target's inhibitory conductance (or current) gi. */
@synapse
export class InhibitorySynapse extends Synapse<object, { gi: number }> {
  @param w = 6.7; // [post.gi]

  onPre(t: number, dt: number) {
    this.post.gi += this.w;
  }
}
