// A model's poisson(mean) as straight-line LLVM IR, so that the kernel's loop still vectorizes:
// the arithmetic of runtime/poisson.ts poissonDraw (the set-up of the mean, then inversion or PTRS),
// operation for operation, with its loops unrolled and merged by selects. Inversion adds all
// POISSON.inversionTerms terms and counts those the uniform lies beyond (the partial sums only
// grow, so that is where the JavaScript loop stops); PTRS makes all POISSON.kernelTries proposals
// and takes the first accepted, NaN when none is. exp and log are runtime/exp.ts's expOf
// (emit-exp.ts) and runtime/poisson.ts's logOf (bit operations and a polynomial), never a library
// call, so the kernel and the JavaScript reference round alike (exported: llvm/emit-binomial.ts
// uses them too).
import * as llvm from 'llvm-bindings';
import { POISSON } from '../runtime/poisson';
import { emitExp } from './emit-exp';

/** What the kernel emitter provides: its builder and types, and the generator's uniform draw. */
export interface DrawEmitter {
  b: llvm.IRBuilder;
  f64: llvm.Type;
  i32: llvm.IntegerType;
  i64: llvm.IntegerType;
  cf(v: number): llvm.Value;
  /** Uniform number `index` of `key` (runtime/random.ts uniformDraw(key, index)). */
  uniform(key: llvm.Value, index: number): llvm.Value;
  /** floor, sqrt or abs of a double (an intrinsic). */
  math(fn: 'floor' | 'sqrt' | 'abs', x: llvm.Value): llvm.Value;
}

/** The double arithmetic these draws are written in, on the emitter's builder. */
export function arithmetic(o: DrawEmitter) {
  const { b } = o;
  return {
    c: (v: number) => o.cf(v),
    add: (x: llvm.Value, y: llvm.Value) => b.CreateFAdd(x, y),
    sub: (x: llvm.Value, y: llvm.Value) => b.CreateFSub(x, y),
    mul: (x: llvm.Value, y: llvm.Value) => b.CreateFMul(x, y),
    div: (x: llvm.Value, y: llvm.Value) => b.CreateFDiv(x, y),
    sel: (q: llvm.Value, x: llvm.Value, y: llvm.Value) => b.CreateSelect(q, x, y),
  };
}

/** poissonDraw(key, mean) of runtime/poisson.ts. */
export function emitPoisson(o: DrawEmitter, key: llvm.Value, mean: llvm.Value, name: string): llvm.Value {
  const { b } = o;
  const P = POISSON;
  const { c, add, sub, mul, div, sel } = arithmetic(o);

  const small = b.CreateFCmpOLT(mean, c(P.inversionBelow));
  // inversion, with the mean where it is below the switch (0 elsewhere: the terms are not used)
  const mi = sel(small, mean, c(0));
  const u = o.uniform(key, 0);
  let p = emitExp(b, b.CreateFNeg(mi));
  let F = p;
  let kInv = c(0);
  for (let t = 1; t <= P.inversionTerms; t++) {
    const beyond = b.CreateFCmpOGT(u, F);
    p = mul(p, mul(mi, c(P.reciprocal[t])));
    F = add(F, p);
    kInv = add(kInv, sel(beyond, c(1), c(0)));
  }
  // PTRS, with the mean where it is at or above the switch (10 elsewhere: the proposals are not used)
  const mp = sel(small, c(P.inversionBelow), mean);
  const bb = add(c(P.b0), mul(c(P.b1), o.math('sqrt', mp)));
  const logMean = emitLog(o, mp);
  const a = add(c(P.a0), mul(c(P.a1), bb));
  const invAlpha = add(c(P.alpha0), div(c(P.alpha1), sub(bb, c(P.alphaShift))));
  const vr = sub(c(P.vr0), div(c(P.vr1), sub(bb, c(P.vrShift))));
  const twoA = mul(c(2), a);
  const proposals: { accepted: llvm.Value; k: llvm.Value }[] = [];
  for (let j = 0; j < P.kernelTries; j++) {
    const U = sub(o.uniform(key, 2 * j), c(0.5));
    const V = o.uniform(key, 2 * j + 1);
    const us = sub(c(0.5), o.math('abs', U));
    const k = o.math('floor', add(add(mul(add(div(twoA, us), bb), U), mp), c(P.kShift)));
    const quick = b.CreateAnd(b.CreateFCmpOGE(us, c(P.usQuick)), b.CreateFCmpOLE(V, vr));
    const reject = b.CreateOr(b.CreateFCmpOLT(k, c(0)), b.CreateAnd(b.CreateFCmpOLT(us, c(P.usReject)), b.CreateFCmpOGT(V, us)));
    const lhs = emitLog(o, div(mul(V, invAlpha), add(div(a, mul(us, us)), bb)));
    const rhs = sub(add(b.CreateFNeg(mp), mul(k, logMean)), emitLogFactorial(o, k));
    const slow = b.CreateFCmpOLE(lhs, rhs);
    proposals.push({ accepted: b.CreateOr(quick, b.CreateAnd(b.CreateNot(reject), slow)), k });
  }
  let kPtrs = c(NaN);
  for (const { accepted, k } of proposals.reverse()) kPtrs = sel(accepted, k, kPtrs);
  const count = sel(small, kInv, kPtrs);
  // !(mean > 0): no events (a NaN mean too)
  return b.CreateSelect(b.CreateFCmpOGT(mean, c(0)), count, c(0), name);
}

