// Statements of model code, executed symbolically: declarations bind locals, `if` runs both
// branches on copies and merges them, `for` loops with constant bounds are unrolled, and a
// `return` on some paths only puts the rest of the block under its condition.
import * as ts from 'typescript';
import type { Expr } from '../ir/types';
import { typeOf } from '../ir/expr';
import { cloneState, mergeStates } from './exec-state';
import type { ExecState, Value } from './exec-state';
import { constructName } from './syntax-names';
import type { Frame, LoweringContext } from './context';
import { expr, scalar } from './expressions';

const MAX_UNROLL = 4096;

/**
 * Runs statements in order. After a statement that may have returned on some paths (`done` not a
 * constant), the rest runs on a copy and is merged back under `done ? before : after`.
 */
export function block(cx: LoweringContext, stmts: readonly ts.Statement[], st: ExecState, frame: Frame): void {
  for (let i = 0; i < stmts.length; i++) {
    if (st.done.k === 'bool' && st.done.v) return;
    statement(cx, stmts[i], st, frame);
    if (st.done.k !== 'bool') {
      const rest = cloneState(st);
      rest.done = { k: 'bool', v: false, span: st.done.span };
      block(cx, stmts.slice(i + 1), rest, frame);
      Object.assign(st, mergeStates(st.done, st, rest, cx.span(stmts[i]), cx.fieldNode));
      return;
    }
  }
}

/** Runs one statement, then counts what it made: code past MAX_IR_NODES is an error at the construct that grew it. */
function statement(cx: LoweringContext, s: ts.Statement, st: ExecState, frame: Frame): void {
  execute(cx, s, st, frame);
  cx.countCode(st, s);
}

function execute(cx: LoweringContext, s: ts.Statement, st: ExecState, frame: Frame): void {
  switch (s.kind) {
    case ts.SyntaxKind.Block:
      return block(cx, (s as ts.Block).statements, st, frame);
    case ts.SyntaxKind.VariableStatement:
      return variables(cx, (s as ts.VariableStatement).declarationList, st, frame);
    case ts.SyntaxKind.ExpressionStatement:
      // assignments, ++/--, this.spike(), calls: evaluated for their effects
      expr(cx, (s as ts.ExpressionStatement).expression, st, frame);
      return;
    case ts.SyntaxKind.IfStatement:
      return ifStatement(cx, s as ts.IfStatement, st, frame);
    case ts.SyntaxKind.ForStatement:
      return forStatement(cx, s as ts.ForStatement, st, frame);
    case ts.SyntaxKind.ReturnStatement: {
      const r = s as ts.ReturnStatement;
      if (r.expression) st.ret = expr(cx, r.expression, st, frame);
      else if (frame.kind === 'ode') cx.fail('BTS1028', s, 'code called from an @ode method has no effects, only values: return one');
      st.done = { k: 'bool', v: true, span: cx.span(s) };
      return;
    }
    case ts.SyntaxKind.EmptyStatement:
      return;
    case ts.SyntaxKind.WhileStatement:
    case ts.SyntaxKind.DoStatement:
      cx.fail('BTS1010', s, 'while loops are not supported; use `for (let k = 0; k < N; k++)` with a constant N');
    // falls through (fail never returns)
    default:
      cx.fail(
        'BTS1001',
        s,
        `${constructName(s)} is not supported in model code; use const/let declarations, assignments, if/else, for loops with constant bounds, and return`,
      );
  }
}

