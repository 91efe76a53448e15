// The CPU grid executor's target: the GPU's kernels (one element or item per thread, not_finite
// through a pointer, atomic adds into shared neurons) compiled for the host, the thread's index
// read from braints_grid_index(), which runtime/gpu/grid-executor.c defines as the index of the
// thread it is running. The executor runs a launch's threads one after another in index order,
// so the GPU's launch sequence can be checked against the CPU driver where there is no GPU; math
// goes to the same LLVM intrinsics and libm as the CPU's kernels.
import * as llvm from 'llvm-bindings';
import { emitIntrinsicOrLibm } from '../emit-math';
import { hostTarget } from '../target';
import { threadPerElementTarget } from '../target-nvptx';
import type { KernelTarget } from '../kernel-target';
import { GRID_INDEX } from './driver-kernels';

export const GRID_CPU_TARGET: KernelTarget = threadPerElementTarget({
  machine: hostTarget,
  threadIndex: (b, mod) =>
    b.CreateCall(mod.getOrInsertFunction(GRID_INDEX, llvm.FunctionType.get(b.getInt64Ty(), [], false)), [], 'thread.index'),
  mathFunction: emitIntrinsicOrLibm,
});
