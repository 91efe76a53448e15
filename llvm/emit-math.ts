// Math in kernels: JavaScript's Math semantics where LLVM has no such function (min and max with
// NaN, sign, round with halves up, exprel), integer powers as multiplications, and the library
// functions as LLVM intrinsics, which opt -vector-library=LIBMVEC-X86 turns into glibc's vector
// functions. Which function a target calls for exp, log, ... is the target's (kernel-target.ts).
import * as llvm from 'llvm-bindings';
import type { Expr, MathFn } from '../ir/types';
import type { IrBuilder } from './kernel-target';

/** x ** n with a small integer n: multiplications, see `emitIntegerPower`. */
export const isIntegerPower = (e: Extract<Expr, { k: 'bin' }>): e is Extract<Expr, { k: 'bin' }> & { b: { k: 'num'; v: number } } =>
  e.op === 'pow' && e.b.k === 'num' && Number.isInteger(e.b.v) && Math.abs(e.b.v) <= 16;

/** x ** n for a small integer n, by repeated squaring (exact to rounding, and vectorizable). */
export function emitIntegerPower(k: IrBuilder, x: llvm.Value, n: number, name: string): llvm.Value {
  const { b } = k;
  if (n === 0) return k.cf(1);
  let result: llvm.Value | undefined;
  let base = x;
  for (let j = Math.abs(n); j > 0; j >>= 1) {
    if (j & 1) result = result ? b.CreateFMul(result, base) : base;
    if (j > 1) base = b.CreateFMul(base, base);
  }
  return n < 0 ? b.CreateFDiv(k.cf(1), result!, name) : result!;
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** A math function as the target provides it. */
export type LibraryCall = (fn: MathFn, args: llvm.Value[], name: string) => llvm.Value;

/** A call of a DSL math function with JavaScript's semantics; the plain library functions through `library`. */
export function emitMathCall(k: IrBuilder, fn: MathFn, args: llvm.Value[], name: string, library: LibraryCall): llvm.Value {
  const { b } = k;
  const [x, y] = args;
  switch (fn) {
    case 'exprel': {
      // for |x| < 1/2 the series sum x^k / (k+1)! (k <= 15: error below 1e-17), else
      // (e^x - 1)/x, whose subtraction costs at most two bits there; both are computed and one
      // selected, with no log or expm1 (libmvec has neither, so the loop stays vectorized)
      const u = library('exp', [x], '');
      let series = k.cf(1 / factorial(16));
      for (let j = 14; j >= 0; j--) series = b.CreateFAdd(b.CreateFMul(series, x), k.cf(1 / factorial(j + 1)));
      const direct = b.CreateFDiv(b.CreateFSub(u, k.cf(1)), x);
      const small = b.CreateFCmpOLT(library('abs', [x], ''), k.cf(0.5));
      // at x = +inf the quotient would be inf/inf
      return b.CreateSelect(b.CreateFCmpOEQ(u, k.cf(Infinity)), u, b.CreateSelect(small, series, direct), name);
    }
    case 'min':
    case 'max': {
      // Math.min/max: NaN if either is NaN
      const pickX = b.CreateFCmpOLT(fn === 'min' ? x : y, fn === 'min' ? y : x);
      const xNaN = b.CreateFCmpUNE(x, x);
      return b.CreateSelect(b.CreateOr(pickX, xNaN), x, y, name);
    }
    case 'sign': {
      const pos = b.CreateSelect(b.CreateFCmpOGT(x, k.cf(0)), k.cf(1), x);
      return b.CreateSelect(b.CreateFCmpOLT(x, k.cf(0)), k.cf(-1), pos, name);
    }
    case 'round': {
      // Math.round: halves go up
      const fl = library('floor', [x], '');
      const up = b.CreateFCmpOGE(b.CreateFSub(x, fl), k.cf(0.5));
      return b.CreateSelect(up, b.CreateFAdd(fl, k.cf(1)), fl, name);
    }
    default:
      return library(fn, args, name);
  }
}

/** Math functions that are LLVM intrinsics (vectorized through libmvec where it has them). */
const INTRINSICS: Partial<Record<MathFn, number>> = {
  exp: llvm.Intrinsic.exp,
  log: llvm.Intrinsic.log,
  sqrt: llvm.Intrinsic.sqrt,
  abs: llvm.Intrinsic.fabs,
  sin: llvm.Intrinsic.sin,
  cos: llvm.Intrinsic.cos,
  log10: llvm.Intrinsic.log10,
  log2: llvm.Intrinsic.log2,
  floor: llvm.Intrinsic.floor,
  ceil: llvm.Intrinsic.ceil,
  trunc: llvm.Intrinsic.trunc,
  pow: llvm.Intrinsic.pow,
};

/** A math function call: an intrinsic, or the C library function of that name. */
export function emitIntrinsicOrLibm(k: IrBuilder, fn: MathFn, args: llvm.Value[], name: string): llvm.Value {
  const id = INTRINSICS[fn];
  if (id !== undefined) {
    // overloaded at the type of its argument: float in a float32 kernel, double for a draw's arithmetic
    const decl = llvm.Intrinsic.getDeclaration(k.mod, id, [args[0].getType()]);
    return k.b.CreateCall(decl, args, name);
  }
  return emitExternalCall(k, fn, args, name);
}

/**
 * A call of the external function `symbol` of doubles to a double, declared in the module where
 * needed; of floats, the C library's float form `<symbol>f` (libm's expm1f, libdevice's __nv_expf).
 */
export function emitExternalCall(k: IrBuilder, symbol: string, args: llvm.Value[], name: string): llvm.Value {
  const type = args[0].getType();
  const ft = llvm.FunctionType.get(
    type,
    args.map(() => type),
    false,
  );
  return k.b.CreateCall(k.mod.getOrInsertFunction(type.isFloatTy() ? `${symbol}f` : symbol, ft), args, name);
}
