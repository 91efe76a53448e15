// Writes the plan the native driver runs from (runtime/native/driver.c): int64 words holding sizes
// and the addresses of the typed arrays. The record layouts here mirror the structs there.
import type { NativeLibrary } from './native';
import { deliversSpikes } from '../ir/types';
import { synapseFunctionSymbol } from '../llvm/kernel-module';
import type { SynapseFunction } from '../llvm/kernel-module';
import type { GroupState, ProjectionState, InputSpec } from './native-memory';
import type { SpikeMonitor, StateMonitor } from './monitors';

const PLAN_VERSION = 6;
/** Input kinds, as driver.c's INPUT_* values. */
const INPUT_ADD = 0n,
  INPUT_ASSIGN = 1n,
  INPUT_EVENTS = 2n,
  INPUT_POISSON = 3n;
const HEADER = 7,
  GROUP = 11,
  INPUT = 9,
  STATE_MON = 7,
  SPIKE_MON = 4,
  PROJECTION = 21;

export class PlanWriter {
  words = new BigInt64Array(0);
  /** Keeps the arrays whose addresses the plan holds alive while native code runs. */
  private readonly keep: ArrayBufferView[] = [];
  private stateMonitorOffsets: { monitor: StateMonitor; variable: number; offset: number }[] = [];
  private spikeMonitorOffsets: { monitor: SpikeMonitor; offset: number }[] = [];

  constructor(private readonly lib: NativeLibrary) {}

  private addr(a: ArrayBufferView | undefined): bigint {
    if (!a) return 0n;
    this.keep.push(a);
    return BigInt(this.lib.address(a));
  }

