// Expressions of model code to IR values: literals, locals, fields, Math constants, tuples and
// their elements, `?:`; operators are in operators.ts and calls in calls.ts.
import * as ts from 'typescript';
import type { Expr } from '../ir/types';
import { typeOf } from '../ir/expr';
import { resolveSymbol, isGlobalMath } from './resolve';
import { cloneState, mergeStates, selectValue } from './exec-state';
import type { ExecState, Value } from './exec-state';
import { constructName } from './syntax-names';
import { VOID } from './context';
import type { Frame, LoweringContext } from './context';
import { prefix, postfix, binary } from './operators';
import { call } from './calls';
import { mathConstant } from './math-calls';
import { checkPerTarget, connectedField } from './synapse-roles';

/** A single value (not a tuple, not the nothing a void helper returns). */
export function scalar(cx: LoweringContext, node: ts.Expression, st: ExecState, frame: Frame): Expr {
  const v = expr(cx, node, st, frame);
  if (v === VOID) cx.fail('BTS1009', node, 'this call returns nothing; use it as a statement');
  if (Array.isArray(v)) cx.fail('BTS1013', node, 'a tuple is used where a single value is expected; destructure it: `const [a, b] = ...`');
  return v;
}

export function num(cx: LoweringContext, node: ts.Expression, st: ExecState, frame: Frame): Expr {
  const v = scalar(cx, node, st, frame);
  if (typeOf(v) !== 'f64') cx.fail('BTS1009', node, 'a number is expected here, not a boolean');
  return v;
}

export function bool(cx: LoweringContext, node: ts.Expression, st: ExecState, frame: Frame): Expr {
  const v = scalar(cx, node, st, frame);
  if (typeOf(v) !== 'bool') cx.fail('BTS1009', node, 'a boolean is expected here; compare, like `x > 0`');
  return v;
}

export function expr(cx: LoweringContext, node: ts.Expression, st: ExecState, frame: Frame): Value {
  const span = cx.span(node);
  switch (node.kind) {
    case ts.SyntaxKind.NumericLiteral:
      return { k: 'num', v: Number((node as ts.NumericLiteral).text), span };
    case ts.SyntaxKind.TrueKeyword:
      return { k: 'bool', v: true, span };
    case ts.SyntaxKind.FalseKeyword:
      return { k: 'bool', v: false, span };
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.SatisfiesExpression:
      return expr(cx, (node as ts.ParenthesizedExpression).expression, st, frame);
    case ts.SyntaxKind.Identifier:
      return identifier(cx, node as ts.Identifier, st, frame);
    case ts.SyntaxKind.PropertyAccessExpression:
      return propertyAccess(cx, node as ts.PropertyAccessExpression, st);
    case ts.SyntaxKind.ElementAccessExpression:
      return elementAccess(cx, node as ts.ElementAccessExpression, st, frame);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return (node as ts.ArrayLiteralExpression).elements.map((e) => scalar(cx, e, st, frame));
    case ts.SyntaxKind.PrefixUnaryExpression:
      return prefix(cx, node as ts.PrefixUnaryExpression, st, frame);
    case ts.SyntaxKind.PostfixUnaryExpression:
      return postfix(cx, node as ts.PostfixUnaryExpression, st, frame);
    case ts.SyntaxKind.BinaryExpression:
      return binary(cx, node as ts.BinaryExpression, st, frame);
    case ts.SyntaxKind.ConditionalExpression:
      return conditional(cx, node as ts.ConditionalExpression, st, frame);
    case ts.SyntaxKind.CallExpression:
      return call(cx, node as ts.CallExpression, st, frame);
    default:
      cx.fail(
        'BTS1002',
        node,
        `${constructName(node)} is not supported in model code; use numbers, booleans, arithmetic, comparisons, && || !, ?:, Math.*, and calls of helpers`,
      );
  }
}

