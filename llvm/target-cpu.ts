// The host CPU: elements in counted loops shaped for LLVM's loop vectorizer, an i32 result (1
// when a written state was not finite), math through LLVM intrinsics (libmvec's vector functions
// after opt), and plain stores into shared neurons, since one thread delivers all the synapses
// onto a neuron (the driver splits rows at the threads' shares).
import * as llvm from 'llvm-bindings';
import type { KernelTarget } from './kernel-target';
import { emitIntrinsicOrLibm } from './emit-math';
import { hostTarget } from './target';

export const CPU_TARGET: KernelTarget = {
  machine: hostTarget,
  extraParameters: () => [],
  returnType: (k) => k.i32,

  /** A counted loop over [begin, end), the non-finite bits carried in a phi. */
  eachElement(k, element) {
    const { b } = k;
    const entry = b.GetInsertBlock()!;
    const loop = llvm.BasicBlock.Create(k.ctx, 'neuron', k.fn);
    const exit = llvm.BasicBlock.Create(k.ctx, 'done', k.fn);
    b.CreateCondBr(b.CreateICmpSLT(k.args.begin, k.args.end), loop, exit);
    b.SetInsertPoint(loop);
    const i = b.CreatePHI(k.i64, 2, 'i');
    const badIn = b.CreatePHI(k.bits, 2, 'bad');
    const bad = b.CreateOr(badIn, element(i), 'bad.next');
    const next = b.CreateAdd(i, k.c64(1), 'i.next');
    b.CreateCondBr(b.CreateICmpSLT(next, k.args.end), loop, exit);
    const body = b.GetInsertBlock()!;
    i.addIncoming(k.args.begin, entry);
    i.addIncoming(next, body);
    badIn.addIncoming(k.cbits(0), entry);
    badIn.addIncoming(bad, body);
    b.SetInsertPoint(exit);
    const bits = b.CreatePHI(k.bits, 2, 'bad.bits');
    bits.addIncoming(k.cbits(0), entry);
    bits.addIncoming(bad, body);
    b.CreateRet(b.CreateZExt(b.CreateICmpNE(bits, k.cbits(0)), k.i32, 'result'));
  },

  /** A loop over q in [0, count). */
  eachItem(k, block, item, notFinite) {
    const { b } = k;
    const entry = b.GetInsertBlock()!;
    const outer = llvm.BasicBlock.Create(k.ctx, block, k.fn);
    const done = llvm.BasicBlock.Create(k.ctx, 'done', k.fn);
    b.CreateCondBr(b.CreateICmpSGT(k.args.count, k.c64(0)), outer, done);
    b.SetInsertPoint(outer);
    const q = b.CreatePHI(k.i64, 2, 'q');
    const latch = item(q);
    const qNext = b.CreateAdd(q, k.c64(1), 'q.next');
    b.CreateCondBr(b.CreateICmpSLT(qNext, k.args.count), outer, done);
    q.addIncoming(k.c64(0), entry);
    q.addIncoming(qNext, latch);
    b.SetInsertPoint(done);
    b.CreateRet(b.CreateZExt(b.CreateICmpNE(notFinite(), k.cbits(0)), k.i32, 'result'));
  },

  mathFunction: emitIntrinsicOrLibm,
  storeShared: (_, w) => w.store(),
  // prefetching rows ahead pays on a CPU's cache hierarchy
  prefetchesRows: true,
  completeText: (printed) => printed,
};
