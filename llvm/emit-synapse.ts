// CPU kernels of synapse models: the onPre code run for each synapse a spike reaches. One
// emitter per entry point (see the ABI in emit-kernel.ts): `rows` walks the CSR rows of the
// spiking presynaptic neurons (each row's [begin, end) from two arrays, so a thread of the driver
// can be handed the part of every row that reaches its targets), `ids` a list of synapse indices
// from the delay queue, `post` the synapses onto the neurons that fired (onPost), `each` every
// synapse (everyStep).
// Each returns 1 when a per-synapse or per-target state it wrote is NaN or infinite.
import * as llvm from 'llvm-bindings';
import { KernelEmitter } from './emit-kernel';
import type { EntryPoint } from '../contract/kernel-abi';

/** How many spikes ahead their rows are prefetched. */
const ROWS_AHEAD = 3;

export type DeliveryMode = Exclude<EntryPoint, 'update'>;

export class SynapseKernelEmitter extends KernelEmitter {
  protected mode: DeliveryMode = 'rows';

  /** The non-finite bits of the written states, OR-ed over the synapses (see emitNeuron). */
  protected bad!: llvm.AllocaInst;

  /** Which entry point to emit: onPre by rows or by ids, onPost, or everyStep. */
  setMode(mode: DeliveryMode): void {
    this.mode = mode;
    if (mode === 'post') this.setCode(this.m.onPost!);
    if (mode === 'each') this.setCode(this.m.everyStep!);
  }

  protected override parameters(): [string, llvm.Type][] {
    return this.abiParameters(this.mode);
  }

  /** Loads a[index] (i32) widened to i64. */
  protected loadIndex(array: llvm.Value, index: llvm.Value, name: string): llvm.Value {
    const { b } = this;
    return b.CreateSExt(b.CreateLoad(this.i32, b.CreateInBoundsGEP(this.i32, array, [index]), name), this.i64);
  }

  /**
   * A loop over x in begin[n] .. end[n] - 1 whose body sets the element indices (`locate`) and
   * runs the synapse code; returns the block after the loop.
   */
  protected range(begin: llvm.Value, end: llvm.Value, n: llvm.Value, locate: (x: llvm.Value) => void): llvm.BasicBlock {
    const { b } = this;
    const first = this.loadIndex(begin, n, 'range.begin');
    const last = this.loadIndex(end, n, 'range.end');
    const inner = llvm.BasicBlock.Create(this.ctx, 'synapse', this.fn);
    const after = llvm.BasicBlock.Create(this.ctx, 'next.spike', this.fn);
    const head = b.GetInsertBlock()!;
    b.CreateCondBr(b.CreateICmpSLT(first, last), inner, after);
    b.SetInsertPoint(inner);
    const x = b.CreatePHI(this.i64, 2, 'x');
    locate(x);
    this.emitSynapse();
    const xNext = b.CreateAdd(x, this.c64(1), 'x.next');
    b.CreateCondBr(b.CreateICmpSLT(xNext, last), inner, after);
    x.addIncoming(first, head);
    x.addIncoming(xNext, b.GetInsertBlock()!);
    b.SetInsertPoint(after);
    return after;
  }

  /**
   * While the row of spike q runs: fetch the start of the row of spike q + ROWS_AHEAD (its first
   * cache lines of targets) and the row pointer of spike q + 2 ROWS_AHEAD (read when that row's
   * turn to be fetched comes). In a large network rows are scattered over hundreds of megabytes;
   * without this every row begins with a wait for memory.
   */
  private prefetchRows(q: llvm.Value): void {
    const { b } = this;
    const last = b.CreateSub(this.args.count, this.c64(1));
    const clamp = (x: llvm.Value) => b.CreateSelect(b.CreateICmpSLT(x, last), x, last);
    const next = this.loadIndex(this.args.spikes, clamp(b.CreateAdd(q, this.c64(ROWS_AHEAD))), 'i.next');
    const after = this.loadIndex(this.args.spikes, clamp(b.CreateAdd(q, this.c64(2 * ROWS_AHEAD))), 'i.after');
    const start = this.loadIndex(this.args.rowBegin, next, 'row.next');
    this.prefetch(b.CreateInBoundsGEP(this.i32, this.args.rowBegin, [after]), 0);
    // 4 lines of 16 targets (most of a row at 80 synapses per neuron); a prefetch past the end of
    // the array is harmless, so the address is a plain (not inbounds) GEP
    for (let line = 0; line < 4; line++) {
      this.prefetch(b.CreateGEP(this.i32, this.args.col, [b.CreateAdd(start, this.c64(16 * line))]), 0);
    }
  }

