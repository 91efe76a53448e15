// The kernel ABI of contract/kernel-abi.ts (the functions the driver calls and their parameters
// in order) as LLVM types, for the emitters. A GPU target adds its own last parameter
// (llvm/target-nvptx.ts).
import * as llvm from 'llvm-bindings';
import { KERNEL_ABI } from '../contract/kernel-abi';
import type { AbiType, EntryPoint } from '../contract/kernel-abi';
import type { IrBuilder } from './kernel-target';

export type { KernelSignature } from '../contract/kernel-abi';
export { kernelSignature } from '../contract/kernel-abi';

/** A parameter of a kernel function: its name (the argument's, in the .ll) and type. */
export type Parameter = [string, llvm.Type];

type Types = Pick<IrBuilder, 'b' | 'f64' | 'real' | 'i32' | 'i64'>;

/** A synapse model's entry points other than its per-target update (the `update` entry point, which runs over neurons: emit-update.ts). */
export type SynapseEntry = Exclude<EntryPoint, 'update'>;

/** The parameters of an entry point, as LLVM types. */
export function abiParameters(t: Types, entry: EntryPoint): Parameter[] {
  const ptrReal = llvm.PointerType.getUnqual(t.real);
  const types: Record<AbiType, llvm.Type> = {
    'real**': llvm.PointerType.getUnqual(ptrReal),
    'real*': ptrReal,
    'i8*': t.b.getInt8PtrTy(),
    'i32*': llvm.PointerType.getUnqual(t.i32),
    i64: t.i64,
    i32: t.i32,
    double: t.f64,
  };
  return KERNEL_ABI[entry].params.map((p) => [p.name, types[p.type]]);
}
