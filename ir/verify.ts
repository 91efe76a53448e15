// The IR verifier, run after every pass: operand types agree, names resolve, and node kinds that a
// pass must have removed are gone. A failure here is a bug in BrainTS, so it throws a plain Error.
import type { Expr, ModelIR, UpdateFn } from './types';
import { codeOf, RANDOM_ARITY } from './types';
import { walkDag, typeOf } from './expr';
import { printModel } from './print';

export interface VerifyStage {
  /** Integrator expansion has run: no `step` or `noise` nodes may remain in the update. */
  expanded: boolean;
}

export function verifyModel(m: ModelIR, stage: VerifyStage, after: string): void {
  const fields = new Map(m.fields.map((f) => [f.name, f]));
  const fail = (msg: string): never => {
    throw new Error(`IR verification failed after ${after}: ${msg}\n${printModel(m)}`);
  };
  // the uniforms of the function being checked (ODE bodies have none)
  let uniforms = 0;
  // a node shared by several roots is checked once (each walk would otherwise repeat the shared part)
  const checked = { ode: new Set<Expr>(), code: new Set<Expr>() };
  const check = (roots: Expr[], where: string, allowArgs: boolean) => {
    const done = allowArgs ? checked.ode : checked.code;
    walkDag(roots, { done: (e) => done.has(e), leave: (e) => (done.add(e), checkNode(e)) });
    function checkNode(e: Expr): void {
      const want = (x: Expr, t: 'f64' | 'bool') => typeOf(x) !== t && fail(`${where}: ${e.k} expects ${t} operands`);
      switch (e.k) {
        case 'field':
          if (!fields.has(e.name)) fail(`${where}: unknown field ${e.name}`);
          break;
        case 'arg':
          if (!allowArgs) fail(`${where}: argument outside an ODE`);
          break;
        case 'uniform':
          if (e.index >= uniforms) fail(`${where}: uniform u${e.index} undefined`);
          break;
        case 'step':
        case 'noise':
          if (stage.expanded && !allowArgs) fail(`${where}: ${e.k} left after integrator expansion`);
          break;
        case 'neg':
          want(e.a, 'f64');
          break;
        case 'not':
          want(e.a, 'bool');
          break;
        case 'bin': {
          const t = e.op === 'and' || e.op === 'or' ? 'bool' : 'f64';
          want(e.a, t);
          want(e.b, t);
          break;
        }
        case 'select':
          want(e.c, 'bool');
          if (typeOf(e.a) !== typeOf(e.b)) fail(`${where}: select arms differ in type`);
          break;
        case 'call':
          e.args.forEach((a) => want(a, 'f64'));
          break;
        case 'rand':
          if ((e.args?.length ?? 0) !== RANDOM_ARITY[e.dist]) fail(`${where}: ${e.dist} draw with ${e.args?.length ?? 0} arguments`);
          e.args?.forEach((a) => want(a, 'f64'));
          break;
        default:
          break;
      }
    }
  };
  for (const o of m.odes) check(o.returns, `ode ${o.name}`, true);
  for (const fn of codeOf(m)) {
    uniforms = fn.uniforms.length;
    verifyFunction(fn);
  }
  function verifyFunction(fn: UpdateFn): void {
    checked.code = new Set(); // uniform nodes are the function's own
    for (const w of fn.writes) {
      const f = fields.get(w.field);
      if (!f) fail(`write to unknown field ${w.field}`);
      else if (f.role === 'param') fail(`write to parameter ${w.field}`);
      if (typeOf(w.value) !== 'f64') fail(`write of a boolean to ${w.field}`);
      check([w.value], `write ${w.field}`, false);
    }
    if (fn.spike) {
      if (typeOf(fn.spike) !== 'bool') fail('spike condition is not boolean');
      if (m.kind !== 'neuron') fail('only neurons spike');
      check([fn.spike], 'spike', false);
    }
    check(
      fn.uniforms.map((u) => u.value),
      'uniforms',
      false,
    );
  }
}
