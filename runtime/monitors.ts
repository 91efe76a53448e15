// Monitors: what a run records. State monitor buffers are preallocated for the run and grown by
// doubling when a run is extended; spike monitors fill chunks of growing size, never copying.
import type { NeuronGroup } from './group';
import { BraintsError } from './errors';

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
}

export interface StateMonitorOptions {
  /** Neuron indices to record (default: all). */
  neurons?: readonly number[];
  /** Record every `every` steps (default 1). */
  every?: number;
}

export class StateMonitor {
  readonly neurons: Int32Array | undefined;
  readonly count: number;
  readonly every: number;
  /** One buffer per variable: rows x count, row-major. */
  buffers: Float64Array[];
  rows: number[];
  /** Step of each recorded row. */
  steps: number[] = [];

  constructor(
    readonly name: string,
    readonly group: NeuronGroup,
    readonly variables: readonly string[],
    opts: StateMonitorOptions = {},
  ) {
    const n = group.size;
    if (opts.neurons) {
      for (const i of opts.neurons)
        if (!Number.isInteger(i) || i < 0 || i >= n)
          throw new BraintsError(`monitor ${name}: neuron ${i} is outside the group (size ${n})`);
      this.neurons = Int32Array.from(opts.neurons);
    }
    this.count = this.neurons ? this.neurons.length : n;
    this.every = opts.every ?? 1;
    if (!Number.isInteger(this.every) || this.every < 1)
      throw new BraintsError(`monitor ${name}: every must be a positive whole number of steps`);
    this.buffers = variables.map(() => new Float64Array(0));
    this.rows = variables.map(() => 0);
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

  /** The recorded values of one variable: (rows x count), row-major. */
  values(variable: string): Float64Array {
    const v = this.variables.indexOf(variable);
    if (v < 0) throw new BraintsError(`monitor ${this.name} does not record ${variable}`);
    return this.buffers[v].subarray(0, this.rows[v] * this.count);
  }
}
