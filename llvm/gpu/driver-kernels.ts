// The GPU driver's own kernels (contract/device-step.ts DRIVER_KERNELS: spike compaction, state
// monitor rows, the step's end) as LLVM IR text that is the same for both targets: the thread's
// index comes from @braints_grid_index(), which the NVPTX module defines from the special
// registers (NVPTX_GRID_INDEX) and the CPU grid executor in C (runtime/gpu/grid-executor.c).
// Written as text rather than through llvm-bindings because it depends on no model: it is
// readable as it runs, and `llvm-as` checks it (test/gpu-sequence.test.ts compiles it for both).
import type { TargetDesc } from '../target';
import { CLOCK, DRIVER_KERNELS, SPIKE_CHUNK, STEP_CHECK_KIND, STEP_CHECK_WORDS } from '../../contract/device-step';
import type { DriverKernel } from '../../contract/device-step';
import { RUN_STATUS } from '../../contract/run-status';

/** The function every device kernel takes its thread's global index from. */
export const GRID_INDEX = 'braints_grid_index';

/** Its NVPTX definition: blockIdx.x * blockDim.x + threadIdx.x. */
export const NVPTX_GRID_INDEX = `
define i64 @${GRID_INDEX}() alwaysinline {
  %block = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %size = call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %thread = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %b = zext i32 %block to i64
  %s = zext i32 %size to i64
  %t = zext i32 %thread to i64
  %first = mul i64 %b, %s
  %i = add i64 %first, %t
  ret i64 %i
}
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()
`;

/** The LLVM type of each pointer parameter (the contract says only `ptr`). */
const POINTER_TYPES: Record<string, string> = {
  clock: 'i64*',
  spiked: 'i8*',
  counts: 'i32*',
  superCounts: 'i32*',
  superOffsets: 'i32*',
  ringCounts: 'i64*',
  spikeCount: 'i64*',
  monitorCount: 'i64*',
  monitorBase: 'i64*',
  ring: 'i32*',
  monitorPairs: 'i32*',
  source: 'E*',
  indices: 'i32*',
  buffer: 'E*',
  rows: 'i64*',
  flags: 'i32*',
  checks: 'i64*',
};

const VALUE_TYPES = { i64: 'i64', i32: 'i32', f64: 'double' } as const;

/** `define void @name(<typed parameters>)` of a driver kernel. */
function header(name: DriverKernel, elem: string): string {
  const params = DRIVER_KERNELS[name].params.map(([p, type]) => {
    const t = type === 'ptr' ? POINTER_TYPES[p] : VALUE_TYPES[type];
    if (!t) throw new Error(`BrainTS bug: no LLVM type for driver kernel parameter ${p}`);
    return `${t.replace('E', elem)} %${p}`;
  });
  return `; ${DRIVER_KERNELS[name].doc}\ndefine void @${name}(${params.join(', ')}) {`;
}

/** Every kernel's start: nothing to do once the clock's status is set; %step and %i (the thread) otherwise. */
const PROLOGUE = `
entry:
  %status.p = getelementptr i64, i64* %clock, i64 ${CLOCK.status}
  %status = load i64, i64* %status.p
  %stopped = icmp ne i64 %status, 0
  br i1 %stopped, label %done, label %go
go:
  %step.p = getelementptr i64, i64* %clock, i64 ${CLOCK.step}
  %step = load i64, i64* %step.p
  %i = call i64 @${GRID_INDEX}()`;

const EPILOGUE = `
done:
  ret void
}`;

/**
 * A loop `for (%j = lo; %j < hi; %j++)` from block `from` with an i32 accumulator `acc` (0
 * first); `body` computes `%<acc>.next` from `%<acc>` and `%j`; ends in block `<name>.end`
 * with `%<acc>.out`.
 */
function sumLoop(name: string, from: string, lo: string, hi: string, acc: string, body: string): string {
  return `
  %${name}.any = icmp slt i64 ${lo}, ${hi}
  br i1 %${name}.any, label %${name}, label %${name}.end
${name}:
  %${name}.j = phi i64 [ ${lo}, %${from} ], [ %${name}.j.next, %${name} ]
  %${acc} = phi i32 [ 0, %${from} ], [ %${acc}.next, %${name} ]
${body.replaceAll('%j', `%${name}.j`)}
  %${name}.j.next = add i64 %${name}.j, 1
  %${name}.more = icmp slt i64 %${name}.j.next, ${hi}
  br i1 %${name}.more, label %${name}, label %${name}.end
${name}.end:
  %${acc}.out = phi i32 [ 0, %${from} ], [ %${acc}.next, %${name} ]`;
}

