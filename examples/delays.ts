// Per-synapse delays: a synchronous volley from 100 generator neurons, all firing at 5 ms, reaches
// 400 LIF neurons through synapses whose delays are spread uniformly over 1-10 ms. Each synapse
// lifts its target by 16 mV, enough to make it fire, so the raster shows the volley smeared out
// over 6-17 ms (an arrival during the 2 ms refractory period fires the neuron as it ends).
//
//   npx braints run examples/delays.ts
import { Network, fixedNumberPre, uniform } from 'braints';
import { SpikeGeneratorGroup, LIF, DeltaSynapse } from 'braints/models';

export const duration = 25; // ms
export const dt = 0.1; // ms

export default function delays(): Network {
  const volley = new SpikeGeneratorGroup(100, { times: new Array(100).fill(5), indices: Array.from({ length: 100 }, (_, i) => i) });
  const cells = new LIF(400, { V: -65 });
  // each target hears 10 sources, each through its own delay
  const syn = new DeltaSynapse(volley, cells, { connect: fixedNumberPre(10), w: 16, delay: uniform(1, 10) });
  const net = new Network({ volley, cells, syn });
  net.monitorSpikes(cells);
  net.monitorState(cells, ['V'], { neurons: [0, 1, 2, 3] });
  return net;
}
