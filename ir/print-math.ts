// Readable maths of a derivative method, for the model reference pages (docs/models/): each
// return value as `dV/dt = (V_rest - V + R * I) / tau`, with the locals the TypeScript named
// (`const INa = ...`) as definitions of their own, operators at their precedence and no more
// parentheses than the grouping needs. ir/print.ts is the debugging form; this one is for people.
import type { BinaryOp, Expr, OdeFn } from './types';
import { children, walkDag } from './expr';

/** The equations of one ODE system: named subexpressions first, then one `dX/dt = ...` per variable. */
export interface OdeMaths {
  definitions: string[];
  equations: string[];
}

// binding strength: a child printed where a stronger operator stands gets parentheses
const PREC = { select: 1, or: 2, and: 3, compare: 4, add: 5, mul: 6, neg: 7, pow: 8, atom: 9 } as const;

const BIN: Record<BinaryOp, { text: string; prec: number }> = {
  or: { text: '||', prec: PREC.or },
  and: { text: '&&', prec: PREC.and },
  lt: { text: '<', prec: PREC.compare },
  le: { text: '<=', prec: PREC.compare },
  gt: { text: '>', prec: PREC.compare },
  ge: { text: '>=', prec: PREC.compare },
  eq: { text: '==', prec: PREC.compare },
  ne: { text: '!=', prec: PREC.compare },
  add: { text: '+', prec: PREC.add },
  sub: { text: '-', prec: PREC.add },
  mul: { text: '*', prec: PREC.mul },
  div: { text: '/', prec: PREC.mul },
  rem: { text: 'mod', prec: PREC.mul },
  pow: { text: '^', prec: PREC.pow },
};

interface Shown {
  text: string;
  prec: number;
}

const negativeNumber = (e: Expr): e is Expr & { k: 'num' } => e.k === 'num' && (e.v < 0 || Object.is(e.v, -0));

export function odeMaths(ode: OdeFn, fieldNames: ReadonlySet<string>): OdeMaths {
  const shown = new Map<Expr, Shown>();
  const definitions: string[] = [];
  const taken = new Set<string>([...fieldNames, ...ode.params, 't', 'dt']);
  const wrap = (s: Shown, min: number): string => (s.prec < min ? `(${s.text})` : s.text);
  const get = (e: Expr): Shown => shown.get(e)!;

  const render = (e: Expr): Shown => {
    switch (e.k) {
      case 'num':
        return { text: String(e.v), prec: negativeNumber(e) ? PREC.neg : PREC.atom };
      case 'bool':
        return { text: String(e.v), prec: PREC.atom };
      case 'field':
      case 'builtin':
        return { text: e.name, prec: PREC.atom };
      case 'arg':
        return { text: ode.params[e.index], prec: PREC.atom };
      case 'neg':
        return { text: `-${wrap(get(e.a), PREC.neg)}`, prec: PREC.neg };
      case 'not':
        return { text: `!${wrap(get(e.a), PREC.neg)}`, prec: PREC.neg };
      case 'select':
        return {
          text: `${wrap(get(e.c), PREC.select + 1)} ? ${wrap(get(e.a), PREC.select + 1)} : ${wrap(get(e.b), PREC.select)}`,
          prec: PREC.select,
        };
      case 'call':
        return { text: `${e.fn}(${e.args.map((a) => get(a).text).join(', ')})`, prec: PREC.atom };
      case 'rand':
        if (e.dist === 'uniform') return { text: 'rand()', prec: PREC.atom };
        if (e.dist === 'normal') return { text: 'randn()', prec: PREC.atom };
        return { text: `${e.dist}(${(e.args ?? []).map((a) => get(a).text).join(', ')})`, prec: PREC.atom };
      case 'noise':
        return { text: 'ξ(t)', prec: PREC.atom };
      case 'bin':
        return binary(e.op, e.a, e.b);
      case 'uniform':
      case 'step':
        // made by the passes; a derivative method as lowered has neither
        throw new Error(`odeMaths: a ${e.k} node in the derivative method ${ode.name}`);
    }
  };

  const binary = (op: BinaryOp, a: Expr, b: Expr): Shown => {
    // x + (-c) reads as x - c, and x - (-c) as x + c
    if ((op === 'add' || op === 'sub') && negativeNumber(b)) {
      return { text: `${wrap(get(a), PREC.add)} ${op === 'add' ? '-' : '+'} ${String(-b.v)}`, prec: PREC.add };
    }
    const { text, prec } = BIN[op];
    if (op === 'pow') return { text: `${wrap(get(a), PREC.pow + 1)}^${wrap(get(b), PREC.pow)}`, prec };
    // left-associative: a right operand of the same strength keeps its parentheses, (a - (b - c))
    return { text: `${wrap(get(a), prec)} ${text} ${wrap(get(b), prec + 1)}`, prec };
  };

  // A local the TypeScript named becomes a definition, unless its name would read as another
  // variable (a field, a parameter, or a second local of the same name from an inlined helper).
  const named = new Map<string, Expr>();
  walkDag(ode.returns, {
    leave: (e) => {
      if (e.hint && children(e).length > 0 && !taken.has(e.hint) && !named.has(e.hint)) named.set(e.hint, e);
    },
  });
  const names = new Map<Expr, string>();
  for (const [name, e] of named) names.set(e, name);

  walkDag(ode.returns, {
    leave: (e) => {
      const own = render(e);
      const name = names.get(e);
      if (name === undefined) shown.set(e, own);
      else {
        definitions.push(`${name} = ${own.text}`);
        shown.set(e, { text: name, prec: PREC.atom });
      }
    },
  });
  const equations = ode.returns.map((r, j) => `d${ode.params[j]}/dt = ${get(r).text}`);
  return { definitions, equations };
}
