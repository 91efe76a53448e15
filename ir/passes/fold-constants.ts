// Pass: constant folding.
//   2 * 3 -> 6;  x * 1 -> x;  cond ? a : a -> a;  true ? a : b -> a;  -(-x) -> x
// Only rewrites that are exact in IEEE arithmetic for finite values are made here; the
// differentiation pass adds the algebraic ones (0 * x -> 0) that symbolic work needs.
import type { Expr, ModelIR } from '../types';
import { mapCode } from '../types';
import { rewrite, isNum } from '../expr';
import { MATH_IMPL, evalBinary } from '../eval-math';

const literal = (v: number | boolean, e: Expr): Expr =>
  typeof v === 'boolean' ? { k: 'bool', v, span: e.span } : { k: 'num', v, span: e.span };

const constValue = (e: Expr): number | boolean | undefined => (e.k === 'num' || e.k === 'bool' ? e.v : undefined);

/** Folds one node whose children are already folded. `algebraic` also drops 0*x and 0/x. */
export function foldNode(e: Expr, algebraic = false): Expr {
  switch (e.k) {
    case 'neg': {
      if (e.a.k === 'num') return literal(-e.a.v, e);
      if (e.a.k === 'neg') return e.a.a;
      return e;
    }
    case 'not': {
      const a = constValue(e.a);
      return a === undefined ? e : literal(!a, e);
    }
    case 'bin': {
      const a = constValue(e.a),
        b = constValue(e.b);
      if (a !== undefined && b !== undefined) return literal(evalBinary(e.op, a, b), e);
      return foldIdentity(e, algebraic);
    }
    case 'select': {
      const c = constValue(e.c);
      if (c !== undefined) return c ? e.a : e.b;
      if (e.a === e.b) return e.a;
      if ((e.a.k === 'num' || e.a.k === 'bool') && e.b.k === e.a.k && Object.is(e.a.v, e.b.v)) return e.a;
      // c ? true : false  ->  c;   c ? false : true  ->  !c
      if (e.a.k === 'bool' && e.b.k === 'bool') return e.a.v ? e.c : { k: 'not', a: e.c, span: e.span };
      // boolean selects are logic: c ? c : b  ->  c || b;  c ? true : b  ->  c || b;  c ? a : false  ->  c && a
      if (e.a === e.c || (e.a.k === 'bool' && e.a.v)) return foldNode({ k: 'bin', op: 'or', a: e.c, b: e.b, span: e.span }, algebraic);
      if (e.b === e.c || (e.b.k === 'bool' && !e.b.v)) return foldNode({ k: 'bin', op: 'and', a: e.c, b: e.a, span: e.span }, algebraic);
      return e;
    }
    case 'call': {
      const vals = e.args.map(constValue);
      if (vals.every((v) => typeof v === 'number')) return literal(MATH_IMPL[e.fn](...(vals as number[])), e);
      return e;
    }
    default:
      return e;
  }
}

function foldIdentity(e: Extract<Expr, { k: 'bin' }>, algebraic: boolean): Expr {
  const { a, b } = e;
  switch (e.op) {
    case 'add':
      // x + (-0) is x for every x; x + 0 is not (-0 + 0 = +0), except in symbolic work
      if (isNum(b, -0) && Object.is(b.v, -0)) return a;
      if (isNum(a, -0) && Object.is(a.v, -0)) return b;
      if (algebraic && isNum(b, 0)) return a;
      if (algebraic && isNum(a, 0)) return b;
      break;
    case 'sub':
      if (isNum(b, 0) && Object.is(b.v, 0)) return a;
      if (isNum(a, 0) && algebraic) return { k: 'neg', a: b, span: e.span };
      break;
    case 'mul':
      if (isNum(b, 1)) return a;
      if (isNum(a, 1)) return b;
      if (isNum(b, -1)) return { k: 'neg', a, span: e.span };
      if (isNum(a, -1)) return { k: 'neg', a: b, span: e.span };
      if (algebraic && (isNum(a, 0) || isNum(b, 0))) return { k: 'num', v: 0, span: e.span };
      break;
    case 'div':
      if (isNum(b, 1)) return a;
      if (algebraic && isNum(a, 0)) return { k: 'num', v: 0, span: e.span };
      break;
    case 'pow':
      if (isNum(b, 1)) return a;
      if (isNum(b, 0)) return { k: 'num', v: 1, span: e.span };
      break;
    case 'and':
      if (a.k === 'bool') return a.v ? b : a;
      if (b.k === 'bool') return b.v ? a : b;
      break;
    case 'or':
      if (a.k === 'bool') return a.v ? a : b;
      if (b.k === 'bool') return b.v ? b : a;
      break;
  }
  return e;
}

export function foldConstants<M extends ModelIR>(m: M): M {
  const memo = new Map<Expr, Expr>();
  const fold = (e: Expr): Expr => rewrite([e], (n) => foldNode(n), memo)[0];
  return mapCode({ ...m, odes: m.odes.map((o) => ({ ...o, returns: o.returns.map(fold) })) }, (fn) => ({
    ...fn,
    writes: fn.writes.map((w) => ({ ...w, value: fold(w.value) })),
    spike: fn.spike && fold(fn.spike),
    uniforms: fn.uniforms.map((u) => ({ ...u, value: fold(u.value) })),
  }));
}
