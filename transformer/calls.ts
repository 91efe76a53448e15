// A call in model code, by what it calls: a Math function, one of braints's model functions,
// this.spike(), a method of the model or a function of the user's modules (inlined); anything
// else is an error that says what the callee is (callee.ts).
import * as ts from 'typescript';
import { dslName, isGlobalMath, resolveSymbol } from './resolve';
import { unsupportedCall } from './callee';
import { baseKindOf } from './members';
import type { ExecState, Value } from './exec-state';
import type { Frame, LoweringContext } from './context';
import { globalMathCall } from './math-calls';
import { dslCall } from './dsl-calls';
import { callHelper } from './functions';

export function call(cx: LoweringContext, c: ts.CallExpression, st: ExecState, frame: Frame): Value {
  const span = cx.span(c);
  const callee = c.expression;
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && isGlobalMath(cx.checker, callee.expression))
    return globalMathCall(cx, c, callee, st, frame);
  const dsl = dslName(cx.checker, callee);
  if (dsl !== undefined) return dslCall(cx, dsl, c, st, frame, span);
  // this.spike()
  if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const decl = resolveSymbol(cx.checker, callee.name)?.valueDeclaration;
    if (decl && baseKindOf(decl) === 'neuron' && callee.name.text === 'spike') {
      if (frame.kind === 'ode' || cx.kind !== 'neuron') cx.fail('BTS1007', c, "spike() belongs in a neuron's update()");
      st.spike = { k: 'bool', v: true, span };
      return { k: 'num', v: 0, span };
    }
    // by name among the model's members, so that an override in a subclass is the one called
    const method = cx.methods.get(callee.name.text);
    if (method?.body) return callHelper(cx, method, c, st, frame);
    cx.fail('BTS1007', c, `this.${callee.name.text} is not a method of this model with a body`);
  }
  // helper(x): a function declared in a module of the user's
  if (ts.isIdentifier(callee)) {
    const decl = resolveSymbol(cx.checker, callee)?.valueDeclaration;
    if (decl && ts.isFunctionDeclaration(decl) && decl.body) return callHelper(cx, decl, c, st, frame);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isArrowFunction(decl.initializer))
      return callHelper(cx, decl.initializer, c, st, frame);
  }
  cx.fail('BTS1007', c, unsupportedCall(cx.checker, callee));
}