// const x = e;  const [a, b] = tuple;  let y = 0;
function variables(cx: LoweringContext, list: ts.VariableDeclarationList, st: ExecState, frame: Frame): void {
  if (!(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) cx.fail('BTS1019', list, 'declare locals with const or let, not var');
  for (const d of list.declarations) {
    if (!d.initializer) cx.fail('BTS1019', d, 'initialize the local where it is declared: `let x = 0;`');
    const v = expr(cx, d.initializer, st, frame);
    bind(cx, d.name, v, st);
  }
}

/** Binds a local (or a parameter) to a value; `[a, b]` binds each name to an element of a tuple. */
export function bind(cx: LoweringContext, name: ts.BindingName, v: Value, st: ExecState): void {
  if (ts.isIdentifier(name)) {
    st.vars.set(cx.symbol(name), v);
    return;
  }
  if (!ts.isArrayBindingPattern(name)) cx.fail('BTS1029', name, 'destructure tuples: `const [a, b] = ...`');
  if (!Array.isArray(v) || v.length !== name.elements.length) {
    cx.fail('BTS1013', name, `the right-hand side has ${Array.isArray(v) ? v.length : 1} value(s) for ${name.elements.length} name(s)`);
  }
  name.elements.forEach((el, i) => {
    if (ts.isOmittedExpression(el)) return;
    if (el.dotDotDotToken || el.initializer) cx.fail('BTS1030', el, 'name one element of the tuple in each place: `const [a, b] = ...`');
    bind(cx, el.name, v[i], st);
  });
}

// if (c) A else B  ->  both run on copies; merged with c ? a : b
function ifStatement(cx: LoweringContext, s: ts.IfStatement, st: ExecState, frame: Frame): void {
  const c = scalar(cx, s.expression, st, frame);
  if (typeOf(c) !== 'bool') cx.fail('BTS1009', s.expression, 'an if condition must be a comparison or boolean, like `x > 0`');
  if (c.k === 'bool') {
    if (c.v) statement(cx, s.thenStatement, st, frame);
    else if (s.elseStatement) statement(cx, s.elseStatement, st, frame);
    return;
  }
  const a = cloneState(st);
  const b = cloneState(st);
  statement(cx, s.thenStatement, a, frame);
  if (s.elseStatement) statement(cx, s.elseStatement, b, frame);
  Object.assign(st, mergeStates(c, a, b, cx.span(s), cx.fieldNode));
}

// for (let k = 0; k < 4; k++) body  ->  body unrolled 4 times with k = 0, 1, 2, 3
function forStatement(cx: LoweringContext, s: ts.ForStatement, st: ExecState, frame: Frame): void {
  const bad = () => cx.fail('BTS1010', s, 'write `for (let k = A; k < B; k++)` (or <=, >, >=, k--, k += C) with A, B and C constant');
  const init = s.initializer;
  if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return bad();
  const decl = init.declarations[0];
  if (!ts.isIdentifier(decl.name) || !decl.initializer) return bad();
  const sym = cx.symbol(decl.name);
  const start = constNumber(cx, decl.initializer, st, frame, bad);
  const cond = s.condition;
  if (!cond || !ts.isBinaryExpression(cond) || !ts.isIdentifier(cond.left) || cx.symbol(cond.left) !== sym) return bad();
  const bound = constNumber(cx, cond.right, st, frame, bad);
  const inc = s.incrementor;
  let delta: number;
  if (
    inc &&
    (ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) &&
    ts.isIdentifier(inc.operand) &&
    cx.symbol(inc.operand) === sym
  ) {
    delta = inc.operator === ts.SyntaxKind.PlusPlusToken ? 1 : inc.operator === ts.SyntaxKind.MinusMinusToken ? -1 : bad();
  } else if (
    inc &&
    ts.isBinaryExpression(inc) &&
    ts.isIdentifier(inc.left) &&
    cx.symbol(inc.left) === sym &&
    (inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken || inc.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken)
  ) {
    const c = constNumber(cx, inc.right, st, frame, bad);
    delta = inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken ? c : -c;
  } else return bad();
  const holds = (k: number): boolean => {
    switch (cond.operatorToken.kind) {
      case ts.SyntaxKind.LessThanToken:
        return k < bound;
      case ts.SyntaxKind.LessThanEqualsToken:
        return k <= bound;
      case ts.SyntaxKind.GreaterThanToken:
        return k > bound;
      case ts.SyntaxKind.GreaterThanEqualsToken:
        return k >= bound;
      default:
        return bad();
    }
  };
  let trips = 0;
  for (let k = start; holds(k); k += delta) {
    if (++trips > MAX_UNROLL) cx.fail('BTS1010', s, `the loop runs more than ${MAX_UNROLL} times; model code loops are unrolled`);
  }
  const unrolled = { loop: s, trips, done: 0 };
  cx.unrolling.push(unrolled);
  for (let k = start; unrolled.done < trips; k += delta, unrolled.done++) {
    const counter: Expr = { k: 'num', v: k, span: cx.span(decl) };
    st.vars.set(sym, counter);
    statement(cx, s.statement, st, frame);
    if (st.vars.get(sym) !== counter) cx.fail('BTS1010', s, `the loop variable ${decl.name.text} must not be assigned in the body`);
    if (st.done.k !== 'bool') cx.fail('BTS1031', s, 'set a flag and return after the loop');
    if (st.done.v) break;
  }
  cx.unrolling.pop();
}

function constNumber(cx: LoweringContext, e: ts.Expression, st: ExecState, frame: Frame, bad: () => never): number {
  const v = scalar(cx, e, st, frame);
  return v.k === 'num' ? v.v : bad();
}
