// Writes the plan the native driver runs from: int64 words holding sizes and the addresses of the
// typed arrays, record by record as contract/plan-layout.ts describes them (the driver's structs,
// runtime/native/plan.h, are generated from the same description).
import koffi from 'koffi';
import { deliversSpikes } from '../ir/types';
import { entryPointSymbol } from '../contract/kernel-symbols';
import type { EntryPoint } from '../contract/kernel-abi';
import {
  GROUP_PLAN,
  INPUT_KIND,
  INPUT_PLAN,
  PLAN_HEADER,
  PLAN_VERSION,
  PROJECTION_PLAN,
  SPIKE_MONITOR_PLAN,
  STATE_MONITOR_PLAN,
  planSize,
} from '../contract/plan-layout';
import type { GroupState, ProjectionState, InputSpec, RealArray } from './native-memory';
import type { StateMonitor } from './monitors';
import type { SpikeMonitor } from './spike-monitor';

export class PlanWriter {
  words = new BigInt64Array(0);
  /** Keeps the arrays whose addresses the plan holds alive while native code runs. */
  private readonly keep: ArrayBufferView[] = [];
  private stateMonitorOffsets: { monitor: StateMonitor; variable: number; offset: number }[] = [];
  private spikeMonitorOffsets: { monitor: SpikeMonitor; offset: number }[] = [];

  private addr(a: ArrayBufferView | undefined): bigint {
    if (!a) return 0n;
    this.keep.push(a);
    // koffi.address includes a view's offset into its buffer
    return BigInt(koffi.address(a));
  }

  /**
   * The address that native code indexes by element for an array holding elements first ..
   * (a process's range of a group): `first` elements before the array's own (never read below it).
   */
  private addrFrom(a: RealArray | Uint8Array, first: number): bigint {
    return this.addr(a) - BigInt(first * a.BYTES_PER_ELEMENT);
  }

