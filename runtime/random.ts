// The counter-based random generator in JavaScript, for the reference executors and the
// connectivity rules. Its keys, constants and uniform draw are defined in contract/random.ts,
// which the C form (runtime/native/random.h) and the kernels (llvm/emit-random.ts) share; this
// module adds the normal draw, which only JavaScript and the kernels make.
import { WORD_SALT, fmix32, unit32Of, unitOf } from '../contract/random';

export { SYNAPSE_FUNCTIONS, fmix32, neuronKey, stepKey, synapseStream, uniformDraw, uniformDraw32 } from '../contract/random';

/** Draw number `counter` of this neuron: standard normal (Box-Muller, cosine branch), from salts 0 to 3. */
export function normalDraw(key: number, counter: number): number {
  const h = fmix32(key ^ counter);
  const u1 = unitOf(fmix32(h ^ WORD_SALT[0]), fmix32(h ^ WORD_SALT[1]));
  const u2 = unitOf(fmix32(h ^ WORD_SALT[2]), fmix32(h ^ WORD_SALT[3]));
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * normalDraw at float32, as a float32 kernel makes it: the uniforms of UNIT32 from salts 0 and 2,
 * and every operation rounded to float32 (Math.log and Math.cos are correctly rounded in double
 * here, libmvec's float functions to about 1 ulp, so the two may differ in the last bits).
 */
export function normalDraw32(key: number, counter: number): number {
  const f = Math.fround;
  const h = fmix32(key ^ counter);
  const u1 = unit32Of(fmix32(h ^ WORD_SALT[0]));
  const u2 = unit32Of(fmix32(h ^ WORD_SALT[2]));
  const radius = f(Math.sqrt(f(f(-2) * f(Math.log(u1)))));
  return f(radius * f(Math.cos(f(f(2 * Math.PI) * u2))));
}
