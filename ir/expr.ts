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
      // decided by the children, not by e.args: ir/serialize.ts decodes a node without its child properties
      return c.length > 1 ? { ...e, args: c.slice(0, -1), counter: c[c.length - 1] } : { ...e, counter: c[0] };
    case 'step':
      return { ...e, args: c.slice(0, -1), counter: c[c.length - 1] };
    default:
      return e;
  }
}

/** How `walkDag` treats the nodes it reaches. */
export interface DagVisitor {
  /** Called once a node's children are done (children before parents). */
  leave: (e: Expr) => void;
  /** A node already done before the walk (a memo hit): neither it nor its children are visited. */
  done?: (e: Expr) => boolean;
  /** Whether to walk a node's children before leaving it (called on reaching it); a node not descended is left at once. */
  descend?: (e: Expr) => boolean;
  /** The nodes to walk below a node: `children` unless given. */
  kids?: (e: Expr) => Expr[];
}

/**
 * Walks the DAG below `roots` depth-first, children in `children` order, with an explicit stack:
 * an unrolled loop makes chains thousands of nodes deep, too deep for recursion. Each node is
 * visited once.
 */
export function walkDag(roots: Expr[], v: DagVisitor): void {
  const seen = new Set<Expr>();
  const stack: { e: Expr; kids: Expr[]; next: number }[] = [];
  const reach = (e: Expr): void => {
    if (seen.has(e) || v.done?.(e)) return;
    seen.add(e);
    if (v.descend && !v.descend(e)) v.leave(e);
    else stack.push({ e, kids: (v.kids ?? children)(e), next: 0 });
  };
  for (const root of roots) {
    reach(root);
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next < top.kids.length) reach(top.kids[top.next++]);
      else {
        stack.pop();
        v.leave(top.e);
      }
    }
  }
}

/**
 * Rewrites a DAG bottom-up. `f` sees a node whose children are already rewritten and returns its
 * replacement. A shared node is visited once, so sharing survives the rewrite.
 */
export function rewrite(roots: Expr[], f: (e: Expr) => Expr, memo = new Map<Expr, Expr>()): Expr[] {
  walkDag(roots, {
    done: (e) => memo.has(e),
    leave: (e) => {
      const kids = children(e);
      const nk = kids.map((k) => memo.get(k)!);
      const rebuilt = nk.some((n, i) => n !== kids[i]) ? withChildren(e, nk) : e;
      memo.set(e, f(rebuilt));
    },
  });
  return roots.map((r) => memo.get(r)!);
}

/** Visits every node of the DAG once (children before parents). */
export function forEachNode(roots: Expr[], f: (e: Expr) => void): void {
  walkDag(roots, { leave: f });
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
      // a loop's merges nest selects deeply: follow the arms without recursion
      while (e.k === 'select') e = e.a;
      return typeOf(e);
    default:
      return 'f64';
  }
}

export const num = (v: number, span: Span): Expr => ({ k: 'num', v, span });
export const bin = (op: BinaryOp, a: Expr, b: Expr, span: Span): Expr => ({ k: 'bin', op, a, b, span });

export function isNum(e: Expr, v?: number): e is Extract<Expr, { k: 'num' }> {
  return e.k === 'num' && (v === undefined || Object.is(e.v, v) || e.v === v);
}
