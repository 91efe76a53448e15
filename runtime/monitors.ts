// Monitors: what a run records. Buffers are preallocated for the run and grown by doubling when a
// run is extended, so recording never copies quadratically.
import type { NeuronGroup } from './group';

export class SpikeMonitor {
  /** Interleaved (time in ms, neuron index) pairs: rows of the (k, 2) array of the run contract. */
  buffer = new Float64Array(new ArrayBuffer(2 * 1024 * 8));
  count = 0;

  constructor(
    readonly name: string,
    readonly group: NeuronGroup,
  ) {}

  get times(): Float64Array {
    const t = new Float64Array(this.count);
    for (let k = 0; k < this.count; k++) t[k] = this.buffer[2 * k];
    return t;
  }

  get indices(): Float64Array {
    const i = new Float64Array(this.count);
    for (let k = 0; k < this.count; k++) i[k] = this.buffer[2 * k + 1];
    return i;
  }

  /** The recorded pairs as one (count x 2) row-major array, without copying. */
  get pairs(): Float64Array {
    return this.buffer.subarray(0, 2 * this.count);
  }

  /** Makes room for at least `needed` more spikes. */
  grow(needed: number): void {
    let cap = this.buffer.length / 2;
    while (cap - this.count < needed) cap *= 2;
    const next = new Float64Array(new ArrayBuffer(2 * cap * 8));
    next.set(this.pairs);
    this.buffer = next;
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
        if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error(`monitor ${name}: neuron ${i} is outside the group (size ${n})`);
      this.neurons = Int32Array.from(opts.neurons);
    }
    this.count = this.neurons ? this.neurons.length : n;
    this.every = opts.every ?? 1;
    if (!Number.isInteger(this.every) || this.every < 1) throw new Error(`monitor ${name}: every must be a positive whole number of steps`);
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
    if (v < 0) throw new Error(`monitor ${this.name} does not record ${variable}`);
    return this.buffers[v].subarray(0, this.rows[v] * this.count);
  }
}
