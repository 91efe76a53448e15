// Adaptive exponential integrate-and-fire neuron (Brette & Gerstner 2005, regular spiking) driven
// by a constant 1 nA: the set-up of the Brian2 reference adex_bg2005_euler
// (docs/reference-data.md, section d).
//
// Run it with `npx braints run examples/adex.ts`. Convention of the examples: the default export
// builds the Network (one neuron, its input, a state monitor named after the group recording the
// voltage at every step, and a spike monitor), and `duration` and `dt` (ms) are the reference's,
// which `braints run` uses unless --duration or --dt are given.
import { Network, constant } from 'braints';
import { AdEx } from 'braints/models';

/** Simulated time, ms (the reference's T). */
export const duration = 500;
/** Time step, ms (the reference's dt). */
export const dt = 0.1;

export default function adexExample(): Network {
  // C = 281 pF, gL = 30 nS, EL = -70.6 mV, ...; V0 = EL, w0 = 0: the model's defaults
  const adex = new AdEx(1);
  const net = new Network({ adex });
  net.input(adex, 'I', constant(1000)); // pA (= 1 nA), from t = 0; AdEx's currents are in pA
  net.monitorState(adex, ['V']);
  net.monitorSpikes(adex);
  return net;
}