/** runtime/poisson.ts logOf. */
export function emitLog(o: DrawEmitter, x: llvm.Value): llvm.Value {
  const { b } = o;
  const P = POISSON;
  const { c } = arithmetic(o);
  const i32 = (v: number) => llvm.ConstantInt.get(o.i32, v, false);
  const bits = b.CreateBitCast(x, o.i64);
  let hx = b.CreateTrunc(b.CreateLShr(bits, llvm.ConstantInt.get(o.i64, 32, false)), o.i32);
  let k = b.CreateSub(b.CreateLShr(hx, i32(20)), i32(1023));
  hx = b.CreateAnd(hx, i32(0xfffff));
  const i = b.CreateAnd(b.CreateAdd(hx, i32(0x95f64)), i32(0x100000));
  const high = b.CreateOr(hx, b.CreateXor(i, i32(0x3ff00000)));
  const low = b.CreateAnd(bits, llvm.ConstantInt.get(o.i64, 0xffffffff, false));
  const scaled = b.CreateOr(b.CreateShl(b.CreateZExt(high, o.i64), llvm.ConstantInt.get(o.i64, 32, false)), low);
  k = b.CreateAdd(k, b.CreateLShr(i, i32(20)));
  const f = b.CreateFSub(b.CreateBitCast(scaled, o.f64), c(1));
  const dk = b.CreateSIToFP(k, o.f64);
  const L = P.lg.map(c);
  const { mul, add } = arithmetic(o);
  const hfsq = mul(mul(c(0.5), f), f);
  const s = b.CreateFDiv(f, add(c(2), f));
  const z = mul(s, s);
  const w = mul(z, z);
  const R = add(mul(z, add(L[0], mul(w, add(L[2], mul(w, add(L[4], mul(w, L[6]))))))), mul(w, add(L[1], mul(w, add(L[3], mul(w, L[5]))))));
  const inner = b.CreateFSub(hfsq, add(mul(s, add(hfsq, R)), mul(dk, c(P.ln2Lo))));
  return b.CreateFSub(mul(dk, c(P.ln2Hi)), b.CreateFSub(inner, f));
}

/** runtime/poisson.ts logFactorial: the table below 10 (a chain of selects), Stirling's series from 10. */
export function emitLogFactorial(o: DrawEmitter, k: llvm.Value): llvm.Value {
  const { b } = o;
  const P = POISSON;
  const { c, mul, add } = arithmetic(o);
  const x = add(k, c(1));
  const r = b.CreateFDiv(c(1), x);
  const r2 = mul(r, r);
  const S = P.stirling.map(c);
  const series = mul(r, add(S[0], mul(r2, add(S[1], mul(r2, add(S[2], mul(r2, S[3])))))));
  const stirling = add(b.CreateFAdd(b.CreateFSub(mul(add(k, c(0.5)), emitLog(o, x)), x), c(P.halfLog2Pi)), series);
  let table = stirling;
  for (let j = P.logFactorial.length - 1; j >= 0; j--) table = b.CreateSelect(b.CreateFCmpOEQ(k, c(j)), c(P.logFactorial[j]), table);
  return table;
}