/** Chunk `%i`'s range [%lo, %hi) of `n` items, SPIKE_CHUNK each; thread 0 always runs (a group of no neurons still counts 0). */
function chunkRange(n: string): string {
  return `
  %lo = mul i64 %i, ${SPIKE_CHUNK}
  %hi.full = add i64 %lo, ${SPIKE_CHUNK}
  %hi.short = icmp slt i64 %hi.full, ${n}
  %hi = select i1 %hi.short, i64 %hi.full, i64 ${n}
  %first = icmp eq i64 %i, 0
  %inside = icmp slt i64 %lo, ${n}
  %mine = or i1 %first, %inside
  br i1 %mine, label %chunk, label %done
chunk:`;
}

const spikesCount = (elem: string) => `${header('braints_spikes_count', elem)}${PROLOGUE}${chunkRange('%n')}${sumLoop(
  'flags',
  'chunk',
  '%lo',
  '%hi',
  'acc',
  `  %flag.p = getelementptr i8, i8* %spiked, i64 %j
  %flag = load i8, i8* %flag.p
  %set = icmp ne i8 %flag, 0
  %one = zext i1 %set to i32
  %acc.next = add i32 %acc, %one`,
)}
  %out.p = getelementptr i32, i32* %counts, i64 %i
  store i32 %acc.out, i32* %out.p
  br label %done${EPILOGUE}`;

const spikesSum = (elem: string) => `${header('braints_spikes_sum', elem)}${PROLOGUE}${chunkRange('%chunks')}${sumLoop(
  'sum',
  'chunk',
  '%lo',
  '%hi',
  'acc',
  `  %count.p = getelementptr i32, i32* %counts, i64 %j
  %count = load i32, i32* %count.p
  %acc.next = add i32 %acc, %count`,
)}
  %out.p = getelementptr i32, i32* %superCounts, i64 %i
  store i32 %acc.out, i32* %out.p
  br label %done${EPILOGUE}`;

const spikesPublish = (elem: string) => `${header('braints_spikes_publish', elem)}${PROLOGUE}
  %first = icmp eq i64 %i, 0
  br i1 %first, label %scan, label %done
scan:${sumLoop(
  'supers',
  'scan',
  '0',
  '%superChunks',
  'acc',
  `  %offset.p = getelementptr i32, i32* %superOffsets, i64 %j
  store i32 %acc, i32* %offset.p
  %count.p = getelementptr i32, i32* %superCounts, i64 %j
  %count = load i32, i32* %count.p
  %acc.next = add i32 %acc, %count`,
)}
  %total = zext i32 %acc.out to i64
  %slot = urem i64 %step, %ringSlots
  %slot.p = getelementptr i64, i64* %ringCounts, i64 %slot
  store i64 %total, i64* %slot.p
  %spikes.before = load i64, i64* %spikeCount
  %spikes.after = add i64 %spikes.before, %total
  store i64 %spikes.after, i64* %spikeCount
  %monitored = icmp ne i64* %monitorCount, null
  br i1 %monitored, label %monitor, label %done
monitor:
  %base = load i64, i64* %monitorCount
  store i64 %base, i64* %monitorBase
  %base.after = add i64 %base, %total
  store i64 %base.after, i64* %monitorCount
  br label %done${EPILOGUE}`;

