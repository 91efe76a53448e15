// Pass: hoisting of group-uniform computations. A subexpression that depends only on constants,
// t, dt and parameters shared by the whole group is computed once per kernel call, before the
// per-neuron loop, and referenced by a `uniform` node:
//   V + dt*(E_L - V)/tau        ->  u0 = dt/tau  (once);  V + u0*(E_L - V)  (per neuron)
// Which parameters are uniform depends on how the group was built (a parameter given per neuron
// is an array), so the pass takes that as an argument.
import type { Expr, ModelIR, UpdateFn } from '../types';
import { mapCode } from '../types';
import { children, forEachNode, walkDag, withChildren, typeOf } from '../expr';

export function hoistUniforms<M extends ModelIR>(m: M, isUniformField: (name: string) => boolean): M {
  return mapCode(m, (fn) => hoistInFunction(fn, isUniformField));
}

function hoistInFunction(fn: UpdateFn, isUniformField: (name: string) => boolean): UpdateFn {
  const roots = [...fn.writes.map((w) => w.value), ...(fn.spike ? [fn.spike] : [])];
  // whether each node is group-uniform, children before parents
  const uniform = new Map<Expr, boolean>();
  forEachNode(roots, (e) => {
    switch (e.k) {
      case 'num':
      case 'bool':
      case 'builtin':
      case 'uniform':
        uniform.set(e, true);
        break;
      case 'field':
        uniform.set(e, isUniformField(e.name));
        break;
      case 'rand':
      case 'noise':
      case 'step':
      case 'arg':
        uniform.set(e, false);
        break;
      default: {
        const all = children(e).every((c) => uniform.get(c));
        uniform.set(e, all);
      }
    }
  });
  // uniform values are numbers; a uniform condition is hoisted through its numeric operands
  const hoistable = (e: Expr) => children(e).length > 0 && uniform.get(e)! && typeOf(e) === 'f64';
  const uniforms = [...fn.uniforms];
  const hoisted = new Map<Expr, Expr>();
  walkDag(roots, {
    done: (e) => hoisted.has(e),
    descend: (e) => !hoistable(e),
    leave: (e) => {
      if (hoistable(e)) {
        hoisted.set(e, { k: 'uniform', index: uniforms.length, span: e.span });
        uniforms.push({ name: `u${uniforms.length}`, value: e });
        return;
      }
      const kids = children(e);
      const nk = kids.map((k) => hoisted.get(k)!);
      hoisted.set(e, nk.some((n, i) => n !== kids[i]) ? withChildren(e, nk) : e);
    },
  });
  const writes = fn.writes.map((w) => ({ ...w, value: hoisted.get(w.value)! }));
  const spike = fn.spike && hoisted.get(fn.spike)!;
  return { ...fn, writes, spike, uniforms };
}
