// Binomial counts from the counter-based generator, in constant expected time: a model's
// binomial(n, p). With q = min(p, 1 - p) (a draw for p > 1/2 is n minus one for 1 - p): inversion
// (one uniform, the pmf recurrence) when n q < BINOMIAL.inversionBelow, Hörmann's transformed
// rejection with squeeze above (BTRS, "The generation of binomial random variates", J. Statist.
// Comput. Simul. 46, 1993, algorithm BTRS without its optional step 3.1). llvm/emit-binomial.ts
// emits the same arithmetic for the kernels, operation for operation; as in runtime/poisson.ts, whose log and
// log-factorial it uses (and runtime/exp.ts's exp), there are no library calls, so both round alike.
import { uniformDraw } from './random';
import { expOf } from './exp';
import { logFactorial, logOf } from './poisson';

export const BINOMIAL = {
  /** The largest n: beyond it the rounding of log(n!) (about n 2^-52 relative) exceeds 1e-5 in BTRS's acceptance test. */
  maxTrials: 2 ** 31 - 1,
  /** n q below this is drawn by inversion, the rest by BTRS (whose constants hold from n q = 10 on). */
  inversionBelow: 10,
  /**
   * The most terms inversion adds. For k >= n q + 1 a binomial tail is below the Poisson tail of
   * the same mean (Anderson and Samuels 1967), so P(k > 46) < P(Poisson(10) > 46) < 2.3e-17, below
   * the resolution of a uniform (test/binomial.test.ts checks the bound on the exact pmf).
   */
  inversionTerms: 46,
  /** 1/k for k = 0 .. 46: the recurrence multiplies by (n - k + 1) x (1/k), no division on its critical path. */
  reciprocal: Array.from({ length: 47 }, (_, k) => (k === 0 ? 0 : 1 / k)),
  // BTRS (Hörmann 1993): b = b0 + b1 sqrt(n p q), a = a0 + a1 b + a2 p, v_r = vr0 - vr1 / b,
  // alpha = (alpha0 + alpha1 / b) sqrt(n p q); the proposal is floor((2a / us + b) u + n p + 1/2)
  b0: 1.15,
  b1: 2.53,
  a0: -0.0873,
  a1: 0.0248,
  a2: 0.01,
  vr0: 0.92,
  vr1: 4.2,
  alpha0: 2.83,
  alpha1: 5.1,
  /** Accepted at once when us >= usQuick and v <= v_r (the squeeze). */
  usQuick: 0.07,
  /**
   * The BTRS proposals a kernel's binomial() makes (it cannot loop): each is rejected with
   * probability at most 0.30 (measured over n q from 10 to 10^6 and q from 10^-4 to 1/2: 0.29 at
   * n = 20, p = 1/2, falling to 0.11 at n q = 10^6), so all 33 are with probability below 6e-18;
   * the draw is then NaN.
   */
  kernelTries: 33,
} as const;

/** log(1 + x) for -1/2 <= x <= 0, from log(1 + x) rounded: exact to a few ulps, where log(1 - q) alone would lose q's digits. */
export function log1pOf(x: number): number {
  const u = 1 + x;
  // u - 1 is exact (Sterbenz); log(u) (u - 1)^-1 x corrects for the rounding of 1 + x
  return u === 1 ? x : logOf(u) * (x / (u - 1));
}

/** Whether (n, p) is a binomial law binomialDraw draws from: n a whole number in [0, maxTrials], p in [0, 1]. */
export function binomialDefined(n: number, p: number): boolean {
  return n >= 0 && n <= BINOMIAL.maxTrials && Math.floor(n) === n && p >= 0 && p <= 1;
}

/**
 * A Binomial(n, p) count from the draws (key, 0), (key, 1), ... of the generator: draw 0 by
 * inversion, pairs (2j, 2j + 1) for the j-th BTRS proposal. Exact in distribution up to rounding;
 * NaN for an (n, p) that is not a binomial law (binomialDefined), or when all `tries` proposals are
 * rejected (the kernels' binomial(), which cannot loop: BINOMIAL.kernelTries).
 */
export function binomialCount(key: number, n: number, p: number, tries = Infinity): number {
  if (!binomialDefined(n, p)) return NaN;
  return p > 0.5 ? n - count(key, n, 1 - p, tries) : count(key, n, p, tries);
}

/** Binomial(n, q) for q <= 1/2. */
function count(key: number, n: number, q: number, tries: number): number {
  const B = BINOMIAL;
  if (n * q < B.inversionBelow) {
    const u = uniformDraw(key, 0);
    // p_k = p_(k-1) (n - k + 1) / k (q / (1 - q)), from p_0 = (1 - q)^n
    const r = q / (1 - q);
    const last = Math.min(n, B.inversionTerms);
    let k = 0,
      pk = expOf(n * log1pOf(-q)),
      F = pk;
    while (u > F && k < last) {
      k += 1;
      pk = pk * (r * ((n - (k - 1)) * B.reciprocal[k]));
      F += pk;
    }
    return k;
  }
  const spq = Math.sqrt(n * q * (1 - q));
  const b = B.b0 + B.b1 * spq;
  const a = B.a0 + B.a1 * b + B.a2 * q;
  const c = n * q + 0.5;
  const vr = B.vr0 - B.vr1 / b;
  const alpha = (B.alpha0 + B.alpha1 / b) * spq;
  const lpq = logOf(q / (1 - q));
  const m = Math.floor((n + 1) * q);
  const h = logFactorial(m) + logFactorial(n - m);
  for (let j = 0; j < 2 * tries; j += 2) {
    const U = uniformDraw(key, j) - 0.5,
      V = uniformDraw(key, j + 1);
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + c);
    if (us >= B.usQuick && V <= vr) return k;
    if (k < 0 || k > n) continue;
    if (logOf((V * alpha) / (a / (us * us) + b)) <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
  return NaN;
}

/** A model's binomial(n, p) (its kernel: llvm/emit-binomial.ts); `key` is fmix32(element key ^ draw counter). */
export function binomialDraw(key: number, n: number, p: number): number {
  return binomialCount(key, n, p, BINOMIAL.kernelTries);
}
