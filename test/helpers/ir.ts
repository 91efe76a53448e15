// IR written by hand for testing the passes one at a time: small constructors for nodes and
// models, and an evaluator of expressions on plain numbers (the meaning the kernel must compute).
import type {
  BinaryOp,
  Expr,
  FieldRole,
  IntegrationMethod,
  MathFn,
  NeuronModelIR,
  OdeFn,
  RandomDist,
  Span,
  UpdateFn,
} from '../../ir/types';
import { IR_VERSION } from '../../ir/types';
import { MATH_IMPL, evalBinary } from '../../ir/eval-math';

export const SPAN: Span = { file: 'hand-written.ts', line: 1, col: 1 };

export const num = (v: number): Expr => ({ k: 'num', v, span: SPAN });
export const bool = (v: boolean): Expr => ({ k: 'bool', v, span: SPAN });
export const field = (name: string): Expr => ({ k: 'field', name, span: SPAN });
export const arg = (index: number): Expr => ({ k: 'arg', index, span: SPAN });
export const dt: Expr = { k: 'builtin', name: 'dt', span: SPAN };
export const t: Expr = { k: 'builtin', name: 't', span: SPAN };
export const noise: Expr = { k: 'noise', span: SPAN };
export const neg = (a: Expr): Expr => ({ k: 'neg', a, span: SPAN });
export const not = (a: Expr): Expr => ({ k: 'not', a, span: SPAN });
export const op =
  (o: BinaryOp) =>
  (a: Expr, b: Expr): Expr => ({ k: 'bin', op: o, a, b, span: SPAN });
export const [add, sub, mul, div, pow, gt, lt] = (['add', 'sub', 'mul', 'div', 'pow', 'gt', 'lt'] as const).map(op);
export const select = (c: Expr, a: Expr, b: Expr): Expr => ({ k: 'select', c, a, b, span: SPAN });
export const call = (fn: MathFn, ...args: Expr[]): Expr => ({ k: 'call', fn, args, span: SPAN });
export const rand = (dist: RandomDist, counter: Expr, args?: Expr[]): Expr => ({ k: 'rand', dist, counter, args, span: SPAN });

export const ode = (name: string, method: IntegrationMethod, params: string[], returns: Expr[]): OdeFn => ({
  name,
  method,
  params,
  returns,
  span: SPAN,
});

/** The `step` nodes of one step(this.<ode>, ...args) call: one per integrated variable (the ODE's returns). */
export function stepCall(o: OdeFn, args: Expr[], call = 0, counter: Expr = num(0)): Expr[] {
  return o.returns.map((_, index) => ({ k: 'step', ode: o.name, call, args, index, counter, span: SPAN }));
}

export function code(writes: Record<string, Expr>, spike: Expr | null = null): UpdateFn {
  return {
    writes: Object.entries(writes).map(([f, value]) => ({ field: f, value, span: SPAN })),
    spike,
    uniforms: [],
    usesRandom: false,
    span: SPAN,
  };
}

/** A neuron model with the given fields ({ name: role }, all starting at 0), ODEs and update. */
export function neuronModel(fields: Record<string, FieldRole>, odes: OdeFn[], update: UpdateFn): NeuronModelIR {
  return {
    version: IR_VERSION,
    kind: 'neuron',
    name: 'HandWritten',
    span: SPAN,
    sourceLines: {},
    fields: Object.entries(fields).map(([name, role]) => ({ name, role, init: 0, span: SPAN })),
    odes,
    update,
  };
}

export interface Values {
  fields?: Record<string, number>;
  t?: number;
  dt?: number;
  args?: number[];
  uniforms?: number[];
  /** The value of a random draw. */
  draw?: (dist: RandomDist, counter: number, args: number[]) => number;
}

/** What `e` computes for the given values (each shared node once). */
export function evaluate(e: Expr, v: Values): number | boolean {
  const memo = new Map<Expr, number | boolean>();
  const numeric = (x: Expr): number => value(x) as number;
  const value = (x: Expr): number | boolean => {
    const hit = memo.get(x);
    if (hit !== undefined) return hit;
    const out = compute(x);
    memo.set(x, out);
    return out;
  };
  const given = (what: string, x: number | undefined): number => {
    if (x === undefined) throw new Error(`no value given for ${what}`);
    return x;
  };
  const compute = (x: Expr): number | boolean => {
    switch (x.k) {
      case 'num':
      case 'bool':
        return x.v;
      case 'field':
        return given(`field ${x.name}`, v.fields?.[x.name]);
      case 'builtin':
        return given(x.name, v[x.name]);
      case 'arg':
        return given(`argument ${x.index}`, v.args?.[x.index]);
      case 'uniform':
        return given(`uniform ${x.index}`, v.uniforms?.[x.index]);
      case 'neg':
        return -numeric(x.a);
      case 'not':
        return !value(x.a);
      case 'bin':
        return evalBinary(x.op, value(x.a), value(x.b));
      case 'select':
        return value(x.c) ? value(x.a) : value(x.b);
      case 'call':
        return MATH_IMPL[x.fn](...x.args.map(numeric));
      case 'rand':
        if (!v.draw) throw new Error('no random draws given');
        return v.draw(x.dist, numeric(x.counter), (x.args ?? []).map(numeric));
      case 'noise':
      case 'step':
        throw new Error(`a ${x.k} node has no value before integrator expansion`);
    }
  };
  return value(e);
}

/** The uniforms of `fn` evaluated in order (each may use the ones before it), for `evaluate`. */
export function uniformValues(fn: UpdateFn, v: Values): number[] {
  const uniforms: number[] = [];
  for (const u of fn.uniforms) uniforms.push(evaluate(u.value, { ...v, uniforms }) as number);
  return uniforms;
}
