// A network whose two target groups take as many synapses each, so that on two threads they are
// dealt whole to the threads (runtime/deal-targets.ts) and on three they are not: every kind of
// delivery, each from one thread, on two (the threads test) and across a checkpoint (its test).
import { Network, fixedProb, normal, uniform } from '../../index';
import { CobaLIF, ExcitatorySynapse, InhibitorySynapse } from '../../models/index';

/**
 * Two columns A and B of 350 neurons, each driven by a constant current: A to A dense with normal
 * per-synapse delays (rows sorted by delay), A to B dense with one delay (whole rows), B to A and
 * B to B sparse with uniform per-synapse delays (a delay queue: the bounds would cost more than
 * the delays). Each column receives about 67,400 synapses.
 */
export function twoColumns(): Network {
  const A = new CobaLIF(350, { v: uniform(-60, -50), I: 15 });
  const B = new CobaLIF(350, { v: uniform(-60, -50), I: 14 });
  return new Network({
    A,
    B,
    AA: new ExcitatorySynapse(A, A, { connect: fixedProb(0.5), delay: normal(1, 0.3, { min: 0.1 }), w: 0.05 }),
    AB: new ExcitatorySynapse(A, B, { connect: fixedProb(0.5), delay: 0.5, w: 0.05 }),
    BA: new InhibitorySynapse(B, A, { connect: fixedProb(0.05), delay: uniform(0.2, 2), w: 0.5 }),
    BB: new InhibitorySynapse(B, B, { connect: fixedProb(0.05), delay: uniform(0.2, 2), w: 0.5 }),
  });
}
