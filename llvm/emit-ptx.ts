// NVPTX: the same kernel for NVIDIA GPUs, one thread per neuron instead of a loop. What the
// target changes besides (no return value, libdevice math) the base emitter decides from the
// module's triple.
import * as llvm from 'llvm-bindings';
import { KernelEmitter } from './emit-kernel';

export class PtxKernelEmitter extends KernelEmitter {
  protected emitBody(): void {
    const { b } = this;
    const index = b.CreateAdd(this.args.begin, globalThreadIndex(b, this.mod), 'i');
    this.index = { own: index };
    const body = llvm.BasicBlock.Create(this.ctx, 'neuron', this.fn);
    const skipped = llvm.BasicBlock.Create(this.ctx, 'no.neuron', this.fn);
    b.CreateCondBr(b.CreateICmpSLT(index, this.args.end), body, skipped);
    b.SetInsertPoint(body);
    this.endGpuKernel(this.emitNeuron(), skipped);
  }
}

/** The thread's global index on the x axis: blockIdx.x * blockDim.x + threadIdx.x, as i64. */
export function globalThreadIndex(b: llvm.IRBuilder, mod: llvm.Module): llvm.Value {
  const i32 = b.getInt32Ty();
  // llvm-bindings lists no NVVM intrinsics; a declaration named llvm.nvvm.* is one all the same
  const sreg = (reg: string) =>
    b.CreateCall(
      mod.getOrInsertFunction(`llvm.nvvm.read.ptx.sreg.${reg}`, llvm.FunctionType.get(i32, [], false)),
      [],
      reg.replace('.', '_'),
    );
  const thread = b.CreateAdd(b.CreateMul(sreg('ctaid.x'), sreg('ntid.x')), sreg('tid.x'), 'thread');
  return b.CreateZExt(thread, b.getInt64Ty(), 'thread.index');
}
