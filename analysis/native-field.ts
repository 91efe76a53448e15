// A model system's field compiled to native code (llvm/emit-field.ts), optimized and linked as the
// network kernels are (opt -O3 with libmvec, llc, cc -shared), cached by content hash, loaded
// with koffi.
import koffi from 'koffi';
import { writeFileSync } from 'node:fs';
import type { ModelIR } from '../ir/types';
import { cachedConcurrently, hashOf } from '../runtime/cache';
import {
  compileObjectCommand,
  kernelTargetFlags,
  linkSharedCommand,
  optimizeCommand,
  runConcurrently,
  toolchainIdentity,
} from '../llvm/toolchain';
import type { VectorField } from './vector-field';
import type { ModelSystem } from './model-system';
import { checkSizes } from './js-field';

/** The field of `sys` (a system of the model `ir`), compiled natively. */
export async function nativeField(ir: ModelIR, sys: ModelSystem): Promise<VectorField> {
  // loaded only here: the code generator needs llvm-bindings, which a cached field does not
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { emitFieldModule, fieldSymbols } = require('../llvm/emit-field') as typeof import('../llvm/emit-field');
  const draft = emitFieldModule(ir, sys, 'field');
  const symbol = `${sys.model}_field_${hashOf(draft).slice(0, 12)}`;
  const text = emitFieldModule(ir, sys, symbol);
  const lib = await cachedConcurrently(`field-${symbol}-${hashOf(text, toolchainIdentity())}.so`, async (tmp) => {
    const flags = kernelTargetFlags(text);
    writeFileSync(`${tmp}.ll`, text);
    await runConcurrently(optimizeCommand(`${tmp}.ll`, `${tmp}.opt.ll`, flags));
    await runConcurrently(compileObjectCommand(`${tmp}.opt.ll`, `${tmp}.o`, flags));
    await runConcurrently(linkSharedCommand([`${tmp}.o`], tmp));
  });
  const names = fieldSymbols(symbol);
  const loaded = koffi.load(lib.path);
  // pointers as void*: koffi hands native code the typed array's own memory
  const f = loaded.func(`int32_t ${names.f}(void *x, void *p, int64_t p_stride, void *out, int64_t begin, int64_t end)`);
  const fj = loaded.func(
    `int32_t ${names.fj}(void *x, void *p, int64_t p_stride, void *out, void *jac, void *pjac, int64_t begin, int64_t end)`,
  );
  const dim = sys.variables.length;
  const np = sys.parameters.length;
  // an empty array would reach native code as a null pointer; none is read then, but keep it valid
  const nonEmpty = (a: Float64Array) => (a.length ? a : new Float64Array(1));
  return {
    variables: sys.variables,
    parameters: sys.parameters,
    evaluate(x, p, out, jacobian, parameterJacobian) {
      const n = checkSizes(x, p, out, dim, np, jacobian, parameterJacobian);
      if (n === 0) return;
      const stride = p.length === n * np ? np : 0;
      if (!jacobian && !parameterJacobian) {
        f(x, nonEmpty(p), stride, out, 0, n);
        return;
      }
      const jac = jacobian ?? new Float64Array(n * dim * dim);
      const pjac = parameterJacobian ?? new Float64Array(n * dim * np);
      fj(x, nonEmpty(p), stride, out, jac, nonEmpty(pjac), 0, n);
    },
  };
}
