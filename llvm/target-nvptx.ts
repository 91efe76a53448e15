// NVIDIA GPUs (NVPTX): one thread per element (neuron, target) or per item of a synapse entry
// point's list (spike row, listed synapse, spiking target, synapse) instead of a loop; no return
// value but a last argument i32* %not_finite, set when a written state was not finite; math
// functions the backend cannot lower (llvm.exp and friends) go to libdevice. Threads share the
// neurons they write into, so a synapse's write to a pre-, postsynaptic or @target field must be
// an addition (`this.post.ge += this.w`, or one under a condition: `if (this.w > 0) ...`); it
// becomes an atomic add (atom.add.f64, or .f32 in a float32 kernel), made where its condition holds. Any other
// write to shared state would race, and is refused with the line that makes it.
import * as llvm from 'llvm-bindings';
import type { Expr, MathFn } from '../ir/types';
import { ModelError } from '../ir/errors';
import type { KernelFunction, KernelTarget } from './kernel-target';
import { emitExternalCall, emitIntrinsicOrLibm } from './emit-math';
import { NVPTX } from './target';
import type { TargetDesc } from './target';

/** Math functions the NVPTX backend lowers itself; everything else goes to libdevice. */
const NVPTX_LOWERS: ReadonlySet<MathFn> = new Set(['sqrt', 'abs', 'floor', 'ceil', 'trunc']);

/**
 * The helper every atomic add of an element type calls (`double` or `float`); its body (an
 * `atomicrmw fadd`, which llvm-bindings cannot build) is added to the module text.
 */
const atomicAdd = (type: 'double' | 'float') => `braints_atomic_add_${type === 'double' ? 'f64' : 'f32'}`;
const atomicAddDefinition = (type: 'double' | 'float') =>
  [
    `define internal void @${atomicAdd(type)}(${type}* %address, ${type} %value) alwaysinline {`,
    `  %old = atomicrmw fadd ${type}* %address, ${type} %value monotonic, align ${type === 'double' ? 8 : 4}`,
    '  ret void',
    '}',
  ].join('\n');

/** What differs between the targets that run one element per thread: the machine, the thread's index, the math library. */
export interface ThreadTargetOptions {
  machine: () => TargetDesc;
  /** The thread's global index, as i64. */
  threadIndex: (b: llvm.IRBuilder, mod: llvm.Module) => llvm.Value;
  mathFunction: KernelTarget['mathFunction'];
}

/**
 * One element or item per thread, `not_finite` set through its pointer, atomic adds into shared
 * neurons: the NVPTX target, and the CPU grid executor's (llvm/gpu/target-grid-cpu.ts), which
 * runs the same launches over CPU-compiled kernels to check them where no GPU is.
 */
