// CPU kernels of synapse models: the onPre code run for each synapse a spike reaches. One
// emitter per entry point (see the ABI in emit-kernel.ts): `rows` walks the CSR rows of the
// spiking presynaptic neurons, `ids` a list of synapse indices from the delay queue.
import * as llvm from 'llvm-bindings';
import { KernelEmitter } from './emit-kernel';

export type DeliveryMode = 'rows' | 'ids' | 'post';

export class SynapseKernelEmitter extends KernelEmitter {
  private mode: DeliveryMode = 'rows';

  /** Which entry point to emit: onPre by rows or by ids, or onPost. */
  setMode(mode: DeliveryMode): void {
    this.mode = mode;
    if (mode === 'post') this.setCode(this.m.onPost!);
  }

  protected override parameters(): [string, llvm.Type][] {
    const ptrF64 = llvm.PointerType.getUnqual(this.f64);
    const ptrI32 = llvm.PointerType.getUnqual(this.i32);
    const arrays: string[] = this.mode === 'rows' ? ['spikes', 'count', 'rowptr', 'col'] : this.mode === 'ids' ? ['ids', 'count', 'pre', 'col'] : ['spikes', 'count', 'colptr', 'ids', 'pre'];
    return [
      ['fields', llvm.PointerType.getUnqual(ptrF64)], ['params', ptrF64],
      ...arrays.map((a): [string, llvm.Type] => [a, a === 'count' ? this.i64 : ptrI32]),
      ...this.timeParameters(),
    ];
  }

  /** Loads a[index] (i32) widened to i64. */
  private loadIndex(array: llvm.Value, index: llvm.Value, name: string): llvm.Value {
    const { b } = this;
    return b.CreateSExt(b.CreateLoad(this.i32, b.CreateInBoundsGEP(this.i32, array, [index]), name), this.i64);
  }

  protected emitBody(): void {
    const { b } = this;
    const entry = b.GetInsertBlock()!;
    const outer = llvm.BasicBlock.Create(this.ctx, this.mode === 'rows' ? 'spike' : 'synapse', this.fn);
    const done = llvm.BasicBlock.Create(this.ctx, 'done', this.fn);
    b.CreateCondBr(b.CreateICmpSGT(this.args.count, this.c64(0)), outer, done);
    b.SetInsertPoint(outer);
    const q = b.CreatePHI(this.i64, 2, 'q');
    let latch: llvm.BasicBlock;
    if (this.mode === 'post') {
      // for each spiking neuron j: the synapses ids[colptr[j]] .. ids[colptr[j + 1] - 1] onto it
      const j = this.loadIndex(this.args.spikes, q, 'j');
      const first = this.loadIndex(this.args.colptr, j, 'col.begin');
      const last = this.loadIndex(this.args.colptr, b.CreateAdd(j, this.c64(1)), 'col.end');
      const inner = llvm.BasicBlock.Create(this.ctx, 'synapse', this.fn);
      latch = llvm.BasicBlock.Create(this.ctx, 'next.spike', this.fn);
      const head = b.GetInsertBlock()!;
      b.CreateCondBr(b.CreateICmpSLT(first, last), inner, latch);
      b.SetInsertPoint(inner);
      const x = b.CreatePHI(this.i64, 2, 'x');
      const k = this.loadIndex(this.args.ids, x, 'k');
      this.index = { own: k, pre: this.loadIndex(this.args.pre, k, 'i'), post: j };
      this.emitNeuron();
      const xNext = b.CreateAdd(x, this.c64(1), 'x.next');
      b.CreateCondBr(b.CreateICmpSLT(xNext, last), inner, latch);
      x.addIncoming(first, head);
      x.addIncoming(xNext, b.GetInsertBlock()!);
      b.SetInsertPoint(latch);
    } else if (this.mode === 'ids') {
      const k = this.loadIndex(this.args.ids, q, 'k');
      this.index = { own: k, pre: this.loadIndex(this.args.pre, k, 'i'), post: this.loadIndex(this.args.col, k, 'j') };
      this.emitNeuron();
      latch = b.GetInsertBlock()!;
    } else {
      // for each spiking neuron i: the synapses rowptr[i] .. rowptr[i + 1] - 1
      const i = this.loadIndex(this.args.spikes, q, 'i');
      const first = this.loadIndex(this.args.rowptr, i, 'row.begin');
      const last = this.loadIndex(this.args.rowptr, b.CreateAdd(i, this.c64(1)), 'row.end');
      const inner = llvm.BasicBlock.Create(this.ctx, 'synapse', this.fn);
      latch = llvm.BasicBlock.Create(this.ctx, 'next.spike', this.fn);
      const head = b.GetInsertBlock()!;
      b.CreateCondBr(b.CreateICmpSLT(first, last), inner, latch);
      b.SetInsertPoint(inner);
      const k = b.CreatePHI(this.i64, 2, 'k');
      this.index = { own: k, pre: i, post: this.loadIndex(this.args.col, k, 'j') };
      this.emitNeuron();
      const kNext = b.CreateAdd(k, this.c64(1), 'k.next');
      b.CreateCondBr(b.CreateICmpSLT(kNext, last), inner, latch);
      k.addIncoming(first, head);
      k.addIncoming(kNext, b.GetInsertBlock()!);
      b.SetInsertPoint(latch);
    }
    const qNext = b.CreateAdd(q, this.c64(1), 'q.next');
    b.CreateCondBr(b.CreateICmpSLT(qNext, this.args.count), outer, done);
    q.addIncoming(this.c64(0), entry);
    q.addIncoming(qNext, latch);
    b.SetInsertPoint(done);
    b.CreateRet(this.c32(0));
  }
}