const spikesWrite = (elem: string) => `${header('braints_spikes_write', elem)}${PROLOGUE}
  %lo = mul i64 %i, ${SPIKE_CHUNK}
  %mine = icmp slt i64 %lo, %n
  br i1 %mine, label %offset, label %done
offset:
  %hi.full = add i64 %lo, ${SPIKE_CHUNK}
  %hi.short = icmp slt i64 %hi.full, %n
  %hi = select i1 %hi.short, i64 %hi.full, i64 %n
  %super = udiv i64 %i, ${SPIKE_CHUNK}
  %super.p = getelementptr i32, i32* %superOffsets, i64 %super
  %super.offset = load i32, i32* %super.p
  %before.lo = mul i64 %super, ${SPIKE_CHUNK}${sumLoop(
    'before',
    'offset',
    '%before.lo',
    '%i',
    'acc',
    `  %count.p = getelementptr i32, i32* %counts, i64 %j
  %count = load i32, i32* %count.p
  %acc.next = add i32 %acc, %count`,
  )}
  %start32 = add i32 %super.offset, %acc.out
  %start = zext i32 %start32 to i64
  %slot = urem i64 %step, %ringSlots
  %slot.first = mul i64 %slot, %n
  %list = getelementptr i32, i32* %ring, i64 %slot.first
  %monitored = icmp ne i32* %monitorPairs, null
  br i1 %monitored, label %monitor.base, label %write
monitor.base:
  %base.loaded = load i64, i64* %monitorBase
  br label %write
write:
  %base = phi i64 [ 0, %before.end ], [ %base.loaded, %monitor.base ]
  %step32 = trunc i64 %step to i32
  br label %neuron
neuron:
  %j = phi i64 [ %lo, %write ], [ %j.next, %next ]
  %at = phi i64 [ %start, %write ], [ %at.next, %next ]
  %flag.p = getelementptr i8, i8* %spiked, i64 %j
  %flag = load i8, i8* %flag.p
  %set = icmp ne i8 %flag, 0
  br i1 %set, label %spike, label %next
spike:
  %j32 = trunc i64 %j to i32
  %entry.p = getelementptr i32, i32* %list, i64 %at
  store i32 %j32, i32* %entry.p
  br i1 %monitored, label %pair, label %next
pair:
  %pair.index = add i64 %base, %at
  %pair.first = mul i64 %pair.index, 2
  %pair.step = getelementptr i32, i32* %monitorPairs, i64 %pair.first
  store i32 %step32, i32* %pair.step
  %pair.neuron = getelementptr i32, i32* %pair.step, i64 1
  store i32 %j32, i32* %pair.neuron
  br label %next
next:
  %added = zext i1 %set to i64
  %at.next = add i64 %at, %added
  %j.next = add i64 %j, 1
  %more = icmp slt i64 %j.next, %hi
  br i1 %more, label %neuron, label %done${EPILOGUE}`;

const stateRecord = (elem: string) => `${header('braints_state_record', elem)}${PROLOGUE}
  %column = icmp slt i64 %i, %count
  %phase = urem i64 %step, %period
  %due = icmp eq i64 %phase, 0
  %record = and i1 %column, %due
  br i1 %record, label %copy, label %done
copy:
  %listed = icmp ne i32* %indices, null
  br i1 %listed, label %listed.index, label %read
listed.index:
  %index.p = getelementptr i32, i32* %indices, i64 %i
  %index32 = load i32, i32* %index.p
  %index.listed = sext i32 %index32 to i64
  br label %read
read:
  %index = phi i64 [ %i, %copy ], [ %index.listed, %listed.index ]
  %value.p = getelementptr ${elem}, ${elem}* %source, i64 %index
  %value = load ${elem}, ${elem}* %value.p
  %row = load i64, i64* %rows
  %row.first = mul i64 %row, %count
  %cell = add i64 %row.first, %i
  %cell.p = getelementptr ${elem}, ${elem}* %buffer, i64 %cell
  store ${elem} %value, ${elem}* %cell.p
  br label %done${EPILOGUE}`;

/** A check record's word w of record %k (as i64). */
const checkWord = (k: string, w: number, name: string) => `
  %${name}.at = add i64 %${k}.first, ${w}
  %${name}.p = getelementptr i64, i64* %checks, i64 %${name}.at
  %${name} = load i64, i64* %${name}.p`;

/** Stops the steps with `code` and index `%index`, the step counted as run. */
const stop = (label: string, code: number, index: string) => `
${label}:
  store i64 ${code}, i64* %status.p
  %${label}.index.p = getelementptr i64, i64* %clock, i64 ${CLOCK.statusIndex}
  store i64 ${index}, i64* %${label}.index.p
  store i64 %next, i64* %step.p
  br label %done`;