  write(
    states: GroupState[],
    projections: ProjectionState[],
    inputs: InputSpec[],
    signals: Float64Array[],
    step0: number,
    stateMons: readonly StateMonitor[],
    spikeMons: readonly SpikeMonitor[],
    threads: number,
    exchange: { start: bigint; wait: bigint; every: number } = { start: 0n, wait: 0n, every: 0 },
  ): this {
    const nState = stateMons.reduce((n, m) => n + m.variables.length, 0);
    const counts = {
      nGroups: states.length,
      nInputs: inputs.length,
      nStateMonitors: nState,
      nSpikeMonitors: spikeMons.length,
      nProjections: projections.length,
    };
    const w = new BigInt64Array(new ArrayBuffer(8 * planSize(counts)));
    let o = 0;
    const put = (words: bigint[]) => {
      w.set(words, o);
      o += words.length;
    };
    put(
      PLAN_HEADER.words({
        version: BigInt(PLAN_VERSION),
        ...bigints(counts),
        threads: BigInt(threads),
        exchange: exchange.start,
        exchangeWait: exchange.wait,
        exchangeEvery: BigInt(exchange.every),
      }),
    );
    // the kernel table lists every distinct kernel's functions in this order (runtime/native.ts)
    const functionIndex = new Map<string, number>();
    for (const k of [...states, ...projections])
      for (const f of k.kernel.source.functions) if (!functionIndex.has(f)) functionIndex.set(f, functionIndex.size);
    for (const s of states) {
      const fieldTable = this.fieldTable(
        s.kernel.signature.kernelFields.map((f) => s.arrays.get(f)!),
        s.begin,
      );
      put(
        GROUP_PLAN.words({
          kernel: BigInt(functionIndex.get(s.kernel.signature.symbol)!),
          n: BigInt(s.group.size),
          fields: this.addr(fieldTable),
          params: this.addr(s.params),
          spiked: this.addrFrom(s.spiked, s.begin),
          stream: BigInt(s.stream),
          spikeCount: this.addr(s.spikeCount),
          spikeMonitor: BigInt(spikeMons.findIndex((m) => m.group === s.group)),
          ring: this.addr(s.ring),
          ringCounts: this.addr(s.ringCounts),
          ringSlots: BigInt(s.ringSlots),
          ...this.instanceWords(s),
          begin: BigInt(s.begin),
          end: BigInt(s.end),
        }),
      );
    }
    const assigned = new Set<string>();
    inputs.forEach((inp, k) => {
      const s = states.find((x) => x.group === inp.group)!;
      // an instance's input reaches its own neurons, counted from its first, and draws with its seed
      const array = s.arrays.get(inp.variable);
      const offset = inp.instance?.offset ?? 0;
      const target = array && this.addrFrom(array, s.begin - offset);
      const neurons = { neuronsBegin: BigInt(s.begin - offset), neuronsEnd: BigInt(s.end - offset) };
      const n = BigInt(inp.neurons ? inp.neurons.length : inp.group.size / (s.instances?.count ?? 1));
      const seed = BigInt(inp.instance?.seed ?? -1);
      // an input to every neuron is applied by each process to its own; a list of neurons, or an
      // instance's input, is walked whole, each process adding into the neurons it holds
      // (neuronsBegin .. neuronsEnd - 1)
      const range = inp.neurons || inp.instance ? { begin: 0n, end: n } : { begin: BigInt(s.begin), end: BigInt(s.end) };
      if (inp.kind === 'events') {
        put(
          INPUT_PLAN.words({
            target: target!,
            n: 0n,
            indices: this.addr(inp.indices),
            weights: this.addr(inp.values),
            signal: this.addr(inp.steps!),
            step0: 0n,
            signalLen: BigInt(inp.indices.length),
            kind: BigInt(INPUT_KIND.events),
            state: this.addr(inp.cursor),
            seed,
            begin: 0n,
            end: 0n,
            ...neurons,
          }),
        );
      } else if (inp.kind === 'poisson') {
        put(
          INPUT_PLAN.words({
            target: target!,
            n,
            indices: this.addr(inp.neurons),
            weights: 0n,
            signal: this.addr(inp.params!),
            step0: BigInt(inp.stream),
            signalLen: 2n,
            kind: BigInt(INPUT_KIND.poisson),
            state: 0n,
            seed,
            ...range,
            ...neurons,
          }),
        );
      } else if (array) {
        put(
          INPUT_PLAN.words({
            target: target!,
            n,
            indices: this.addr(inp.neurons),
            weights: this.addr(inp.weights),
            signal: this.addr(signals[k]),
            step0: BigInt(step0),
            signalLen: BigInt(signals[k].length),
            kind: BigInt(INPUT_KIND.add),
            state: 0n,
            seed,
            ...range,
            ...neurons,
          }),
        );
      } else {
        // a uniform current: its one value in the kernel's params, set by the first input of the step
        const j = s.kernel.signature.uniformParams.indexOf(inp.variable);
        const first = !assigned.has(`${s.name}.${inp.variable}`);
        assigned.add(`${s.name}.${inp.variable}`);
        put(
          INPUT_PLAN.words({
            target: this.addr(s.params.subarray(j, j + 1)),
            n: 1n,
            indices: 0n,
            weights: 0n,
            signal: this.addr(signals[k]),
            step0: BigInt(step0),
            signalLen: BigInt(signals[k].length),
            kind: BigInt(first ? INPUT_KIND.assign : INPUT_KIND.add),
            state: 0n,
            seed,
            begin: 0n,
            end: 1n,
            neuronsBegin: 0n,
            neuronsEnd: 1n,
          }),
        );
      }
    });
    for (const m of stateMons) {
      m.variables.forEach((v, j) => {
        this.stateMonitorOffsets.push({ monitor: m, variable: j, offset: o });
        // a monitor of no columns never fills its buffer
        const capacity = m.count > 0 ? m.buffers[j].length / m.count : Number.MAX_SAFE_INTEGER;
        put(
          STATE_MONITOR_PLAN.words({
            // the elements this process holds: its range of the group, or of a projection's targets
            source: this.addrFrom(m.sources[j], m.held.begin),
            indices: this.addr(m.elements),
            begin: BigInt(m.held.begin),
            end: BigInt(m.held.end),
            count: BigInt(m.count),
            period: BigInt(m.every),
            buffer: this.addr(m.buffers[j]),
            capacity: BigInt(capacity),
            rows: BigInt(m.rows[j]),
          }),
        );
      });
    }
    spikeMons.forEach((m) => {
      this.spikeMonitorOffsets.push({ monitor: m, offset: o });
      put(
        SPIKE_MONITOR_PLAN.words({
          group: BigInt(states.findIndex((x) => x.group === m.group)),
          buffer: this.addr(m.chunk),
          capacity: BigInt(m.chunk.length / 2),
          count: BigInt(m.filled),
          room: BigInt(m.room),
        }),
      );
    });
    for (const p of projections) {
      const ir = p.synapse.model.ir;
      // per synapse from 0; pre.*, post.* and per target from the first neuron the process holds
      const fields = p.kernel.signature.kernelFields.map((f) => {
        const [a, first] = f.startsWith('pre.')
          ? [p.pre.arrays.get(f.slice(4)), p.pre.begin]
          : f.startsWith('post.')
            ? [p.post.arrays.get(f.slice(5)), p.post.begin]
            : [p.arrays.get(f), ir.fields.find((x) => x.name === f)?.role === 'target' ? p.post.begin : 0];
        if (!a) throw new Error(`BrainTS bug: projection ${p.name} uses ${f}, which has no per-element array`);
        return this.addrFrom(a, first);
      });
      const table = new BigInt64Array(new ArrayBuffer(8 * Math.max(1, fields.length)));
      table.set(fields);
      const fn = (entry: EntryPoint, present: boolean) =>
        BigInt(present ? functionIndex.get(entryPointSymbol(ir, p.kernel.signature.symbol, entry))! : -1);
      put(
        PROJECTION_PLAN.words({
          kernelRows: fn('rows', deliversSpikes(ir)),
          kernelIds: fn('ids', deliversSpikes(ir)),
          preGroup: BigInt(states.indexOf(p.pre)),
          fields: this.addr(table),
          params: this.addr(p.params),
          rowptr: this.addr(p.csr.rowptr),
          col: this.addr(p.csr.col),
          preIndex: this.addr(p.preIndex),
          delay: BigInt(p.delaySteps),
          delays: this.addr(p.delays),
          delayBytes: BigInt(p.delays?.BYTES_PER_ELEMENT ?? 0),
          queue: this.addr(p.queueCell),
          queueSlots: BigInt(p.queueSlots),
          stream: BigInt(p.stream),
          kernelPost: fn('post', !!p.csc),
          postGroup: BigInt(states.indexOf(p.post)),
          colptr: this.addr(p.csc?.colptr),
          cscIds: this.addr(p.csc?.ids),
          kernelUpdate: fn('update', !!ir.update),
          kernelEach: fn('each', !!ir.everyStep),
          nSynapses: BigInt(p.csr.col.length),
          splits: this.addr(p.splits),
          keys: this.addr(p.keys),
          delayBounds: this.addr(p.delayRows?.bounds),
          delayShortest: BigInt(p.delayRows?.shortest ?? 0),
          rowCuts: this.addr(p.delayRows?.cuts),
          delayShares: BigInt(p.delayRows?.shares ?? 1),
          deliveredBy: BigInt(p.deliveredBy ?? -1),
        }),
      );
    }
    if (o !== w.length) throw new Error(`BrainTS bug: the plan has ${w.length} words, ${o} written`);
    this.words = w;
    return this;
  }

