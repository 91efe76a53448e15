// A method the runtime calls (a neuron's update, a synapse's onPre, onPost, update or everyStep)
// becomes an UpdateFn: the value of each field it writes after one call, and the spike condition.
import type * as ts from 'typescript';
import type { Expr, UpdateFn } from '../ir/types';
import type { LoweringContext } from './context';
import { checkSynchronous } from './functions';
import { block } from './statements';

// update(t, dt) { ... }  ->  UpdateFn { writes: [field' = expr], spike: expr }
// `perTarget`: the method is a synapse's update(t, dt), which runs once per postsynaptic neuron.
export function lowerUpdate(cx: LoweringContext, m: ts.MethodDeclaration, perTarget = false): UpdateFn {
  cx.perTarget = perTarget;
  const builtins = new Map<ts.Symbol, Expr>();
  (['t', 'dt'] as const).forEach((b, i) => {
    const p = m.parameters[i];
    const sym = p && cx.checker.getSymbolAtLocation(p.name);
    if (sym) builtins.set(sym, { k: 'builtin', name: b, span: cx.span(p) });
  });
  if (m.parameters.length > 2) cx.fail('BTS1008', m.parameters[2], `${m.name.getText()} takes (t, dt) only`);
  checkSynchronous(cx, m);
  const st = cx.emptyState();
  block(cx, m.body!.statements, st, { kind: 'update', builtins });
  const writes = [...st.fields].map(([field, value]) => ({ field, value, span: st.fieldSpans.get(field)! }));
  // currents are cleared after every step, ready for the next step's inputs
  for (const f of cx.fields.values()) {
    if (f.role !== 'current') continue;
    const w = writes.find((x) => x.field === f.name);
    const zero: Expr = { k: 'num', v: 0, span: f.span };
    if (w) w.value = zero;
    else writes.push({ field: f.name, value: zero, span: f.span });
  }
  const spike = st.spike.k === 'bool' && !st.spike.v ? null : st.spike;
  // draws were made (the counter moved), or an SDE may draw its noise
  const usesRandom = !(st.counter.k === 'num' && st.counter.v === 0) || [...cx.odes.values()].some((o) => o.method === 'euler_maruyama');
  cx.perTarget = false;
  return { writes, spike, uniforms: [], usesRandom, span: cx.span(m) };
}
