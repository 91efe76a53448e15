// The COBA benchmark network (Vogels & Abbott 2005; Brette et al. 2007, benchmark 1) as in
// Brian2's benchmark script (bench/brian2/bench_coba.py): 4000 LIF neurons (3200
// excitatory, 800 inhibitory) with conductance synapses, connection probability 0.02 (80
// synapses per neuron), no delay, dt = 0.1 ms.
//
//   npx braints run examples/coba.ts [--duration 1000] [--seed 1]
import { Network, fixedProb, normal } from 'braints';
import { CobaLIF, ExcitatorySynapse, InhibitorySynapse } from 'braints/models';

export const duration = 1000; // ms
export const dt = 0.1; // ms

export interface CobaOptions {
  /** Number of neurons (80 % excitatory); the connection probability keeps 80 synapses per neuron. */
  n?: number;
  /** ms, of every projection (0, the benchmark's: `npm run bench -- mpi --delay` sets it to batch the spike exchange). */
  delay?: number;
}

export default function coba(opts: CobaOptions = {}): Network {
  const n = opts.n ?? 4000;
  const nE = Math.round(0.8 * n);
  const p = 80 / n;
  const v = normal(-55, 5); // mV: Brian2's -55 mV + 5 mV * randn()
  const E = new CobaLIF(nE, { v });
  const I = new CobaLIF(n - nE, { v });
  const connect = fixedProb(p);
  const delay = opts.delay ?? 0;
  const net = new Network({
    E,
    I,
    EE: new ExcitatorySynapse(E, E, { connect, w: 0.6, delay }),
    EI: new ExcitatorySynapse(E, I, { connect, w: 0.6, delay }),
    IE: new InhibitorySynapse(I, E, { connect, w: 6.7, delay }),
    II: new InhibitorySynapse(I, I, { connect, w: 6.7, delay }),
  });
  net.monitorSpikes(E);
  net.monitorSpikes(I);
  return net;
}
