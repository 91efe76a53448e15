import { synapse, Synapse, param, state } from '../index';

/**
 * Pair-based spike-timing-dependent plasticity with all-to-all trace interactions (Song, Miller &
 * Abbott 2000), as Brian2's examples/synapses/STDP.py: a presynaptic spike adds w to the target's
 * conductance ge, bumps the presynaptic trace apre and depresses w by the postsynaptic trace; a
 * postsynaptic spike bumps apost and potentiates w by apre. w is kept in [0, wmax]. The traces
 * decay exponentially and are brought up to date when an event reaches the synapse.
 * Units: ms; w, wmax, dApre, dApost in the units of the target's ge.
 */
@synapse
export class STDPSynapse extends Synapse<object, { ge: number }> {
  @param taupre = 20; // ms
  @param taupost = 20; // ms
  @param wmax = 0.01; // [post.ge], upper bound of w
  @param dApre = 0.0001; // [post.ge], 0.01 wmax
  @param dApost = -0.000105; // [post.ge], -dApre taupre / taupost * 1.05
  @state w = 0.005; // [post.ge], weight
  @state apre = 0; // [post.ge], presynaptic trace
  @state apost = 0; // [post.ge], postsynaptic trace
  @state lastupdate = 0; // ms, time of the last event

  /** Decays both traces from the last event to t. */
  decay(t: number) {
    const elapsed = t - this.lastupdate;
    this.apre = this.apre * Math.exp(-elapsed / this.taupre);
    this.apost = this.apost * Math.exp(-elapsed / this.taupost);
    this.lastupdate = t;
  }

  onPre(t: number, dt: number) {
    this.decay(t);
    this.post.ge += this.w;
    this.apre += this.dApre;
    this.w = Math.min(Math.max(this.w + this.apost, 0), this.wmax);
  }

  onPost(t: number, dt: number) {
    this.decay(t);
    this.apost += this.dApost;
    this.w = Math.min(Math.max(this.w + this.apre, 0), this.wmax);
  }
}
