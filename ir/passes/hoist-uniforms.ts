// Pass: hoisting of group-uniform computations. A subexpression that depends only on constants,
// t, dt and parameters shared by the whole group is computed once per kernel call, before the
// per-neuron loop, and referenced by a `uniform` node:
//   V + dt*(E_L - V)/tau        ->  u0 = dt/tau  (once);  V + u0*(E_L - V)  (per neuron)
// Which parameters are uniform depends on how the group was built (a parameter given per neuron
// is an array), so the pass takes that as an argument.
import type { Expr, ModelIR, UpdateFn } from '../types';
import { mapCode } from '../types';
import { children, withChildren, typeOf } from '../expr';

export function hoistUniforms(m: ModelIR, isUniformField: (name: string) => boolean): ModelIR {
  return mapCode(m, (fn) => hoistInFunction(fn, isUniformField));
}

function hoistInFunction(fn: UpdateFn, isUniformField: (name: string) => boolean): UpdateFn {
  const uniform = new Map<Expr, boolean>();
  const isUniform = (e: Expr): boolean => {
    const known = uniform.get(e);
    if (known !== undefined) return known;
    let u: boolean;
    switch (e.k) {
      case 'num':
      case 'bool':
      case 'builtin':
      case 'uniform':
        u = true;
        break;
      case 'field':
        u = isUniformField(e.name);
        break;
      case 'rand':
      case 'noise':
      case 'step':
      case 'arg':
        u = false;
        break;
      default:
        u = children(e).every(isUniform);
    }
    uniform.set(e, u);
    return u;
  };
  const uniforms = [...fn.uniforms];
  const refs = new Map<Expr, Expr>();
  const hoisted = new Map<Expr, Expr>();
  const visit = (e: Expr): Expr => {
    const done = hoisted.get(e);
    if (done) return done;
    let out: Expr;
    const kids = children(e);
    // uniform values are numbers; a uniform condition is hoisted through its numeric operands
    if (kids.length > 0 && isUniform(e) && typeOf(e) === 'f64') {
      let ref = refs.get(e);
      if (!ref) {
        ref = { k: 'uniform', index: uniforms.length, span: e.span };
        uniforms.push({ name: `u${uniforms.length}`, value: e });
        refs.set(e, ref);
      }
      out = ref;
    } else {
      const nk = kids.map(visit);
      out = nk.some((n, i) => n !== kids[i]) ? withChildren(e, nk) : e;
    }
    hoisted.set(e, out);
    return out;
  };
  const writes = fn.writes.map((w) => ({ ...w, value: visit(w.value) }));
  const spike = fn.spike && visit(fn.spike);
  return { ...fn, writes, spike, uniforms };
}
