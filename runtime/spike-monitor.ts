// Spike monitors: a group's spikes, in chunks of growing size that are never copied, or with a
// `dir`, one chunk of fixed size written out to an NPY file as it fills (runtime/disk-recording.ts).
import * as path from 'path';
import type { NeuronGroup } from './group';
import { BraintsError } from './errors';
import { GrowingNpy } from './output/npy-growing';
import { diskOptions, onDisk } from './disk-recording';
import type { DiskRecordingOptions } from './disk-recording';

export interface SpikeMonitorOptions extends DiskRecordingOptions {
  /** The monitor's name, which names its files (default: the group's name). */
  name?: string;
}

/**
 * The spikes of a group, as (step, neuron) int32 pairs (8 bytes a spike) in chunks: when the
 * chunk being filled is full, a new one twice as large is started and the full ones are kept as
 * they are, so recording never copies. Times are step x dt, computed when read.
 */
export class SpikeMonitor {
  /** The full chunks, each trimmed to its pairs. */
  private readonly full: Int32Array[] = [];
  /** Spikes in the full chunks (recording to disk: in the file). */
  private inFull = 0;
  /** The chunk the native driver appends to: `filled` pairs of it are used. */
  chunk = new Int32Array(new ArrayBuffer(2 * 4096 * 4));
  filled = 0;
  /** The network's time step (ms), set when the network is built. */
  dt = 0;
  private joined: { count: number; pairs: Int32Array } | undefined;
  /** A disk monitor's folder and chunk size; its file, created by its first flush. */
  private readonly disk: { dir: string; chunkBytes: number } | undefined;
  private file: GrowingNpy | undefined;

  constructor(
    readonly name: string,
    readonly group: NeuronGroup,
    opts: DiskRecordingOptions = {},
  ) {
    this.disk = diskOptions(name, opts);
    if (this.disk) {
      const pairs = Math.floor(this.disk.chunkBytes / 8);
      // the driver runs a step only while the chunk has room for every neuron to spike in it
      if (pairs < group.size)
        throw new BraintsError(
          `monitor ${name}: chunkBytes ${this.disk.chunkBytes} holds ${pairs} spikes, fewer than one step of its ${group.size} neurons can fire; give at least ${8 * group.size}`,
        );
      this.chunk = new Int32Array(new ArrayBuffer(2 * pairs * 4));
    }
  }

  /** The spikes' file of a disk monitor: (count x 2) float64 rows of (time in ms, neuron), as `writeOutputs` writes them. */
  get files(): string[] {
    return this.disk ? [path.join(this.disk.dir, `${this.name}.spikes.npy`)] : [];
  }

  get count(): number {
    return this.inFull + this.filled;
  }

  /** All (step, neuron) pairs recorded so far, as one array (joined once per count). */
  private all(): Int32Array {
    if (this.disk) throw onDisk(this.name, this.files);
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

  /**
   * Makes room for at least `needed` more spikes: keeps the full chunk and starts a larger one,
   * or, recording to disk, writes the chunk out and empties it (its size holds a step).
   */
  grow(needed: number): void {
    if (this.chunk.length / 2 - this.filled >= needed) return;
    if (this.disk) return this.flush();
    this.full.push(this.chunk.subarray(0, 2 * this.filled));
    this.inFull += this.filled;
    const capacity = Math.max(needed, this.chunk.length);
    this.chunk = new Int32Array(new ArrayBuffer(2 * capacity * 4));
    this.filled = 0;
  }

  /** Recording to disk: appends the chunk's spikes to the file as (time, neuron) rows and empties it. */
  flush(): void {
    if (!this.disk) return;
    this.file ??= new GrowingNpy(this.files[0], [2], '<f8');
    // converted in pieces, so that only the chunk itself is of the chunk's size
    const piece = new Float64Array(2 * Math.min(this.filled, 4096));
    for (let k = 0; k < this.filled; k += piece.length / 2) {
      const n = Math.min(piece.length / 2, this.filled - k);
      for (let j = 0; j < n; j++) {
        piece[2 * j] = this.chunk[2 * (k + j)] * this.dt;
        piece[2 * j + 1] = this.chunk[2 * (k + j) + 1];
      }
      this.file.append(piece.subarray(0, 2 * n), n);
    }
    this.inFull += this.filled;
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

  /** Forgets what was recorded (net.reset()). */
  clear(): void {
    this.restore(new Int32Array(0));
  }
}
