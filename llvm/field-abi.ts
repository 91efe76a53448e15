// What a vector field's native functions (llvm/emit-field.ts) and their caller
// (analysis/native-field.ts) agree on, apart from the emitter so that loading a cached field does
// not load llvm-bindings: the functions' names and the entries the caller fills.
import type { Expr } from '../ir/types';

/** The entry points of a field's module: f alone, and f with both Jacobians. */
export const fieldSymbols = (symbol: string) => ({ f: `${symbol}_f`, fj: `${symbol}_fj` });

/**
 * The entries of an output row (`exprs`, one per entry) that are constants: the functions do not
 * store them (adjacent constant stores would become a memset, which stops the loop vectorizing),
 * so the caller fills them. [index, value] each.
 */
export const constantEntries = (exprs: readonly Expr[]): [number, number][] =>
  exprs.flatMap((e, j): [number, number][] => (e.k === 'num' ? [[j, e.v]] : []));
