import { neuron, NeuronGroup, current, SPIKE_EVENTS } from '../index';

/**
 * Neurons that fire at given times (Brian2's SpikeGeneratorGroup): neuron indices[e] fires in
 * the step of times[e] (ms, rounded to the nearest step). A network adds the events into the
 * `trigger` current, and update turns a trigger into a spike.
 */
@neuron
export class SpikeGeneratorGroup extends NeuronGroup {
  @current trigger = 0;

  constructor(n: number, spikes: { times: ArrayLike<number>; indices: ArrayLike<number> }) {
    super(n);
    if (spikes.times.length !== spikes.indices.length)
      throw new Error(`SpikeGeneratorGroup: ${spikes.times.length} times for ${spikes.indices.length} indices`);
    (this as unknown as Record<symbol, unknown>)[SPIKE_EVENTS] = spikes;
  }

  update(t: number, dt: number) {
    if (this.trigger > 0) this.spike();
  }
}