  /** A group's instance words: one instance (a single network), or its instances' seeds, field tables and spike counts. */
  private instanceWords(s: GroupState): { instances: bigint; seeds: bigint; instanceFields: bigint; instanceSpikeCounts: bigint } {
    const blocks = s.instances;
    if (!blocks) return { instances: 1n, seeds: 0n, instanceFields: 0n, instanceSpikeCounts: 0n };
    const size = s.group.size / blocks.count;
    const arrays = s.kernel.signature.kernelFields.map((f) => s.arrays.get(f)!);
    const tables = new BigInt64Array(new ArrayBuffer(8 * blocks.count));
    // instance b's arrays from its first neuron, b * size (the driver calls it for the neurons this process holds only)
    if (blocks.callPerInstance) for (let b = 0; b < blocks.count; b++) tables[b] = this.addr(this.fieldTable(arrays, s.begin - b * size));
    return {
      instances: BigInt(blocks.count),
      seeds: this.addr(blocks.seeds),
      instanceFields: blocks.callPerInstance ? this.addr(tables) : 0n,
      instanceSpikeCounts: this.addr(blocks.spikeCounts),
    };
  }

  /** The array of field addresses a kernel takes as its first argument, each array holding elements `first` on. */
  private fieldTable(arrays: RealArray[], first = 0): BigInt64Array {
    const table = new BigInt64Array(new ArrayBuffer(8 * Math.max(1, arrays.length)));
    arrays.forEach((a, j) => (table[j] = this.addrFrom(a, first)));
    return table;
  }

  /** Copies what the driver advanced (rows written, spikes counted) back into the monitors. */
  readBack(): void {
    for (const { monitor, variable, offset } of this.stateMonitorOffsets)
      monitor.rows[variable] = Number(this.words[offset + STATE_MONITOR_PLAN.offset.rows]);
    for (const { monitor, offset } of this.spikeMonitorOffsets) {
      monitor.filled = Number(this.words[offset + SPIKE_MONITOR_PLAN.offset.count]);
      monitor.room = Number(this.words[offset + SPIKE_MONITOR_PLAN.offset.room]);
    }
  }
}

const bigints = <K extends string>(values: Record<K, number>): Record<K, bigint> =>
  Object.fromEntries(Object.entries<number>(values).map(([k, v]) => [k, BigInt(v)])) as Record<K, bigint>;
