// The state of the symbolic execution of one method body: what every local and every written field
// holds, as IR expressions, at the current point. Branches run on copies that are merged back with
// `select`, which is how control flow turns into dataflow.
import type * as ts from 'typescript';
import type { Expr, Span } from '../ir/types';
import { foldNode } from '../ir/passes/fold-constants';

/** A value in model code: a number or boolean expression, or a tuple of them. */
export type Value = Expr | Expr[];

export interface ExecState {
  /** Locals, keyed by the checker's symbol of their declaration (so shadowing is handled). */
  vars: Map<ts.Symbol, Value>;
  /** Fields written so far: their current values. Unwritten fields read as `field` nodes. */
  fields: Map<string, Expr>;
  /** Where each written field was last assigned, for error messages that point at TypeScript. */
  fieldSpans: Map<string, Span>;
  /** Whether this neuron has called spike() on the path taken. */
  spike: Expr;
  /** Index of the next random draw. */
  counter: Expr;
  /** Whether the current function has already returned on the path taken. */
  done: Expr;
  /** The value returned on the paths that returned. */
  ret: Value | undefined;
}

export function cloneState(s: ExecState): ExecState {
  return { ...s, vars: new Map(s.vars), fields: new Map(s.fields), fieldSpans: new Map(s.fieldSpans) };
}

export function selectValue(c: Expr, a: Value, b: Value, span: Span): Value {
  if (Array.isArray(a) && Array.isArray(b)) return a.map((x, i) => selectValue(c, x, b[i], span) as Expr);
  return foldNode({ k: 'select', c, a: a as Expr, b: b as Expr, span });
}

/**
 * The state after `if (c) A else B`: each binding is `c ? a : b`. Locals declared inside only one
 * branch are out of scope afterwards and are dropped.
 */
export function mergeStates(c: Expr, a: ExecState, b: ExecState, span: Span, fieldNode: (name: string) => Expr): ExecState {
  const sel = (x: Value, y: Value) => (x === y ? x : selectValue(c, x, y, span));
  const vars = new Map<ts.Symbol, Value>();
  for (const [k, va] of a.vars) {
    const vb = b.vars.get(k);
    if (vb !== undefined) vars.set(k, sel(va, vb));
  }
  const fields = new Map<string, Expr>();
  const fieldSpans = new Map(b.fieldSpans);
  for (const [k, v] of a.fieldSpans) fieldSpans.set(k, v);
  for (const k of new Set([...a.fields.keys(), ...b.fields.keys()])) {
    fields.set(k, sel(a.fields.get(k) ?? fieldNode(k), b.fields.get(k) ?? fieldNode(k)) as Expr);
  }
  let ret: Value | undefined;
  if (a.ret !== undefined && b.ret !== undefined) ret = sel(a.ret, b.ret);
  else ret = a.ret ?? b.ret;
  return {
    vars,
    fields,
    fieldSpans,
    spike: sel(a.spike, b.spike) as Expr,
    counter: sel(a.counter, b.counter) as Expr,
    done: sel(a.done, b.done) as Expr,
    ret,
  };
}
