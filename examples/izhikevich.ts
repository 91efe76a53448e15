// Izhikevich regular-spiking neuron driven by a constant input I = 10: the set-up of the Brian2
// reference izhikevich_rs_euler (docs/reference-data.md, section c).
//
// Run it with `npx braints run examples/izhikevich.ts`. Convention of the examples: the default
// export builds the Network (one neuron, its input, a state monitor named after the group
// recording the voltage at every step, and a spike monitor), and `duration` and `dt` (ms) are the
// reference's, which `braints run` uses unless --duration or --dt are given.
import { Network, constant } from 'braints';
import { Izhikevich } from 'braints/models';

/** Simulated time, ms (the reference's T). */
export const duration = 1000;
/** Time step, ms (the reference's dt). */
export const dt = 0.1;

export default function izhikevichExample(): Network {
  // a = 0.02, b = 0.2, c = -65, d = 8; v0 = -65, u0 = -13: the model's defaults (RS cell)
  const izhikevich = new Izhikevich(1);
  const net = new Network({ izhikevich });
  net.input(izhikevich, 'I', constant(10)); // mV/ms, from t = 0
  net.monitorState(izhikevich, ['v']);
  net.monitorSpikes(izhikevich);
  return net;
}