  /** llvm.prefetch of an address: for reading (0) or writing (1), kept in all cache levels. */
  private prefetch(addr: llvm.Value, write: 0 | 1): void {
    const { b } = this;
    const i8ptr = b.getInt8PtrTy();
    const fn = this.mod.getOrInsertFunction(
      'llvm.prefetch.p0i8',
      llvm.FunctionType.get(b.getVoidTy(), [i8ptr, this.i32, this.i32, this.i32], false),
    );
    b.CreateCall(fn, [b.CreateBitCast(addr, i8ptr), this.c32(write), this.c32(3), this.c32(1)]);
  }

  /** The code of one synapse at `this.index`, its non-finite flag OR-ed into `bad`. */
  protected emitSynapse(): void {
    const { b } = this;
    const bad = this.emitNeuron();
    b.CreateStore(b.CreateOr(b.CreateLoad(this.i64, this.bad), bad), this.bad);
  }

  /** Prefetching rows ahead pays on a CPU's cache hierarchy (not on a GPU, where each spike has its own thread). */
  protected prefetchesRows(): boolean {
    return true;
  }

  protected emitBody(): void {
    const { b } = this;
    this.bad = b.CreateAlloca(this.i64, null, 'bad');
    b.CreateStore(this.c64(0), this.bad);
    const entry = b.GetInsertBlock()!;
    const outer = llvm.BasicBlock.Create(this.ctx, this.mode === 'rows' ? 'spike' : 'synapse', this.fn);
    const done = llvm.BasicBlock.Create(this.ctx, 'done', this.fn);
    b.CreateCondBr(b.CreateICmpSGT(this.args.count, this.c64(0)), outer, done);
    b.SetInsertPoint(outer);
    const q = b.CreatePHI(this.i64, 2, 'q');
    const latch = this.emitElement(q);
    const qNext = b.CreateAdd(q, this.c64(1), 'q.next');
    b.CreateCondBr(b.CreateICmpSLT(qNext, this.args.count), outer, done);
    q.addIncoming(this.c64(0), entry);
    q.addIncoming(qNext, latch);
    b.SetInsertPoint(done);
    b.CreateRet(b.CreateZExt(b.CreateICmpNE(b.CreateLoad(this.i64, this.bad), this.c64(0)), this.i32, 'result'));
  }

  /**
   * The work of item q of the entry point's list: a spiking neuron's row (rows), a listed synapse
   * (ids), a spiking target's synapses (post) or synapse q (each). Returns the block it ends in.
   */
  protected emitElement(q: llvm.Value): llvm.BasicBlock {
    const { b } = this;
    if (this.mode === 'post') {
      // for each spiking neuron j: the synapses ids[colptr[j]] .. ids[colptr[j + 1] - 1] onto it
      const j = this.loadIndex(this.args.spikes, q, 'j');
      const colEnd = b.CreateInBoundsGEP(this.i32, this.args.colptr, [this.c64(1)], 'colptr.next');
      return this.range(this.args.colptr, colEnd, j, (x) => {
        const k = this.loadIndex(this.args.ids, x, 'k');
        this.index = { own: k, pre: this.loadIndex(this.args.pre, k, 'i'), post: j };
      });
    }
    if (this.mode === 'ids' || this.mode === 'each') {
      const k = this.mode === 'ids' ? this.loadIndex(this.args.ids, q, 'k') : q;
      this.index = { own: k, pre: this.loadIndex(this.args.pre, k, 'i'), post: this.loadIndex(this.args.col, k, 'j') };
      this.emitSynapse();
      return b.GetInsertBlock()!;
    }
    // for each spiking neuron i: the synapses rowBegin[i] .. rowEnd[i] - 1 (the driver passes
    // rowptr and rowptr + 1 for whole rows)
    const i = this.loadIndex(this.args.spikes, q, 'i');
    if (this.prefetchesRows()) this.prefetchRows(q);
    return this.range(this.args.rowBegin, this.args.rowEnd, i, (k) => {
      this.index = { own: k, pre: i, post: this.loadIndex(this.args.col, k, 'j') };
    });
  }
}
