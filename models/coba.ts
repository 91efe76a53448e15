import { neuron, synapse, NeuronGroup, Synapse, param, state, current, ode, step } from '../index';

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
  @state ge = 0;
  @state gi = 0;
  @state t_last = -1e9; // ms, time of the last spike

  abstract dv(v: number, ge: number, gi: number): number;
  abstract dg(ge: number, gi: number): number[];

  update(t: number, dt: number) {
    // Brian2's refractoriness: timestep(t - lastspike) >= timestep(t_ref)
    const active = Math.trunc((t - this.t_last + 1e-3 * dt) / dt) >= Math.trunc((this.t_ref + 1e-3 * dt) / dt);
    const [ge, gi] = step(this.dg, this.ge, this.gi);
    if (active) this.v = step(this.dv, this.v, this.ge, this.gi);
    this.ge = ge;
    this.gi = gi;
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
    return (ge * (this.Ee - v) + gi * (this.Ei - v) - (v - this.El) + this.I) / this.taum;
  }

  @ode({ method: 'euler' })
  dg(ge: number, gi: number) {
    return [-ge / this.taue, -gi / this.taui];
  }
}

/**
 * The current-based variant (CUBA, Brian2's examples/CUBA.py):
 *   taum dv/dt = ge + gi - (v - El),  taue dge/dt = -ge,  taui dgi/dt = -gi   (ge, gi in mV)
 * integrated with exponential Euler (each equation is linear in its variable; Brian2's 'exact'
 * solves the coupled system and differs from this by O(dt^2) per step).
 */
@neuron
export class CubaLIF extends TwoSynapseLIF {
  @param El = -49; // mV

  @ode({ method: 'exp_euler' })
  dv(v: number, ge: number, gi: number) {
    return (ge + gi - (v - this.El)) / this.taum;
  }

  @ode({ method: 'exp_euler' })
  dg(ge: number, gi: number) {
    return [-ge / this.taue, -gi / this.taui];
  }
}

/** A spike adds w to the target's excitatory conductance (or current) ge. */
@synapse
export class ExcitatorySynapse extends Synapse<object, { ge: number }> {
  @param w = 0.6;

  onPre(t: number, dt: number) {
    this.post.ge += this.w;
  }
}

/** A spike adds w to the target's inhibitory conductance (or current) gi. */
@synapse
export class InhibitorySynapse extends Synapse<object, { gi: number }> {
  @param w = 6.7;

  onPre(t: number, dt: number) {
    this.post.gi += this.w;
  }
}
