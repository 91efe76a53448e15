// Poisson counts from the counter-based generator, in constant expected time: inversion (one
// uniform against the cumulative pmf of the pmf recurrence; the kernels sum it per draw, an input
// once in its set-up) for means below POISSON.inversionBelow, Hörmann's transformed
// rejection with squeeze (PTRS, "The transformed rejection method for generating Poisson random
// variables", 1993) above. This module is the one definition of the algorithm's constants: the C
// form (runtime/native/poisson.h, used by the driver's Poisson inputs) gets them from
// poissonConstantsC(), which runtime/native.ts puts before the driver's source.
//
// C and JavaScript must agree bit for bit, so the arithmetic is only +, -, *, /, floor and
// comparisons, each written in the same order in both, and the one logarithm a draw may need is
// computed here (fdlibm's polynomial, no library call; the exponential of a set-up is
// runtime/exp.ts's): Math.log and the C library's log need not round alike. The driver is compiled with -ffp-contract=off so that no multiply-add is fused.
import { uniformDraw } from './random';
import { expOf } from './exp';

export const POISSON = {
  /** Means below this are drawn by inversion, the rest by PTRS (whose constants hold from 10 on). */
  inversionBelow: 10,
  /**
   * The most terms inversion adds: P(k > 46) < 2.3e-17 at mean 10, below the resolution of a
   * uniform (its largest value is 1 - 2^-54), so only rounding in the summed pmf can reach it.
   */
  inversionTerms: 46,
  /** 1/k for k = 0 .. 46: the recurrence p_k = p_(k-1) (mean / k) multiplies by mean x (1/k), no division on its critical path. */
  reciprocal: Array.from({ length: 47 }, (_, k) => (k === 0 ? 0 : 1 / k)),
  // PTRS (Hörmann 1993, table 1): b = b0 + b1 sqrt(mean), a = a0 + a1 b, 1/alpha = alpha0 + alpha1 / (b - alphaShift),
  // v_r = vr0 - vr1 / (b - vrShift); the proposal is floor((2a / us + b) u + mean + kShift)
  b0: 0.931,
  b1: 2.53,
  a0: -0.059,
  a1: 0.02483,
  alpha0: 1.1239,
  alpha1: 1.1328,
  alphaShift: 3.4,
  vr0: 0.9277,
  vr1: 3.6224,
  vrShift: 2,
  kShift: 0.43,
  /**
   * The PTRS proposals a kernel's poisson() makes (it cannot loop): each is rejected with
   * probability 0.247 at mean 10, less above (0.137 at 200), so all 27 are with probability
   * below 4e-17, under the resolution of a uniform; the draw is then NaN.
   */
  kernelTries: 27,
  /** Accepted at once when us >= usQuick and v <= v_r (the squeeze: about 86 % of proposals). */
  usQuick: 0.07,
  /** Rejected at once when us < usReject and v > us. */
  usReject: 0.013,
  /** log(k!) for k = 0 .. 9; from 10 on, Stirling's series. */
  logFactorial: [
    0, 0, 0.6931471805599453, 1.791759469228055, 3.1780538303479458, 4.787491742782046, 6.579251212010101, 8.525161361065415,
    10.60460290274525, 12.801827480081469,
  ],
  /** 1/2 log(2 pi), then the coefficients of 1/x, 1/x^3, 1/x^5, 1/x^7 in log Gamma(x): error < 4e-13 from x = 11 on. */
  halfLog2Pi: 0.9189385332046727,
  stirling: [1 / 12, -1 / 360, 1 / 1260, -1 / 1680],
  // log(x) = k ln2 + log(1 + f), 1 + f in [sqrt(2)/2, sqrt(2)): fdlibm's e_log.c, its polynomial in s = f / (2 + f)
  ln2Hi: 6.9314718036912381649e-1,
  ln2Lo: 1.90821492927058770002e-10,
  lg: [
    6.66666666666673513e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1, 1.818357216161805012e-1,
    1.531383769920937332e-1, 1.479819860511658591e-1,
  ],
} as const;

/** Where each value of a mean's set-up (poissonSetup) lies; the driver reads them by these offsets. */
export const SETUP = { mean: 0, p0: 1, logMean: 2, a: 3, b: 4, invAlpha: 5, vr: 6, cdf: 7 } as const;
/** The set-up ends with inversion's cumulative pmf F_0 .. F_inversionTerms. */
export const SETUP_SIZE = SETUP.cdf + POISSON.inversionTerms + 1;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer); // little-endian: words[1] is the high word

/** The natural logarithm of a positive normal double, as poisson.h's braints_log computes it. */
export function logOf(x: number): number {
  bits[0] = x;
  let hx = words[1];
  let k = (hx >>> 20) - 1023;
  hx &= 0xfffff;
  // the mantissa scaled into [sqrt(2)/2, sqrt(2)): halved (k + 1) when it is above sqrt(2)
  const i = (hx + 0x95f64) & 0x100000;
  words[1] = hx | (i ^ 0x3ff00000);
  k += i >>> 20;
  const f = bits[0] - 1;
  const L = POISSON.lg;
  const hfsq = 0.5 * f * f,
    s = f / (2 + f),
    z = s * s,
    w = z * z;
  const R = z * (L[0] + w * (L[2] + w * (L[4] + w * L[6]))) + w * (L[1] + w * (L[3] + w * L[5]));
  return k * POISSON.ln2Hi - (hfsq - (s * (hfsq + R) + k * POISSON.ln2Lo) - f);
}

