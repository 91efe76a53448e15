// The entry points of a synapse model, one emitter each (their parameters: kernel-abi.ts): the
// onPre code by rows (`rows` walks the CSR rows of the spiking presynaptic neurons, each row's
// [begin, end) from two arrays, so a thread of the driver can be handed the part of every row that
// reaches its targets) or by ids (a list of synapse indices from the delay queue), onPost (the
// synapses onto the neurons that fired) and everyStep (every synapse). Each visits the items of
// its list through the target (kernel-target.ts) and reports 1 when a per-synapse or per-target
// state it wrote is NaN or infinite. A synapse's random draws are keyed by its index in the
// connector's list (keyIndex), which a process's share of a distributed run gives it as one process
// does. The per-target update runs over neurons (emit-update.ts), keyed by target neuron.
import * as llvm from 'llvm-bindings';
import type { SynapseModelIR } from '../ir/types';
import { noCode } from '../ir/types';
import { abiParameters } from './kernel-abi';
import type { KernelSignature, Parameter, SynapseEntry } from './kernel-abi';
import type { KernelTarget } from './kernel-target';
import { KernelEmitter } from './emit-kernel';

/** How many spikes ahead their rows are prefetched. */
const ROWS_AHEAD = 3;

/**
 * How many listed synapses ahead their target and per-synapse values are prefetched: a delay
 * queue's synapses lie a few apart in rows of up to gigabytes (each row spread over the slots of
 * its delays), each a wait for memory of about 100 ns against some 10 ns of work.
 */
const IDS_AHEAD = 16;

abstract class SynapseEntryEmitter extends KernelEmitter<SynapseModelIR> {
  /** Synapses from one neuron, or onto one, write that neuron. */
  protected readonly sharesNeurons = true;
  protected abstract readonly entry: SynapseEntry;
  /** The name of the block that begins an item's work. */
  protected readonly itemBlock: string = 'synapse';
  /** The non-finite bits of the written states, OR-ed over the synapses (see emitElement). */
  private bad!: llvm.AllocaInst;
  /** Where the code draws random numbers: whether the driver passed no keys, and a cell for the row position (see keyIndex). */
  private keyed?: { none: llvm.Value; position: llvm.AllocaInst };

  protected parameters(): Parameter[] {
    return abiParameters(this, this.entry);
  }

  protected emitBody(): void {
    const { b } = this;
    this.bad = b.CreateAlloca(this.bits, null, 'bad');
    b.CreateStore(this.cbits(0), this.bad);
    if (this.code.usesRandom) {
      this.keyed = { none: b.CreateIsNull(this.args.keys, 'keys.none'), position: b.CreateAlloca(this.i32, null, 'key.position') };
    }
    this.target.eachItem(
      this,
      this.itemBlock,
      (q) => this.emitItem(q),
      () => b.CreateLoad(this.bits, this.bad),
    );
  }

  /**
   * The index keying synapse k's draws (k = this.index.own, its row position): keys[k], its index
   * in the connector's list, or k itself where the driver passed no keys (the list is the rows'
   * order). Without a branch in the element's code: k goes into a cell, and the key is loaded from
   * the cell or from keys + k (a plain GEP: not read when keys is null), as keys.none selects.
   * The cell also keeps a loop over the synapses scalar, on purpose: a vectorized loop computes
   * its last few synapses in scalar code, whose log and cos (randn) round differently from
   * libmvec's vector ones, and which synapses those are depends on where the call's synapses
   * start and end, which a process's share of a distributed run (or a thread's part of a row)
   * changes; scalar, every synapse draws the same bits in any layout.
   */
  protected override keyIndex(): llvm.Value {
    const { b } = this;
    const k = this.index.own;
    b.CreateStore(b.CreateTrunc(k, this.i32, 'k.i32'), this.keyed!.position);
    const listed = b.CreateGEP(this.i32, this.args.keys, [k], 'keys.k');
    return b.CreateLoad(this.i32, b.CreateSelect(this.keyed!.none, this.keyed!.position, listed, 'key.from'), 'key.index');
  }

  /** The work of item q of the entry point's list; returns the block it ends in. */
  protected abstract emitItem(q: llvm.Value): llvm.BasicBlock;

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

  /** Synapse k, from neuron pre[k] to neuron col[k]; returns the block it ends in. */
  protected emitSynapseAt(k: llvm.Value): llvm.BasicBlock {
    this.index = { own: k, pre: this.loadIndex(this.args.pre, k, 'i'), post: this.loadIndex(this.args.col, k, 'j') };
    this.emitSynapse();
    return this.b.GetInsertBlock()!;
  }

  /** llvm.prefetch of an address: for reading (0) or writing (1), kept in all cache levels. */
  protected prefetch(addr: llvm.Value, write: 0 | 1): void {
    const { b } = this;
    const i8ptr = b.getInt8PtrTy();
    const fn = this.mod.getOrInsertFunction(
      'llvm.prefetch.p0i8',
      llvm.FunctionType.get(b.getVoidTy(), [i8ptr, this.i32, this.i32, this.i32], false),
    );
    b.CreateCall(fn, [b.CreateBitCast(addr, i8ptr), this.c32(write), this.c32(3), this.c32(1)]);
  }

