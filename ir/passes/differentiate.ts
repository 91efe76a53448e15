// Symbolic differentiation of IR expressions, used by exponential Euler (the linear coefficient
// A = df/dx), by its linearity check (d2f/dx2 = 0), and to split an SDE into drift and diffusion
// (g = df/dxi). Results are folded with the algebraic rules so that zeros are recognised.
//   d(a*b) -> da*b + a*db;   d(exp a) -> exp(a)*da;   d(c ? a : b) -> c ? da : db
import type { Expr, Span } from '../types';
import { foldNode } from './fold-constants';
import { num, bin, forEachNode } from '../expr';

/** d(root)/d(x), where `isVar` picks the node(s) standing for x. */
export function differentiate(root: Expr, isVar: (e: Expr) => boolean): Expr {
  const memo = new Map<Expr, Expr>();
  const f = (e: Expr): Expr => foldNode(e, true);
  const d = (e: Expr): Expr => {
    const hit = memo.get(e);
    if (hit) return hit;
    const out = f(derive(e));
    memo.set(e, out);
    return out;
  };
  const mk = {
    add: (a: Expr, b: Expr, s: Span) => f(bin('add', a, b, s)),
    sub: (a: Expr, b: Expr, s: Span) => f(bin('sub', a, b, s)),
    mul: (a: Expr, b: Expr, s: Span) => f(bin('mul', a, b, s)),
    div: (a: Expr, b: Expr, s: Span) => f(bin('div', a, b, s)),
    call: (fn: Extract<Expr, { k: 'call' }>['fn'], args: Expr[], s: Span): Expr => f({ k: 'call', fn, args, span: s }),
  };
  const derive = (e: Expr): Expr => {
    const s = e.span;
    if (isVar(e)) return num(1, s);
    switch (e.k) {
      case 'neg':
        return { k: 'neg', a: d(e.a), span: s };
      case 'bin': {
        const { a, b } = e;
        switch (e.op) {
          case 'add':
            return mk.add(d(a), d(b), s);
          case 'sub':
            return mk.sub(d(a), d(b), s);
          case 'mul':
            return mk.add(mk.mul(d(a), b, s), mk.mul(a, d(b), s), s);
          case 'div': // (a/b)' = a'/b - a*b'/b^2
            return mk.sub(mk.div(d(a), b, s), mk.div(mk.mul(a, d(b), s), mk.mul(b, b, s), s), s);
          case 'pow': {
            const db = d(b);
            // b constant: b * a^(b-1) * a'
            const powerRule = mk.mul(mk.mul(b, f(bin('pow', a, mk.sub(b, num(1, s), s), s)), s), d(a), s);
            if (db.k === 'num' && db.v === 0) return powerRule;
            // general: a^b * (b' * log a) + power rule
            return mk.add(powerRule, mk.mul(mk.mul(e, db, s), mk.call('log', [a], s), s), s);
          }
          case 'rem': // a % b = a - b*trunc(a/b): piecewise a' (b treated as constant)
            return d(a);
          default:
            return num(0, s); // comparisons and logic: not differentiable, never needed
        }
      }
      case 'select':
        return f({ k: 'select', c: e.c, a: d(e.a), b: d(e.b), span: s });
      case 'call':
        return deriveCall(e, d, mk, f);
      default:
        return num(0, s);
    }
  };
  // children before parents, so that d() finds its operands' derivatives done and never recurses deeply
  forEachNode([root], d);
  return d(root);
}

type Mk = {
  add: (a: Expr, b: Expr, s: Span) => Expr;
  sub: (a: Expr, b: Expr, s: Span) => Expr;
  mul: (a: Expr, b: Expr, s: Span) => Expr;
  div: (a: Expr, b: Expr, s: Span) => Expr;
  call: (fn: Extract<Expr, { k: 'call' }>['fn'], args: Expr[], s: Span) => Expr;
};

function deriveCall(e: Extract<Expr, { k: 'call' }>, d: (e: Expr) => Expr, mk: Mk, f: (e: Expr) => Expr): Expr {
  const s = e.span;
  const [a, b] = e.args;
  const da = d(a);
  const chain = (outer: Expr) => mk.mul(outer, da, s);
  const one = num(1, s);
  switch (e.fn) {
    case 'exp':
      return chain(e);
    case 'expm1':
      return chain(mk.call('exp', [a], s));
    case 'log':
      return mk.div(da, a, s);
    case 'log1p':
      return mk.div(da, mk.add(one, a, s), s);
    case 'log2':
      return mk.div(da, mk.mul(a, num(Math.LN2, s), s), s);
    case 'log10':
      return mk.div(da, mk.mul(a, num(Math.LN10, s), s), s);
    case 'sqrt':
      return mk.div(da, mk.mul(num(2, s), e, s), s);
    case 'cbrt':
      return mk.div(da, mk.mul(num(3, s), mk.mul(e, e, s), s), s);
    case 'sin':
      return chain(mk.call('cos', [a], s));
    case 'cos':
      return chain(f({ k: 'neg', a: mk.call('sin', [a], s), span: s }));
    case 'tan':
      return chain(mk.add(one, mk.mul(e, e, s), s));
    case 'tanh':
      return chain(mk.sub(one, mk.mul(e, e, s), s));
    case 'sinh':
      return chain(mk.call('cosh', [a], s));
    case 'cosh':
      return chain(mk.call('sinh', [a], s));
    case 'atan':
      return mk.div(da, mk.add(one, mk.mul(a, a, s), s), s);
    case 'asin':
      return mk.div(da, mk.call('sqrt', [mk.sub(one, mk.mul(a, a, s), s)], s), s);
    case 'acos':
      return f({ k: 'neg', a: mk.div(da, mk.call('sqrt', [mk.sub(one, mk.mul(a, a, s), s)], s), s), span: s });
    case 'abs':
      return chain(mk.call('sign', [a], s));
    case 'exprel': {
      // exprel'(x) = (exp(x) - exprel(x)) / x, with the limit 1/2 at x = 0
      const generic = mk.div(mk.sub(mk.call('exp', [a], s), e, s), a, s);
      const atZero = f({ k: 'bin', op: 'eq', a, b: num(0, s), span: s });
      return chain(f({ k: 'select', c: atZero, a: num(0.5, s), b: generic, span: s }));
    }
    case 'min':
    case 'max': {
      const pickA = f({ k: 'bin', op: e.fn === 'min' ? 'le' : 'ge', a, b, span: s });
      return f({ k: 'select', c: pickA, a: da, b: d(b), span: s });
    }
    case 'pow':
      return d({ k: 'bin', op: 'pow', a, b, span: s });
    case 'atan2': {
      // d atan2(a, b) = (b a' - a b') / (a^2 + b^2)
      const num_ = mk.sub(mk.mul(b, da, s), mk.mul(a, d(b), s), s);
      return mk.div(num_, mk.add(mk.mul(a, a, s), mk.mul(b, b, s), s), s);
    }
    case 'floor':
    case 'ceil':
    case 'round':
    case 'trunc':
    case 'sign':
      return num(0, s);
  }
}

export const isZero = (e: Expr): boolean => e.k === 'num' && e.v === 0;
