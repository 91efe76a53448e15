// The CUBA benchmark network as Brian2's examples/CUBA.py: 4000 LIF neurons with current-based
// exponential synapses (we = 1.62 mV, wi = -9 mV), connection probability 0.02, dt = 0.1 ms.
//
//   npx braints run examples/cuba.ts
import { Network, fixedProb, uniform } from 'braints';
import { CubaLIF, ExcitatorySynapse, InhibitorySynapse } from 'braints/models';

export const duration = 1000; // ms
export const dt = 0.1; // ms

export default function cuba(opts: { n?: number } = {}): Network {
  const n = opts.n ?? 4000;
  const nE = Math.round(0.8 * n);
  const connect = fixedProb(80 / n);
  const v = uniform(-60, -50); // Brian2: Vr + rand() * (Vt - Vr)
  const E = new CubaLIF(nE, { v });
  const I = new CubaLIF(n - nE, { v });
  const we = (60 * 0.27) / 10,
    wi = (-20 * 4.5) / 10; // mV
  const net = new Network({
    E,
    I,
    EE: new ExcitatorySynapse(E, E, { connect, w: we }),
    EI: new ExcitatorySynapse(E, I, { connect, w: we }),
    IE: new InhibitorySynapse(I, E, { connect, w: wi }),
    II: new InhibitorySynapse(I, I, { connect, w: wi }),
  });
  net.monitorSpikes(E);
  net.monitorSpikes(I);
  return net;
}
