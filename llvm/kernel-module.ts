// The door to llvm-bindings for kernels: builds a model's kernel module, verifies it, and prints
// readable LLVM IR. Only files in llvm/ import llvm-bindings.
import * as llvm from 'llvm-bindings';
import type { ModelIR } from '../ir/types';
import type { KernelLayout } from '../ir/pipeline';
import { runPipeline } from '../ir/pipeline';
import { kernelSignature } from '../contract/kernel-abi';
import type { KernelSignature } from '../contract/kernel-abi';
import { entryPointSymbol, kernelSymbol } from '../contract/kernel-symbols';
import type { SynapseEntry } from './kernel-abi';
import type { KernelTarget } from './kernel-target';
import type { KernelEmitter } from './emit-kernel';
import { annotate } from './annotate';
import { CPU_TARGET } from './target-cpu';
import { NVPTX_TARGET } from './target-nvptx';
import { GRID_CPU_TARGET } from './gpu/target-grid-cpu';
import { UpdateEmitter } from './emit-update';
import { SYNAPSE_ENTRY_EMITTERS } from './emit-synapse';

/** `grid-cpu`: the GPU's kernels compiled for the CPU grid executor (llvm/gpu/target-grid-cpu.ts). */
export type Backend = 'cpu' | 'nvptx' | 'grid-cpu';

const TARGETS: Record<Backend, KernelTarget> = { cpu: CPU_TARGET, nvptx: NVPTX_TARGET, 'grid-cpu': GRID_CPU_TARGET };

export interface KernelText {
  signature: KernelSignature;
  text: string;
}

export function emitKernel(model: ModelIR, layout: KernelLayout, backend: Backend = 'cpu'): KernelText {
  const ir = runPipeline(model, layout);
  const target = TARGETS[backend];
  const machine = target.machine();
  const ctx = new llvm.LLVMContext();
  const mod = new llvm.Module(`${model.name}.${backend}`, ctx);
  mod.setTargetTriple(machine.triple);
  mod.setDataLayout(machine.dataLayout);
  mod.setSourceFileName(model.span.file);
  mod.addModuleFlag(llvm.Module.ModFlagBehavior.Warning, 'Debug Info Version', llvm.LLVMConstants.DEBUG_METADATA_VERSION);
  mod.addModuleFlag(llvm.Module.ModFlagBehavior.Warning, 'Dwarf Version', 4);
  const signature = kernelSignature(ir, layout, kernelSymbol(model, layout));
  const emit = (emitter: KernelEmitter<ModelIR>) => {
    emitter.emit();
    emitter.finalize();
  };
  if (ir.kind === 'synapse') {
    const entries: SynapseEntry[] = [
      'rows',
      'ids',
      ...(ir.onPost ? (['post'] as const) : []),
      ...(ir.everyStep ? (['each'] as const) : []),
    ];
    for (const entry of entries) {
      const Emitter = SYNAPSE_ENTRY_EMITTERS[entry];
      emit(new Emitter(ctx, mod, ir, { ...signature, symbol: entryPointSymbol(model, signature.symbol, entry) }, target));
    }
    if (ir.update) {
      const sig = { ...signature, symbol: entryPointSymbol(model, signature.symbol, 'update') };
      emit(new UpdateEmitter(ctx, mod, ir, sig, target, ir.update));
    }
  } else {
    emit(new UpdateEmitter(ctx, mod, ir, signature, target, ir.update));
  }
  // what llvm-bindings cannot build (the atomic add of GPU synapse kernels) is put into the text
  const printed = target.completeText(mod.print());
  if (llvm.verifyModule(mod)) throw new Error(`BrainTS bug: the kernel of ${model.name} does not verify:\n${printed}`);
  const text = annotate(printed, {
    header: [
      model.kind === 'neuron'
        ? `BrainTS kernel for neuron model ${model.name} (${model.span.file}:${model.span.line}), method update(t, dt).`
        : `BrainTS kernels for synapse model ${model.name} (${model.span.file}:${model.span.line}), method onPre(t, dt).`,
      ir.kind === 'neuron'
        ? `Loops over neurons [begin, end). Arrays (fields): ${signature.kernelFields.join(', ') || 'none'}.`
        : `_rows: the synapses of the spiking neurons; _ids: listed synapses${ir.onPost ? '; _onPost: the synapses onto neurons that fired' : ''}${ir.update ? '; _update: every target neuron, every step' : ''}${ir.everyStep ? '; _everyStep: every synapse, every step' : ''}. Arrays (fields): ${signature.kernelFields.join(', ')}.`,
      `Group-uniform parameters (params): ${signature.uniformParams.join(', ') || 'none'}.`,
      'You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.',
    ],
    sourceLines: model.sourceLines,
    file: model.span.file,
  });
  return { signature, text };
}
