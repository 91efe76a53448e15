// The meaning of each math function and operator on plain numbers, as JavaScript computes it.
// Used by constant folding and by the reference executor, so both agree with the user's TypeScript.
import type { MathFn, BinaryOp } from './types';

/** exprel(x) = (e^x - 1)/x, continuous at 0 (as in Brian2 and SciPy). */
export function exprel(x: number): number {
  return x === 0 ? 1 : Math.expm1(x) / x;
}

export const MATH_IMPL: Record<MathFn, (...a: number[]) => number> = {
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  tanh: Math.tanh,
  sinh: Math.sinh,
  cosh: Math.cosh,
  atan: Math.atan,
  asin: Math.asin,
  acos: Math.acos,
  log10: Math.log10,
  log2: Math.log2,
  log1p: Math.log1p,
  expm1: Math.expm1,
  floor: Math.floor,
  ceil: Math.ceil,
  round: Math.round,
  trunc: Math.trunc,
  sign: Math.sign,
  cbrt: Math.cbrt,
  exprel,
  min: Math.min,
  max: Math.max,
  atan2: Math.atan2,
  pow: Math.pow,
};

export function evalBinary(op: BinaryOp, a: number | boolean, b: number | boolean): number | boolean {
  const x = a as number,
    y = b as number;
  switch (op) {
    case 'add':
      return x + y;
    case 'sub':
      return x - y;
    case 'mul':
      return x * y;
    case 'div':
      return x / y;
    case 'rem':
      return x % y;
    case 'pow':
      return x ** y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'and':
      return Boolean(a) && Boolean(b);
    case 'or':
      return Boolean(a) || Boolean(b);
  }
}
