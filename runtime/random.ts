// The counter-based random generator, in JavaScript. llvm/emit-random.ts emits the same
// arithmetic, so a draw depends only on (seed, stream, step, neuron, draw index): results do not
// depend on thread count, chunking or backend, and the reference executor reproduces them.
//
// Each key word is folded in with MurmurHash3's 32-bit finalizer (a bijection with full avalanche);
// two further finalizations give 2 x 32 bits, of which 53 make the double.

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The part of the key shared by a whole group for one step: computed once per kernel call. */
export function stepKey(seed: number, stream: number, step: number): number {
  return fmix32(fmix32(fmix32((seed + 0x9e3779b9) >>> 0) ^ stream) ^ step);
}

/** A projection's functions, each with a random stream of its own (driver.c's FN_*). */
export const SYNAPSE_FUNCTIONS = { onPre: 0, onPost: 1, update: 2, everyStep: 3 } as const;

/** The stream of one of a projection's functions: onPre keeps the projection's stream (driver.c's STREAM). */
export function synapseStream(stream: number, fn: keyof typeof SYNAPSE_FUNCTIONS): number {
  return (stream | (SYNAPSE_FUNCTIONS[fn] << 24)) >>> 0;
}

/** The key of one neuron in one step. */
export function neuronKey(stepKeyValue: number, neuron: number): number {
  return fmix32(stepKeyValue ^ neuron);
}

export const WORD_SALT = [0x1b873593, 0xe6546b64, 0x85ebca6b, 0xc2b2ae35] as const;

function unit(a: number, b: number): number {
  // 27 + 26 bits, offset by one half so that the result lies in the open interval (0, 1)
  return ((a >>> 5) * 67108864 + (b >>> 6) + 0.5) / 9007199254740992;
}

/** Draw number `counter` of this neuron: uniform in (0, 1). */
export function uniformDraw(key: number, counter: number): number {
  const h = fmix32(key ^ counter);
  return unit(fmix32(h ^ WORD_SALT[0]), fmix32(h ^ WORD_SALT[1]));
}

/** Draw number `counter` of this neuron: standard normal (Box-Muller, cosine branch). */
export function normalDraw(key: number, counter: number): number {
  const h = fmix32(key ^ counter);
  const u1 = unit(fmix32(h ^ WORD_SALT[0]), fmix32(h ^ WORD_SALT[1]));
  const u2 = unit(fmix32(h ^ WORD_SALT[2]), fmix32(h ^ WORD_SALT[3]));
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
