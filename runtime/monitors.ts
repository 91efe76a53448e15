// Monitors: what a run records. State monitors (of a group's neurons, a projection's synapses or its
// target neurons) have buffers preallocated for the run and grown by doubling when a run is
// extended; spike monitors fill chunks of growing size, never copying.
import type { NeuronGroup } from './group';
import { BraintsError } from './errors';
import type { Synapse } from './synapse';
import { presynapticOf, rowPositionsOf } from './csr';
import type { Csr } from './csr';
import type { ModelIR } from '../ir/types';

/**
 * The spikes of a group, as (step, neuron) int32 pairs (8 bytes a spike) in chunks: when the
 * chunk being filled is full, a new one twice as large is started and the full ones are kept as
 * they are, so recording never copies. Times are step x dt, computed when read.
 */
export class SpikeMonitor {
  /** The full chunks, each trimmed to its pairs. */
  private readonly full: Int32Array[] = [];
  private inFull = 0;
  /** The chunk the native driver appends to: `filled` pairs of it are used. */
  chunk = new Int32Array(new ArrayBuffer(2 * 4096 * 4));
  filled = 0;
  /** The network's time step (ms), set when the network is built. */
  dt = 0;
  private joined: { count: number; pairs: Int32Array } | undefined;

  constructor(
    readonly name: string,
    readonly group: NeuronGroup,
  ) {}

  get count(): number {
    return this.inFull + this.filled;
  }

  /** All (step, neuron) pairs recorded so far, as one array (joined once per count). */
  private all(): Int32Array {
    if (this.joined?.count !== this.count) {
      const pairs = new Int32Array(2 * this.count);
      let at = 0;
      for (const c of [...this.full, this.chunk.subarray(0, 2 * this.filled)]) {
        pairs.set(c, at);
        at += c.length;
      }
      this.joined = { count: this.count, pairs };
    }
    return this.joined.pairs;
  }

  /** The time of each spike, ms (step x dt, as the driver computes t). */
  get times(): Float64Array {
    const all = this.all();
    return Float64Array.from({ length: this.count }, (_, k) => all[2 * k] * this.dt);
  }

  get indices(): Float64Array {
    const all = this.all();
    return Float64Array.from({ length: this.count }, (_, k) => all[2 * k + 1]);
  }

  /** The (time in ms, neuron index) pairs as one (count x 2) row-major array: the run contract's spikes. */
  get pairs(): Float64Array {
    const all = this.all();
    return Float64Array.from(all, (x, j) => (j % 2 === 0 ? x * this.dt : x));
  }

  /** Makes room for at least `needed` more spikes: keeps the full chunk, starts a larger one. */
  grow(needed: number): void {
    if (this.chunk.length / 2 - this.filled >= needed) return;
    this.full.push(this.chunk.subarray(0, 2 * this.filled));
    this.inFull += this.filled;
    const capacity = Math.max(needed, this.chunk.length);
    this.chunk = new Int32Array(new ArrayBuffer(2 * capacity * 4));
    this.filled = 0;
  }

  /** A copy of the (step, neuron) pairs recorded so far (for checkpoints). */
  stepPairs(): Int32Array {
    return this.all().slice();
  }

  /** Replaces what was recorded by `pairs` of (step, neuron), as a checkpoint holds them; empty pairs clear the monitor. */
  restore(pairs: Int32Array): void {
    this.full.length = 0;
    this.inFull = 0;
    this.joined = undefined;
    this.chunk = new Int32Array(new ArrayBuffer(Math.max(2 * 4096, pairs.length) * 4));
    this.chunk.set(pairs);
    this.filled = pairs.length / 2;
  }
}

export interface StateMonitorOptions {
  /** Neurons to record: of a group, or of a projection's target group for `@target` fields (default: all). */
  neurons?: readonly number[];
  /**
   * Synapses of a projection to record, by their index in the connector's list of synapses
   * (default: all), the order of `net.synapses(syn)`: the user's order for fromArrays, by
   * presynaptic neuron, then postsynaptic neuron for the generated rules (a connector of one's
   * own keeps its rows' order). Columns come in that order too.
   */
  synapses?: readonly number[];
  /** Record every `every` steps (default 1). */
  every?: number;
  /**
   * Also record the state after the last step: a run of N steps then holds the rows of steps 0,
   * every, 2 every, ... up to N included (without it, below N). See StateMonitor.includeEnd.
   */
  includeEnd?: boolean;
}

