// Calls of braints's model functions: step() (in ode.ts), the random draws rand, randn, poisson and
// binomial (each takes the next slot of the draw counter), noise() in an SDE, exprel and
// refractoryOver.
import type * as ts from 'typescript';
import type { Expr, Span } from '../ir/types';
import type { DslName } from './resolve';
import type { ExecState, Value } from './exec-state';
import type { Frame, LoweringContext } from './context';
import { num } from './expressions';
import { mathCall } from './math-calls';
import { stepCall } from './ode';

export function dslCall(cx: LoweringContext, dsl: DslName, c: ts.CallExpression, st: ExecState, frame: Frame, span: Span): Value {
  switch (dsl) {
    case 'exprel':
      return mathCall(cx, 'exprel', c, st, frame, span);
    case 'refractoryOver':
      return refractoryOver(cx, c, st, frame, span);
    case 'rand':
    case 'randn':
      if (frame.kind === 'ode') cx.fail('BTS1035', c, 'use noise() with euler_maruyama');
      return draw(cx, { k: 'rand', dist: dsl === 'rand' ? 'uniform' : 'normal', counter: st.counter, span }, st);
    case 'poisson': {
      if (frame.kind === 'ode') cx.fail('BTS1035', c, 'draw in update()');
      if (c.arguments.length !== 1) cx.fail('BTS1008', c, 'poisson(mean) takes one argument, the mean count');
      // the mean is evaluated first: draws inside it come before this one
      const mean = num(cx, c.arguments[0], st, frame);
      return draw(cx, { k: 'rand', dist: 'poisson', args: [mean], counter: st.counter, span }, st);
    }
    case 'binomial':
      return binomial(cx, c, st, frame, span);
    case 'noise':
      if (frame.kind !== 'ode') cx.fail('BTS1036', c, 'it is the white noise of a stochastic ODE; elsewhere draw with randn()');
      return { k: 'noise', span };
    case 'step':
      return stepCall(cx, c, st, frame, span);
    default:
      cx.fail('BTS1007', c, `${dsl} cannot be called in model code`);
  }
}

/** A random draw at the counter's current slot; the counter moves on to the next. */
function draw(cx: LoweringContext, e: Extract<Expr, { k: 'rand' }>, st: ExecState): Expr {
  st.counter = cx.mk({ k: 'bin', op: 'add', a: st.counter, b: { k: 'num', v: 1, span: e.span }, span: e.span });
  return e;
}

/**
 * binomial(n, p): a `rand` node of its own kind with n and p as arguments and one counter slot
 * (runtime/binomial.ts; its kernel code is llvm/emit-binomial.ts). n may vary: the draw takes
 * constant expected time.
 */
function binomial(cx: LoweringContext, c: ts.CallExpression, st: ExecState, frame: Frame, span: Span): Expr {
  if (frame.kind === 'ode') cx.fail('BTS1035', c, 'draw in update()');
  if (c.arguments.length !== 2) cx.fail('BTS1008', c, 'binomial(n, p) takes two arguments: the number of trials and their probability');
  // n, then p, are evaluated first: draws inside them come before this one
  const n = num(cx, c.arguments[0], st, frame);
  const p = num(cx, c.arguments[1], st, frame);
  return draw(cx, { k: 'rand', dist: 'binomial', args: [n, p], counter: st.counter, span }, st);
}

// refractoryOver(t, last, tRef, dt)  ->  trunc((t - last + 1e-3 dt) * (1/dt)) >= trunc((tRef + 1e-3 dt) * (1/dt))
// Multiplying by the hoisted 1/dt instead of dividing per neuron can change the quotient by one
// rounding, which matters only within one rounding of an integer: the 1e-3 dt margin keeps it
// away from integers whenever spike times are whole steps, as they are when set to t.
function refractoryOver(cx: LoweringContext, c: ts.CallExpression, st: ExecState, frame: Frame, span: Span): Expr {
  if (c.arguments.length !== 4) cx.fail('BTS1008', c, 'refractoryOver takes (t, lastSpike, tRef, dt)');
  const [t, last, tRef, dt] = c.arguments.map((a) => num(cx, a, st, frame));
  const margin = cx.mk({ k: 'bin', op: 'mul', a: { k: 'num', v: 1e-3, span }, b: dt, span });
  const perStep = cx.mk({ k: 'bin', op: 'div', a: { k: 'num', v: 1, span }, b: dt, span });
  const timestep = (x: Expr): Expr =>
    cx.mk({
      k: 'call',
      fn: 'trunc',
      args: [cx.mk({ k: 'bin', op: 'mul', a: cx.mk({ k: 'bin', op: 'add', a: x, b: margin, span }), b: perStep, span })],
      span,
    });
  return cx.mk({ k: 'bin', op: 'ge', a: timestep(cx.mk({ k: 'bin', op: 'sub', a: t, b: last, span })), b: timestep(tRef), span });
}
