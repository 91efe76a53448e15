// Spike monitors: a group's spikes, in chunks of growing size that are never copied, or with a
// `dir`, one chunk of fixed size written out to an NPY file as it fills (runtime/disk-recording.ts).
import * as path from 'path';
import type { NeuronGroup } from './group';
import { BraintsError } from './errors';
import { GrowingNpy } from './output/npy-growing';
import { diskOptions, onDisk } from './disk-recording';
import type { DiskRecordingOptions } from './disk-recording';
import type { MpiWorld } from './mpi';

export interface SpikeMonitorOptions extends DiskRecordingOptions {
  /** The monitor's name, which names its files (default: the group's name). */
  name?: string;
}

/**
 * The spikes of a group, as (step, neuron) int32 pairs (8 bytes a spike) in chunks: when the
 * chunk being filled is full, a new one twice as large is started and the full ones are kept as
 * they are, so recording never copies. Times are step x dt, computed when read.
 *
 * In a run on several processes each records the spikes of its own neurons only, so that the
 * recording's memory is divided too, and reading it (times, indices, pairs) puts the processes'
 * parts together: a collective call, made by every process. The chunks' room is counted in the
 * group's spikes of all processes (`room`), so the processes' chunks are of one size and every
 * process runs out of room at the same step, as the driver's exchange needs; a chunk's pages past
 * what its process wrote are address space only.
 */
export class SpikeMonitor {
  /** The full chunks, each trimmed to its pairs. */
  private readonly full: Int32Array[] = [];
  /** Spikes in the full chunks (recording to disk: in the file); of all processes: roomInFull. */
  private inFull = 0;
  private roomInFull = 0;
  /** The chunk the native driver appends to: `filled` pairs of it hold this process's spikes, `room` pairs of room are used. */
  chunk = new Int32Array(new ArrayBuffer(2 * 4096 * 4));
  filled = 0;
  room = 0;
  /** The network's time step (ms), set when the network is built. */
  dt = 0;
  /** The processes of a distributed run (set by the run loop), each recording its own neurons' spikes. */
  world: MpiWorld | undefined;
  private joined: { count: number; pairs: Int32Array } | undefined;
  /** Process 0's copy of the whole recording while it alone reads it (`onLead`). */
  private leadCopy: Int32Array | undefined;
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

  /** The group's spikes recorded so far (of every process, on each). */
  get count(): number {
    return this.roomInFull + this.room;
  }

  /** The spikes this process holds: `count`, or in a distributed run those of its own neurons. */
  get held(): number {
    return this.inFull + this.filled;
  }

  /** The (step, neuron) pairs this process holds, as one array. */
  private heldPairs(): Int32Array {
    const pairs = new Int32Array(2 * this.held);
    let at = 0;
    for (const c of [...this.full, this.chunk.subarray(0, 2 * this.filled)]) {
      pairs.set(c, at);
      at += c.length;
    }
    return pairs;
  }

