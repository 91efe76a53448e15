// The names of a vector field's native functions (llvm/emit-field.ts), apart from the emitter so
// that loading a cached field does not load llvm-bindings.

/** The entry points of a field's module: f alone, and f with both Jacobians. */
export const fieldSymbols = (symbol: string) => ({ f: `${symbol}_f`, fj: `${symbol}_fj` });
