// NVIDIA GPUs (NVPTX): one thread per element (neuron, target) or per item of a synapse entry
// point's list (spike row, listed synapse, spiking target, synapse) instead of a loop; no return
// value but a last argument i32* %not_finite, set when a written state was not finite; math
// functions the backend cannot lower (llvm.exp and friends) go to libdevice. Threads share the
// neurons they write into, so a synapse's write to a pre-, postsynaptic or @target field must be
// an addition (`this.post.ge += this.w`, or one under a condition: `if (this.w > 0) ...`); it
// becomes an atomic add (atom.add.f64, or .f32 in a float32 kernel), made where its condition holds.
// Any other write to shared state would race, and so would an addition whose amount or condition
// reads a field that synapses add into: both are refused with the line that makes them.
import * as llvm from 'llvm-bindings';
import type { Expr, MathFn } from '../ir/types';
import { forEachNode } from '../ir/expr';
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
     * An atomic add of what the write adds: `x' = x + v`; `x' = c ? x + v : x` (what `if (c) x += v`
     * gives), made only where c holds; `x' = c ? x + v : x + u`, of c ? v : u. BTS1021 for any other
     * write, and for one whose amount or condition reads a field that synapses add into.
     */
    storeShared(k, w) {
      const addition = sharedAddition(w.field, w.write.value);
      if (!addition) {
        throw new ModelError(
          'BTS1021',
          `on the GPU, threads share ${w.field}: synapse code may only add into it (\`+=\` or \`-=\`), not assign it`,
          w.write.span,
        );
      }
      forEachNode(addition.reads, (e) => {
        if (e.k !== 'field' || !w.sharedWrites.has(e.name)) return;
        throw new ModelError(
          'BTS1021',
          `on the GPU, other threads add into ${e.name} while this one reads it: what is added into ${w.field}, and when, ` +
            `may not depend on ${e.name}; compute it from the synapse's own state and parameters, or from fields that no synapse writes`,
          w.write.span,
        );
      });
      // every value before the branch: the code's values are emitted once, and used after it too
      const amount = (a: Addition) => (a.negate ? k.b.CreateFNeg(w.value(a.by)) : w.value(a.by));
      const added =
        addition.kind === 'either'
          ? k.b.CreateSelect(w.value(addition.c), amount(addition.onTrue), amount(addition.onFalse), `${w.field}.amount`)
          : amount(addition.add);
      const ptr = llvm.PointerType.getUnqual(k.real);
      const name = atomicAdd(k.real === k.f64 ? 'double' : 'float');
      const add = k.mod.getOrInsertFunction(name, llvm.FunctionType.get(k.b.getVoidTy(), [ptr, k.real], false));
      if (addition.kind !== 'guarded') {
        k.b.CreateCall(add, [w.address(), added]);
        return;
      }
      const address = w.address();
      const when = addition.when === 'c' ? w.value(addition.c) : k.b.CreateNot(w.value(addition.c));
      const adds = llvm.BasicBlock.Create(k.ctx, `${w.field}.add`, k.fn);
      const after = llvm.BasicBlock.Create(k.ctx, `${w.field}.added`, k.fn);
      k.b.CreateCondBr(when, adds, after);
      k.b.SetInsertPoint(adds);
      k.b.CreateCall(add, [address, added]);
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

/** What a write adds into its field: d, negated for `x - d`. */
interface Addition {
  by: Expr;
  negate: boolean;
}

/** A write into a shared field as an addition: always, only where c holds (or does not), or of one amount or another by c. */
type SharedAddition = { reads: Expr[] } & (
  | { kind: 'always'; add: Addition }
  | { kind: 'guarded'; add: Addition; c: Expr; when: 'c' | 'not c' }
  | { kind: 'either'; c: Expr; onTrue: Addition; onFalse: Addition }
);

/** The write `x' = e` of field x as an addition (`reads`: the expressions its amount and condition are made of); undefined if it is none. */
function sharedAddition(field: string, e: Expr): SharedAddition | undefined {
  const always = addedTo(field, e);
  if (always) return { kind: 'always', add: always, reads: [always.by] };
  if (e.k !== 'select') return undefined;
  const [onTrue, onFalse] = [addedTo(field, e.a), addedTo(field, e.b)];
  if (onTrue && onFalse) return { kind: 'either', c: e.c, onTrue, onFalse, reads: [e.c, onTrue.by, onFalse.by] };
  if (onTrue && isField(e.b, field)) return { kind: 'guarded', add: onTrue, c: e.c, when: 'c', reads: [e.c, onTrue.by] };
  if (onFalse && isField(e.a, field)) return { kind: 'guarded', add: onFalse, c: e.c, when: 'not c', reads: [e.c, onFalse.by] };
  return undefined;
}

/** `x + d`, `d + x` or `x - d` as (d, negate): what a write adds into field x; undefined for anything else. */
function addedTo(field: string, e: Expr): Addition | undefined {
  if (e.k !== 'bin') return undefined;
  if (e.op === 'add' && isField(e.a, field)) return { by: e.b, negate: false };
  if (e.op === 'add' && isField(e.b, field)) return { by: e.a, negate: false };
  if (e.op === 'sub' && isField(e.a, field)) return { by: e.b, negate: true };
  return undefined;
}

/** Whether x reads field `field` as it was when the step began. */
function isField(x: Expr, field: string): boolean {
  return x.k === 'field' && x.name === field;
}