  write(
    states: GroupState[],
    projections: ProjectionState[],
    inputs: InputSpec[],
    signals: Float64Array[],
    step0: number,
    stateMons: StateMonitor[],
    spikeMons: SpikeMonitor[],
    threads: number,
  ): this {
    const nState = stateMons.reduce((n, m) => n + m.variables.length, 0);
    const w = new BigInt64Array(
      new ArrayBuffer(
        8 *
          (HEADER +
            GROUP * states.length +
            INPUT * inputs.length +
            STATE_MON * nState +
            SPIKE_MON * spikeMons.length +
            PROJECTION * projections.length),
      ),
    );
    w.set([PLAN_VERSION, states.length, inputs.length, nState, spikeMons.length, projections.length, threads].map(BigInt), 0);
    let o = HEADER;
    // the kernel table lists every distinct kernel's functions in this order (runtime/native.ts)
    const functionIndex = new Map<string, number>();
    for (const k of [...states, ...projections])
      for (const f of k.kernel.source.functions) if (!functionIndex.has(f)) functionIndex.set(f, functionIndex.size);
    for (const s of states) {
      const fieldTable = this.fieldTable(s.kernel.signature.kernelFields.map((f) => s.arrays.get(f)!));
      const mon = spikeMons.findIndex((m) => m.group === s.group);
      w.set(
        [
          BigInt(functionIndex.get(s.kernel.signature.symbol)!),
          BigInt(s.group.size),
          this.addr(fieldTable),
          this.addr(s.params),
          this.addr(s.spiked),
          BigInt(s.stream),
          this.addr(s.spikeCount),
          BigInt(mon),
          this.addr(s.ring),
          this.addr(s.ringCounts),
          BigInt(s.ringSlots),
        ],
        o,
      );
      o += GROUP;
    }
    const assigned = new Set<string>();
    inputs.forEach((inp, k) => {
      const s = states.find((x) => x.group === inp.group)!;
      const array = s.arrays.get(inp.variable);
      const n = BigInt(inp.neurons ? inp.neurons.length : inp.group.size);
      if (inp.kind === 'events') {
        w.set(
          [
            this.addr(array!),
            0n,
            this.addr(inp.indices),
            this.addr(inp.values),
            this.addr(inp.steps!),
            0n,
            BigInt(inp.indices.length),
            INPUT_EVENTS,
            this.addr(inp.cursor),
          ],
          o,
        );
      } else if (inp.kind === 'poisson') {
        w.set([this.addr(array!), n, this.addr(inp.neurons), 0n, this.addr(inp.params!), BigInt(inp.stream), 2n, INPUT_POISSON, 0n], o);
      } else if (array) {
        w.set(
          [
            this.addr(array),
            n,
            this.addr(inp.neurons),
            this.addr(inp.weights),
            this.addr(signals[k]),
            BigInt(step0),
            BigInt(signals[k].length),
            INPUT_ADD,
            0n,
          ],
          o,
        );
      } else {
        // a uniform current: its one value in the kernel's params, set by the first input of the step
        const j = s.kernel.signature.uniformParams.indexOf(inp.variable);
        const first = !assigned.has(`${s.name}.${inp.variable}`);
        assigned.add(`${s.name}.${inp.variable}`);
        w.set(
          [
            this.addr(s.params.subarray(j, j + 1)),
            1n,
            0n,
            0n,
            this.addr(signals[k]),
            BigInt(step0),
            BigInt(signals[k].length),
            first ? INPUT_ASSIGN : INPUT_ADD,
            0n,
          ],
          o,
        );
      }
      o += INPUT;
    });
    for (const m of stateMons) {
      m.variables.forEach((v, j) => {
        this.stateMonitorOffsets.push({ monitor: m, variable: j, offset: o });
        // a monitor of no columns never fills its buffer
        const capacity = m.count > 0 ? m.buffers[j].length / m.count : Number.MAX_SAFE_INTEGER;
        w.set(
          [
            this.addr(m.sources[j]),
            this.addr(m.elements),
            BigInt(m.count),
            BigInt(m.every),
            this.addr(m.buffers[j]),
            BigInt(capacity),
            BigInt(m.rows[j]),
          ],
          o,
        );
        o += STATE_MON;
      });
    }
    spikeMons.forEach((m) => {
      const g = states.findIndex((x) => x.group === m.group);
      this.spikeMonitorOffsets.push({ monitor: m, offset: o });
      w.set([BigInt(g), this.addr(m.chunk), BigInt(m.chunk.length / 2), BigInt(m.filled)], o);
      o += SPIKE_MON;
    });
    for (const p of projections) {
      const arrays = p.kernel.signature.kernelFields.map((f) => {
        const a = f.startsWith('pre.')
          ? p.pre.arrays.get(f.slice(4))
          : f.startsWith('post.')
            ? p.post.arrays.get(f.slice(5))
            : p.arrays.get(f);
        if (!a) throw new Error(`BrainTS bug: projection ${p.name} uses ${f}, which has no per-element array`);
        return a;
      });
      const sym = p.kernel.signature.symbol;
      const ir = p.synapse.model.ir;
      const fn = (f: SynapseFunction, present: boolean) => BigInt(present ? functionIndex.get(synapseFunctionSymbol(sym, f))! : -1);
      w.set(
        [
          fn('rows', deliversSpikes(ir)),
          fn('ids', deliversSpikes(ir)),
          BigInt(states.indexOf(p.pre)),
          this.addr(this.fieldTable(arrays)),
          this.addr(p.params),
          this.addr(p.csr.rowptr),
          this.addr(p.csr.col),
          this.addr(p.preIndex),
          BigInt(p.delaySteps),
          this.addr(p.delays),
          this.addr(p.queueCell),
          BigInt(p.queueSlots),
          BigInt(p.stream),
          fn('post', !!p.csc),
          BigInt(states.indexOf(p.post)),
          this.addr(p.csc?.colptr),
          this.addr(p.csc?.ids),
          fn('update', !!ir.continuous),
          fn('each', !!ir.everyStep),
          BigInt(p.csr.col.length),
          this.addr(p.splits),
        ],
        o,
      );
      o += PROJECTION;
    }
    this.words = w;
    return this;
  }

  /** The array of field addresses a kernel takes as its first argument. */
  private fieldTable(arrays: Float64Array[]): BigInt64Array {
    const table = new BigInt64Array(new ArrayBuffer(8 * Math.max(1, arrays.length)));
    arrays.forEach((a, j) => (table[j] = this.addr(a)));
    return table;
  }

  /** Copies what the driver advanced (rows written, spikes counted) back into the monitors. */
  readBack(): void {
    for (const { monitor, variable, offset } of this.stateMonitorOffsets) monitor.rows[variable] = Number(this.words[offset + 6]);
    for (const { monitor, offset } of this.spikeMonitorOffsets) monitor.filled = Number(this.words[offset + 3]);
  }
}
