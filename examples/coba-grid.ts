// The COBA network (examples/coba.ts) over a 16 x 16 grid of synaptic weights: excitatory weight
// we (EE.w = EI.w) and inhibitory weight wi (IE.w = II.w), 256 instances in one native run
// (net.instances): the groups of all instances side by side, each projection block-diagonal, each
// instance with its own weights and the same seed, so every instance is the network examples/coba.ts
// builds with those weights. braints run writes the rate of E and I per instance and plots them
// as heat maps over (we, wi) (E.rate.png, I.rate.png). To run in seconds, each instance has 1000
// neurons (80 synapses each, as in examples/coba.ts) and the default duration is 200 ms.
//
//   npx braints run examples/coba-grid.ts [--duration 1000] [--seed 1]
import type { Instances } from 'braints';
import coba from './coba';

export const duration = 200; // ms
export const dt = 0.1; // ms

export interface CobaGridOptions {
  /** Neurons per instance. */
  n?: number;
  /** Grid points per axis. */
  side?: number;
}

/** `side` values evenly from `from` to `to`. */
const axis = (from: number, to: number, side: number) =>
  Array.from({ length: side }, (_, j) => (side > 1 ? from + ((to - from) * j) / (side - 1) : from));

export default function cobaGrid(opts: CobaGridOptions = {}): Instances {
  const side = opts.side ?? 16;
  const we = axis(0.1, 1.6, side); // the excitatory weights: coba.ts has 0.6
  const wi = axis(1, 16, side); // the inhibitory weights: coba.ts has 6.7
  // instance k = i * side + j: we[j], wi[i]
  const weOf = Array.from({ length: side * side }, (_, k) => we[k % side]);
  const wiOf = Array.from({ length: side * side }, (_, k) => wi[Math.floor(k / side)]);
  const net = coba({ n: opts.n ?? 1000 });
  return net.instances(side * side, { 'EE.w': weOf, 'EI.w': weOf, 'IE.w': wiOf, 'II.w': wiOf });
}