/** What a state monitor's columns are: neurons of a group, synapses of a projection, or target neurons of a projection. */
export type MonitorColumns = 'neurons' | 'synapses' | 'targets';

/**
 * Whether a projection's `variables` are per synapse (states and parameters) or per target neuron
 * (`@target` fields); throws, naming the projection and variable, for any other name or a mix.
 */
export function projectionColumns(ir: ModelIR, projection: string, variables: readonly string[]): 'synapses' | 'targets' {
  const kinds = new Set<'synapses' | 'targets'>();
  for (const v of variables) {
    const f = ir.fields.find((x) => x.name === v);
    if (f?.role === 'pre' || f?.role === 'post')
      throw new BraintsError(`projection ${projection}: ${v} is a variable of its ${f.role}synaptic group; monitor it on that group`);
    if (!f) {
      const list = (roles: string[]) =>
        ir.fields
          .filter((x) => roles.includes(x.role))
          .map((x) => x.name)
          .join(', ') || 'none';
      throw new BraintsError(
        `projection ${projection} (${ir.name}) has no variable ${v}; per synapse: ${list(['state', 'param'])}; per target neuron: ${list(['target'])}`,
      );
    }
    kinds.add(f.role === 'target' ? 'targets' : 'synapses');
  }
  if (kinds.size > 1)
    throw new BraintsError(
      `projection ${projection}: ${variables.join(', ')} mix per-synapse and per-target (@target) variables; record them with two monitors`,
    );
  return kinds.has('targets') ? 'targets' : 'synapses';
}

/**
 * Records variables of a group (one column per neuron) or of a projection (one per synapse, or
 * one per target neuron for `@target` fields) at the steps s with s % every = 0. The row of step
 * s is read in step s after the inputs and the synapses' per-target update and everyStep have
 * run, before the neurons advance from t = s dt (so a current holds what the neurons use in that
 * step; a synapse's state what its events up to step s - 1 and its everyStep of step s left).
 */
export class StateMonitor {
  readonly neurons: Int32Array | undefined;
  /** The recorded synapses of a projection monitor, by index in the projection's synapse list (undefined: all). */
  readonly synapses: Int32Array | undefined;
  readonly every: number;
  /**
   * Whether a run also records the row of its end step N (when N % every = 0): the state after
   * the last step, read when run() returns. A later run() continues from step N and records that
   * row again in step N, as any other, replacing the end row; so run(a) then run(b) give the rows
   * of run(a + b), without duplicates. The two reads differ only where step N itself adds before
   * recording: currents (inputs of step N), per-target and everyStep state.
   */
  readonly includeEnd: boolean;
  /** One buffer per variable: rows x count, row-major. */
  buffers: Float64Array[];
  rows: number[];
  /** Step of each recorded row. */
  steps: number[] = [];
  /** The arrays read, one per variable (set when the network is built). */
  sources: Float64Array[] = [];
  /** The index in the sources of each column (undefined: column j is element j). */
  elements: Int32Array | undefined;
  /** A synapse monitor's (pre, post) neuron of each column, k x 2 row-major (set when the network is built). */
  synapsePairs: Int32Array | undefined;
  /** The elements of the group or projection: known at once for neurons, for synapses when the network is built. */
  private size: number;

  constructor(
    readonly name: string,
    /** The group or projection, as named in the network. */
    readonly ownerName: string,
    readonly owner: NeuronGroup | Synapse,
    readonly variables: readonly string[],
    readonly columns: MonitorColumns,
    opts: StateMonitorOptions = {},
  ) {
    if (columns === 'synapses' && opts.neurons)
      throw new BraintsError(
        `monitor ${name}: ${variables.join(', ')} of projection ${ownerName} are per synapse; choose synapses with { synapses: [...] }`,
      );
    if (columns !== 'synapses' && opts.synapses)
      throw new BraintsError(
        `monitor ${name}: ${variables.join(', ')} of ${ownerName} are per ${columns === 'targets' ? 'target neuron' : 'neuron'}; choose them with { neurons: [...] }`,
      );
    this.size = columns === 'synapses' ? 0 : columns === 'targets' ? (owner as Synapse).target.size : (owner as NeuronGroup).size;
    if (opts.neurons) {
      const n = this.size;
      for (const i of opts.neurons)
        if (!Number.isInteger(i) || i < 0 || i >= n)
          throw new BraintsError(
            `monitor ${name}: neuron ${i} is outside the ${columns === 'targets' ? `target group of projection ${ownerName}` : 'group'} (size ${n})`,
          );
      this.neurons = Int32Array.from(opts.neurons);
    }
    if (opts.synapses) {
      for (const k of opts.synapses)
        if (!Number.isInteger(k) || k < 0)
          throw new BraintsError(`monitor ${name}: synapse ${k} of projection ${ownerName} is not an index (0, 1, 2, ...)`);
      this.synapses = Int32Array.from(opts.synapses);
    }
    this.elements = this.neurons ?? this.synapses;
    this.every = opts.every ?? 1;
    if (!Number.isInteger(this.every) || this.every < 1)
      throw new BraintsError(`monitor ${name}: every must be a positive whole number of steps`);
    this.includeEnd = opts.includeEnd ?? false;
    this.buffers = variables.map(() => new Float64Array(0));
    this.rows = variables.map(() => 0);
  }

