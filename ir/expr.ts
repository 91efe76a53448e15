// Helpers over the expression DAG: children, bottom-up rewriting with sharing preserved, typing.
import type { Expr, ValueType, BinaryOp, Span } from './types';

export function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'neg':
    case 'not':
      return [e.a];
    case 'bin':
      return [e.a, e.b];
    case 'select':
      return [e.c, e.a, e.b];
    case 'call':
      return e.args;
    case 'rand':
      return [...(e.args ?? []), e.counter];
    case 'step':
      return [...e.args, e.counter];
    default:
      return [];
  }
}

/** A copy of `e` with its children replaced (same order as `children`). */
export function withChildren(e: Expr, c: Expr[]): Expr {
  switch (e.k) {
    case 'neg':
    case 'not':
      return { ...e, a: c[0] };
    case 'bin':
      return { ...e, a: c[0], b: c[1] };
    case 'select':
      return { ...e, c: c[0], a: c[1], b: c[2] };
    case 'call':
      return { ...e, args: c };
    case 'rand':
      return e.args ? { ...e, args: c.slice(0, -1), counter: c[c.length - 1] } : { ...e, counter: c[0] };
    case 'step':
      return { ...e, args: c.slice(0, -1), counter: c[c.length - 1] };
    default:
      return e;
  }
}

/**
 * Rewrites a DAG bottom-up. `f` sees a node whose children are already rewritten and returns its
 * replacement. A shared node is visited once, so sharing survives the rewrite.
 */
export function rewrite(roots: Expr[], f: (e: Expr) => Expr, memo = new Map<Expr, Expr>()): Expr[] {
  const visit = (e: Expr): Expr => {
    const done = memo.get(e);
    if (done) return done;
    const kids = children(e);
    const nk = kids.map(visit);
    const rebuilt = nk.some((n, i) => n !== kids[i]) ? withChildren(e, nk) : e;
    const out = f(rebuilt);
    memo.set(e, out);
    return out;
  };
  return roots.map(visit);
}

/** Visits every node of the DAG once (children before parents). */
export function forEachNode(roots: Expr[], f: (e: Expr) => void): void {
  const seen = new Set<Expr>();
  const visit = (e: Expr): void => {
    if (seen.has(e)) return;
    seen.add(e);
    children(e).forEach(visit);
    f(e);
  };
  roots.forEach(visit);
}

const BOOL_OPS: ReadonlySet<BinaryOp> = new Set(['lt', 'le', 'gt', 'ge', 'eq', 'ne', 'and', 'or']);

export function typeOf(e: Expr): ValueType {
  switch (e.k) {
    case 'bool':
    case 'not':
      return 'bool';
    case 'bin':
      return BOOL_OPS.has(e.op) ? 'bool' : 'f64';
    case 'select':
      return typeOf(e.a);
    default:
      return 'f64';
  }
}

export const num = (v: number, span: Span): Expr => ({ k: 'num', v, span });
export const bin = (op: BinaryOp, a: Expr, b: Expr, span: Span): Expr => ({ k: 'bin', op, a, b, span });

export function isNum(e: Expr, v?: number): e is Extract<Expr, { k: 'num' }> {
  return e.k === 'num' && (v === undefined || Object.is(e.v, v) || e.v === v);
}
