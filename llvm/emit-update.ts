// The `update` entry point: a model's update(t, dt) for each neuron of [begin, end), the neurons of
// a group for a neuron model, the target neurons of a projection for a synapse model.
import type * as llvm from 'llvm-bindings';
import type { ModelIR, UpdateFn } from '../ir/types';
import { abiParameters } from './kernel-abi';
import type { KernelSignature, Parameter } from './kernel-abi';
import type { KernelTarget } from './kernel-target';
import { KernelEmitter } from './emit-kernel';

export class UpdateEmitter extends KernelEmitter {
  /** Each element is one neuron: no two write the same one. */
  protected readonly sharesNeurons = false;

  constructor(
    ctx: llvm.LLVMContext,
    mod: llvm.Module,
    m: ModelIR,
    sig: KernelSignature,
    target: KernelTarget,
    /** The model's update (a synapse model's per-target update). */
    protected readonly code: UpdateFn,
  ) {
    super(ctx, mod, m, sig, target);
  }

  protected parameters(): Parameter[] {
    return abiParameters(this, 'update');
  }

  protected emitBody(): void {
    this.target.eachElement(this, (i) => {
      // in a synapse's per-target update the elements are postsynaptic neurons
      this.index = { own: i, post: i };
      return this.emitElement();
    });
  }
}