const stepEnd = (elem: string) => `${header('braints_step_end', elem)}${PROLOGUE}
  %next = add i64 %step, 1
  %first = icmp eq i64 %i, 0
  br i1 %first, label %flags.start, label %done
flags.start:
  %any.flags = icmp sgt i64 %nFlags, 0
  br i1 %any.flags, label %flag, label %advance.start
flag:
  %f = phi i64 [ 0, %flags.start ], [ %f.next, %flag.clear ]
  %flag.p = getelementptr i32, i32* %flags, i64 %f
  %flag.value = load i32, i32* %flag.p
  %bad = icmp ne i32 %flag.value, 0
  br i1 %bad, label %not.finite, label %flag.clear
flag.clear:
  %f.next = add i64 %f, 1
  %more.flags = icmp slt i64 %f.next, %nFlags
  br i1 %more.flags, label %flag, label %advance.start
${stop('not.finite', RUN_STATUS.notFinite, '%f')}
advance.start:
  %any.checks = icmp sgt i64 %nChecks, 0
  br i1 %any.checks, label %advance, label %finish
advance:
  %a = phi i64 [ 0, %advance.start ], [ %a.next, %advance.next ]
  %a.first = mul i64 %a, ${STEP_CHECK_WORDS}${checkWord('a', 0, 'a.kind')}${checkWord('a', 1, 'a.counter')}${checkWord('a', 3, 'a.size')}
  %a.state = icmp eq i64 %a.kind, ${STEP_CHECK_KIND.stateMonitor}
  br i1 %a.state, label %advance.state, label %advance.next
advance.state:
  %a.phase = urem i64 %step, %a.size
  %a.recorded = icmp eq i64 %a.phase, 0
  br i1 %a.recorded, label %advance.row, label %advance.next
advance.row:
  %a.rows.p = inttoptr i64 %a.counter to i64*
  %a.rows = load i64, i64* %a.rows.p
  %a.rows.next = add i64 %a.rows, 1
  store i64 %a.rows.next, i64* %a.rows.p
  br label %advance.next
advance.next:
  %a.next = add i64 %a, 1
  %a.more = icmp slt i64 %a.next, %nChecks
  br i1 %a.more, label %advance, label %check
check:
  %c = phi i64 [ 0, %advance.next ], [ %c.next, %check.next ]
  %c.first = mul i64 %c, ${STEP_CHECK_WORDS}${checkWord('c', 0, 'c.kind')}${checkWord('c', 1, 'c.counter')}${checkWord('c', 2, 'c.capacity')}${checkWord('c', 3, 'c.size')}${checkWord('c', 4, 'c.index')}
  %c.count.p = inttoptr i64 %c.counter to i64*
  %c.count = load i64, i64* %c.count.p
  %c.spikes = icmp eq i64 %c.kind, ${STEP_CHECK_KIND.spikeMonitor}
  br i1 %c.spikes, label %check.spikes, label %check.rows
check.spikes:
  %c.free = sub i64 %c.capacity, %c.count
  %c.short = icmp slt i64 %c.free, %c.size
  br i1 %c.short, label %spikes.full, label %check.next
check.rows:
  %c.phase = urem i64 %next, %c.size
  %c.due = icmp eq i64 %c.phase, 0
  %c.filled = icmp sge i64 %c.count, %c.capacity
  %c.stop = and i1 %c.due, %c.filled
  br i1 %c.stop, label %rows.full, label %check.next
${stop('spikes.full', RUN_STATUS.spikeBufferFull, '%c.index')}
${stop('rows.full', RUN_STATUS.stateBufferFull, '%c.index')}
check.next:
  %c.next = add i64 %c, 1
  %c.more = icmp slt i64 %c.next, %nChecks
  br i1 %c.more, label %check, label %finish
finish:
  store i64 %next, i64* %step.p
  br label %done${EPILOGUE}`;

const KERNELS: Record<DriverKernel, (elem: string) => string> = {
  braints_spikes_count: spikesCount,
  braints_spikes_sum: spikesSum,
  braints_spikes_publish: spikesPublish,
  braints_spikes_write: spikesWrite,
  braints_state_record: stateRecord,
  braints_step_end: stepEnd,
};

/**
 * The driver kernels as one module for `machine`, states of type `elem` (float64: 'double').
 * `gridIndex`: the definition of @braints_grid_index (NVPTX_GRID_INDEX), or none: the CPU grid
 * executor's C defines it.
 */
export function driverKernelsText(machine: TargetDesc, elem = 'double', gridIndex?: string): string {
  return [
    '; BrainTS GPU driver kernels (contract/device-step.ts)',
    `target datalayout = "${machine.dataLayout}"`,
    `target triple = "${machine.triple}"`,
    gridIndex ?? `declare i64 @${GRID_INDEX}()`,
    ...Object.values(KERNELS).map((k) => k(elem)),
    '',
  ].join('\n');
}

/** The driver kernels' names, in the contract's order. */
export const driverKernelNames = (): DriverKernel[] => Object.keys(DRIVER_KERNELS) as DriverKernel[];
