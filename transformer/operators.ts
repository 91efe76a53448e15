// Operators of model code: arithmetic and comparisons become `bin` nodes, `&&` and `||` keep
// JavaScript's short circuit (the right side's effects happen only where it runs), and `=`, `+=`,
// `++` are assignments (assignments.ts) whose value is the one assigned.
import * as ts from 'typescript';
import type { BinaryOp } from '../ir/types';
import { cloneState, mergeStates } from './exec-state';
import type { ExecState, Value } from './exec-state';
import type { Frame, LoweringContext } from './context';
import { expr, num, bool } from './expressions';
import { assign } from './assignments';

const BINARY: Partial<Record<ts.SyntaxKind, BinaryOp>> = {
  [ts.SyntaxKind.PlusToken]: 'add',
  [ts.SyntaxKind.MinusToken]: 'sub',
  [ts.SyntaxKind.AsteriskToken]: 'mul',
  [ts.SyntaxKind.SlashToken]: 'div',
  [ts.SyntaxKind.PercentToken]: 'rem',
  [ts.SyntaxKind.AsteriskAsteriskToken]: 'pow',
  [ts.SyntaxKind.LessThanToken]: 'lt',
  [ts.SyntaxKind.LessThanEqualsToken]: 'le',
  [ts.SyntaxKind.GreaterThanToken]: 'gt',
  [ts.SyntaxKind.GreaterThanEqualsToken]: 'ge',
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: 'eq',
  [ts.SyntaxKind.EqualsEqualsToken]: 'eq',
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: 'ne',
  [ts.SyntaxKind.ExclamationEqualsToken]: 'ne',
};

const COMPOUND: Partial<Record<ts.SyntaxKind, BinaryOp>> = {
  [ts.SyntaxKind.PlusEqualsToken]: 'add',
  [ts.SyntaxKind.MinusEqualsToken]: 'sub',
  [ts.SyntaxKind.AsteriskEqualsToken]: 'mul',
  [ts.SyntaxKind.SlashEqualsToken]: 'div',
  [ts.SyntaxKind.PercentEqualsToken]: 'rem',
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: 'pow',
};

export function prefix(cx: LoweringContext, p: ts.PrefixUnaryExpression, st: ExecState, frame: Frame): Value {
  const span = cx.span(p);
  switch (p.operator) {
    case ts.SyntaxKind.MinusToken:
      return cx.mk({ k: 'neg', a: num(cx, p.operand, st, frame), span });
    case ts.SyntaxKind.PlusToken:
      return num(cx, p.operand, st, frame);
    case ts.SyntaxKind.ExclamationToken:
      return cx.mk({ k: 'not', a: bool(cx, p.operand, st, frame), span });
    case ts.SyntaxKind.PlusPlusToken:
    case ts.SyntaxKind.MinusMinusToken: {
      // ++x  ->  x = x + 1, value x + 1
      const v = cx.mk({
        k: 'bin',
        op: p.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub',
        a: num(cx, p.operand, st, frame),
        b: { k: 'num', v: 1, span },
        span,
      });
      assign(cx, p.operand, v, st, frame, p);
      return v;
    }
    default:
      cx.fail('BTS1002', p, `the operator ${ts.tokenToString(p.operator)} is not supported; use - + !`);
  }
}

// x++  ->  x = x + 1, value x
export function postfix(cx: LoweringContext, p: ts.PostfixUnaryExpression, st: ExecState, frame: Frame): Value {
  const span = cx.span(p);
  const old = num(cx, p.operand, st, frame);
  const v = cx.mk({
    k: 'bin',
    op: p.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub',
    a: old,
    b: { k: 'num', v: 1, span },
    span,
  });
  assign(cx, p.operand, v, st, frame, p);
  return old;
}

export function binary(cx: LoweringContext, b: ts.BinaryExpression, st: ExecState, frame: Frame): Value {
  const span = cx.span(b);
  const kind = b.operatorToken.kind;
  if (kind === ts.SyntaxKind.EqualsToken) {
    const v = expr(cx, b.right, st, frame);
    assign(cx, b.left, v, st, frame, b);
    return v;
  }
  const compound = COMPOUND[kind];
  if (compound) {
    // x += e  ->  x = x + e
    const v = cx.mk({ k: 'bin', op: compound, a: num(cx, b.left, st, frame), b: num(cx, b.right, st, frame), span });
    assign(cx, b.left, v, st, frame, b);
    return v;
  }
  if (kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken) {
    // a && b: b runs (its draws and assignments take effect) only where a is true; a || b where false
    const and = kind === ts.SyntaxKind.AmpersandAmpersandToken;
    const left = bool(cx, b.left, st, frame);
    if (left.k === 'bool') return left.v === and ? bool(cx, b.right, st, frame) : left;
    const rhs = cloneState(st);
    const right = bool(cx, b.right, rhs, frame);
    Object.assign(st, and ? mergeStates(left, rhs, st, span, cx.fieldNode) : mergeStates(left, st, rhs, span, cx.fieldNode));
    return cx.mk({ k: 'bin', op: and ? 'and' : 'or', a: left, b: right, span });
  }
  const op = BINARY[kind];
  if (!op)
    cx.fail(
      'BTS1002',
      b.operatorToken,
      `the operator ${b.operatorToken.getText()} is not supported; use + - * / % ** < <= > >= === !== && ||`,
    );
  return cx.mk({ k: 'bin', op, a: num(cx, b.left, st, frame), b: num(cx, b.right, st, frame), span });
}
