// Assignments in model code: to a local declared with let, to a field of the model (`this.V`), to
// a field of a synapse's neurons (`this.post.I`), or element by element to a tuple of them.
import * as ts from 'typescript';
import type { Expr } from '../ir/types';
import { typeOf } from '../ir/expr';
import type { ExecState, Value } from './exec-state';
import { VOID } from './context';
import type { Frame, LoweringContext } from './context';
import { checkPerTarget, connectedField } from './synapse-roles';

/** Assigns `v` to `target`; `at` is the assignment (its span is the field's write in the IR). */
export function assign(cx: LoweringContext, target: ts.Expression, v: Value, st: ExecState, frame: Frame, at: ts.Node): void {
  target = skipParens(target);
  if (v === VOID) cx.fail('BTS1009', at, 'the right-hand side is a call that returns nothing');
  if (ts.isArrayLiteralExpression(target)) {
    if (!Array.isArray(v) || v.length !== target.elements.length) {
      cx.fail('BTS1013', at, `the right-hand side has ${Array.isArray(v) ? v.length : 1} value(s) for ${target.elements.length} target(s)`);
    }
    target.elements.forEach((el, i) => ts.isOmittedExpression(el) || assign(cx, el, v[i], st, frame, at));
    return;
  }
  if (Array.isArray(v)) cx.fail('BTS1013', at, 'a tuple can only be assigned to `[a, b, ...]`');
  if (ts.isIdentifier(target)) {
    const sym = cx.symbol(target);
    const decl = sym.valueDeclaration;
    if (!st.vars.has(sym) || !decl || !ts.isVariableDeclaration(decl))
      cx.fail('BTS1020', target, `${target.text} is not a local of this function`);
    if (decl.parent.flags & ts.NodeFlags.Const) cx.fail('BTS1020', target, `${target.text} is const; declare it with let to assign it`);
    const old = st.vars.get(sym)!;
    if (typeOf(old as Expr) !== typeOf(v))
      cx.fail('BTS1009', at, `${target.text} holds a ${typeOf(old as Expr) === 'bool' ? 'boolean' : 'number'}`);
    st.vars.set(sym, v);
    return;
  }
  const connected = connectedField(cx, target);
  if (connected) {
    checkPerTarget(cx, connected, target);
    if (frame.kind === 'ode') cx.fail('BTS1038', target, 'it computes derivatives only; assign in update()');
    if (typeOf(v) !== 'f64') cx.fail('BTS1009', at, `${connected} holds a number`);
    st.fields.set(connected, v);
    st.fieldSpans.set(connected, cx.span(at));
    return;
  }
  if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const name = target.name.text;
    const f = cx.fields.get(name);
    if (!f) cx.fail('BTS1004', target, `${name} is not a model field; declare it with @param, @state or @current`);
    if (f.role === 'param') cx.fail('BTS1005', target, `${name} is a @param; make it @state to change it during a run`);
    checkPerTarget(cx, name, target);
    if (frame.kind === 'ode') cx.fail('BTS1038', target, 'it computes derivatives only; assign state in update()');
    if (typeOf(v) !== 'f64') cx.fail('BTS1009', at, `${name} holds a number`);
    st.fields.set(name, v);
    st.fieldSpans.set(name, cx.span(at));
    return;
  }
  cx.fail('BTS1020', target, 'assign to a local, to this.field, or to a tuple of them: `[this.V, this.w] = ...`');
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}
