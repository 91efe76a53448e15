import { neuron, NeuronGroup, current, SPIKE_EVENTS } from '../index';
import type { SpikeEvents } from '../index';
import { BraintsError } from '../runtime/errors';

/**
 * Neurons that fire at given times (Brian2's SpikeGeneratorGroup): neuron indices[e] fires in
 * the step of times[e] (ms): by default the step that holds t, Brian2's floor((t + 1e-3 dt) / dt)
 * (7.05 ms at dt 0.1 ms is step 70), or the nearest step with `binning: 'nearest'` (step 71; half
 * steps go up). A neuron listed twice in one step is an error. A network adds the events into the
 * `trigger` current, and update turns a trigger into a spike.
 */
@neuron
export class SpikeGeneratorGroup extends NeuronGroup {
  @current trigger = 0; // 1, events of this step (a network adds 1 per listed spike)

  constructor(n: number, spikes: SpikeEvents) {
    super(n);
    if (spikes.times.length !== spikes.indices.length)
      throw new BraintsError(`SpikeGeneratorGroup: ${spikes.times.length} times for ${spikes.indices.length} indices`);
    (this as unknown as Record<symbol, unknown>)[SPIKE_EVENTS] = spikes;
  }

  update(t: number, dt: number) {
    if (this.trigger > 0) this.spike();
  }
}
