// Spike-timing-dependent plasticity (Song, Miller & Abbott 2000), as Brian2's
// examples/synapses/STDP.py: 1000 Poisson inputs at 15 Hz drive one integrate-and-fire neuron
// through STDP synapses. Competition between the inputs drives the weights to a bimodal
// distribution: most near 0 or near wmax.
//
//   npx braints run examples/stdp.ts      (100 s of simulated time)
import { neuron, NeuronGroup, param, state, ode, step, Network, allToAll, uniform } from 'braints';
import { PoissonGroup, STDPSynapse } from 'braints/models';

/** taum dv/dt = ge (Ee - v) + El - v;  taue dge/dt = -ge;  v > vt: v = vr. */
@neuron
export class SongNeuron extends NeuronGroup {
  @param taum = 10; // ms
  @param taue = 5; // ms
  @param Ee = 0; // mV
  @param El = -74; // mV
  @param vt = -54; // mV
  @param vr = -60; // mV
  @state v = -60; // mV
  @state ge = 0;

  @ode({ method: 'exp_euler' })
  dv(v: number, ge: number) {
    return [(ge * (this.Ee - v) + this.El - v) / this.taum, -ge / this.taue];
  }

  update(t: number, dt: number) {
    [this.v, this.ge] = step(this.dv, this.v, this.ge);
    if (this.v > this.vt) {
      this.v = this.vr;
      this.spike();
    }
  }
}

export const duration = 100_000; // ms
export const dt = 0.1; // ms

export default function stdp(): Network {
  const inputs = new PoissonGroup(1000, { rate: 15 });
  const cell = new SongNeuron(1);
  const plastic = new STDPSynapse(inputs, cell, { connect: allToAll(), w: uniform(0, 0.01) });
  const net = new Network({ inputs, cell, plastic });
  net.monitorSpikes(cell);
  net.monitorState(cell, ['v'], { every: 10 });
  // every weight once a simulated second, from t = 0 to the end (plastic.w.npy, plastic.synapses.npy)
  net.monitorState(plastic, ['w'], { every: 10_000, includeEnd: true });
  return net;
}
