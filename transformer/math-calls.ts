// Math in model code: Math.exp(x) and the other functions of MATH_FUNCTIONS become `call` nodes,
// Math.PI and the other constants numbers. Math.random is refused: draws must be reproducible.
import type * as ts from 'typescript';
import { MATH_FUNCTIONS } from '../ir/types';
import type { Expr, MathFn, Span } from '../ir/types';
import type { ExecState } from './exec-state';
import type { Frame, LoweringContext } from './context';
import { num } from './expressions';

const MATH_CONSTANTS: Record<string, number> = {
  PI: Math.PI,
  E: Math.E,
  LN2: Math.LN2,
  LN10: Math.LN10,
  LOG2E: Math.LOG2E,
  LOG10E: Math.LOG10E,
  SQRT2: Math.SQRT2,
  SQRT1_2: Math.SQRT1_2,
};

// Math.PI  ->  3.14159...
export function mathConstant(cx: LoweringContext, p: ts.PropertyAccessExpression): Expr {
  const c = MATH_CONSTANTS[p.name.text];
  if (c === undefined) cx.fail('BTS1011', p, `Math.${p.name.text} is not a constant; call Math functions, or use Math.PI, Math.E, ...`);
  return { k: 'num', v: c, span: cx.span(p) };
}

// Math.exp(x)  ->  call exp(x)
export function globalMathCall(
  cx: LoweringContext,
  c: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
  st: ExecState,
  frame: Frame,
): Expr {
  const fn = callee.name.text;
  if (fn === 'random') cx.fail('BTS1011', c, 'use rand() or randn() from braints: they are reproducible per seed, neuron and step');
  if (!(fn in MATH_FUNCTIONS) || fn === 'exprel')
    cx.fail(
      'BTS1011',
      callee.name,
      `Math.${fn} is not supported; supported: ${Object.keys(MATH_FUNCTIONS)
        .filter((x) => x !== 'exprel')
        .join(', ')}`,
    );
  return mathCall(cx, fn as MathFn, c, st, frame, cx.span(c));
}

/** A call of a math function (Math's, or braints's exprel) with its arguments. */
export function mathCall(cx: LoweringContext, fn: MathFn, c: ts.CallExpression, st: ExecState, frame: Frame, span: Span): Expr {
  const arity = MATH_FUNCTIONS[fn];
  if ((fn === 'min' || fn === 'max') && c.arguments.length >= 2) {
    // Math.max(a, b, c)  ->  max(max(a, b), c)
    const args = c.arguments.map((a) => num(cx, a, st, frame));
    return args.slice(1).reduce((acc, x) => cx.mk({ k: 'call', fn, args: [acc, x], span }), args[0]);
  }
  if (c.arguments.length !== arity) cx.fail('BTS1008', c, `${fn} takes ${arity} argument(s)`);
  const args = c.arguments.map((a) => num(cx, a, st, frame));
  // x ** n and Math.pow(x, n) with a small integer n are multiplications (exact and vectorizable)
  if (fn === 'pow') return cx.mk({ k: 'bin', op: 'pow', a: args[0], b: args[1], span });
  return cx.mk({ k: 'call', fn, args, span });
}
