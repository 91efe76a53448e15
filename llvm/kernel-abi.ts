// The kernel ABI: the functions the driver (runtime/native/driver.c) calls, their parameters in
// order, and which model fields travel as arrays or as single values.
//
// Kernel ABI (CPU; NVPTX returns void and takes a last argument i32* %not_finite):
//   i32 @<Model>_update(double** %fields, double* %params, i8* %spiked,
//                       i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream)
// `fields` points at the arrays the kernel reads per neuron (states, currents, per-neuron
// parameters, in the order of `kernelFields`); `params` at the group-uniform parameter values
// (order of `uniformParams`). The result is 1 when a written state became NaN or infinite.
//
// A synapse model's entry points (llvm/emit-synapse.ts) take `fields` and `params`, then the
// arrays of SYNAPSE_ARRAYS (i32*, `count` an i64), then the same time parameters; its per-target
// update has the neuron kernel's signature.
import * as llvm from 'llvm-bindings';
import type { ModelIR } from '../ir/types';
import type { KernelLayout } from '../ir/pipeline';
import { isUniformField } from '../ir/pipeline';
import type { IrBuilder } from './kernel-target';

export interface KernelSignature {
  symbol: string;
  /** Fields passed as arrays, in `fields` order. */
  kernelFields: string[];
  /** Parameters passed as single values, in `params` order. */
  uniformParams: string[];
}

export function kernelSignature(m: ModelIR, layout: KernelLayout, symbol: string): KernelSignature {
  const kernelFields = m.fields.filter((f) => !isUniformField(m, layout, f.name)).map((f) => f.name);
  const uniformParams = m.fields.filter((f) => isUniformField(m, layout, f.name)).map((f) => f.name);
  return { symbol, kernelFields, uniformParams };
}

/** A parameter of a kernel function: its name (the argument's, in the .ll) and type. */
export type Parameter = [string, llvm.Type];

type Types = Pick<IrBuilder, 'b' | 'f64' | 'i32' | 'i64'>;

/** The parameters of a neuron kernel (and of a synapse model's per-target update): see the ABI above. */
export function neuronParameters(t: Types): Parameter[] {
  const ptrF64 = llvm.PointerType.getUnqual(t.f64);
  return [
    ['fields', llvm.PointerType.getUnqual(ptrF64)],
    ['params', ptrF64],
    ['spiked', t.b.getInt8PtrTy()],
    ['begin', t.i64],
    ['end', t.i64],
    ...timeParameters(t),
  ];
}

export function timeParameters(t: Types): Parameter[] {
  return [
    ['t', t.f64],
    ['dt', t.f64],
    ['step', t.i64],
    ['seed', t.i32],
    ['stream', t.i32],
  ];
}

/**
 * A synapse model's entry points: onPre by the CSR rows of the spiking presynaptic neurons (`rows`)
 * or by a list of synapse indices (`ids`), onPost (`post`), everyStep (`each`).
 */
export type SynapseEntry = 'rows' | 'ids' | 'post' | 'each';

/** The index arrays (and the item count) each synapse entry point takes, in order. */
const SYNAPSE_ARRAYS: Record<SynapseEntry, string[]> = {
  rows: ['spikes', 'count', 'rowBegin', 'rowEnd', 'col'],
  ids: ['ids', 'count', 'pre', 'col'],
  post: ['spikes', 'count', 'colptr', 'ids', 'pre'],
  each: ['count', 'pre', 'col'],
};

export function synapseParameters(t: Types, entry: SynapseEntry): Parameter[] {
  const ptrF64 = llvm.PointerType.getUnqual(t.f64);
  const ptrI32 = llvm.PointerType.getUnqual(t.i32);
  return [
    ['fields', llvm.PointerType.getUnqual(ptrF64)],
    ['params', ptrF64],
    ...SYNAPSE_ARRAYS[entry].map((a): Parameter => [a, a === 'count' ? t.i64 : ptrI32]),
    ...timeParameters(t),
  ];
}