export function threadPerElementTarget(opts: ThreadTargetOptions): KernelTarget {
  return {
    machine: opts.machine,
    extraParameters: (k) => [['not_finite', llvm.PointerType.getUnqual(k.i32)]],
    returnType: (k) => k.b.getVoidTy(),

    /** Element begin + the thread's index, when below end. */
    eachElement(k, element) {
      const { b } = k;
      const index = b.CreateAdd(k.args.begin, opts.threadIndex(b, k.mod), 'i');
      const body = llvm.BasicBlock.Create(k.ctx, 'neuron', k.fn);
      const skipped = llvm.BasicBlock.Create(k.ctx, 'no.neuron', k.fn);
      b.CreateCondBr(b.CreateICmpSLT(index, k.args.end), body, skipped);
      b.SetInsertPoint(body);
      endKernel(k, element(index), skipped);
    },

    /** Item q = the thread's index, when below count. */
    eachItem(k, block, item, notFinite) {
      const { b } = k;
      const q = opts.threadIndex(b, k.mod);
      const work = llvm.BasicBlock.Create(k.ctx, block, k.fn);
      const skipped = llvm.BasicBlock.Create(k.ctx, 'no.item', k.fn);
      b.CreateCondBr(b.CreateICmpSLT(q, k.args.count), work, skipped);
      b.SetInsertPoint(work);
      item(q);
      endKernel(k, notFinite(), skipped);
    },

    mathFunction: opts.mathFunction,

    /**
     * An atomic add of what the write adds, made only where its condition holds for a write
     * `x' = c ? x + v : x` (what `if (c) x += v` gives); BTS1021 for any other write.
     */
    storeShared(k, w) {
      const e = w.write.value;
      const guarded = e.k === 'select' ? guardedAddition(w.field, e) : undefined;
      const delta = guarded?.delta ?? addedTo(w.field, e);
      if (!delta) {
        throw new ModelError(
          'BTS1021',
          `on the GPU, threads share ${w.field}: synapse code may only add into it (\`+=\` or \`-=\`), not assign it`,
          w.write.span,
        );
      }
      // every value before the branch: the code's values are emitted once, and used after it too
      const amount = delta.negate ? k.b.CreateFNeg(w.value(delta.by)) : w.value(delta.by);
      const address = w.address();
      const ptr = llvm.PointerType.getUnqual(k.real);
      const name = atomicAdd(k.real === k.f64 ? 'double' : 'float');
      const add = k.mod.getOrInsertFunction(name, llvm.FunctionType.get(k.b.getVoidTy(), [ptr, k.real], false));
      if (!guarded) {
        k.b.CreateCall(add, [address, amount]);
        return;
      }
      const when = guarded.when === 'c' ? w.value(guarded.c) : k.b.CreateNot(w.value(guarded.c));
      const adds = llvm.BasicBlock.Create(k.ctx, `${w.field}.add`, k.fn);
      const after = llvm.BasicBlock.Create(k.ctx, `${w.field}.added`, k.fn);
      k.b.CreateCondBr(when, adds, after);
      k.b.SetInsertPoint(adds);
      k.b.CreateCall(add, [address, amount]);
      k.b.CreateBr(after);
      k.b.SetInsertPoint(after);
    },

    // each spike has its own thread: nothing to fetch ahead for
    prefetchesRows: false,

    /** The atomic add is declared by storeShared and defined here. */
    completeText: (printed) =>
      (['double', 'float'] as const).reduce(
        (text, type) =>
          text.replace(new RegExp(`^declare void @${atomicAdd(type)}\\(${type}\\*, ${type}\\).*$`, 'm'), atomicAddDefinition(type)),
        printed,
      ),
  };
}

export const NVPTX_TARGET: KernelTarget = threadPerElementTarget({
  machine: () => NVPTX,
  threadIndex: globalThreadIndex,
  mathFunction(k, fn, args, name) {
    // libdevice's __nv_<fn>, linked in before llc
    if (!NVPTX_LOWERS.has(fn)) return emitExternalCall(k, `__nv_${fn === 'abs' ? 'fabs' : fn}`, args, name);
    return emitIntrinsicOrLibm(k, fn, args, name);
  },
});

/**
 * The end of a kernel, where the insertion point is the thread's work done (`bits`: its
 * non-finite bits) or skipped (from `skipped`): sets the flag when a state was not finite.
 */
function endKernel(k: KernelFunction, bits: llvm.Value, skipped: llvm.BasicBlock): void {
  const { b } = k;
  const flag = llvm.BasicBlock.Create(k.ctx, 'not_finite', k.fn);
  const exit = llvm.BasicBlock.Create(k.ctx, 'done', k.fn);
  b.CreateCondBr(b.CreateICmpNE(bits, k.cbits(0)), flag, exit);
  b.SetInsertPoint(flag);
  b.CreateStore(k.c32(1), k.args.not_finite);
  b.CreateBr(exit);
  b.SetInsertPoint(skipped);
  b.CreateBr(exit);
  b.SetInsertPoint(exit);
  b.CreateRetVoid();
}

/** The thread's global index on the x axis: blockIdx.x * blockDim.x + threadIdx.x, as i64. */
function globalThreadIndex(b: llvm.IRBuilder, mod: llvm.Module): llvm.Value {
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

/** For `x' = c ? x + v : x` (or `c ? x : x + v`): the addition, and whether it is made where c holds or where it does not. */
function guardedAddition(
  field: string,
  e: Extract<Expr, { k: 'select' }>,
): { delta: { by: Expr; negate: boolean }; c: Expr; when: 'c' | 'not c' } | undefined {
  const isField = (x: Expr) => x.k === 'field' && x.name === field;
  const onTrue = isField(e.b) ? addedTo(field, e.a) : undefined;
  if (onTrue) return { delta: onTrue, c: e.c, when: 'c' };
  const onFalse = isField(e.a) ? addedTo(field, e.b) : undefined;
  return onFalse ? { delta: onFalse, c: e.c, when: 'not c' } : undefined;
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
