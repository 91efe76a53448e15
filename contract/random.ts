// The counter-based random generator's definition, shared by its three forms: JavaScript
// (runtime/random.ts draws through these functions), C (runtime/native/random.h, generated from
// this module by contract/c-headers.ts) and LLVM (llvm/emit-random.ts emits the same arithmetic
// with these constants). A draw depends only on (seed, stream, step, element, draw index), so
// results do not depend on thread count, chunking or backend. test/contract.test.ts checks that
// the JavaScript and C forms agree on sample keys, test/random.test.ts that the kernels do.
//
// Each key word is folded in with MurmurHash3's 32-bit finalizer (a bijection with full
// avalanche); two further finalizations, salted, give 2 x 32 bits, of which 53 make the double.

/** MurmurHash3's fmix32: h ^= h >> 16; h *= m0; h ^= h >> 13; h *= m1; h ^= h >> 16. */
export const FMIX32 = { shifts: [16, 13, 16], multipliers: [0x85ebca6b, 0xc2b2ae35] } as const;

/** Added to the seed before its first finalization (2^32 / golden ratio), so seed 0 is no fixed point. */
export const SEED_OFFSET = 0x9e3779b9;

/** XOR-ed into a draw's key before the two finalizations of each uniform (a normal draw uses all four). */
export const WORD_SALT = [0x1b873593, 0xe6546b64, 0x85ebca6b, 0xc2b2ae35] as const;

/**
 * A uniform in (0, 1) from two 32-bit words a and b: ((a >> 5) * 2^26 + (b >> 6) + 0.5) / 2^53,
 * 27 + 26 bits offset by one half so that neither 0 nor 1 is drawn.
 */
export const UNIT = { highShift: 5, lowShift: 6, highScale: 2 ** 26, denominator: 2 ** 53 } as const;

/**
 * A float32 kernel's uniform in (0, 1) from the first word a alone: ((a >> 9) + 0.5) / 2^23, 23
 * bits offset by one half, exact in float (24 significant bits), so neither 0 nor 1 is drawn
 * (rounding UNIT's double to float would give 1 for the top 2^-25 of draws).
 */
export const UNIT32 = { shift: 9, denominator: 2 ** 23 } as const;

/** A projection's functions, each with a random stream of its own. */
export const SYNAPSE_FUNCTIONS = { onPre: 0, onPost: 1, update: 2, everyStep: 3 } as const;
export type SynapseMethodName = keyof typeof SYNAPSE_FUNCTIONS;

/** Where a synapse function's number goes in its stream: bits 24 up, above any projection's stream. */
export const STREAM_FUNCTION_SHIFT = 24;

export function fmix32(h: number): number {
  h ^= h >>> FMIX32.shifts[0];
  h = Math.imul(h, FMIX32.multipliers[0]);
  h ^= h >>> FMIX32.shifts[1];
  h = Math.imul(h, FMIX32.multipliers[1]);
  h ^= h >>> FMIX32.shifts[2];
  return h >>> 0;
}

/** The part of the key shared by a whole group for one step: computed once per kernel call. */
export function stepKey(seed: number, stream: number, step: number): number {
  return fmix32(fmix32(fmix32((seed + SEED_OFFSET) >>> 0) ^ stream) ^ step);
}

/** The key of one neuron in one step (of one synapse, or target neuron, in a synapse function). */
export function neuronKey(stepKeyValue: number, element: number): number {
  return fmix32(stepKeyValue ^ element);
}

/**
 * The stream of one of a projection's functions: onPre keeps the projection's stream, onPost,
 * update and everyStep get their own, so a synapse's draws in onPre are not those of target
 * neuron k in update.
 */
export function synapseStream(stream: number, fn: SynapseMethodName): number {
  return (stream | (SYNAPSE_FUNCTIONS[fn] << STREAM_FUNCTION_SHIFT)) >>> 0;
}

/** The double of two finalized words (see UNIT). */
export function unitOf(a: number, b: number): number {
  return ((a >>> UNIT.highShift) * UNIT.highScale + (b >>> UNIT.lowShift) + 0.5) / UNIT.denominator;
}

/** The float of one finalized word (see UNIT32), exact in float32. */
export function unit32Of(a: number): number {
  return ((a >>> UNIT32.shift) + 0.5) / UNIT32.denominator;
}

/** Draw number `counter` of an element at float32: uniform in (0, 1), from salt 0 (UNIT32). */
export function uniformDraw32(key: number, counter: number): number {
  return unit32Of(fmix32(fmix32(key ^ counter) ^ WORD_SALT[0]));
}

/** Draw number `counter` of an element: uniform in (0, 1), from salts 0 and 1. */
export function uniformDraw(key: number, counter: number): number {
  const h = fmix32(key ^ counter);
  return unitOf(fmix32(h ^ WORD_SALT[0]), fmix32(h ^ WORD_SALT[1]));
}