  /** The code of one synapse at `this.index`, its non-finite flag OR-ed into `bad`. */
  private emitSynapse(): void {
    const { b } = this;
    const bad = this.emitElement();
    b.CreateStore(b.CreateOr(b.CreateLoad(this.bits, this.bad), bad), this.bad);
  }
}

type EntryArgs = [llvm.LLVMContext, llvm.Module, SynapseModelIR, KernelSignature, KernelTarget];

/** onPre for each spiking neuron i: the synapses rowBegin[i] .. rowEnd[i] - 1 (the driver passes rowptr and rowptr + 1 for whole rows). */
export class OnPreRowsEmitter extends SynapseEntryEmitter {
  protected readonly entry = 'rows';
  protected override readonly itemBlock = 'spike';
  // a synapse without onPre (a gap junction) has the entry points too, running no code
  protected readonly code = this.m.onPre ?? noCode(this.m.span);

  protected emitItem(q: llvm.Value): llvm.BasicBlock {
    const i = this.loadIndex(this.args.spikes, q, 'i');
    if (this.target.prefetchesRows) this.prefetchRows(q);
    return this.range(this.args.rowBegin, this.args.rowEnd, i, (k) => {
      this.index = { own: k, pre: i, post: this.loadIndex(this.args.col, k, 'j') };
    });
  }

  /**
   * While the row of spike q runs: fetch the start of the row of spike q + ROWS_AHEAD (its first
   * cache lines of targets, and the first two of each per-synapse array) and the row pointer of
   * spike q + 2 ROWS_AHEAD (read when that row's turn to be fetched comes). In a large network
   * rows are scattered over hundreds of megabytes; without this every row begins with a wait for
   * memory. Rows sorted by delay come as segments of a few synapses each (runtime/native/synapses.c),
   * for which these lines are most of the segment.
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
    // the line of the first value and that of the last of a line's worth from it
    const perLine = this.sig.precision === 'float32' ? 16 : 8;
    for (const f of this.m.fields) {
      if ((f.role !== 'state' && f.role !== 'param') || !this.fieldPtrs.has(f.name)) continue;
      for (const at of [start, b.CreateAdd(start, this.c64(perLine - 1))])
        this.prefetch(b.CreateGEP(this.real, this.fieldPtrs.get(f.name)!, [at]), 0);
    }
  }
}

/** onPre for each listed synapse ids[q] (the delay queue's). */
export class OnPreIdsEmitter extends SynapseEntryEmitter {
  protected readonly entry = 'ids';
  protected readonly code = this.m.onPre ?? noCode(this.m.span);

  protected emitItem(q: llvm.Value): llvm.BasicBlock {
    if (this.target.prefetchesRows) this.prefetchSynapse(q);
    return this.emitSynapseAt(this.loadIndex(this.args.ids, q, 'k'));
  }

  /**
   * While synapse q runs: fetch the target and the per-synapse arrays of synapse q + IDS_AHEAD of
   * the list (plain GEPs: a prefetch of any address is harmless).
   */
  private prefetchSynapse(q: llvm.Value): void {
    const { b } = this;
    const last = b.CreateSub(this.args.count, this.c64(1));
    const ahead = b.CreateAdd(q, this.c64(IDS_AHEAD));
    const k = this.loadIndex(this.args.ids, b.CreateSelect(b.CreateICmpSLT(ahead, last), ahead, last), 'k.ahead');
    this.prefetch(b.CreateGEP(this.i32, this.args.col, [k]), 0);
    for (const f of this.m.fields) {
      if ((f.role === 'state' || f.role === 'param') && this.fieldPtrs.has(f.name))
        this.prefetch(b.CreateGEP(this.real, this.fieldPtrs.get(f.name)!, [k]), 0);
    }
  }
}

/** onPost for each spiking neuron j: the synapses ids[colptr[j]] .. ids[colptr[j + 1] - 1] onto it. */
export class OnPostEmitter extends SynapseEntryEmitter {
  protected readonly entry = 'post';
  protected readonly code = this.m.onPost!;

  protected emitItem(q: llvm.Value): llvm.BasicBlock {
    const j = this.loadIndex(this.args.spikes, q, 'j');
    const colEnd = this.b.CreateInBoundsGEP(this.i32, this.args.colptr, [this.c64(1)], 'colptr.next');
    return this.range(this.args.colptr, colEnd, j, (x) => {
      const k = this.loadIndex(this.args.ids, x, 'k');
      this.index = { own: k, pre: this.loadIndex(this.args.pre, k, 'i'), post: j };
    });
  }
}

/** everyStep for every synapse q of [0, count). */
export class EveryStepEmitter extends SynapseEntryEmitter {
  protected readonly entry = 'each';
  protected readonly code = this.m.everyStep!;

  protected emitItem(q: llvm.Value): llvm.BasicBlock {
    return this.emitSynapseAt(q);
  }
}

/** The emitter of each entry point. */
export const SYNAPSE_ENTRY_EMITTERS: Record<SynapseEntry, new (...args: EntryArgs) => KernelEmitter<SynapseModelIR>> = {
  rows: OnPreRowsEmitter,
  ids: OnPreIdsEmitter,
  post: OnPostEmitter,
  each: EveryStepEmitter,
};