/** log(k!) for a whole number k >= 0. */
export function logFactorial(k: number): number {
  if (k < 10) return POISSON.logFactorial[k];
  const x = k + 1,
    r = 1 / x,
    r2 = r * r,
    S = POISSON.stirling;
  return (k + 0.5) * logOf(x) - x + POISSON.halfLog2Pi + r * (S[0] + r2 * (S[1] + r2 * (S[2] + r2 * S[3])));
}

/** What every draw with this mean shares (SETUP's layout), computed once per input. */
export function poissonSetup(mean: number): Float64Array {
  const P = POISSON;
  const out = new Float64Array(SETUP_SIZE);
  out[SETUP.mean] = mean;
  out[SETUP.p0] = mean < P.inversionBelow ? expOf(-mean) : 0;
  if (mean < P.inversionBelow) {
    // the cumulative pmf, summed once here rather than per draw: the same recurrence, the same values
    let p = out[SETUP.p0],
      F = p;
    out[SETUP.cdf] = F;
    for (let k = 1; k <= P.inversionTerms; k++) {
      p = p * (mean * P.reciprocal[k]);
      F += p;
      out[SETUP.cdf + k] = F;
    }
  }
  if (mean >= P.inversionBelow) {
    const b = P.b0 + P.b1 * Math.sqrt(mean);
    out[SETUP.logMean] = logOf(mean);
    out[SETUP.b] = b;
    out[SETUP.a] = P.a0 + P.a1 * b;
    out[SETUP.invAlpha] = P.alpha0 + P.alpha1 / (b - P.alphaShift);
    out[SETUP.vr] = P.vr0 - P.vr1 / (b - P.vrShift);
  }
  return out;
}

/**
 * A Poisson count with the mean of `setup`, from the draws (key, 0), (key, 1), ... of the
 * generator: draw 0 by inversion, pairs (2j, 2j + 1) for the j-th PTRS proposal. Exact in
 * distribution up to rounding. PTRS takes 1.1 proposals on average; with `tries` it gives up
 * after that many and returns NaN (the kernels' poisson(), which cannot loop: POISSON.kernelTries).
 */
export function poissonCount(key: number, setup: Float64Array, tries = Infinity): number {
  const P = POISSON;
  const mean = setup[SETUP.mean];
  if (!(mean > 0)) return 0;
  if (mean < P.inversionBelow) {
    const u = uniformDraw(key, 0);
    let k = 0;
    while (u > setup[SETUP.cdf + k] && k < P.inversionTerms) k += 1;
    return k;
  }
  const a = setup[SETUP.a],
    b = setup[SETUP.b],
    vr = setup[SETUP.vr],
    invAlpha = setup[SETUP.invAlpha],
    logMean = setup[SETUP.logMean];
  for (let j = 0; j < 2 * tries; j += 2) {
    const U = uniformDraw(key, j) - 0.5,
      V = uniformDraw(key, j + 1);
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + mean + P.kShift);
    if (us >= P.usQuick && V <= vr) return k;
    if (k < 0 || (us < P.usReject && V > us)) continue;
    if (logOf((V * invAlpha) / (a / (us * us) + b)) <= -mean + k * logMean - logFactorial(k)) return k;
  }
  return NaN;
}

/**
 * A model's poisson(mean) (its kernel: llvm/emit-poisson.ts): the set-up computed per draw, at most
 * POISSON.kernelTries PTRS proposals; `key` is fmix32(element key ^ draw counter).
 */
export function poissonDraw(key: number, mean: number): number {
  return poissonCount(key, poissonSetup(mean), POISSON.kernelTries);
}

/** The constants as C macros (BRAINTS_POISSON_*), for runtime/native/poisson.h. */
export function poissonConstantsC(): string {
  const P = POISSON;
  const c = (x: number) => (x < 0 ? `(${x})` : Number.isInteger(x) ? `${x}.0` : `${x}`);
  const scalar = Object.entries(P as Record<string, number | readonly number[]>).filter(
    (e): e is [string, number] => typeof e[1] === 'number',
  );
  const list = (name: string, xs: readonly number[]) => `#define BRAINTS_POISSON_${name} { ${xs.map(c).join(', ')} }`;
  return [
    '/* generated by runtime/poisson.ts (poissonConstantsC): the Poisson sampler constants */',
    ...scalar.map(([k, v]) => `#define BRAINTS_POISSON_${k.replace(/[A-Z]/g, (m) => `_${m}`).toUpperCase()} ${c(v)}`),
    list('LOG_FACTORIAL', P.logFactorial),
    list('STIRLING', P.stirling),
    list('LG', P.lg),
    ...Object.entries(SETUP).map(([k, v]) => `#define BRAINTS_SETUP_${k.replace(/[A-Z]/g, (m) => `_${m}`).toUpperCase()} ${v}`),
    `#define BRAINTS_SETUP_SIZE ${SETUP_SIZE}`,
    '',
  ].join('\n');
}
