// A network's inputs as the JavaScript network executor applies them: what driver.c's apply_input
// adds into current accumulators at each step, for signals and listed events. Poisson inputs are
// not reproduced: their counts come from the C library's exp, log and cos, which JavaScript's Math
// need not match to the last bit.
import type { InputSpec } from './network';
import type { NeuronGroup } from './group';

/** Adds the inputs of one step into the groups' current arrays. */
export type InputStep = (step: number) => void;

/**
 * The inputs of a built network for steps [0, steps); `fieldsOf` gives a group's arrays. Throws
 * for an input kind it cannot reproduce.
 */
export function networkInputs(
  specs: readonly InputSpec[],
  fieldsOf: (g: NeuronGroup) => Record<string, Float64Array>,
  steps: number,
  dt: number,
): InputStep {
  const appliers = specs.map((spec): InputStep => {
    const current = fieldsOf(spec.group)[spec.current];
    const neurons = spec.neurons;
    if (spec.kind === 'signal') {
      // a signal's value depends on the step alone (runtime/inputs.ts), so one fill covers the run
      const values = new Float64Array(steps);
      spec.signal.fill(values, 0, dt);
      const w = spec.weights;
      const count = neurons ? neurons.length : spec.group.size;
      return (s) => {
        const v = values[s];
        for (let j = 0; j < count; j++) current[neurons ? neurons[j] : j] += w ? w[j] * v : v;
      };
    }
    if (spec.kind === 'events') {
      // the build sorted the events by step; each is added in its step, in that order
      const at = spec.steps!;
      let cursor = 0;
      return (s) => {
        for (; cursor < at.length && at[cursor] <= s; cursor++) if (at[cursor] === s) current[spec.indices[cursor]] += spec.values[cursor];
      };
    }
    throw new Error(
      `runNetworkReference: the Poisson input into ${spec.current} is not supported (its draws use the C library's math); use signal or event inputs`,
    );
  });
  return (s) => appliers.forEach((apply) => apply(s));
}
