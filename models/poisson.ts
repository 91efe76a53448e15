import { neuron, NeuronGroup, param, rand } from '../index';

/**
 * Independent Poisson spike trains (Brian2's PoissonGroup): in each step a neuron fires with
 * probability rate * dt (rate in Hz, dt in ms), drawn from the counter-based generator, so the
 * trains are reproducible per seed. Give `rate` per neuron for heterogeneous rates.
 */
@neuron
export class PoissonGroup extends NeuronGroup {
  @param rate = 10; // Hz

  update(t: number, dt: number) {
    if (rand() < this.rate * dt * 1e-3) this.spike();
  }
}
