// Quadratic integrate-and-fire neuron driven above its rheobase (500 pA): the network for
// `npx braints run examples/qif.ts`, and the model for its 1-D phase line below the rheobase,
//   npx braints analyze examples/qif.ts --model QIF --vars V --range V=-80:-40 --set I=200
// (docs/analysis.md): rest at -60 - sqrt(60) mV, threshold at -60 + sqrt(60) mV.
import { Network, constant } from 'braints';
import { QIF } from 'braints/models';

export { QIF };

/** Simulated time, ms. */
export const duration = 200;
/** Time step, ms. */
export const dt = 0.1;

export default function qifExample(): Network {
  // C = 1000 pF, a = 5 nS/mV, EL = -70 mV, VT = -50 mV: the model's defaults
  const qif = new QIF(1);
  const net = new Network({ qif });
  net.input(qif, 'I', constant(600)); // pA, above the rheobase a (VT - EL)^2 / 4 = 500 pA
  net.monitorState(qif, ['V']);
  net.monitorSpikes(qif);
  return net;
}
