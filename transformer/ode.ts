// ODEs: an @ode method becomes an OdeFn (its parameters `arg` nodes, its returns the derivatives),
// and each step(this.dX, ...) call in an update becomes `step` nodes that the integrator pass expands.
import * as ts from 'typescript';
import type { Expr, IntegrationMethod, OdeFn, Span } from '../ir/types';
import { typeOf, forEachNode, rewrite } from '../ir/expr';
import { dslDecorators } from './resolve';
import type { ExecState, Value } from './exec-state';
import type { Frame, LoweringContext } from './context';
import { invoke } from './functions';
import { num } from './expressions';

const METHODS: readonly IntegrationMethod[] = ['euler', 'rk2', 'rk4', 'exp_euler', 'euler_maruyama'];

/** Notes an @ode method and its integration method, to be lowered once all are known. */
export function registerOde(cx: LoweringContext, m: ts.MethodDeclaration): void {
  const deco = dslDecorators(cx.checker, m).find((d) => d.name === 'ode');
  if (!deco) return;
  const call = deco.node.expression;
  const opts = ts.isCallExpression(call) ? call.arguments[0] : undefined;
  const methodProp =
    opts && ts.isObjectLiteralExpression(opts)
      ? opts.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'method')
      : undefined;
  const method = methodProp && ts.isStringLiteral(methodProp.initializer) ? methodProp.initializer.text : undefined;
  if (!method || !METHODS.includes(method as IntegrationMethod)) {
    cx.fail('BTS1018', deco.node, `write @ode({ method: ${METHODS.map((x) => `'${x}'`).join(' | ')} })`);
  }
  if (!m.body) cx.fail('BTS1018', m, 'an @ode method needs a body');
  cx.odeDecls.set(m.name.getText(), { decl: m, method: method as IntegrationMethod });
}

// @ode({method}) dV(V, I) { return (E_L - V)/tau; }  ->  OdeFn { returns: [($0 ... )] }
export function lowerOde(cx: LoweringContext, name: string, m: ts.MethodDeclaration, method: IntegrationMethod): OdeFn {
  const frame: Frame = { kind: 'ode', builtins: new Map() };
  const args: Value[] = m.parameters.map((p, i) => ({ k: 'arg', index: i, span: cx.span(p) }) as Expr);
  const ret = invoke(cx, m, args, cx.emptyState(), frame);
  const returns = Array.isArray(ret) ? ret : [ret];
  returns.forEach((r) => typeOf(r) !== 'f64' && cx.fail('BTS1009', m, `${name} must return numbers (derivatives)`));
  // step(this.dX, x1..xk, extra...) integrates the first k parameters, one per returned derivative
  if (returns.length === 0) cx.fail('BTS1013', m.name, `${name} returns no derivative; return dX/dt, or a tuple [dX, dY, ...]`);
  if (returns.length > m.parameters.length) {
    cx.fail(
      'BTS1013',
      m.name,
      `${name} returns ${returns.length} derivatives but has ${m.parameters.length} parameter(s): its first ${returns.length} parameters are the variables step() integrates, one for each derivative; add the missing ones (and pass them to step)`,
    );
  }
  return { name, method, params: m.parameters.map((p) => p.name.getText()), returns, span: cx.span(m) };
}

// step(this.dV, V, I)  ->  one `step` node per integrated variable, expanded by the integrator pass
export function stepCall(cx: LoweringContext, c: ts.CallExpression, st: ExecState, frame: Frame, span: Span): Value {
  if (frame.kind === 'ode')
    cx.fail('BTS1037', c, 'an @ode method returns derivatives, which update() integrates: step(this.dV, this.V, ...)');
  const [f, ...rest] = c.arguments;
  const fname = f && ts.isPropertyAccessExpression(f) && f.expression.kind === ts.SyntaxKind.ThisKeyword ? f.name.text : undefined;
  const ode = fname ? cx.odes.get(fname) : undefined;
  if (!ode) cx.fail('BTS1012', f ?? c, 'the first argument of step() is an @ode method of this model: step(this.dV, this.V, ...)');
  if (rest.length !== ode.params.length)
    cx.fail('BTS1008', c, `${ode.name} takes ${ode.params.length} argument(s): ${ode.params.join(', ')}`);
  const args = rest.map((a) => num(cx, a, st, frame));
  const k = ode.returns.length;
  const call = cx.stepCalls++;
  // the right-hand side reads fields as they are at this call (update may have assigned some)
  const target = odeAtCall(cx, ode, st, call);
  cx.size.countStep(target);
  const nodes: Expr[] = ode.returns.map((_, index) => ({ k: 'step', ode: target.name, call, args, index, counter: st.counter, span }));
  if (ode.method === 'euler_maruyama') {
    st.counter = cx.mk({ k: 'bin', op: 'add', a: st.counter, b: { k: 'num', v: k, span }, span });
  }
  return k === 1 ? nodes[0] : nodes;
}

/** The ODE with its field reads replaced by the fields' current values, when update has written any it reads. */
function odeAtCall(cx: LoweringContext, ode: OdeFn, st: ExecState, call: number): OdeFn {
  const written = new Set(st.fields.keys());
  let reads = false;
  forEachNode(ode.returns, (e) => {
    if (e.k === 'field' && written.has(e.name)) reads = true;
  });
  if (!reads) return ode;
  const returns = rewrite(ode.returns, (e) => (e.k === 'field' && written.has(e.name) ? st.fields.get(e.name)! : e));
  const specialised: OdeFn = { ...ode, name: `${ode.name}@${call}`, returns };
  cx.odes.set(specialised.name, specialised);
  return specialised;
}
