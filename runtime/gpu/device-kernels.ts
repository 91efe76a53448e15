// What a network's device module holds: the model kernels of its groups and projections (each
// once, with the layout its CPU kernel was made for, so that the symbols and the order of
// `fields` and `params` are the CPU's) and the entry points the step calls through wrappers.
import type { ModelIR } from '../../ir/types';
import type { KernelLayout } from '../../ir/pipeline';
import type { KernelSignature } from '../../contract/kernel-abi';
import type { BuiltNetwork } from '../native-memory';
import type { DeviceModelKernel } from '../../llvm/gpu/device-module';

/** The layout a kernel signature was made for: per-element parameters are arrays, uniform currents single values. */
export function layoutOf(ir: ModelIR, signature: KernelSignature): KernelLayout {
  const role = (name: string) => ir.fields.find((f) => f.name === name)?.role;
  return {
    perElementParams: new Set(signature.kernelFields.filter((f) => role(f) === 'param')),
    uniformCurrents: new Set(signature.uniformParams.filter((f) => role(f) === 'current')),
  };
}

export function deviceModelKernels(built: BuiltNetwork): DeviceModelKernel[] {
  const all = [
    ...built.states.map((s) => ({ ir: s.group.model.ir as ModelIR, signature: s.kernel.signature })),
    ...built.projections.map((p) => ({ ir: p.synapse.model.ir as ModelIR, signature: p.kernel.signature })),
  ];
  const seen = new Set<string>();
  return all
    .filter((k) => !seen.has(k.signature.symbol) && !!seen.add(k.signature.symbol))
    .map((k) => ({ ir: k.ir, layout: layoutOf(k.ir, k.signature), symbol: k.signature.symbol }));
}
