// Leaky integrate-and-fire neuron driven by a constant input: the set-up of the Brian2 references
// lif_euler and lif_exact (docs/reference-data.md, section b).
//
// Run it with `npx braints run examples/lif.ts`. Convention of the examples: the default export
// builds the Network (one neuron, its input, a state monitor named after the group recording the
// voltage at every step, and a spike monitor), and `duration` and `dt` (ms) are the reference's,
// which `braints run` uses unless --duration or --dt are given.
import { Network, constant } from 'braints';
import { LIF, LIFExact } from 'braints/models';

/** Simulated time, ms (the reference's T). */
export const duration = 200;
/** Time step, ms (the reference's dt). */
export const dt = 0.1;

export interface LifExampleOptions {
  /** Integrate exactly (the reference lif_exact) instead of forward Euler (lif_euler). */
  exact?: boolean;
}

export default function lifExample(opts: LifExampleOptions = {}): Network {
  // tau = 10 ms, V_rest = V_reset = -65 mV, V_th = -50 mV, t_ref = 2 ms: the model's defaults
  const lif = opts.exact ? new LIFExact(1) : new LIF(1);
  const net = new Network({ lif });
  net.input(lif, 'I', constant(20)); // R I = 20 mV (R = 1), from t = 0
  net.monitorState(lif, ['V']);
  net.monitorSpikes(lif);
  return net;
}
