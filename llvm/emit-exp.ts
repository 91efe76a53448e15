// exp(x) as straight-line LLVM IR of the argument's own type (double or float): runtime/exp.ts's
// algorithm and constants, so that the loop vectorizer widens it to whatever vectors the CPU has
// (LLVM 14 maps libmvec's exp at 256 bits at most: 4 doubles, 8 floats). Unfused, it is operation for operation runtime/
// exp.ts's expOf (plain fmul and fadd carry no `contract` flag, so opt and llc keep them apart, as
// JavaScript computes): poisson() and binomial() round as in JavaScript. Fused, the polynomial,
// the rounding of x / ln2 and the polynomial's last product are llvm.fmuladd, one instruction
// where the CPU has FMA: the models' exp, which only has to be accurate.
import * as llvm from 'llvm-bindings';
import type { ExpConstants } from '../runtime/exp';
import { EXP } from '../runtime/exp';
import type { ExpType } from './kernel-exp';
import { ownExpName } from './kernel-exp';

/** exp(x) for a double or float `x`, emitted at the builder's position; `fused`: see above. */
export function emitExp(b: llvm.IRBuilder, x: llvm.Value, opts: { name?: string; fused?: boolean } = {}): llvm.Value {
  const type = x.getType();
  if (!type.isFloatTy() && !type.isDoubleTy()) throw new Error('emitExp: x must be a double or a float');
  const C: ExpConstants = type.isFloatTy() ? EXP.f32 : EXP.f64;
  const int = b.getIntNTy(type.getPrimitiveSizeInBits());
  const c = (v: number) => llvm.ConstantFP.get(type, v);
  const i = (v: number) => llvm.ConstantInt.get(int, v, true);
  const mul = (p: llvm.Value, q: llvm.Value) => b.CreateFMul(p, q);
  const add = (p: llvm.Value, q: llvm.Value) => b.CreateFAdd(p, q);
  const sub = (p: llvm.Value, q: llvm.Value) => b.CreateFSub(p, q);
  const fmuladd = opts.fused ? llvm.Intrinsic.getDeclaration(b.GetInsertBlock()!.getModule()!, llvm.Intrinsic.fmuladd, [type]) : undefined;
  /** p q + a */
  const mulAdd = (p: llvm.Value, q: llvm.Value, a: llvm.Value) => (fmuladd ? b.CreateCall(fmuladd, [p, q, a]) : add(mul(p, q), a));

  // Math.max(Math.min(x, maxArg), minArg): a NaN passes through both
  const below = b.CreateSelect(b.CreateFCmpOGT(x, c(C.maxArg)), c(C.maxArg), x);
  const z = b.CreateSelect(b.CreateFCmpOLT(below, c(C.minArg)), c(C.minArg), below);
  const t = mulAdd(z, c(C.invLn2), c(C.shifter));
  // the low bits of t hold k: its bits minus the shifter's
  const k = b.CreateSub(b.CreateBitCast(t, int), b.CreateBitCast(c(C.shifter), int));
  const kf = sub(t, c(C.shifter));
  const hi = sub(z, mul(kf, c(C.ln2Hi)));
  const lo = mul(kf, c(C.ln2Lo));
  const r = sub(hi, lo);
  let p: llvm.Value = c(C.poly[C.poly.length - 1]);
  for (let j = C.poly.length - 2; j >= 0; j--) p = mulAdd(p, r, c(C.poly[j]));
  // 1 + hi + (r^2 p - lo), its two roundings compensated (Fast2Sum each time: |hi| >= |e|, 1 > |s|),
  // so that only the last addition rounds by up to half an ulp
  const e = mulAdd(mul(r, r), p, b.CreateFNeg(lo));
  const s = add(hi, e);
  const sErr = sub(e, sub(s, hi));
  const w = add(c(1), s);
  const y = add(w, add(add(sub(c(1), w), s), sErr));
  // 2^k as 2^k1 2^(k - k1), each a normal number for every k the clamped x gives
  const k1 = b.CreateAShr(k, i(1));
  const power = (exponent: llvm.Value) => b.CreateBitCast(b.CreateShl(b.CreateAdd(exponent, i(C.bias)), i(C.mantissaBits)), type);
  return b.CreateFMul(mul(y, power(k1)), power(b.CreateSub(k, k1)), opts.name ?? '');
}

/**
 * A module defining the fused exp of each of `types` as `ownExpName(type)`: linkonce_odr and
 * alwaysinline, so that opt inlines it into the kernel's loops (and vectorizes it there) and drops it.
 */
export function expDefinitionsText(types: readonly ExpType[], triple: string, dataLayout: string): string {
  const ctx = new llvm.LLVMContext();
  const mod = new llvm.Module('braints.exp', ctx);
  mod.setTargetTriple(triple);
  mod.setDataLayout(dataLayout);
  const b = new llvm.IRBuilder(ctx);
  for (const type of types) {
    const t = type === 'f32' ? b.getFloatTy() : b.getDoubleTy();
    const fn = llvm.Function.Create(
      llvm.FunctionType.get(t, [t], false),
      llvm.Function.LinkageTypes.LinkOnceODRLinkage,
      ownExpName(type),
      mod,
    );
    b.SetInsertPoint(llvm.BasicBlock.Create(ctx, 'entry', fn));
    b.CreateRet(emitExp(b, fn.getArg(0), { fused: true }));
  }
  const text = mod.print();
  if (llvm.verifyModule(mod)) throw new Error(`BrainTS bug: the exp definitions do not verify:\n${text}`);
  // llvm-bindings cannot set function attributes: alwaysinline goes into the printed definitions
  return text.replace(/^(define linkonce_odr .*\)) \{$/gm, '$1 alwaysinline {');
}
