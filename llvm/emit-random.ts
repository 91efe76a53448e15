// The counter-based generator of contract/random.ts as 32-bit integer arithmetic that vectorizes:
// MurmurHash3 finalizers over seed, stream, step, element and draw index, and the uniform and
// normal draws made from a draw's key.
import * as llvm from 'llvm-bindings';
import { FMIX32, SEED_OFFSET, UNIT, UNIT32, WORD_SALT } from '../contract/random';
import type { DrawEmitter } from './emit-poisson';
import type { LibraryCall } from './emit-math';

const c32 = (b: llvm.IRBuilder, v: number) => llvm.ConstantInt.get(b.getInt32Ty(), v | 0, true);
const cf = (b: llvm.IRBuilder, v: number, type: llvm.Type = b.getDoubleTy()) => llvm.ConstantFP.get(type, v);

function fmix(b: llvm.IRBuilder, h: llvm.Value, name = ''): llvm.Value {
  const [s0, s1, s2] = FMIX32.shifts;
  const [m0, m1] = FMIX32.multipliers;
  let x = b.CreateXor(h, b.CreateLShr(h, c32(b, s0)));
  x = b.CreateMul(x, c32(b, m0));
  x = b.CreateXor(x, b.CreateLShr(x, c32(b, s1)));
  x = b.CreateMul(x, c32(b, m1));
  return b.CreateXor(x, b.CreateLShr(x, c32(b, s2)), name);
}

function unit(b: llvm.IRBuilder, h: llvm.Value, saltA: number, saltB: number): llvm.Value {
  const f64 = b.getDoubleTy();
  const hi = b.CreateLShr(fmix(b, b.CreateXor(h, c32(b, saltA))), c32(b, UNIT.highShift));
  const lo = b.CreateLShr(fmix(b, b.CreateXor(h, c32(b, saltB))), c32(b, UNIT.lowShift));
  // both are below 2^31, so the signed conversion is exact
  const v = b.CreateFAdd(b.CreateFAdd(b.CreateFMul(b.CreateSIToFP(hi, f64), cf(b, UNIT.highScale)), b.CreateSIToFP(lo, f64)), cf(b, 0.5));
  return b.CreateFMul(v, cf(b, 1 / UNIT.denominator));
}

/** A float32 kernel's uniform: UNIT32 of the word salted with `salt` (exact in float). */
function unit32(b: llvm.IRBuilder, h: llvm.Value, salt: number): llvm.Value {
  const f32 = b.getFloatTy();
  const k = b.CreateLShr(fmix(b, b.CreateXor(h, c32(b, salt))), c32(b, UNIT32.shift));
  return b.CreateFMul(b.CreateFAdd(b.CreateSIToFP(k, f32), cf(b, 0.5, f32)), cf(b, 1 / UNIT32.denominator, f32));
}

/** The key of a kernel call's step: fmix(fmix(fmix(seed + SEED_OFFSET) ^ stream) ^ step), as contract/random.ts stepKey. */
export function emitStepKey(b: llvm.IRBuilder, seed: llvm.Value, stream: llvm.Value, step: llvm.Value): llvm.Value {
  const seeded = fmix(b, b.CreateAdd(seed, c32(b, SEED_OFFSET)));
  const streamed = fmix(b, b.CreateXor(seeded, stream));
  return fmix(b, b.CreateXor(streamed, b.CreateTrunc(step, b.getInt32Ty())), 'step.key');
}

/** The key of one element (neuron, synapse) in a step: fmix(step key ^ index). */
export function emitElementKey(b: llvm.IRBuilder, stepKey: llvm.Value, index: llvm.Value): llvm.Value {
  return fmix(b, b.CreateXor(stepKey, b.CreateTrunc(index, b.getInt32Ty())), 'element.key');
}

/** The key of draw `counter` (a double holding a whole number) of an element: fmix(element key ^ counter). */
export function emitDrawKey(b: llvm.IRBuilder, elementKey: llvm.Value, counter: llvm.Value): llvm.Value {
  return fmix(b, b.CreateXor(elementKey, b.CreateFPToUI(counter, b.getInt32Ty())));
}

/**
 * rand() (`uniform`) or randn() (`normal`, by Box-Muller) from a draw's key, at the element type
 * `real`: in double from two words per uniform (UNIT), in float from one (UNIT32) and computed in
 * float (runtime/random.ts uniformDraw32, normalDraw32). The key is the same at any precision.
 */
export function emitRandom(
  b: llvm.IRBuilder,
  real: llvm.Type,
  dist: 'uniform' | 'normal',
  key: llvm.Value,
  math: LibraryCall,
  name: string,
): llvm.Value {
  const float = real.isFloatTy();
  const u1 = float ? unit32(b, key, WORD_SALT[0]) : unit(b, key, WORD_SALT[0], WORD_SALT[1]);
  if (dist === 'uniform') return u1;
  const u2 = float ? unit32(b, key, WORD_SALT[2]) : unit(b, key, WORD_SALT[2], WORD_SALT[3]);
  const radius = math('sqrt', [b.CreateFMul(cf(b, -2, real), math('log', [u1], ''))], '');
  return b.CreateFMul(radius, math('cos', [b.CreateFMul(cf(b, 2 * Math.PI, real), u2)], ''), name);
}

/** What llvm/emit-poisson.ts and llvm/emit-binomial.ts need of the kernel emitter. */
export function drawEmitter(b: llvm.IRBuilder, math: LibraryCall): DrawEmitter {
  return {
    b,
    f64: b.getDoubleTy(),
    i32: b.getInt32Ty(),
    i64: b.getInt64Ty(),
    cf: (v) => cf(b, v),
    uniform: (key, index) => unit(b, fmix(b, b.CreateXor(key, c32(b, index))), WORD_SALT[0], WORD_SALT[1]),
    math: (fn, x) => math(fn, [x], ''),
  };
}
