// The door to llvm-bindings for kernels: builds a model's kernel module, verifies it, and prints
// readable LLVM IR. Only files in llvm/ import llvm-bindings.
import * as llvm from 'llvm-bindings';
import type { ModelIR } from '../ir/types';
import type { KernelLayout } from '../ir/pipeline';
import { runPipeline } from '../ir/pipeline';
import { CpuKernelEmitter } from './emit-kernel';
import type { KernelEmitter } from './emit-kernel';
import { kernelSignature } from '../contract/kernel-abi';
import type { KernelSignature } from '../contract/kernel-abi';
import { entryPointSymbol, kernelSymbol } from '../contract/kernel-symbols';
import { annotate } from './annotate';
import { hostTarget, NVPTX } from './target';
import type { TargetDesc } from './target';
import { PtxKernelEmitter } from './emit-ptx';
import { SynapseKernelEmitter } from './emit-synapse';
import { ATOMIC_ADD, ATOMIC_ADD_DEFINITION, PtxSynapseKernelEmitter } from './emit-ptx-synapse';
import type { DeliveryMode } from './emit-synapse';

/** The transformer names a model's .ll by it (the lead re-points transformer/model-transformer.ts at contract/). */
export { kernelSymbol };

export type Backend = 'cpu' | 'nvptx';

export interface KernelText {
  signature: KernelSignature;
  text: string;
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
  if (model.kind === 'synapse') {
    const Synapse = backend === 'cpu' ? SynapseKernelEmitter : PtxSynapseKernelEmitter;
    const Target = backend === 'cpu' ? CpuKernelEmitter : PtxKernelEmitter;
    const modes: DeliveryMode[] = ['rows', 'ids', ...(ir.onPost ? (['post'] as const) : []), ...(ir.everyStep ? (['each'] as const) : [])];
    for (const mode of modes) {
      const emitter = new Synapse(ctx, mod, ir, layout, { ...signature, symbol: entryPointSymbol(model, signature.symbol, mode) });
      emitter.setMode(mode);
      emitter.emit();
      emitter.finalize();
    }
    if (ir.continuous) {
      const emitter = new Target(ctx, mod, ir, layout, { ...signature, symbol: entryPointSymbol(model, signature.symbol, 'update') });
      emitter.setCode(ir.continuous);
      emitter.emit();
      emitter.finalize();
    }
  } else {
    const Emitter: new (...a: ConstructorParameters<typeof CpuKernelEmitter>) => KernelEmitter =
      backend === 'cpu' ? CpuKernelEmitter : PtxKernelEmitter;
    const emitter = new Emitter(ctx, mod, ir, layout, signature);
    emitter.emit();
    emitter.finalize();
  }
  // the atomic add of GPU synapse kernels is declared by the emitter and defined here (see emit-ptx-synapse.ts)
  const printed = mod.print().replace(new RegExp(`^declare void @${ATOMIC_ADD}\\(double\\*, double\\).*$`, 'm'), ATOMIC_ADD_DEFINITION);
  if (llvm.verifyModule(mod)) throw new Error(`BrainTS bug: the kernel of ${model.name} does not verify:\n${printed}`);
  const text = annotate(printed, {
    header: [
      model.kind === 'neuron'
        ? `BrainTS kernel for neuron model ${model.name} (${model.span.file}:${model.span.line}), method update(t, dt).`
        : `BrainTS kernels for synapse model ${model.name} (${model.span.file}:${model.span.line}), method onPre(t, dt).`,
      model.kind === 'neuron'
        ? `Loops over neurons [begin, end). Arrays (fields): ${signature.kernelFields.join(', ') || 'none'}.`
        : `_rows: the synapses of the spiking neurons; _ids: listed synapses${ir.onPost ? '; _onPost: the synapses onto neurons that fired' : ''}${ir.continuous ? '; _update: every target neuron, every step' : ''}${ir.everyStep ? '; _everyStep: every synapse, every step' : ''}. Arrays (fields): ${signature.kernelFields.join(', ')}.`,
      `Group-uniform parameters (params): ${signature.uniformParams.join(', ') || 'none'}.`,
      'You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.',
    ],
    sourceLines: model.sourceLines,
    file: model.span.file,
  });
  return { signature, text };
}
