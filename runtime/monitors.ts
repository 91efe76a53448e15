// State monitors: what a run records of a group's neurons, a projection's synapses or its target
// neurons, in buffers preallocated for the run and grown by doubling when a run is extended (spike
// monitors: runtime/spike-monitor.ts). A monitor given a `dir` records to disk instead: it keeps
// one chunk of fixed size in memory and appends it to its NPY files whenever it fills and after
// every native call, so a run can record more than memory holds (runtime/disk-recording.ts).
import * as path from 'path';
import type { NeuronGroup } from './group';
import { BraintsError } from './errors';
import type { Synapse } from './synapse';
import { presynapticOf, rowPositionsOf } from './csr';
import type { Csr } from './csr';
import type { RealArray } from './native-memory';
import type { ModelIR } from '../ir/types';
import { GrowingNpy } from './output/npy-growing';
import { writeNpy } from './output/npy';
import { diskOptions, onDisk } from './disk-recording';
import type { DiskRecordingOptions } from './disk-recording';
import { startedMpiWorld } from './mpi';

export interface StateMonitorOptions extends DiskRecordingOptions {
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
  /** The arrays it reads (float32 in a float32 network: recorded as float64, exactly). */
  sources: RealArray[] = [];
  /**
   * The elements the sources hold, source[k] being element begin + k: all on one process; in a
   * distributed run the process's range, the other columns recorded as 0 (runtime/distributed.ts
   * puts the processes' rows together).
   */
  held = { begin: 0, end: Number.MAX_SAFE_INTEGER };
  /** The index in the sources of each column (undefined: column j is element j). */
  elements: Int32Array | undefined;
  /** A synapse monitor's (pre, post) neuron of each column, k x 2 row-major (set when the network is built). */
  synapsePairs: Int32Array | undefined;
  /** The elements of the group or projection: known at once for neurons, for synapses when the network is built. */
  private size: number;
  /** The network's time step (ms), set when it runs (a disk monitor writes the times). */
  dt = 0;
  /** A disk monitor's folder and chunk size; its files (times, then one per variable), created when it is bound. */
  private readonly disk: { dir: string; chunkBytes: number } | undefined;
  private diskFiles: { t: GrowingNpy; variables: GrowingNpy[]; lastStep: number | undefined } | undefined;
  private chunkOpen = false;

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
    this.disk = diskOptions(name, opts);
  }

  /**
   * A disk monitor's files: NAME.t.npy (the rows' times, ms), NAME.VAR.npy (rows x columns) per
   * variable and, for a synapse monitor, NAME.synapses.npy (each column's pre and post neuron).
   */
  get files(): string[] {
    if (!this.disk) return [];
    const { dir } = this.disk;
    const names = ['t', ...this.variables, ...(this.columns === 'synapses' ? ['synapses'] : [])];
    return names.map((x) => path.join(dir, `${this.name}.${x}.npy`));
  }

  /** The rows of one chunk of a disk monitor: as many as chunkBytes holds. */
  private get chunkRows(): number {
    const rowBytes = 8 * (this.count * this.variables.length + 1);
    const rows = Math.floor(this.disk!.chunkBytes / rowBytes);
    if (rows < 1)
      throw new BraintsError(
        `monitor ${this.name}: chunkBytes ${this.disk!.chunkBytes} holds no row of ${this.count} columns of ${this.variables.length} variable${this.variables.length === 1 ? '' : 's'}; give at least ${rowBytes}`,
      );
    return rows;
  }

  /** Columns per row. */
  get count(): number {
    return this.elements ? this.elements.length : this.size;
  }

  /**
   * Connects the monitor to the built network's arrays (one per variable); a synapse monitor
   * also to its projection's connectivity, checking its synapse indices.
   */
  bind(sources: RealArray[], csr?: Csr, held?: { begin: number; end: number }): void {
    this.sources = sources;
    this.held = held ?? { begin: 0, end: Number.MAX_SAFE_INTEGER };
    if (this.columns === 'synapses') this.bindSynapses(csr!);
    // once: binding again (after net.set) must not empty the files recorded so far
    if (this.disk && !this.chunkOpen) this.openFiles();
  }

  private bindSynapses(csr: Csr): void {
    // in a process's share of a distributed run the rows hold some of the list's synapses only
    const n = csr.listLength ?? csr.col.length;
    for (const k of this.synapses ?? [])
      if (k >= n)
        throw new BraintsError(
          `monitor ${this.name} (${this.variables.join(', ')} of projection ${this.ownerName}): synapse ${k} is outside its ${n} synapses (0 to ${n - 1})`,
        );
    this.size = n;
    // synapse x of the connector's list is at row position at[x] (at x where the list is the
    // rows' order; -1 where another process holds it, whose column is recorded as 0 here)
    const at = rowPositionsOf(csr);
    if (at) this.elements = this.synapses ? this.synapses.map((x) => at[x]) : at;
    const pre = presynapticOf(csr);
    const pairs = new Float64Array(2 * this.count);
    for (let c = 0; c < this.count; c++) {
      const k = this.elements ? this.elements[c] : c;
      if (k < 0) continue;
      pairs[2 * c] = pre[k];
      pairs[2 * c + 1] = csr.col[k];
    }
    // each column's pair from the one process that holds its synapse, the others' being 0 bits
    const w = startedMpiWorld();
    if (w && w.size > 1) w.or(pairs);
    this.synapsePairs = Int32Array.from(pairs);
  }

  /**
   * Creates a disk monitor's one chunk and its files, empty. In a distributed run process 0
   * alone writes the files: every process's rows are whole once put together after each native
   * call (runtime/distributed.ts), and the others only empty their chunks.
   */
  private openFiles(): void {
    const [t, ...rest] = this.files;
    this.buffers = this.variables.map(() => new Float64Array(new ArrayBuffer(this.chunkRows * this.count * 8)));
    this.chunkOpen = true;
    if ((startedMpiWorld()?.rank ?? 0) > 0) return;
    this.diskFiles = {
      t: new GrowingNpy(t, [], '<f8'),
      variables: this.variables.map((_, v) => new GrowingNpy(rest[v], [this.count], '<f8')),
      lastStep: undefined,
    };
    if (this.synapsePairs) writeNpy(rest[this.variables.length], this.synapsePairs, [this.count, 2]);
  }

  /** Recording to disk: appends the chunk's rows and their times to the files and empties it. */
  flush(): void {
    if (!this.disk) return;
    const rows = this.steps.length;
    if (rows === 0) return;
    if (!this.diskFiles) {
      // another process writes the files
      this.steps = [];
      this.rows = this.rows.map(() => 0);
      return;
    }
    this.diskFiles.t.append(
      Float64Array.from(this.steps, (s) => s * this.dt),
      rows,
    );
    this.diskFiles.variables.forEach((f, v) => f.append(this.buffers[v].subarray(0, rows * this.count), rows));
    this.diskFiles.lastStep = this.steps[rows - 1];
    this.steps = [];
    this.rows = this.rows.map(() => 0);
  }

  /**
   * Makes room for `moreRows` more rows in every variable's buffer; recording to disk, writes the
   * chunk out when they do not fit (a run longer than a chunk stops when it is full and flushes).
   */
  reserve(moreRows: number): void {
    if (this.disk) {
      if (this.rows[0] + moreRows > this.chunkRows) this.flush();
      return;
    }
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
    if (this.steps.length === 0 && this.diskFiles?.lastStep === step) {
      this.diskFiles.t.dropLast(1);
      for (const f of this.diskFiles.variables) f.dropLast(1);
      this.diskFiles.lastStep = undefined;
      return;
    }
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
      const { begin, end } = this.held;
      for (let c = 0; c < this.count; c++) {
        const e = this.elements ? this.elements[c] : c;
        row[c] = e >= begin && e < end ? src[e - begin] : 0;
      }
      this.rows[v]++;
    });
    this.steps.push(step);
  }

  /** The recorded values of one variable: (rows x count), row-major. */
  values(variable: string): Float64Array {
    const v = this.variables.indexOf(variable);
    if (v < 0) throw new BraintsError(`monitor ${this.name} does not record ${variable}`);
    if (this.disk) throw onDisk(this.name, this.files);
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

  /** Forgets what was recorded (net.reset()). */
  clear(): void {
    this.restore(
      [],
      this.variables.map(() => new Float64Array(0)),
    );
  }
}
