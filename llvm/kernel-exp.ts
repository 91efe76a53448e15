// Which exp a CPU kernel's loops get, decided when the kernel is compiled for a CPU: the kernels'
// own (emit-exp.ts) for float always (LLVM 14 vectorizes no float exp through libmvec), and for
// double where the CPU has 512-bit vectors (libmvec's double exp is at most 4 wide, so a loop
// calling it is held at 256 bits: the own exp lets the whole loop use 8 lanes); libmvec's for
// double on AVX2 and narrower, where both are 4 wide and libmvec's is the faster
// (docs/performance.md, `npm run bench -- exp`); off x86 (no libmvec) the own for both. The
// definitions are emit-exp.ts's expDefinitionsText, linked in by llvm/toolchain.ts. The kernel
// text is emitted independent of the CPU (its llvm.exp calls), so that the generated .ll files
// and their goldens are the same everywhere.

/** The element types an own exp is defined for, by their LLVM intrinsic suffix. */
export type ExpType = 'f64' | 'f32';

/** The name a kernel calls the own exp of `type` by. */
export const ownExpName = (type: ExpType) => `braints.exp.${type}`;

/**
 * The exp types whose llvm.exp calls in `kernelText` go to the own exp: float always, double when
 * `ownDouble` (a CPU with AVX-512, or one without libmvec: not x86).
 */
export function ownExpTypes(kernelText: string, ownDouble: boolean): ExpType[] {
  const types: ExpType[] = [];
  if (/@llvm\.exp\.f32\(/.test(kernelText)) types.push('f32');
  if (ownDouble && /@llvm\.exp\.f64\(/.test(kernelText)) types.push('f64');
  return types;
}

/** `kernelText` with its calls of llvm.exp of `types` (and their declarations) renamed to the own exp's. */
export function callingOwnExp(kernelText: string, types: readonly ExpType[]): string {
  let text = kernelText;
  for (const type of types) text = text.replaceAll(`@llvm.exp.${type}(`, `@${ownExpName(type)}(`);
  return text;
}
