// NVPTX kernels of synapse models: the CPU entry points (emit-synapse.ts) with one thread per item
// of the list instead of a loop over it: per spiking neuron (rows: the thread walks its row), per
// listed synapse (ids), per spiking target (onPost: its synapses), per synapse (everyStep).
// Threads share the neurons they write into, so a write to a pre-, postsynaptic or @target field
// must be an addition (`this.post.ge += this.w`); it becomes an atomic add (atom.add.f64). Any
// other write to shared state would race, and is refused with the line that makes it.
import * as llvm from 'llvm-bindings';
import type { Expr } from '../ir/types';
import { ModelError } from '../ir/errors';
import { SynapseKernelEmitter } from './emit-synapse';
import { globalThreadIndex } from './emit-ptx';

/** The helper every atomic add calls; its body (an `atomicrmw fadd`, which llvm-bindings cannot build) is added to the module text. */
export const ATOMIC_ADD = 'braints_atomic_add_f64';
export const ATOMIC_ADD_DEFINITION = [
  `define internal void @${ATOMIC_ADD}(double* %address, double %value) alwaysinline {`,
  '  %old = atomicrmw fadd double* %address, double %value monotonic, align 8',
  '  ret void',
  '}',
].join('\n');

export class PtxSynapseKernelEmitter extends SynapseKernelEmitter {
  protected override prefetchesRows(): boolean {
    return false;
  }

  protected override emitBody(): void {
    const { b } = this;
    this.bad = b.CreateAlloca(this.i64, null, 'bad');
    b.CreateStore(this.c64(0), this.bad);
    const q = globalThreadIndex(b, this.mod);
    const work = llvm.BasicBlock.Create(this.ctx, this.mode === 'rows' ? 'spike' : 'synapse', this.fn);
    const skipped = llvm.BasicBlock.Create(this.ctx, 'no.item', this.fn);
    b.CreateCondBr(b.CreateICmpSLT(q, this.args.count), work, skipped);
    b.SetInsertPoint(work);
    this.emitElement(q);
    this.endGpuKernel(b.CreateLoad(this.i64, this.bad), skipped);
  }

  /** A shared field (of a neuron, or per target) is added into atomically; the synapse's own fields are stored. */
  protected override storeField(field: string, value: llvm.Value): void {
    const role = this.role(field);
    if (role !== 'pre' && role !== 'post' && role !== 'target') return super.storeField(field, value);
    const write = this.code.writes.find((w) => w.field === field)!;
    const delta = addedTo(field, write.value);
    if (!delta) {
      throw new ModelError(
        'BTS1021',
        `on the GPU, threads share ${field}: synapse code may only add into it (\`+=\` or \`-=\`), not assign it`,
        write.span,
      );
    }
    const amount = delta.negate ? this.b.CreateFNeg(this.value(delta.by)) : this.value(delta.by);
    const ptrF64 = llvm.PointerType.getUnqual(this.f64);
    const add = this.mod.getOrInsertFunction(ATOMIC_ADD, llvm.FunctionType.get(this.b.getVoidTy(), [ptrF64, this.f64], false));
    this.b.CreateCall(add, [this.elementPtr(field), amount]);
  }
}

/** `x + d`, `d + x` or `x - d` as (d, negate): what a write adds into field x; undefined for anything else. */
function addedTo(field: string, e: Expr): { by: Expr; negate: boolean } | undefined {
  const isField = (x: Expr) => x.k === 'field' && x.name === field;
  if (e.k !== 'bin') return undefined;
  if (e.op === 'add' && isField(e.a)) return { by: e.b, negate: false };
  if (e.op === 'add' && isField(e.b)) return { by: e.a, negate: false };
  if (e.op === 'sub' && isField(e.a)) return { by: e.b, negate: true };
  return undefined;
}
