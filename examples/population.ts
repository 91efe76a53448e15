// A population of 2000 noisy leaky integrate-and-fire neurons, each with its own membrane time
// constant, driven by a slow ramp of input current: the main demo of the README.
//
//   npx braints run examples/population.ts      (writes out/: a raster, voltage traces, NPY, summary)
//
// The model is written here, in the user's own file: `braints run` compiles it to native code.
import { neuron, NeuronGroup, param, state, current, ode, step, noise, Network, ramp, uniform } from 'braints';

@neuron
export class NoisyLIF extends NeuronGroup {
  @param tau = 20; // ms
  @param E_L = -65; // mV
  @param V_th = -50; // mV
  @param V_reset = -70; // mV
  @param sigma = 2; // mV, standard deviation of the free membrane fluctuations
  @param t_ref = 3; // ms
  @state V = -65; // mV
  @state t_last = -1e9; // ms
  @current I = 0; // mV (input times resistance)

  // Ornstein-Uhlenbeck membrane: tau dV/dt = E_L - V + I + sigma sqrt(2 tau) xi(t)
  @ode({ method: 'euler_maruyama' })
  dV(V: number, I: number) {
    return (this.E_L - V + I) / this.tau + this.sigma * Math.sqrt(2 / this.tau) * noise();
  }

  update(t: number, dt: number) {
    if (t - this.t_last < this.t_ref) return; // refractory: V is held at V_reset
    this.V = step(this.dV, this.V, this.I);
    if (this.V > this.V_th) {
      this.V = this.V_reset;
      this.t_last = t;
      this.spike();
    }
  }
}

export const duration = 1000; // ms
export const dt = 0.1; // ms

export default function population(): Network {
  const cells = new NoisyLIF(2000, { tau: uniform(10, 30), V: uniform(-70, -50) });
  const net = new Network({ cells });
  net.input(cells, 'I', ramp(5, 25, 0, 1000)); // 5 mV -> 25 mV over the second
  net.monitorSpikes(cells);
  net.monitorState(cells, ['V'], { neurons: [0, 1, 2, 3] });
  return net;
}
