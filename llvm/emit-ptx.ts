// NVPTX: the same kernel for NVIDIA GPUs. One thread per neuron instead of a loop; math through
// libdevice's __nv_* functions (the NVPTX backend cannot lower llvm.exp and friends); a kernel
// returns nothing, so the "not finite" flag is written to an extra i32* argument.
import * as llvm from 'llvm-bindings';
import type { MathFn } from '../ir/types';
import { KernelEmitter } from './emit-kernel';

/** Functions the NVPTX backend lowers itself; everything else goes to libdevice. */
const NATIVE: ReadonlySet<MathFn> = new Set(['sqrt', 'abs', 'floor', 'ceil', 'trunc']);

export class PtxKernelEmitter extends KernelEmitter {
  protected override returnType(): llvm.Type {
    return this.b.getVoidTy();
  }

  protected override parameters(): [string, llvm.Type][] {
    return [...super.parameters(), ['not_finite', llvm.PointerType.getUnqual(this.i32)]];
  }

  protected emitBody(): void {
    const { b } = this;
    const index = b.CreateAdd(this.args.begin, globalThreadIndex(b, this.mod), 'i');
    this.index = { own: index };
    const body = llvm.BasicBlock.Create(this.ctx, 'neuron', this.fn);
    const flag = llvm.BasicBlock.Create(this.ctx, 'not_finite', this.fn);
    const exit = llvm.BasicBlock.Create(this.ctx, 'done', this.fn);
    b.CreateCondBr(b.CreateICmpSLT(index, this.args.end), body, exit);
    b.SetInsertPoint(body);
    const bad = this.emitNeuron();
    b.CreateCondBr(b.CreateICmpNE(bad, this.c64(0)), flag, exit);
    b.SetInsertPoint(flag);
    b.CreateStore(this.c32(1), this.args.not_finite);
    b.CreateBr(exit);
    b.SetInsertPoint(exit);
    b.CreateRetVoid();
  }

  protected override mathFunction(fn: MathFn, args: llvm.Value[], name: string): llvm.Value {
    return NATIVE.has(fn) ? super.mathFunction(fn, args, name) : libdeviceCall(this.b, this.mod, fn, args, name);
  }
}

/** Functions the NVPTX backend lowers itself (LLVM intrinsics); everything else goes to libdevice. */
export function lowersNatively(fn: MathFn): boolean {
  return NATIVE.has(fn);
}

/** A call to libdevice's `__nv_<fn>` (linked in before llc). */
export function libdeviceCall(b: llvm.IRBuilder, mod: llvm.Module, fn: MathFn, args: llvm.Value[], name: string): llvm.Value {
  const f64 = b.getDoubleTy();
  const ft = llvm.FunctionType.get(
    f64,
    args.map(() => f64),
    false,
  );
  return b.CreateCall(mod.getOrInsertFunction(`__nv_${fn === 'abs' ? 'fabs' : fn}`, ft), args, name);
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
