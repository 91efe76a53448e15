// Which exp a CPU kernel's loops get, decided when the kernel is compiled for a CPU: the kernels'
// own (emit-exp.ts) where the CPU has 512-bit vectors, in double and in float (LLVM 14 maps
// llvm.exp to libmvec's 256-bit functions at most, 4 doubles or 8 floats, so a loop calling it is
// held at 256 bits: the own exp lets the whole loop use 8 or 16 lanes); libmvec's on AVX2 and
// narrower, where both are as wide and libmvec's is the faster in both types (docs/performance.md,
// `npm run bench -- exp`); off x86 (no libmvec) the own. The definitions are emit-exp.ts's
// expDefinitionsText, linked in by llvm/toolchain.ts. The kernel text is emitted independent of
// the CPU (its llvm.exp calls), so that the generated .ll files and their goldens are the same
// everywhere.

/** The element types an own exp is defined for, by their LLVM intrinsic suffix. */
export type ExpType = 'f64' | 'f32';

/** The name a kernel calls the own exp of `type` by. */
export const ownExpName = (type: ExpType) => `braints.exp.${type}`;

/**
 * The exp types whose llvm.exp calls in `kernelText` go to the own exp: those it calls, when `own`
 * (a CPU with AVX-512, or one without libmvec: not x86); none otherwise.
 */
export function ownExpTypes(kernelText: string, own: boolean): ExpType[] {
  if (!own) return [];
  return (['f32', 'f64'] as const).filter((type) => kernelText.includes(`@llvm.exp.${type}(`));
}

/** `kernelText` with its calls of llvm.exp of `types` (and their declarations) renamed to the own exp's. */
export function callingOwnExp(kernelText: string, types: readonly ExpType[]): string {
  let text = kernelText;
  for (const type of types) text = text.replaceAll(`@llvm.exp.${type}(`, `@${ownExpName(type)}(`);
  return text;
}
