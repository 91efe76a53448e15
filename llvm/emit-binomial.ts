// A model's binomial(n, p) as straight-line LLVM IR, so that the kernel's loop still vectorizes:
// the arithmetic of runtime/binomial.ts binomialDraw (the symmetry p > 1/2, then inversion or
// BTRS), operation for operation, its loops unrolled and merged by selects, as llvm/emit-poisson.ts
// does for poisson() and with its log and log-factorial (and emit-exp.ts's exp). Inversion adds its terms and counts
// those the uniform lies beyond (the partial sums only grow), then caps the count at n; BTRS makes
// all BINOMIAL.kernelTries proposals and takes the first accepted, NaN when none is.
import type * as llvm from 'llvm-bindings';
import { BINOMIAL, binomialDefined } from '../runtime/binomial';
import { arithmetic, emitLog, emitLogFactorial } from './emit-poisson';
import { emitExp } from './emit-exp';
import type { DrawEmitter } from './emit-poisson';

/**
 * binomialDraw(key, n, p) of runtime/binomial.ts. `constantN` is n when it is a compile-time
 * constant: one that is no number of trials gives NaN without a draw; a whole n below 2 BINOMIAL.inversionBelow always has n q below the switch (q <= 1/2),
 * so BTRS is left out, and inversion adds only min(n, inversionTerms) terms (the pmf is 0 beyond
 * n); the count is the same.
 */
export function emitBinomial(o: DrawEmitter, key: llvm.Value, n: llvm.Value, p: llvm.Value, name: string, constantN?: number): llvm.Value {
  const { b } = o;
  const B = BINOMIAL;
  const { c } = arithmetic(o);
  if (constantN !== undefined && !binomialDefined(constantN, 0)) return c(NaN);
  const { sub, mul, sel } = arithmetic(o);
  const and = (...xs: llvm.Value[]) => xs.reduce((x, y) => b.CreateAnd(x, y));

  // binomialDefined (ordered comparisons: false for NaN); an undefined law draws with (0, 0), then gives NaN
  const valid = and(
    b.CreateFCmpOGE(n, c(0)),
    b.CreateFCmpOLE(n, c(B.maxTrials)),
    b.CreateFCmpOEQ(o.math('floor', n), n),
    b.CreateFCmpOGE(p, c(0)),
    b.CreateFCmpOLE(p, c(1)),
  );
  const nn = sel(valid, n, c(0));
  const pp = sel(valid, p, c(0));
  const flip = b.CreateFCmpOGT(pp, c(0.5));
  const q = sel(flip, sub(c(1), pp), pp);
  const small = b.CreateFCmpOLT(mul(nn, q), c(B.inversionBelow));

  const terms = constantN !== undefined ? Math.min(constantN, B.inversionTerms) : B.inversionTerms;
  const kInv = emitInversion(o, key, sel(small, nn, c(0)), sel(small, q, c(0)), terms);
  const withBtrs = !(constantN !== undefined && constantN < 2 * B.inversionBelow);
  // BTRS with n q = 10 where inversion is taken (the proposals are not used there)
  const kBtrs = withBtrs ? emitBtrs(o, key, sel(small, c(20), nn), sel(small, c(0.5), q)) : c(NaN);
  const x = sel(small, kInv, kBtrs);
  return b.CreateSelect(valid, sel(flip, sub(nn, x), x), c(NaN), name);
}

/** runtime/binomial.ts log1pOf. */
function emitLog1p(o: DrawEmitter, x: llvm.Value): llvm.Value {
  const { b } = o;
  const u = b.CreateFAdd(o.cf(1), x);
  const corrected = b.CreateFMul(emitLog(o, u), b.CreateFDiv(x, b.CreateFSub(u, o.cf(1))));
  return b.CreateSelect(b.CreateFCmpOEQ(u, o.cf(1)), x, corrected);
}

/** Inversion of runtime/binomial.ts count, with `terms` terms. */
function emitInversion(o: DrawEmitter, key: llvm.Value, n: llvm.Value, q: llvm.Value, terms: number): llvm.Value {
  const { b } = o;
  const B = BINOMIAL;
  const { c, mul } = arithmetic(o);
  const u = o.uniform(key, 0);
  const r = b.CreateFDiv(q, b.CreateFSub(c(1), q));
  let pk = emitExp(o.b, mul(n, emitLog1p(o, b.CreateFNeg(q))));
  let F = pk;
  let k = c(0);
  for (let t = 1; t <= terms; t++) {
    const beyond = b.CreateFCmpOGT(u, F);
    pk = mul(pk, mul(r, mul(b.CreateFSub(n, c(t - 1)), c(B.reciprocal[t]))));
    F = b.CreateFAdd(F, pk);
    k = b.CreateFAdd(k, b.CreateSelect(beyond, c(1), c(0)));
  }
  // the JavaScript loop stops at min(n, inversionTerms) terms
  return b.CreateSelect(b.CreateFCmpOGT(k, n), n, k);
}

/** BTRS of runtime/binomial.ts count. */
function emitBtrs(o: DrawEmitter, key: llvm.Value, n: llvm.Value, q: llvm.Value): llvm.Value {
  const { b } = o;
  const B = BINOMIAL;
  const { c, add, sub, mul, div } = arithmetic(o);
  const oneMinusQ = sub(c(1), q);
  const spq = o.math('sqrt', mul(mul(n, q), oneMinusQ));
  const bb = add(c(B.b0), mul(c(B.b1), spq));
  const a = add(add(c(B.a0), mul(c(B.a1), bb)), mul(c(B.a2), q));
  const center = add(mul(n, q), c(0.5));
  const vr = sub(c(B.vr0), div(c(B.vr1), bb));
  const alpha = mul(add(c(B.alpha0), div(c(B.alpha1), bb)), spq);
  const lpq = emitLog(o, div(q, oneMinusQ));
  const m = o.math('floor', mul(add(n, c(1)), q));
  const h = add(emitLogFactorial(o, m), emitLogFactorial(o, sub(n, m)));
  const twoA = mul(c(2), a);
  const proposals: { accepted: llvm.Value; k: llvm.Value }[] = [];
  for (let j = 0; j < B.kernelTries; j++) {
    const U = sub(o.uniform(key, 2 * j), c(0.5));
    const V = o.uniform(key, 2 * j + 1);
    const us = sub(c(0.5), o.math('abs', U));
    const k = o.math('floor', add(mul(add(div(twoA, us), bb), U), center));
    const quick = b.CreateAnd(b.CreateFCmpOGE(us, c(B.usQuick)), b.CreateFCmpOLE(V, vr));
    const outside = b.CreateOr(b.CreateFCmpOLT(k, c(0)), b.CreateFCmpOGT(k, n));
    const lhs = emitLog(o, div(mul(V, alpha), add(div(a, mul(us, us)), bb)));
    const rhs = add(sub(sub(h, emitLogFactorial(o, k)), emitLogFactorial(o, sub(n, k))), mul(sub(k, m), lpq));
    const slow = b.CreateFCmpOLE(lhs, rhs);
    proposals.push({ accepted: b.CreateOr(quick, b.CreateAnd(b.CreateNot(outside), slow)), k });
  }
  let k = c(NaN);
  for (const proposal of proposals.reverse()) k = b.CreateSelect(proposal.accepted, proposal.k, k);
  return k;
}
