// The COBAHH benchmark network (Brette et al. 2007, benchmark 3) as Brian2's examples/COBAHH.py:
// 4000 Traub-Miles Hodgkin-Huxley neurons (3200 excitatory, 800 inhibitory), conductance
// synapses (we = 6 nS, wi = 67 nS), connection probability 0.02, exponential Euler, dt = 0.1 ms.
//
//   npx braints run examples/cobahh.ts
import { Network, fixedProb, normal } from 'braints';
import { TraubHH, ExcitatorySynapse, InhibitorySynapse } from 'braints/models';

export const duration = 1000; // ms
export const dt = 0.1; // ms

export default function cobahh(opts: { n?: number } = {}): Network {
  const n = opts.n ?? 4000;
  const nE = Math.round(0.8 * n);
  const connect = fixedProb(80 / n);
  // Brian2: v = El + (5 randn() - 5) mV, ge = (1.5 randn() + 4) 10 nS, gi = (12 randn() + 20) 10 nS
  const init = { v: normal(-65, 5), ge: normal(40, 15), gi: normal(200, 120) };
  const E = new TraubHH(nE, init);
  const I = new TraubHH(n - nE, init);
  const net = new Network({
    E,
    I,
    EE: new ExcitatorySynapse(E, E, { connect, w: 6 }),
    EI: new ExcitatorySynapse(E, I, { connect, w: 6 }),
    IE: new InhibitorySynapse(I, E, { connect, w: 67 }),
    II: new InhibitorySynapse(I, I, { connect, w: 67 }),
  });
  net.monitorSpikes(E);
  net.monitorSpikes(I);
  net.monitorState(E, ['v'], { neurons: [0, 1, 2] });
  return net;
}
