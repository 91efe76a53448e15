// exp(x) as straight-line LLVM IR of the argument's own type (double or float): runtime/exp.ts's
// algorithm and constants, operation for operation as its expOf, so that the loop vectorizer
// widens it to whatever vectors the CPU has (libmvec's exp is 2- and 4-wide double only) and
// poisson() and binomial() round as in JavaScript. No fused multiply-add: the plain fmul and fadd
// carry no `contract` flag, so opt and llc keep them apart, as JavaScript computes.
import * as llvm from 'llvm-bindings';
import type { ExpConstants } from '../runtime/exp';
import { EXP } from '../runtime/exp';

/** exp(x) for a double or float `x`, emitted at the builder's position. */
export function emitExp(b: llvm.IRBuilder, x: llvm.Value, name = ''): llvm.Value {
  const type = x.getType();
  if (!type.isFloatTy() && !type.isDoubleTy()) throw new Error('emitExp: x must be a double or a float');
  const C: ExpConstants = type.isFloatTy() ? EXP.f32 : EXP.f64;
  const int = b.getIntNTy(type.getPrimitiveSizeInBits());
  const c = (v: number) => llvm.ConstantFP.get(type, v);
  const i = (v: number) => llvm.ConstantInt.get(int, v, true);
  const mul = (p: llvm.Value, q: llvm.Value) => b.CreateFMul(p, q);
  const add = (p: llvm.Value, q: llvm.Value) => b.CreateFAdd(p, q);
  const sub = (p: llvm.Value, q: llvm.Value) => b.CreateFSub(p, q);

  // Math.max(Math.min(x, maxArg), minArg): a NaN passes through both
  const below = b.CreateSelect(b.CreateFCmpOGT(x, c(C.maxArg)), c(C.maxArg), x);
  const z = b.CreateSelect(b.CreateFCmpOLT(below, c(C.minArg)), c(C.minArg), below);
  const t = add(mul(z, c(C.invLn2)), c(C.shifter));
  // the low bits of t hold k: its bits minus the shifter's
  const k = b.CreateSub(b.CreateBitCast(t, int), b.CreateBitCast(c(C.shifter), int));
  const kf = sub(t, c(C.shifter));
  const hi = sub(z, mul(kf, c(C.ln2Hi)));
  const lo = mul(kf, c(C.ln2Lo));
  const r = sub(hi, lo);
  let p: llvm.Value = c(C.poly[C.poly.length - 1]);
  for (let j = C.poly.length - 2; j >= 0; j--) p = add(mul(p, r), c(C.poly[j]));
  // 1 + hi + (r^2 p - lo), its two roundings compensated (Fast2Sum each time: |hi| >= |e|, 1 > |s|),
  // so that only the last addition rounds by up to half an ulp
  const e = sub(mul(mul(r, r), p), lo);
  const s = add(hi, e);
  const sErr = sub(e, sub(s, hi));
  const w = add(c(1), s);
  const y = add(w, add(add(sub(c(1), w), s), sErr));
  // 2^k as 2^k1 2^(k - k1), each a normal number for every k the clamped x gives
  const k1 = b.CreateAShr(k, i(1));
  const power = (e: llvm.Value) => b.CreateBitCast(b.CreateShl(b.CreateAdd(e, i(C.bias)), i(C.mantissaBits)), type);
  return b.CreateFMul(mul(y, power(k1)), power(b.CreateSub(k, k1)), name);
}