  /** All (step, neuron) pairs recorded so far, as one array (joined once per count; collective in a distributed run). */
  private all(): Int32Array {
    if (this.disk) throw onDisk(this.name, this.files);
    if (this.leadCopy) return this.leadCopy;
    if (this.joined?.count !== this.count) {
      const held = this.heldPairs();
      const pairs = this.world ? this.world.gatherPairs(held, this.count)! : held;
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

  /** A distributed run's recording put together on process 0 only (collective), for `onLead`. */
  gatherOnLead(): void {
    if (this.world && !this.disk) this.leadCopy = this.world.gatherPairs(this.heldPairs(), this.count, 0);
  }

  dropLeadCopy(): void {
    this.leadCopy = undefined;
  }

  /**
   * Makes room for at least `needed` more spikes: keeps the full chunk and starts a larger one,
   * or, recording to disk, writes the chunk out and empties it (its size holds a step).
   */
  grow(needed: number): void {
    if (this.chunk.length / 2 - this.room >= needed) return;
    if (this.disk) return this.flush();
    this.full.push(this.chunk.subarray(0, 2 * this.filled));
    this.inFull += this.filled;
    this.roomInFull += this.room;
    const capacity = Math.max(needed, this.chunk.length);
    this.chunk = new Int32Array(new ArrayBuffer(2 * capacity * 4));
    this.filled = this.room = 0;
  }

  /** Appends (step, neuron) pairs recorded elsewhere (a GPU run's), in chunks as the driver fills them. */
  append(pairs: Int32Array): void {
    const n = pairs.length / 2;
    for (let done = 0; done < n;) {
      if (this.chunk.length / 2 === this.room) this.grow(n - done);
      const k = Math.min(n - done, this.chunk.length / 2 - this.room);
      this.chunk.set(pairs.subarray(2 * done, 2 * (done + k)), 2 * this.filled);
      this.filled += k;
      this.room += k;
      done += k;
    }
  }

  /** Recording to disk: appends the chunk's spikes to the file as (time, neuron) rows and empties it. */
  flush(): void {
    if (!this.disk) return;
    // in a distributed run (collective) process 0 gets every process's spikes of the chunk and writes them
    const pairs = this.world ? this.world.gatherPairs(this.chunk.subarray(0, 2 * this.filled), this.room, 0) : this.chunk;
    if (pairs) {
      const n = this.world ? this.room : this.filled;
      this.file ??= new GrowingNpy(this.files[0], [2], '<f8');
      // converted in pieces, so that only the chunk itself is of the chunk's size
      const piece = new Float64Array(2 * Math.min(n, 4096));
      for (let k = 0; k < n; k += piece.length / 2) {
        const m = Math.min(piece.length / 2, n - k);
        for (let j = 0; j < m; j++) {
          piece[2 * j] = pairs[2 * (k + j)] * this.dt;
          piece[2 * j + 1] = pairs[2 * (k + j) + 1];
        }
        this.file.append(piece.subarray(0, 2 * m), m);
      }
    }
    this.inFull += this.filled;
    this.roomInFull += this.room;
    this.filled = this.room = 0;
  }

  /** A copy of the (step, neuron) pairs recorded so far (for checkpoints). */
  stepPairs(): Int32Array {
    return this.all().slice();
  }

  /**
   * Replaces what was recorded by `pairs` of (step, neuron) of every process, as a checkpoint
   * holds them, of which this process keeps those of its neurons, `held` (all by default); empty
   * pairs clear the monitor.
   */
  restore(pairs: Int32Array, held = { begin: 0, end: Infinity }): void {
    this.full.length = 0;
    this.inFull = this.roomInFull = 0;
    this.joined = undefined;
    this.chunk = new Int32Array(new ArrayBuffer(Math.max(2 * 4096, pairs.length) * 4));
    this.filled = 0;
    for (let j = 0; j < pairs.length; j += 2) {
      if (pairs[j + 1] < held.begin || pairs[j + 1] >= held.end) continue;
      this.chunk[2 * this.filled] = pairs[j];
      this.chunk[2 * this.filled + 1] = pairs[j + 1];
      this.filled++;
    }
    this.room = pairs.length / 2;
  }

  /** Forgets what was recorded (net.reset()). */
  clear(): void {
    this.restore(new Int32Array(0));
  }
}

/**
 * Runs `read` on process 0 alone, with the monitors' recordings put together there for it and
 * dropped after it, while the other processes keep their parts only (collective: every process
 * calls it; they get undefined): how process 0 writes a distributed run's files. Without MPI, or
 * on one process, it just runs `read`.
 */
export async function onLead<T>(monitors: readonly SpikeMonitor[], read: () => Promise<T>): Promise<T | undefined> {
  const w = monitors.find((m) => m.world)?.world;
  if (!w) return read();
  for (const m of monitors) m.gatherOnLead();
  if (w.rank !== 0) return undefined;
  try {
    return await read();
  } finally {
    for (const m of monitors) m.dropLeadCopy();
  }
}
