// A model system's field evaluated in JavaScript, node by node over the IR with the operators'
// and math functions' JavaScript meaning (ir/eval-math.ts): the reference the native field is
// tested against, and the fallback where no LLVM toolchain is installed.
import type { Expr } from '../ir/types';
import { forEachNode } from '../ir/expr';
import { MATH_IMPL, evalBinary } from '../ir/eval-math';
import type { VectorField } from './vector-field';
import type { ModelSystem } from './model-system';

/** Expressions compiled to a list of node evaluations over slots, children before parents. */
interface Program {
  run(inputs: Float64Array): void;
  slots: (number | boolean)[];
  /** The slot of each root. */
  roots: number[];
}

function compile(roots: Expr[], inputIndex: (name: string) => number): Program {
  const slot = new Map<Expr, number>();
  const ops: ((s: (number | boolean)[], x: Float64Array) => void)[] = [];
  forEachNode(roots, (e) => {
    const i = slot.size;
    slot.set(e, i);
    const at = (c: Expr) => slot.get(c)!;
    switch (e.k) {
      case 'num':
      case 'bool': {
        const v = e.v;
        ops.push((s) => (s[i] = v));
        return;
      }
      case 'field': {
        const j = inputIndex(e.name);
        ops.push((s, x) => (s[i] = x[j]));
        return;
      }
      case 'neg': {
        const a = at(e.a);
        ops.push((s) => (s[i] = -(s[a] as number)));
        return;
      }
      case 'not': {
        const a = at(e.a);
        ops.push((s) => (s[i] = !s[a]));
        return;
      }
      case 'bin': {
        const [a, b, op] = [at(e.a), at(e.b), e.op];
        ops.push((s) => (s[i] = evalBinary(op, s[a], s[b])));
        return;
      }
      case 'select': {
        const [c, a, b] = [at(e.c), at(e.a), at(e.b)];
        ops.push((s) => (s[i] = s[c] ? s[a] : s[b]));
        return;
      }
      case 'call': {
        const f = MATH_IMPL[e.fn];
        const args = e.args.map(at);
        ops.push((s) => (s[i] = f(...args.map((a) => s[a] as number))));
        return;
      }
      default:
        throw new Error(`BrainTS bug: a ${e.k} node in a model system`);
    }
  });
  const slots: (number | boolean)[] = new Array(slot.size).fill(0);
  return { slots, roots: roots.map((r) => slot.get(r)!), run: (x) => ops.forEach((op) => op(slots, x)) };
}

/** The field of `sys`, evaluated in JavaScript. */
export function jsField(sys: ModelSystem): VectorField {
  const dim = sys.variables.length;
  const np = sys.parameters.length;
  const names = [...sys.variables, ...sys.parameters];
  const index = (name: string) => names.indexOf(name);
  const f = compile(sys.rhs, index);
  const jac = compile([...sys.rhs, ...sys.jacobian, ...sys.parameterJacobian], index);
  const inputs = new Float64Array(dim + np);
  return {
    variables: sys.variables,
    parameters: sys.parameters,
    evaluate(x, p, out, jacobian, parameterJacobian) {
      const n = checkSizes(x, p, out, dim, np, jacobian, parameterJacobian);
      const shared = p.length === np && n !== 1;
      const prog = jacobian || parameterJacobian ? jac : f;
      for (let i = 0; i < n; i++) {
        inputs.set(x.subarray(i * dim, (i + 1) * dim), 0);
        inputs.set(shared ? p : p.subarray(i * np, (i + 1) * np), dim);
        prog.run(inputs);
        const v = (r: number) => prog.slots[prog.roots[r]] as number;
        for (let a = 0; a < dim; a++) out[i * dim + a] = v(a);
        if (jacobian) for (let a = 0; a < dim * dim; a++) jacobian[i * dim * dim + a] = v(dim + a);
        if (parameterJacobian) for (let a = 0; a < dim * np; a++) parameterJacobian[i * dim * np + a] = v(dim + dim * dim + a);
      }
    },
  };
}

/** The number of points, after checking that the arrays' lengths agree with it (a caller's bug otherwise). */
export function checkSizes(
  x: Float64Array,
  p: Float64Array,
  out: Float64Array,
  dim: number,
  np: number,
  jacobian?: Float64Array,
  parameterJacobian?: Float64Array,
): number {
  const n = x.length / dim;
  const bad = (what: string, len: number, want: number) => {
    throw new Error(`VectorField.evaluate: ${what} has ${len} values, expected ${want} for ${n} points`);
  };
  if (!Number.isInteger(n)) bad('x', x.length, dim * Math.ceil(n));
  if (p.length !== np && p.length !== n * np) bad('p', p.length, n * np);
  if (out.length !== n * dim) bad('out', out.length, n * dim);
  if (jacobian && jacobian.length !== n * dim * dim) bad('jacobian', jacobian.length, n * dim * dim);
  if (parameterJacobian && parameterJacobian.length !== n * dim * np) bad('parameterJacobian', parameterJacobian.length, n * dim * np);
  return n;
}