  /** Columns per row. */
  get count(): number {
    return this.elements ? this.elements.length : this.size;
  }

  /**
   * Connects the monitor to the built network's arrays (one per variable); a synapse monitor
   * also to its projection's connectivity, checking its synapse indices.
   */
  bind(sources: Float64Array[], csr?: Csr): void {
    this.sources = sources;
    if (this.columns !== 'synapses') return;
    const n = csr!.col.length;
    for (const k of this.synapses ?? [])
      if (k >= n)
        throw new BraintsError(
          `monitor ${this.name} (${this.variables.join(', ')} of projection ${this.ownerName}): synapse ${k} is outside its ${n} synapses (0 to ${n - 1})`,
        );
    this.size = n;
    // synapse x of the connector's list is at row position at[x] (at x where the list is the rows' order)
    const at = rowPositionsOf(csr!);
    if (at) this.elements = this.synapses ? this.synapses.map((x) => at[x]) : at;
    const pre = presynapticOf(csr!);
    this.synapsePairs = new Int32Array(2 * this.count);
    for (let c = 0; c < this.count; c++) {
      const k = this.elements ? this.elements[c] : c;
      this.synapsePairs[2 * c] = pre[k];
      this.synapsePairs[2 * c + 1] = csr!.col[k];
    }
  }

  /** Makes room for `moreRows` more rows in every variable's buffer. */
  reserve(moreRows: number): void {
    this.buffers = this.buffers.map((b, v) => {
      const need = (this.rows[v] + moreRows) * this.count;
      if (b.length >= need) return b;
      const next = new Float64Array(new ArrayBuffer(Math.max(need, 2 * b.length) * 8));
      next.set(b.subarray(0, this.rows[v] * this.count));
      return next;
    });
  }

  /** The rows a run from step `first` to step `last` records. */
  rowsOfRun(first: number, last: number): number {
    return Math.ceil(last / this.every) - Math.ceil(first / this.every) + (this.includeEnd && last % this.every === 0 ? 1 : 0);
  }

  /** Before a run from step `step`: drops the end row of the run before, which this run records again in step `step`. */
  resume(step: number): void {
    // rows recorded in steps lie before the network's step: one at it is an end row
    if (this.steps[this.steps.length - 1] !== step) return;
    this.steps.pop();
    this.rows = this.rows.map((r) => r - 1);
  }

  /** After a run that reached step `step`: the end row, read here in JavaScript (includeEnd, on the `every` grid). */
  recordEnd(step: number): void {
    if (!this.includeEnd || step % this.every !== 0) return;
    this.reserve(1);
    this.sources.forEach((src, v) => {
      const row = this.buffers[v].subarray(this.rows[v] * this.count, (this.rows[v] + 1) * this.count);
      for (let c = 0; c < this.count; c++) row[c] = src[this.elements ? this.elements[c] : c];
      this.rows[v]++;
    });
    this.steps.push(step);
  }

  /** The recorded values of one variable: (rows x count), row-major. */
  values(variable: string): Float64Array {
    const v = this.variables.indexOf(variable);
    if (v < 0) throw new BraintsError(`monitor ${this.name} does not record ${variable}`);
    return this.buffers[v].subarray(0, this.rows[v] * this.count);
  }

  /** Replaces what was recorded: the steps of the rows, and each variable's rows (steps x count); no steps clear the monitor. */
  restore(steps: readonly number[], values: readonly Float64Array[]): void {
    this.steps = [...steps];
    this.rows = this.variables.map(() => steps.length);
    this.buffers = values.map((v) => {
      const b = new Float64Array(new ArrayBuffer(Math.max(1, v.length) * 8));
      b.set(v);
      return b;
    });
  }
}
