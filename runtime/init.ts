// Initial values of a group's variables: a constant, an array, a seeded distribution, or a function
// of the neuron index. Distributions draw from the counter-based generator, so a value depends
// only on (seed, group, variable, neuron).
import { fmix32, normalDraw, uniformDraw } from './random';

export type Initializer =
  | number
  | ArrayLike<number>
  | ((i: number) => number)
  | { kind: 'uniform'; low: number; high: number }
  | { kind: 'normal'; mean: number; std: number };

/** Uniformly distributed values in [low, high). */
export function uniform(low: number, high: number): Initializer {
  if (!(high >= low)) throw new Error(`uniform(${low}, ${high}): high must not be below low`);
  return { kind: 'uniform', low, high };
}

/** Normally distributed values. */
export function normal(mean: number, std: number): Initializer {
  if (!(std >= 0)) throw new Error(`normal(${mean}, ${std}): std must be >= 0`);
  return { kind: 'normal', mean, std };
}

/** True when the initializer gives every neuron its own value. */
export const isPerNeuron = (init: Initializer): boolean => typeof init !== 'number';

/** Stream id of one variable of one group, for initial-value draws. */
function initStream(group: string, variable: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${group}\u0000${variable}`) h = fmix32(h ^ ch.codePointAt(0)!);
  return h;
}

export function fillInitial(out: Float64Array, init: Initializer, seed: number, group: string, variable: string): void {
  const n = out.length;
  if (typeof init === 'number') {
    out.fill(init);
  } else if (typeof init === 'function') {
    for (let i = 0; i < n; i++) out[i] = init(i);
  } else if ('kind' in init) {
    const key = fmix32(fmix32(seed >>> 0) ^ initStream(group, variable));
    for (let i = 0; i < n; i++) {
      const k = fmix32(key ^ i);
      out[i] = init.kind === 'uniform' ? init.low + (init.high - init.low) * uniformDraw(k, 0) : init.mean + init.std * normalDraw(k, 0);
    }
  } else {
    if (init.length !== n) throw new Error(`${group}.${variable}: the initial array has ${init.length} values for ${n} neurons`);
    for (let i = 0; i < n; i++) out[i] = init[i];
  }
}
