// Refractoriness as a condition: a neuron that spikes once per upward crossing of a threshold.
// Models without a reset (Hodgkin-Huxley, FitzHugh-Nagumo, Morris-Lecar, Hindmarsh-Rose) detect
// spikes this way, as Brian2 does with threshold='V > V_th' and refractory='V > V_th'.
import { state } from './dsl';
import { NeuronGroup } from './group';

/**
 * A neuron group whose spikes are upward crossings of a threshold. A subclass's `update` keeps
 * the value before its step and calls `spikeOnUpwardCrossing(before, after, threshold)` after it:
 *
 *   const V0 = this.V;
 *   this.V = step(this.dV, this.V, this.I);
 *   this.spikeOnUpwardCrossing(V0, this.V, this.V_th);
 */
export abstract class CrossingNeuronGroup extends NeuronGroup {
  /** 1 while the neuron may spike (Brian2's not_refractory); 0 from a spike until a step begins at or below the threshold. */
  @state armed = 1; // 1

  /**
   * Re-arms the neuron if the step began at or below `threshold` (`before`, the value at the
   * step's start), then spikes if it is armed and the value after the step is above it. A value
   * that stays above the threshold for several steps spikes once. The flag is a double like any
   * field, so it is tested with `> 0.5`: an initial value drawn per neuron need not be exactly 1.
   */
  spikeOnUpwardCrossing(before: number, after: number, threshold: number): void {
    if (!(before > threshold)) this.armed = 1;
    if (after > threshold && this.armed > 0.5) {
      this.armed = 0;
      this.spike();
    }
  }
}
