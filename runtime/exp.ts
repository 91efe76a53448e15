// The kernels' own exponential, in IR (llvm/emit-exp.ts): LLVM 14 maps llvm.exp only to glibc's
// libmvec's 256-bit functions at most (4 doubles, 8 floats), so a loop calling it never got
// 512-bit vectors; llvm/kernel-exp.ts says where the kernels use this one. This module is the
// one definition of its constants, and expOf is its unfused double form in JavaScript, operation
// for operation as the IR (+, -, *, comparisons and exponent bits; no fused multiply-add), so that
// poisson() and binomial() in a kernel round as runtime/poisson.ts and binomial.ts do.
//
// exp(x) = 2^k exp(r), k = round(x / ln2), r = x - k ln2 in [-ln2/2, ln2/2] (Cody and Waite: ln2
// split in a high part with trailing zeros, so k * high is exact, and a low part), and
// exp(r) = 1 + r + r^2 p(r) with p a Chebyshev fit to (e^r - 1 - r)/r^2 on that interval (degree
// 10 for double: 0.002 ulp; degree 4 for float: 0.09 ulp), then times 2^k as two powers of two,
// 2^(k >> 1) and 2^(k - (k >> 1)), so that results near overflow and the subnormal ones need no
// other path. k is rounded by adding and subtracting 1.5 * 2^mantissa bits, which leaves k in the
// low bits of the sum. x is clamped first to where the result is already infinite or zero, which
// keeps k's powers of two in range and gives inf, 0 and NaN for inf, -inf and NaN. Maximum error
// over 10^6 arguments and the edges against a long-double reference: test/exp.test.ts.

/** The constants of one floating-point type. */
export interface ExpConstants {
  /** Below this x the result is 0 (it rounds to zero), above `maxArg` inf. */
  minArg: number;
  maxArg: number;
  invLn2: number;
  /** 1.5 * 2^(mantissa bits): adding it rounds x / ln2 to an integer held in the low bits. */
  shifter: number;
  /** ln2 = ln2Hi + ln2Lo, ln2Hi with enough trailing zero bits that k * ln2Hi is exact. */
  ln2Hi: number;
  ln2Lo: number;
  /** p(r), constant term first: exp(r) = 1 + r + r^2 p(r). */
  poly: readonly number[];
  /** The exponent bias and the number of mantissa bits (where the exponent field starts). */
  bias: number;
  mantissaBits: number;
}

export const EXP: { f64: ExpConstants; f32: ExpConstants } = {
  f64: {
    minArg: -746,
    maxArg: 710,
    invLn2: 1.4426950408889634,
    shifter: 6755399441055744,
    ln2Hi: 6.9314718036912381649e-1,
    ln2Lo: 1.90821492927058770002e-10,
    poly: [
      0.5, 0.1666666666666667, 0.04166666666666667, 0.008333333333326136, 0.0013888888888883748, 0.00019841269874820627,
      2.4801587325547743e-5, 2.7557255400206422e-6, 2.75572736431103e-7, 2.5105217004720745e-8, 2.0914686968086876e-9,
    ],
    bias: 1023,
    mantissaBits: 52,
  },
  // every constant a float32 (Math.fround of itself)
  f32: {
    minArg: -104,
    maxArg: 89,
    invLn2: Math.fround(1.4426950408889634),
    shifter: 12582912,
    ln2Hi: 0.693359375,
    ln2Lo: Math.fround(Math.LN2 - 0.693359375),
    poly: [0.5, 0.16666576989698775, 0.041666554617204574, 0.008363179052722578, 0.0013926183587713494].map(Math.fround),
    bias: 127,
    mantissaBits: 23,
  },
};

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer); // little-endian: words[0] is the low word

/** 2^e for -1022 <= e <= 1023: the double whose exponent field is e + 1023. */
function powerOfTwo(e: number): number {
  words[0] = 0;
  words[1] = (e + 1023) << 20;
  return bits[0];
}

/** exp(x) as the kernels compute it in double (llvm/emit-exp.ts). */
export function expOf(x: number): number {
  const C = EXP.f64;
  const z = Math.max(Math.min(x, C.maxArg), C.minArg);
  bits[0] = z * C.invLn2 + C.shifter;
  const k = words[0];
  const kf = bits[0] - C.shifter;
  const hi = z - kf * C.ln2Hi,
    lo = kf * C.ln2Lo,
    r = hi - lo;
  let p = C.poly[C.poly.length - 1];
  for (let j = C.poly.length - 2; j >= 0; j--) p = p * r + C.poly[j];
  const e = r * r * p - lo;
  const s = hi + e;
  const sErr = e - (s - hi);
  const w = 1 + s;
  const y = w + (1 - w + s + sErr);
  const k1 = k >> 1;
  return y * powerOfTwo(k1) * powerOfTwo(k - k1);
}
