// Running a function body in model code: an @ode method, or a helper (a method of the model, a
// module's function or arrow function) inlined at its call with its parameters bound to the
// arguments' values. Recursion, async functions and generators have no meaning there.
import * as ts from 'typescript';
import type { ExecState, Value } from './exec-state';
import { VOID } from './context';
import type { Frame, LoweringContext } from './context';
import { block, bind } from './statements';
import { expr } from './expressions';

/** Runs a helper's body with its parameters bound to the argument values; returns its result. */
export function callHelper(
  cx: LoweringContext,
  decl: ts.FunctionLikeDeclaration,
  c: ts.CallExpression,
  st: ExecState,
  frame: Frame,
): Value {
  if (c.arguments.length !== decl.parameters.length)
    cx.fail('BTS1008', c, `${decl.name?.getText() ?? 'this function'} takes ${decl.parameters.length} argument(s)`);
  const args = c.arguments.map((a) => expr(cx, a, st, frame));
  cx.inlining.push(c);
  const ret = invoke(cx, decl, args, st, { kind: frame.kind === 'ode' ? 'ode' : 'helper', builtins: frame.builtins }, c);
  // an expression-bodied helper runs no statement that would count its code
  cx.countCode(st, c, ret);
  cx.inlining.pop();
  return ret;
}

/** Model code runs natively and synchronously: an async function or a generator has no meaning there. */
export function checkSynchronous(cx: LoweringContext, decl: ts.FunctionLikeDeclaration): void {
  const name = decl.name?.getText() ?? 'this function';
  const async = ts.canHaveModifiers(decl) ? ts.getModifiers(decl)?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword) : undefined;
  if (async)
    cx.fail(
      'BTS1032',
      async,
      `${name} is async, but model code runs natively, once per neuron and step, and cannot wait; remove \`async\``,
    );
  if (decl.asteriskToken)
    cx.fail(
      'BTS1033',
      decl.asteriskToken,
      `${name} is a generator; model code computes one step at a time: remove the \`*\` and return the value`,
    );
}

/** Runs a function's body; `call` is the call being inlined (none for an @ode method lowered on its own). */
export function invoke(
  cx: LoweringContext,
  decl: ts.FunctionLikeDeclaration,
  args: Value[],
  st: ExecState,
  frame: Frame,
  call?: ts.CallExpression,
): Value {
  checkSynchronous(cx, decl);
  const depth = cx.callStack.indexOf(decl);
  if (depth >= 0) {
    // fact calls itself;  this.ping calls this.pong, which calls this.ping
    const [first, ...rest] = [...cx.callStack.slice(depth), decl].map(functionName);
    const cycle = rest.length === 1 ? `${first} calls itself` : `${first} calls ${rest.join(', which calls ')}`;
    cx.fail(
      'BTS1016',
      call ?? decl,
      `${cycle}: model functions are inlined, so they cannot call themselves; write the repetition as a for loop with a constant bound`,
    );
  }
  cx.callStack.push(decl);
  const saved = { done: st.done, ret: st.ret };
  st.done = { k: 'bool', v: false, span: cx.span(decl) };
  st.ret = undefined;
  decl.parameters.forEach((p, i) => bind(cx, p.name, args[i], st));
  const body = decl.body!;
  if (ts.isBlock(body)) block(cx, body.statements, st, frame);
  else st.ret = expr(cx, body, st, frame);
  const ret = st.ret;
  // a helper that returns nothing is called for its effects (`this.decay(t);`)
  if (ret !== undefined && ts.isBlock(body) && !(st.done.k === 'bool' && st.done.v)) {
    cx.fail('BTS1034', decl, `end every path of ${functionName(decl)} in \`return value;\`, or return a value on none`);
  }
  st.done = saved.done;
  st.ret = saved.ret;
  cx.callStack.pop();
  if (ret === undefined && frame.kind === 'ode')
    cx.fail(
      'BTS1028',
      decl,
      `${functionName(decl)} returns nothing; code called from an @ode method has no effects, only values: return one`,
    );
  return ret ?? VOID;
}

/** `fact`, `this.ping`, or the const an arrow function is assigned to. */
function functionName(d: ts.FunctionLikeDeclaration): string {
  if (ts.isMethodDeclaration(d)) return `this.${d.name.getText()}`;
  if (d.name) return d.name.getText();
  return ts.isVariableDeclaration(d.parent) ? d.parent.name.getText() : 'an anonymous function';
}
