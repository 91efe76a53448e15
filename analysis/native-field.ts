// A model system's field compiled to native code (llvm/emit-field.ts), optimized and linked as the
// network kernels are (opt -O3 with libmvec, llc, cc -shared), cached under its expressions and
// the code generator's identity, loaded with koffi.
import koffi from 'koffi';
import { join } from 'node:path';
import type { Expr, ModelIR } from '../ir/types';
import { children, forEachNode } from '../ir/expr';
import { generatorIdentity } from '../runtime/module-files';
import { cachedConcurrently, hashOf } from '../runtime/cache';
import { compileKernelText, linkSharedCommand, runConcurrently, toolchainIdentity } from '../llvm/toolchain';
import type { VectorField } from './vector-field';
import type { ModelSystem } from './model-system';
import { checkSizes } from './js-field';
import { constantEntries, fieldSymbols } from '../llvm/field-abi';

/** The code generator of fields: its built modules and what they require (read, not loaded). */
const fieldGenerator = (): string => generatorIdentity(join(__dirname, '..', 'llvm', 'emit-field.js'), join(__dirname, '..'));

/**
 * What the field's code depends on: its expressions as a node table (each node's own properties
 * and its children's indices; spans left out, since the field's code carries no debug
 * information), its variables and parameters.
 */
function systemKey(sys: ModelSystem): string {
  const index = new Map<Expr, number>();
  const rows: string[] = [];
  const roots = [...sys.rhs, ...sys.jacobian, ...sys.parameterJacobian];
  forEachNode(roots, (e) => {
    // a node's own properties are its primitive ones (kind, value, operator, function, name); its children and span are objects
    const own = Object.entries(e).filter(([k, v]) => typeof v !== 'object' && k !== 'hint');
    rows.push(JSON.stringify([own, children(e).map((c) => index.get(c))]));
    index.set(e, index.size);
  });
  return hashOf(JSON.stringify([sys.variables, sys.parameters, roots.map((r) => index.get(r))]), ...rows);
}

/**
 * The field of `sys` (a system of the model `ir`), compiled natively: the library is cached under
 * the system's expressions and the code generator's identity, so a field built before loads
 * neither the code generator nor llvm-bindings.
 */
export async function nativeField(ir: ModelIR, sys: ModelSystem): Promise<VectorField> {
  const key = hashOf(systemKey(sys), fieldGenerator(), toolchainIdentity());
  const symbol = `${sys.model}_field_${key.slice(0, 12)}`;
  const lib = await cachedConcurrently(`field-${symbol}-${key}.so`, async (tmp) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { emitFieldModule } = require('../llvm/emit-field') as typeof import('../llvm/emit-field');
    await compileKernelText(emitFieldModule(ir, sys, symbol), `${tmp}.o`);
    await runConcurrently(linkSharedCommand([`${tmp}.o`], tmp));
  });
  const names = fieldSymbols(symbol);
  const loaded = koffi.load(lib.path);
  // pointers as void*: koffi hands native code the typed array's own memory
  const f = loaded.func(`int32_t ${names.f}(void *x, void *p, void *out, int64_t begin, int64_t end)`);
  const fj = loaded.func(`int32_t ${names.fj}(void *x, void *p, void *out, void *jac, void *pjac, int64_t begin, int64_t end)`);
  const dim = sys.variables.length;
  const np = sys.parameters.length;
  const constants = { f: constantEntries(sys.rhs), jac: constantEntries(sys.jacobian), pjac: constantEntries(sys.parameterJacobian) };
  let copies = new Float64Array(0);
  const broadcast = (p: Float64Array, n: number) => {
    if (copies.length !== n * np || !copies.subarray(0, np).every((v, k) => v === p[k])) {
      copies = new Float64Array(n * np);
      for (let i = 0; i < n; i++) copies.set(p, i * np);
    }
    return copies;
  };
  // an empty array would reach native code as a null pointer; none is read then, but keep it valid
  const nonEmpty = (a: Float64Array) => (a.length ? a : new Float64Array(1));
  return {
    variables: sys.variables,
    parameters: sys.parameters,
    evaluate(x, p, out, jacobian, parameterJacobian) {
      const n = checkSizes(x, p, out, dim, np, jacobian, parameterJacobian);
      if (n === 0) return;
      // one set of parameters for all points is given to the code as each point's own, which keeps its addressing fixed-stride
      const perPoint = p.length === n * np ? p : broadcast(p, n);
      if (!jacobian && !parameterJacobian) {
        f(x, nonEmpty(perPoint), out, 0, n);
        fillConstants(out, constants.f, n);
        return;
      }
      const jac = jacobian ?? new Float64Array(n * dim * dim);
      const pjac = parameterJacobian ?? new Float64Array(n * dim * np);
      fj(x, nonEmpty(perPoint), out, jac, nonEmpty(pjac), 0, n);
      fillConstants(out, constants.f, n);
      fillConstants(jac, constants.jac, n);
      fillConstants(pjac, constants.pjac, n);
    },
  };
}

/** Writes the constant entries of each of n rows of `a` (their places and values from `constantEntries`). */
function fillConstants(a: Float64Array, entries: [number, number][], n: number): void {
  if (entries.length === 0) return;
  const len = a.length / n;
  for (let i = 0; i < n; i++) for (const [j, v] of entries) a[i * len + j] = v;
}
