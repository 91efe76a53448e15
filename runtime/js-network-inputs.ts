// A network's inputs as the JavaScript network executor applies them: what apply_input (runtime/native/inputs.c)
// adds into currents and states at the start of each step, for signals, listed events and Poisson
// counts (the same draws as the driver's: runtime/poisson.ts is the sampler in both).
import type { InputSpec, RealArray } from './native-memory';
import type { NeuronGroup } from './group';
import { neuronKey, stepKey } from './random';
import { poissonCount, SETUP_SIZE } from './poisson';

/** Adds the inputs of one step into the groups' arrays. */
export type InputStep = (step: number) => void;

/** The inputs of a built network for steps [0, steps); `fieldsOf` gives a group's arrays. */
export function networkInputs(
  specs: readonly InputSpec[],
  fieldsOf: (g: NeuronGroup) => Record<string, RealArray>,
  steps: number,
  dt: number,
  seed: number,
): InputStep {
  const appliers = specs.map((spec): InputStep => {
    const target = fieldsOf(spec.group)[spec.variable];
    const neurons = spec.neurons;
    const count = neurons ? neurons.length : spec.group.size;
    if (spec.kind === 'signal') {
      // a signal's value depends on the step alone (runtime/inputs.ts), so one fill covers the run
      const values = new Float64Array(steps);
      spec.signal.fill(values, 0, dt);
      const w = spec.weights;
      return (s) => {
        const v = values[s];
        for (let j = 0; j < count; j++) target[neurons ? neurons[j] : j] += w ? w[j] * v : v;
      };
    }
    if (spec.kind === 'events') {
      // the build sorted the events by step; each is added in its step, in that order
      const at = spec.steps!;
      let cursor = 0;
      return (s) => {
        for (; cursor < at.length && at[cursor] <= s; cursor++) if (at[cursor] === s) target[spec.indices[cursor]] += spec.values[cursor];
      };
    }
    const setup = spec.params!;
    const weight = setup[SETUP_SIZE];
    return (s) => {
      const key = stepKey(seed, spec.stream, s);
      for (let j = 0; j < count; j++) {
        const i = neurons ? neurons[j] : j;
        target[i] += weight * poissonCount(neuronKey(key, i), setup);
      }
    };
  });
  return (s) => appliers.forEach((apply) => apply(s));
}
