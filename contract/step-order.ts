// The order of one network step, from t to t + dt: the one list that the native driver
// (runtime/native/driver.c names these phases in its comments), the JavaScript reference
// executor (runtime/js-network-reference.ts runs them in this order) and the docs
// (docs/semantics.md, docs/architecture.md) follow; test/contract.test.ts checks that they do.
// It is Brian2's order for a group's own variables; as in Brian2, spikes with delay 0 are
// delivered in the step they are emitted, after the neuron updates.

export const STEP_PHASES = {
  /**
   * Inputs: signals add into current accumulators (a uniform current is set); events and
   * Poisson counts add into currents or jump states.
   */
  inputs: 'inputs',
  /**
   * Each projection's per-target update(t, dt), for every postsynaptic neuron (it may add into
   * the neuron's currents), then its everyStep(t, dt) for every synapse (gap junctions).
   */
  synapseDynamics: 'synapseDynamics',
  /** State monitors record (every `period` steps): after everything that adds into this step's currents. */
  stateMonitors: 'stateMonitors',
  /** Each group's kernel advances its neurons from t to t + dt, sets a spike flag per neuron and clears its currents. */
  neurons: 'neurons',
  /**
   * The step's spikes are gathered: counted, appended to spike monitors as (step, neuron) pairs,
   * and listed in the group's spike ring (one slot per step of the longest delay leaving it).
   */
  spikeGathering: 'spikeGathering',
  /**
   * Each projection delivers the spikes whose delay has passed (onPre): with one delay, the ring
   * slot of `delay` steps ago, row by row; with per-synapse delays, each new spike's synapses are
   * queued for their arrival step and the current step's queue is run as synapse indices.
   */
  delivery: 'delivery',
  /** Each projection with onPost runs it for the synapses onto the neurons that spiked in this step. */
  onPost: 'onPost',
} as const;

export type StepPhase = keyof typeof STEP_PHASES;

/** The phases of one step, in order. */
export const STEP_ORDER = Object.keys(STEP_PHASES) as StepPhase[];