// c ? a : b  ->  select(c, a, b); both arms are evaluated (they have no effects but draws)
function conditional(cx: LoweringContext, n: ts.ConditionalExpression, st: ExecState, frame: Frame): Value {
  const span = cx.span(n);
  const c = bool(cx, n.condition, st, frame);
  if (c.k === 'bool') return expr(cx, c.v ? n.whenTrue : n.whenFalse, st, frame);
  const a = cloneState(st),
    b = cloneState(st);
  const va = expr(cx, n.whenTrue, a, frame),
    vb = expr(cx, n.whenFalse, b, frame);
  if (Array.isArray(va) !== Array.isArray(vb) || (!Array.isArray(va) && typeOf(va) !== typeOf(vb as Expr))) {
    cx.fail('BTS1009', n, 'both arms of ?: must have the same type');
  }
  if (Array.isArray(va) && Array.isArray(vb) && va.length !== vb.length) {
    cx.fail('BTS1013', n, `the arms of ?: are tuples of ${va.length} and ${vb.length} values`);
  }
  Object.assign(st, mergeStates(c, a, b, span, cx.fieldNode));
  return selectValue(c, va, vb, span);
}

function identifier(cx: LoweringContext, id: ts.Identifier, st: ExecState, frame: Frame): Value {
  if (id.text === 'undefined' || id.text === 'NaN' || id.text === 'Infinity') {
    if (id.text === 'undefined') cx.fail('BTS1002', id, 'undefined has no meaning in model code');
    return { k: 'num', v: id.text === 'NaN' ? NaN : Infinity, span: cx.span(id) };
  }
  const sym = cx.symbol(id);
  const local = st.vars.get(sym);
  if (local !== undefined) return local;
  const builtin = frame.builtins.get(sym);
  if (builtin) return builtin;
  const decl = resolveSymbol(cx.checker, id)?.valueDeclaration;
  // a module-level `const TAU = 10;` (here or imported) is a compile-time constant
  if (
    decl &&
    ts.isVariableDeclaration(decl) &&
    decl.parent.flags & ts.NodeFlags.Const &&
    decl.initializer &&
    ts.isSourceFile(decl.parent.parent.parent)
  ) {
    return { ...scalar(cx, decl.initializer, cx.emptyState(), { kind: 'helper', builtins: new Map() }), span: cx.span(id) };
  }
  cx.fail('BTS1003', id, `${id.text} is not a local, a parameter or a module-level const here`);
}

// this.V  ->  the field's current value;  this.post.ge  ->  field post.ge;  Math.PI  ->  3.14159...
function propertyAccess(cx: LoweringContext, p: ts.PropertyAccessExpression, st: ExecState): Value {
  const span = cx.span(p);
  const connected = connectedField(cx, p);
  if (connected) {
    checkPerTarget(cx, connected, p);
    return st.fields.get(connected) ?? { k: 'field', name: connected, span };
  }
  if (p.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const name = p.name.text;
    const f = cx.fields.get(name);
    if (!f)
      cx.fail(
        'BTS1004',
        p,
        `${name} is not a model field; declare it with @param, @state or @current (methods are called: this.${name}(...))`,
      );
    checkPerTarget(cx, name, p);
    return st.fields.get(name) ?? { k: 'field', name, span };
  }
  if (ts.isIdentifier(p.expression) && isGlobalMath(cx.checker, p.expression)) return mathConstant(cx, p);
  if (ts.isIdentifier(p.expression) && st.vars.has(cx.symbol(p.expression))) {
    const v = st.vars.get(cx.symbol(p.expression))!;
    const what = Array.isArray(v) ? `a tuple of ${v.length}` : typeOf(v) === 'bool' ? 'a boolean' : 'a number';
    cx.fail(
      'BTS1002',
      p,
      `${p.expression.text} is ${what} here, whatever its declared type: model code has numbers, booleans and tuples, not objects, so ${p.getText()} cannot be read; pass the value itself`,
    );
  }
  cx.fail('BTS1002', p, 'only this.field and Math constants can be read with `.` in model code');
}

// tuple[1]  ->  its second element (the index must be a constant)
function elementAccess(cx: LoweringContext, e: ts.ElementAccessExpression, st: ExecState, frame: Frame): Value {
  const v = expr(cx, e.expression, st, frame);
  const i = scalar(cx, e.argumentExpression, st, frame);
  if (!Array.isArray(v)) cx.fail('BTS1002', e, 'only tuples can be indexed');
  if (i.k !== 'num' || !Number.isInteger(i.v) || i.v < 0 || i.v >= v.length)
    cx.fail('BTS1013', e.argumentExpression, `index a tuple of ${v.length} with a constant 0..${v.length - 1}`);
  return v[i.v];
}
