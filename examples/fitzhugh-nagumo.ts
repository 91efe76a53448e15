// FitzHugh-Nagumo neuron driven by I = 0.5, in its oscillating range: the network for
// `npx braints run examples/fitzhugh-nagumo.ts`, and the model for its phase plane,
//   npx braints analyze examples/fitzhugh-nagumo.ts --model FitzHughNagumo --vars v,w \
//     --range v=-3:3,w=-2:3 --set I=0.5 --trajectory v=0,w=0
// (docs/analysis.md): `analyze` takes a model class the file exports.
import { Network, constant } from 'braints';
import { FitzHughNagumo } from 'braints/models';

export { FitzHughNagumo };

/** Simulated time, ms: about ten periods of the relaxation oscillation (39.5 ms). */
export const duration = 400;
/** Time step, ms. */
export const dt = 0.01;

export default function fitzHughNagumoExample(): Network {
  // a = 0.7, b = 0.8, tau = 12.5: FitzHugh's values, the model's defaults; (v, w) starts at rest for I = 0
  const fhn = new FitzHughNagumo(1);
  const net = new Network({ fhn });
  net.input(fhn, 'I', constant(0.5));
  net.monitorState(fhn, ['v', 'w']);
  net.monitorSpikes(fhn);
  return net;
}
