// What a backend decides about a kernel, and what it sees of the function being emitted. The
// emitters (emit-kernel.ts and the entry points in emit-update.ts, emit-synapse.ts) write the
// model's code once; a target (target-cpu.ts, target-nvptx.ts) decides how the elements are
// visited (a loop, or one thread each), how the function reports a non-finite state, how math
// functions and writes into shared neurons are lowered. A new backend is a new target file.
import type * as llvm from 'llvm-bindings';
import type { Expr, MathFn, UpdateFn } from '../ir/types';
import type { Parameter } from './kernel-abi';
import type { TargetDesc } from './target';

/** The builder, types and constants every part of a kernel is written with. */
export interface IrBuilder {
  readonly ctx: llvm.LLVMContext;
  readonly mod: llvm.Module;
  readonly b: llvm.IRBuilder;
  readonly f64: llvm.Type;
  /** The kernel's element type (double, or float in a float32 kernel): its fields, parameters and arithmetic. */
  readonly real: llvm.Type;
  readonly i32: llvm.IntegerType;
  readonly i64: llvm.IntegerType;
  /**
   * An integer as wide as the element type (i64, or i32 in a float32 kernel): the non-finite bits
   * are OR-ed in it, so that it is no wider than the data and does not halve a vector's lanes.
   */
  readonly bits: llvm.IntegerType;
  /** A constant of the element type. */
  cf(v: number): llvm.Value;
  c32(v: number): llvm.Value;
  c64(v: number): llvm.Value;
  /** A constant of the `bits` type. */
  cbits(v: number): llvm.Value;
}

/** The kernel function being emitted: its arguments by name (kernel-abi.ts). */
export interface KernelFunction extends IrBuilder {
  readonly fn: llvm.Function;
  readonly args: Record<string, llvm.Value>;
}

/** A write by synapse code into a field of a neuron (pre, post, or per target) that other synapses of the same call also write. */
export interface SharedWrite {
  field: string;
  write: UpdateFn['writes'][number];
  /** The field's address for this synapse's neuron. */
  address(): llvm.Value;
  /** The value of an expression of the code (each node emitted once). */
  value(e: Expr): llvm.Value;
  /** Stores the new value as any other field's. */
  store(): void;
  /** The fields of shared neurons that the code writes: other threads change them while this one runs. */
  sharedWrites: ReadonlySet<string>;
}

export interface KernelTarget {
  /** The triple and data layout of the module. */
  machine(): TargetDesc;
  /** Parameters after those of the ABI. */
  extraParameters(k: IrBuilder): Parameter[];
  returnType(k: IrBuilder): llvm.Type;
  /**
   * The body of a neuron-style kernel: `element(i)` for each i in [begin, end) (it emits the code
   * of one element and returns its non-finite bits, see KernelEmitter.emitElement), then the
   * function's end, reporting whether any bits were set.
   */
  eachElement(k: KernelFunction, element: (i: llvm.Value) => llvm.Value): void;
  /**
   * The body of a synapse entry point: `item(q)` for each q in [0, count) (its first block named
   * `block`; it returns the block it ends in), then the function's end, reporting whether the
   * non-finite bits that `notFinite()` loads there are set.
   */
  eachItem(k: KernelFunction, block: string, item: (q: llvm.Value) => llvm.BasicBlock, notFinite: () => llvm.Value): void;
  /** A math function call (exp, log, sqrt, ...; the JavaScript-specific ones are emit-math.ts's). */
  mathFunction(k: IrBuilder, fn: MathFn, args: llvm.Value[], name: string): llvm.Value;
  /** A write into a neuron that other synapses of the call write too. */
  storeShared(k: KernelFunction, w: SharedWrite): void;
  /** Whether the rows entry point prefetches the rows of the spikes ahead (emit-synapse.ts). */
  readonly prefetchesRows: boolean;
  /** The printed module with what llvm-bindings cannot build put in. */
  completeText(printed: string): string;
}
