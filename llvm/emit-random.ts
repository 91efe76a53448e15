// The counter-based generator of runtime/random.ts as 32-bit integer arithmetic that vectorizes:
// MurmurHash3 finalizers over seed, stream, step, element and draw index, and the uniform and
// normal draws made from a draw's key.
import * as llvm from 'llvm-bindings';
import { WORD_SALT } from '../runtime/random';
import type { DrawEmitter } from './emit-poisson';
import type { LibraryCall } from './emit-math';

const c32 = (b: llvm.IRBuilder, v: number) => llvm.ConstantInt.get(b.getInt32Ty(), v | 0, true);
const cf = (b: llvm.IRBuilder, v: number) => llvm.ConstantFP.get(b.getDoubleTy(), v);

function fmix(b: llvm.IRBuilder, h: llvm.Value, name = ''): llvm.Value {
  let x = b.CreateXor(h, b.CreateLShr(h, c32(b, 16)));
  x = b.CreateMul(x, c32(b, 0x85ebca6b));
  x = b.CreateXor(x, b.CreateLShr(x, c32(b, 13)));
  x = b.CreateMul(x, c32(b, 0xc2b2ae35));
  return b.CreateXor(x, b.CreateLShr(x, c32(b, 16)), name);
}

function unit(b: llvm.IRBuilder, h: llvm.Value, saltA: number, saltB: number): llvm.Value {
  const f64 = b.getDoubleTy();
  const hi = b.CreateLShr(fmix(b, b.CreateXor(h, c32(b, saltA))), c32(b, 5));
  const lo = b.CreateLShr(fmix(b, b.CreateXor(h, c32(b, saltB))), c32(b, 6));
  // both are below 2^31, so the signed conversion is exact
  const v = b.CreateFAdd(b.CreateFAdd(b.CreateFMul(b.CreateSIToFP(hi, f64), cf(b, 67108864)), b.CreateSIToFP(lo, f64)), cf(b, 0.5));
  return b.CreateFMul(v, cf(b, 2 ** -53));
}

/** The key of a kernel call's step: fmix(fmix(fmix(seed + golden) ^ stream) ^ step), as runtime/random.ts stepKey. */
export function emitStepKey(b: llvm.IRBuilder, seed: llvm.Value, stream: llvm.Value, step: llvm.Value): llvm.Value {
  const seeded = fmix(b, b.CreateAdd(seed, c32(b, 0x9e3779b9)));
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

/** rand() (`uniform`) or randn() (`normal`, by Box-Muller) from a draw's key. */
export function emitRandom(b: llvm.IRBuilder, dist: 'uniform' | 'normal', key: llvm.Value, math: LibraryCall, name: string): llvm.Value {
  const u1 = unit(b, key, WORD_SALT[0], WORD_SALT[1]);
  if (dist === 'uniform') return u1;
  const u2 = unit(b, key, WORD_SALT[2], WORD_SALT[3]);
  const radius = math('sqrt', [b.CreateFMul(cf(b, -2), math('log', [u1], ''))], '');
  return b.CreateFMul(radius, math('cos', [b.CreateFMul(cf(b, 2 * Math.PI), u2)], ''), name);
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
