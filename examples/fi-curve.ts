// The f-I curve of the Hodgkin-Huxley squid axon: 1000 instances of one neuron (examples/hh.ts'
// set-up), instance k driven by its own constant current I_k from 0 to 50 uA/cm2, all run in one
// native run (net.instances): the kernel advances the 1000 neurons together, vectorized, as one
// group. braints run writes each instance's rate (hh.rate_hz.npy, against instances.hh.I.npy) and
// plots it against the current (hh.rate.png): no firing below about 6.3 uA/cm2, then a jump to
// about 50 Hz (HH's type II onset), then a slow rise.
//
//   npx braints run examples/fi-curve.ts [--duration 500]
import { Network, constant } from 'braints';
import type { Instances } from 'braints';
import { HodgkinHuxley } from 'braints/models';

/** Simulated time, ms: the rate is the spikes over it (the first spike's transient included). */
export const duration = 500;
/** Time step, ms (examples/hh.ts'). */
export const dt = 0.01;

export interface FiCurveOptions {
  /** Number of currents (instances), evenly from 0 to maxCurrent. */
  currents?: number;
  /** The largest current, uA/cm2. */
  maxCurrent?: number;
}

export default function fiCurve(opts: FiCurveOptions = {}): Instances {
  const n = opts.currents ?? 1000;
  const max = opts.maxCurrent ?? 50;
  const hh = new HodgkinHuxley(1);
  const net = new Network({ hh });
  net.input(hh, 'I', constant(0)); // uA/cm2; each instance's own constant below
  const currents = Array.from({ length: n }, (_, k) => (n > 1 ? (k * max) / (n - 1) : max));
  return net.instances(n, { 'hh.I': currents });
}
