// The door to llvm-bindings for kernels: builds a model's kernel module, verifies it, and prints
// readable LLVM IR. Only files in llvm/ import llvm-bindings.
import * as llvm from 'llvm-bindings';
import type { ModelIR } from '../ir/types';
import type { KernelLayout } from '../ir/pipeline';
import { runPipeline } from '../ir/pipeline';
import { CpuKernelEmitter, kernelSignature } from './emit-kernel';
import type { KernelEmitter, KernelSignature } from './emit-kernel';
import { annotate } from './annotate';
import { hostTarget, NVPTX } from './target';
import type { TargetDesc } from './target';
import { PtxKernelEmitter } from './emit-ptx';

export type Backend = 'cpu' | 'nvptx';

export interface KernelText {
  signature: KernelSignature;
  text: string;
}

/** The kernel's symbol: `LIF_update`, or with a suffix for a layout with per-neuron parameters. */
export function kernelSymbol(m: ModelIR, layout: KernelLayout): string {
  const per = [...layout.perNeuronParams].sort();
  return per.length ? `${m.name}_update__per_${per.join('_')}` : `${m.name}_update`;
}

export function emitKernel(model: ModelIR, layout: KernelLayout, backend: Backend = 'cpu'): KernelText {
  const ir = runPipeline(model, layout);
  const target: TargetDesc = backend === 'cpu' ? hostTarget() : NVPTX;
  const ctx = new llvm.LLVMContext();
  const mod = new llvm.Module(`${model.name}.${backend}`, ctx);
  mod.setTargetTriple(target.triple);
  mod.setDataLayout(target.dataLayout);
  mod.setSourceFileName(model.span.file);
  mod.addModuleFlag(llvm.Module.ModFlagBehavior.Warning, 'Debug Info Version', llvm.LLVMConstants.DEBUG_METADATA_VERSION);
  mod.addModuleFlag(llvm.Module.ModFlagBehavior.Warning, 'Dwarf Version', 4);
  const signature = kernelSignature(ir, layout, kernelSymbol(model, layout));
  const Emitter: new (...a: ConstructorParameters<typeof CpuKernelEmitter>) => KernelEmitter = backend === 'cpu' ? CpuKernelEmitter : PtxKernelEmitter;
  const emitter = new Emitter(ctx, mod, ir, layout, signature);
  emitter.emit();
  emitter.finalize();
  const printed = mod.print();
  if (llvm.verifyModule(mod)) throw new Error(`BrainTS bug: the kernel of ${model.name} does not verify:\n${printed}`);
  const text = annotate(printed, {
    header: [
      `BrainTS kernel for neuron model ${model.name} (${model.span.file}:${model.span.line}), method update(t, dt).`,
      `Loops over neurons [begin, end). Arrays (fields): ${signature.kernelFields.join(', ') || 'none'}.`,
      `Group-uniform parameters (params): ${signature.uniformParams.join(', ') || 'none'}.`,
      'You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.',
    ],
    sourceLines: model.sourceLines,
    file: model.span.file,
  });
  return { signature, text };
}
