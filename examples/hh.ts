// Hodgkin-Huxley squid axon driven by a constant current of 10 uA/cm2: the set-up of the Brian2
// references hh_rk4 and hh_exponential_euler (docs/reference-data.md, section a).
//
// Run it with `npx braints run examples/hh.ts`. Convention of the examples: the default export
// builds the Network (one neuron, its input, a state monitor named after the group recording the
// voltage at every step, and a spike monitor), and `duration` and `dt` (ms) are the reference's,
// which `braints run` uses unless --duration or --dt are given.
import { Network, constant } from 'braints';
import { HodgkinHuxley, HodgkinHuxleyExpEuler } from 'braints/models';

/** Simulated time, ms (the reference's T). */
export const duration = 100;
/** Time step, ms (the reference's dt). */
export const dt = 0.01;

export interface HhExampleOptions {
  /** 'rk4' (default, the reference hh_rk4) or 'exp_euler' (hh_exponential_euler). */
  method?: 'rk4' | 'exp_euler';
}

export default function hhExample(opts: HhExampleOptions = {}): Network {
  // V0 = -65 mV and the gates at their steady state there: the model's defaults
  const hh = opts.method === 'exp_euler' ? new HodgkinHuxleyExpEuler(1) : new HodgkinHuxley(1);
  const net = new Network({ hh });
  net.input(hh, 'I', constant(10)); // uA/cm2, from t = 0
  net.monitorState(hh, ['V']);
  net.monitorSpikes(hh); // one spike per upward crossing of 0 mV
  return net;
}
