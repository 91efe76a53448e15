// The step wrappers of a network's entry points (contract/device-step.ts STEP_WRAPPERS): kernels
// whose arguments never change from step to step, which read the step from the device clock (t =
// step * dt, as the CPU driver computes it) and, for onPre and onPost, the ring slot and its
// count, then call the model's entry point (the kernel module of the same IR, one thread per
// element or item, linked into the same module). This is what lets a block of steps be captured
// once and replayed, with no host round trip for the spike counts.
import type { TargetDesc } from '../target';
import { CLOCK, STEP_WRAPPERS, stepWrapperSymbol } from '../../contract/device-step';
import type { WrappedEntry } from '../../contract/device-step';
import { KERNEL_ABI } from '../../contract/kernel-abi';

/** The LLVM type of each pointer parameter. */
const POINTER_TYPES: Record<string, string> = {
  clock: 'i64*',
  fields: 'E**',
  params: 'E*',
  spiked: 'i8*',
  ring: 'i32*',
  ringCounts: 'i64*',
  rowptr: 'i32*',
  col: 'i32*',
  colptr: 'i32*',
  ids: 'i32*',
  pre: 'i32*',
  keys: 'i32*',
  flag: 'i32*',
};

const VALUE_TYPES = { i64: 'i64', i32: 'i32', f64: 'double' } as const;

export interface WrappedFunction {
  /** The entry point's symbol (contract/kernel-symbols.ts entryPointSymbol). */
  symbol: string;
  entry: WrappedEntry;
}

/** The call of the entry point, after the wrapper has computed %t, %step and its lists. */
const CALLS: Record<WrappedEntry, string> = {
  update: 'E** %fields, E* %params, i8* %spiked, i64 0, i64 %n',
  rows: 'E** %fields, E* %params, i32* %spikes, i64 %count, i32* %rowptr, i32* %rowEnd, i32* %col, i32* %keys',
  post: 'E** %fields, E* %params, i32* %spikes, i64 %count, i32* %colptr, i32* %ids, i32* %pre, i32* %keys',
  each: 'E** %fields, E* %params, i64 %count, i32* %pre, i32* %col, i32* %keys',
};

/** What the wrapper computes before the call: the spike list and count it delivers. */
const LISTS: Record<WrappedEntry, string> = {
  update: '',
  each: '',
  rows: `
  %from = sub i64 %step, %delay
  %early = icmp slt i64 %from, 0
  br i1 %early, label %done, label %deliver
deliver:
  %slot = urem i64 %from, %ringSlots
  %count.p = getelementptr i64, i64* %ringCounts, i64 %slot
  %count = load i64, i64* %count.p
  %slot.first = mul i64 %slot, %nPre
  %spikes = getelementptr i32, i32* %ring, i64 %slot.first
  %rowEnd = getelementptr i32, i32* %rowptr, i64 1`,
  post: `
  %slot = urem i64 %step, %ringSlots
  %count.p = getelementptr i64, i64* %ringCounts, i64 %slot
  %count = load i64, i64* %count.p
  %slot.first = mul i64 %slot, %nPost
  %spikes = getelementptr i32, i32* %ring, i64 %slot.first`,
};

/** An ABI type in the wrappers' text: arrays of the element type E; t and dt stay double at any precision. */
function abiType(t: string): string {
  return t.replace('real', 'E');
}

function wrapper(f: WrappedFunction): string {
  const params = STEP_WRAPPERS[f.entry].params.map(([p, type]) => {
    const t = type === 'ptr' ? POINTER_TYPES[p] : VALUE_TYPES[type];
    if (!t) throw new Error(`BrainTS bug: no LLVM type for step wrapper parameter ${p}`);
    return `${t} %${p}`;
  });
  const entryTypes = [...KERNEL_ABI[f.entry].params.map((p) => abiType(p.type)), 'i32*'];
  return `
; ${STEP_WRAPPERS[f.entry].doc}
declare void @${f.symbol}(${entryTypes.join(', ')})
define void @${stepWrapperSymbol(f.symbol)}(${params.join(', ')}) {
entry:
  %status.p = getelementptr i64, i64* %clock, i64 ${CLOCK.status}
  %status = load i64, i64* %status.p
  %stopped = icmp ne i64 %status, 0
  br i1 %stopped, label %done, label %go
go:
  %step.p = getelementptr i64, i64* %clock, i64 ${CLOCK.step}
  %step = load i64, i64* %step.p
  %step.real = sitofp i64 %step to double
  %t = fmul double %step.real, %dt${LISTS[f.entry]}
  call void @${f.symbol}(${CALLS[f.entry]}, double %t, double %dt, i64 %step, i32 %seed, i32 %stream, i32* %flag)
  br label %done
done:
  ret void
}`;
}

/** The wrappers of `functions` as one module for `machine`, states of type `elem`. */
export function stepWrappersText(machine: TargetDesc, functions: readonly WrappedFunction[], elem = 'double'): string {
  return [
    '; BrainTS GPU step wrappers (contract/device-step.ts)',
    `target datalayout = "${machine.dataLayout}"`,
    `target triple = "${machine.triple}"`,
    ...functions.map(wrapper),
    '',
  ]
    .join('\n')
    .replaceAll(/\bE\b/g, elem);
}
