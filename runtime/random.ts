// The counter-based random generator in JavaScript, for the reference executors and the
// connectivity rules. Its keys, constants and uniform draw are defined in contract/random.ts,
// which the C form (runtime/native/random.h) and the kernels (llvm/emit-random.ts) share; this
// module adds the normal draw, which only JavaScript and the kernels make.
import { WORD_SALT, fmix32, unitOf } from '../contract/random';

export { SYNAPSE_FUNCTIONS, fmix32, neuronKey, stepKey, synapseStream, uniformDraw } from '../contract/random';

/** Draw number `counter` of this neuron: standard normal (Box-Muller, cosine branch), from salts 0 to 3. */
export function normalDraw(key: number, counter: number): number {
  const h = fmix32(key ^ counter);
  const u1 = unitOf(fmix32(h ^ WORD_SALT[0]), fmix32(h ^ WORD_SALT[1]));
  const u2 = unitOf(fmix32(h ^ WORD_SALT[2]), fmix32(h ^ WORD_SALT[3]));
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
