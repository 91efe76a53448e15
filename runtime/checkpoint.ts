// Checkpoints of a built network (net.save / net.load): everything a run depends on, in an .npz
// that numpy.load opens, one array per state, with a manifest.json that says what network it is.
// Loading checks the manifest against the network first, so a checkpoint of another model or
// layout is refused with what differs, before any state is touched.
//
// A checkpoint is the same whatever ran the network: per-neuron arrays whole, per-synapse arrays
// and queued synapses by their index in the connector's list (not by row position, which
// differs between one process and a process's share), spike monitors whole. A distributed run
// saves by putting each process's part together (collectives: every process saves, process 0
// writes the file); loading, each process reads the file and takes what it holds. So a checkpoint
// saved on K processes loads on any number of processes and threads, one included.
import type { BuiltNetwork, GroupState, InputSpec, ProjectionState, RealArray } from './native-memory';
import { isPerTarget, realArray } from './native-memory';
import type { MpiWorld } from './mpi';
import { listIndex, rowPositionsOf } from './csr';
import { wholeArray, wholeLists } from './distributed';
import { fmix32 } from './random';
import type { StateMonitor } from './monitors';
import type { SpikeMonitor } from './spike-monitor';
import { freeQueues } from './initial-state';
import { forEachDelayRun } from './delay-rows';
import { hashOf } from './cache';
import { readNpz, writeNpz } from './output/npz';
import type { NpzArray, NpzData } from './output/npz';
import { BraintsError } from './errors';
import type { Precision } from '../ir/pipeline';
import { deliversSpikes } from '../ir/types';

/**
 * 3: per-synapse delays in rows sorted by delay hold their spikes on the way in the rings, not in
 * queues (2: synapses by list index, connectivity by a fingerprint that any number of processes
 * computes alike; 1: by row position).
 */
export const CHECKPOINT_VERSION = 3;

/** What of a network a checkpoint holds and restores. */
export interface CheckpointedNetwork {
  stepIndex: number;
  readonly inputSpecs: readonly InputSpec[];
  readonly spikeMonitors: readonly SpikeMonitor[];
  readonly stateMonitors: readonly StateMonitor[];
}

/** The network a checkpoint is of: what must be the same for its state to mean the same here. */
interface Layout {
  dt: number;
  seed: number;
  threads: number;
  /** The element type of its arrays (absent in checkpoints saved before float32 existed: float64). */
  precision?: Precision;
  groups: { name: string; model: string; kernel: string; kernelHash: string; size: number; arrays: string[]; ringSlots: number }[];
  projections: {
    name: string;
    model: string;
    kernel: string;
    kernelHash: string;
    pre: string;
    post: string;
    synapses: number;
    connectivity: string;
    delaySteps: number;
    queueSlots: number;
    arrays: string[];
  }[];
  inputs: { group: string; variable: string; kind: string }[];
  spikeMonitors: { name: string; group: string }[];
  stateMonitors: { name: string; owner: string; variables: readonly string[]; columns: number; every: number }[];
}

interface Manifest {
  format: 'braints-checkpoint';
  version: number;
  /** The step the network continues from (it keys the random draws). */
  step: number;
  layout: Layout;
}

/**
 * A fingerprint of a projection's synapses, the same on any number of processes: a hash of each
 * synapse's (index in the connector's list, presynaptic neuron, target, delay), summed over the
 * synapses in two 32-bit lanes, so that each process sums those it holds and the processes' sums
 * add up (collective in a distributed run).
 */
function connectivityFingerprint(p: ProjectionState, w: MpiWorld | undefined): string {
  const { col } = p.csr;
  let a = 0,
    b = 0;
  forEachDelayRun(p, (i, begin, end, steps) => {
    const row = fmix32(i ^ 0x9e3779b9);
    for (let k = begin; k < end; k++) {
      const h = fmix32(fmix32(fmix32(row ^ col[k]) ^ (steps < 0 ? p.delays![k] : steps)) ^ listIndex(p.csr, k));
      a = (a + h) >>> 0;
      b = (b + fmix32(h ^ 0x85ebca6b)) >>> 0;
    }
  });
  if (w && w.size > 1) {
    const sums = w.concat(Float64Array.of(a, b));
    [a, b] = [0, 0];
    for (let r = 0; r < sums.length; r += 2) [a, b] = [(a + sums[r]) >>> 0, (b + sums[r + 1]) >>> 0];
  }
  return [a, b].map((x) => x.toString(16).padStart(8, '0')).join('');
}

function layoutOf(net: CheckpointedNetwork, built: BuiltNetwork, fingerprints: string[]): Layout {
  return {
    dt: built.dt,
    seed: built.seed,
    threads: built.threads,
    precision: built.precision,
    groups: built.states.map((s) => ({
      name: s.name,
      model: s.group.model.ir.name,
      kernel: s.kernel.signature.symbol,
      kernelHash: hashOf(s.kernel.source.text),
      size: s.group.size,
      arrays: [...s.arrays.keys()],
      ringSlots: s.ringSlots,
    })),
    projections: built.projections.map((p, j) => ({
      name: p.name,
      model: p.synapse.model.ir.name,
      kernel: p.kernel.signature.symbol,
      kernelHash: hashOf(p.kernel.source.text),
      pre: p.pre.name,
      post: p.post.name,
      synapses: p.csr.listLength ?? p.csr.col.length,
      connectivity: fingerprints[j],
      delaySteps: p.delaySteps,
      queueSlots: p.queueSlots,
      arrays: [...p.arrays.keys()],
    })),
    inputs: net.inputSpecs.map((i) => ({ group: nameOfGroup(built, i), variable: i.variable, kind: i.kind })),
    spikeMonitors: net.spikeMonitors.map((m) => ({ name: m.name, group: built.states.find((s) => s.group === m.group)!.name })),
    stateMonitors: net.stateMonitors.map((m) => ({
      name: m.name,
      owner: m.ownerName,
      variables: m.variables,
      columns: m.count,
      every: m.every,
    })),
  };
}

const nameOfGroup = (built: BuiltNetwork, i: InputSpec): string => built.states.find((s) => s.group === i.group)!.name;

/** The first difference between two layouts, in words ("group E: size 400 there, 800 here"), or undefined. */
function difference(there: unknown, here: unknown, where: string): string | undefined {
  if (Array.isArray(there) && Array.isArray(here)) {
    const named = (xs: unknown[]) => xs.every((x) => typeof x === 'object' && x !== null && 'name' in x);
    if (named(there) && named(here)) {
      const names = (xs: unknown[]) => xs.map((x) => (x as { name: string }).name).join(', ') || 'none';
      if (names(there) !== names(here)) return `${where}: ${names(there)} there, ${names(here)} here`;
      for (let k = 0; k < there.length; k++) {
        const d = difference(there[k], here[k], `${where.replace(/s$/, '')} ${(here[k] as { name: string }).name}`);
        if (d) return d;
      }
      return undefined;
    }
    return JSON.stringify(there) === JSON.stringify(here)
      ? undefined
      : `${where}: ${JSON.stringify(there)} there, ${JSON.stringify(here)} here`;
  }
  if (typeof there === 'object' && there !== null && typeof here === 'object' && here !== null) {
    for (const key of Object.keys(here)) {
      if (key === 'name') continue;
      const d = difference(
        (there as Record<string, unknown>)[key],
        (here as Record<string, unknown>)[key],
        where ? `${where}: ${key}` : key,
      );
      if (d) return d;
    }
    return undefined;
  }
  return there === here ? undefined : `${where}: ${String(there)} there, ${String(here)} here`;
}

const arr = (data: NpzData, shape = [data.length]): NpzArray => ({ data, shape });

/** One value per neuron of group s from `part`, the values of the process's range (collective in a distributed run). */
function wholeBytes(part: Uint8Array, s: GroupState, w: MpiWorld | undefined): Uint8Array {
  if (!w || w.size === 1) return part;
  // a group of no neurons keeps one byte, as its built flags
  const whole = new Uint8Array(Math.max(1, s.group.size));
  whole.set(w.concat(Float64Array.from(part.subarray(0, s.end - s.begin))));
  return whole;
}

/**
 * A projection's delay queues as saved: each queue's count per slot (queues x slots: every
 * thread's, of every process in turn) and their synapses, slot after slot, by list index.
 */
function savedQueues(built: BuiltNetwork, p: ProjectionState, w: MpiWorld | undefined): { counts: BigInt64Array; items: Int32Array } {
  const counts = new Float64Array(built.threads * p.queueSlots);
  const queues = Array.from(p.queueCell, (q, t) => {
    if (q === 0n) return new Int32Array(0);
    const c = built.lib.queueContents(Number(q), p.queueSlots);
    c.counts.forEach((n, slot) => (counts[t * p.queueSlots + slot] = Number(n)));
    return c.items;
  });
  const items = new Float64Array(queues.reduce((n, x) => n + x.length, 0));
  queues.reduce((at, x) => (x.forEach((k, j) => (items[at + j] = listIndex(p.csr, k))), at + x.length), 0);
  const all = w && w.size > 1 ? [w.concat(counts), w.concat(items)] : [counts, items];
  return { counts: BigInt64Array.from(all[0], BigInt), items: Int32Array.from(all[1]) };
}

/**
 * Writes the checkpoint of a built network to `path` (an .npz), replacing the file atomically. In
 * a distributed run every process calls it (its parts are put together) and process 0 writes.
 */
export function saveCheckpoint(path: string, net: CheckpointedNetwork, built: BuiltNetwork): void {
  const w = built.mpi;
  const arrays = new Map<string, NpzArray>();
  for (const s of built.states) {
    for (const [f, a] of s.arrays) arrays.set(`groups/${s.name}/${f}`, arr(wholeArray(a, s, w)));
    arrays.set(`groups/${s.name}/params`, arr(s.params));
    arrays.set(`groups/${s.name}/spiked`, arr(wholeBytes(s.spiked, s, w)));
    // counted from the exchanged spikes, and the rings hold every process's: whole on each
    arrays.set(`groups/${s.name}/spike_count`, arr(s.spikeCount));
    arrays.set(`groups/${s.name}/ring`, arr(s.ring, [s.ringSlots, s.group.size]));
    arrays.set(`groups/${s.name}/ring_counts`, arr(s.ringCounts));
  }
  for (const p of built.projections) {
    const synapseArrays = [...p.arrays].filter(([f]) => !isPerTarget(p.synapse, f));
    const inList = wholeLists(
      p,
      synapseArrays.map(([, a]) => a),
      w,
    );
    synapseArrays.forEach(([f, a], j) => arrays.set(`projections/${p.name}/${f}`, arr(ofType(a, inList[j]))));
    for (const [f, a] of p.arrays) if (isPerTarget(p.synapse, f)) arrays.set(`projections/${p.name}/${f}`, arr(wholeArray(a, p.post, w)));
    arrays.set(`projections/${p.name}/params`, arr(p.params));
    if (p.delays) {
      const { counts, items } = savedQueues(built, p, w);
      arrays.set(`projections/${p.name}/queue_counts`, arr(counts, [counts.length / p.queueSlots, p.queueSlots]));
      arrays.set(`projections/${p.name}/queue_items`, arr(items));
    }
  }
  net.inputSpecs.forEach((inp, k) => inp.kind === 'events' && arrays.set(`inputs/${k}/cursor`, arr(inp.cursor)));
  net.spikeMonitors.forEach((m, k) => {
    const pairs = m.stepPairs();
    arrays.set(`spike_monitors/${k}/step_neuron`, arr(pairs, [pairs.length / 2, 2]));
  });
  net.stateMonitors.forEach((m, k) => {
    arrays.set(`state_monitors/${k}/steps`, arr(BigInt64Array.from(m.steps, BigInt)));
    for (const v of m.variables) arrays.set(`state_monitors/${k}/${v}`, arr(m.values(v).slice(), [m.steps.length, m.count]));
  });
  const manifest: Manifest = {
    format: 'braints-checkpoint',
    version: CHECKPOINT_VERSION,
    step: net.stepIndex,
    layout: layoutOf(net, built, fingerprints(built)),
  };
  if ((w?.rank ?? 0) === 0)
    writeNpz(path, arrays, new Map([['manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 1))]]));
  // a load that follows on another process finds the file written
  w?.barrier();
}

/** Every projection's connectivity fingerprint (collective in a distributed run). */
const fingerprints = (built: BuiltNetwork): string[] => built.projections.map((p) => connectivityFingerprint(p, built.mpi));

/** `values` as an array of the element type of `like` (float32 values are whole float32 numbers, so exactly). */
function ofType(like: RealArray, values: ArrayLike<number>): RealArray {
  if (values instanceof like.constructor) return values as RealArray;
  const out = realArray(like instanceof Float32Array ? 'float32' : 'float64', values.length);
  out.set(values);
  return out;
}

/** A checkpoint as read: its manifest and arrays, not yet checked against any network. */
export interface Checkpoint {
  path: string;
  manifest: Manifest;
  arrays: Map<string, NpzArray>;
}

export function readCheckpoint(path: string): Checkpoint {
  let read: ReturnType<typeof readNpz>;
  try {
    read = readNpz(path);
  } catch (e) {
    throw new BraintsError(`cannot read the checkpoint ${path}: ${(e as Error).message}`);
  }
  const text = read.files.get('manifest.json');
  const manifest = text && (JSON.parse(new TextDecoder().decode(text)) as Manifest);
  if (!manifest || manifest.format !== 'braints-checkpoint')
    throw new BraintsError(`${path} is not a BrainTS checkpoint (it has no manifest.json written by net.save)`);
  if (manifest.version !== CHECKPOINT_VERSION)
    throw new BraintsError(
      `the checkpoint ${path} is of format version ${manifest.version}; this BrainTS reads version ${CHECKPOINT_VERSION}`,
    );
  return { path, manifest, arrays: read.arrays };
}

/** dt, seed and threads the checkpoint's network was built with (a network not yet built is built with them). */
export const builtWith = (ck: Checkpoint): { dt: number; seed: number; threads: number; precision: Precision } => ({
  ...ck.manifest.layout,
  precision: savedPrecision(ck),
});

const savedPrecision = (ck: Checkpoint): Precision => ck.manifest.layout.precision ?? 'float64';

/** The saved array `name`, checked to be of `like`'s kind and to hold `length` values. */
function savedArray<A extends NpzData>(ck: Checkpoint, name: string, like: A, length: number): A {
  const a = ck.arrays.get(name);
  if (!a || a.data.constructor !== like.constructor || a.data.length !== length)
    throw new BraintsError(
      `the checkpoint ${ck.path} is damaged: ${name} is ${a ? `${a.data.length} values` : 'missing'}, the network has ${length}`,
    );
  return a.data as A;
}

/** Copies `name` of the checkpoint into `into`: its values from `from` on, of a saved array of `length` (into's own by default). */
function restoreArray(ck: Checkpoint, name: string, into: NpzData, from = 0, length = into.length): void {
  const a = savedArray(ck, name, into, length);
  (into as Float64Array).set((a as Float64Array).subarray(from, from + into.length));
}

/** Restores the checkpoint into a built network of the same layout (else a BraintsError saying what differs). */
export function restoreCheckpoint(ck: Checkpoint, net: CheckpointedNetwork, built: BuiltNetwork): void {
  // values are not converted: a float32 run's state rounded up is no float64 run's state, and a
  // float64 state rounded down would continue another trajectory than the saved run's
  if (savedPrecision(ck) !== built.precision)
    throw new BraintsError(
      `the checkpoint ${ck.path} was saved by a ${savedPrecision(ck)} run, and this network runs in ${built.precision}: load it into a network run with precision '${savedPrecision(ck)}'`,
    );
  // the state is the same on any number of threads (only the delay queues are kept per thread, and moved below)
  const d = difference({ ...ck.manifest.layout, threads: 0 }, { ...layoutOf(net, built, fingerprints(built)), threads: 0 }, '');
  if (d)
    throw new BraintsError(`the checkpoint ${ck.path} is of another network (${d}); load it into the network of the script that saved it`);
  for (const s of built.states) restoreGroup(ck, s);
  for (const p of built.projections) restoreProjection(ck, built, p);
  net.inputSpecs.forEach((inp, k) => inp.kind === 'events' && restoreArray(ck, `inputs/${k}/cursor`, inp.cursor));
  net.spikeMonitors.forEach((m, k) => {
    m.restore(
      ck.arrays.get(`spike_monitors/${k}/step_neuron`)!.data as Int32Array,
      built.states.find((s) => s.group === m.group)!,
    );
    m.dt = built.dt;
  });
  net.stateMonitors.forEach((m, k) => {
    const steps = Array.from(ck.arrays.get(`state_monitors/${k}/steps`)!.data as BigInt64Array, Number);
    m.restore(
      steps,
      m.variables.map((v) => ck.arrays.get(`state_monitors/${k}/${v}`)!.data as Float64Array),
    );
  });
  net.stepIndex = ck.manifest.step;
}

/** A group's arrays hold the process's range of its neurons (all on one process), the rings and counts all of them. */
function restoreGroup(ck: Checkpoint, s: GroupState): void {
  for (const [f, a] of s.arrays) restoreArray(ck, `groups/${s.name}/${f}`, a, s.begin, s.group.size);
  restoreArray(ck, `groups/${s.name}/params`, s.params);
  restoreArray(ck, `groups/${s.name}/spiked`, s.spiked.subarray(0, s.end - s.begin), s.begin, Math.max(1, s.group.size));
  restoreArray(ck, `groups/${s.name}/spike_count`, s.spikeCount);
  restoreArray(ck, `groups/${s.name}/ring`, s.ring);
  restoreArray(ck, `groups/${s.name}/ring_counts`, s.ringCounts);
}

/** Per-target arrays from the process's range of the targets; per-synapse ones by each held synapse's index in the list. */
function restoreProjection(ck: Checkpoint, built: BuiltNetwork, p: ProjectionState): void {
  for (const [f, a] of p.arrays) {
    const name = `projections/${p.name}/${f}`;
    if (isPerTarget(p.synapse, f)) restoreArray(ck, name, a, p.post.begin, p.post.group.size);
    else {
      const saved = savedArray(ck, name, a, p.csr.listLength ?? p.csr.col.length);
      for (let k = 0; k < a.length; k++) a[k] = saved[listIndex(p.csr, k)];
    }
  }
  restoreArray(ck, `projections/${p.name}/params`, p.params);
  // one delay, or rows sorted by delay: the spikes on their way are in the rings
  if (!p.delays) return;
  freeQueues(built, p);
  const counts = ck.arrays.get(`projections/${p.name}/queue_counts`)!.data as BigInt64Array;
  const items = ck.arrays.get(`projections/${p.name}/queue_items`)!.data as Int32Array;
  const queues = queuesFor(built, p, counts, items);
  queues.forEach(({ counts: mine, items: theirs }, t) => {
    if (theirs.length === 0) return;
    const q = built.lib.makeQueue(mine, theirs);
    if (q === 0) throw new BraintsError(`out of memory restoring the delay queue of projection ${p.name}`);
    p.queueCell[t] = BigInt(q);
  });
}

/**
 * The saved delay queues (`counts`: queues there x slots; `items`: their synapses by list index,
 * queue after queue, slot after slot) as this process's threads keep them: the synapses it holds,
 * each queued by the thread that delivers to its target (shareOf), or all in the first queue when
 * one thread delivers the projection (its target group dealt to it, or delivery not cut by target). Each slot keeps the order of its synapses, queue by queue: a
 * target's synapses were all in one queue (of one process and thread), in the order their onPre
 * runs, which is all that order decides.
 */
function queuesFor(
  built: BuiltNetwork,
  p: ProjectionState,
  counts: BigInt64Array,
  items: Int32Array,
): { counts: BigInt64Array; items: Int32Array }[] {
  const T = built.threads,
    slots = p.queueSlots;
  // as the driver delivers (runtime/native/driver.c): cut by target where every projection can be, and p is not dealt whole
  const parallel =
    T > 1 &&
    p.deliveredBy === undefined &&
    built.projections.every((x) => !deliversSpikes(x.synapse.model.ir) || x.splits || x.delayRows || x.deliveredBy !== undefined);
  const at = rowPositionsOf(p.csr);
  const bySlot: number[][][] = Array.from({ length: T }, () => Array.from({ length: slots }, () => []));
  let next = 0;
  for (let q = 0; q < counts.length / slots; q++) {
    for (let slot = 0; slot < slots; slot++) {
      for (let j = 0; j < Number(counts[q * slots + slot]); j++, next++) {
        const k = at ? at[items[next]] : items[next];
        // another process holds it
        if (k < 0) continue;
        bySlot[parallel ? shareOf(p.csr.col[k], p.post, T) : 0][slot].push(k);
      }
    }
  }
  return bySlot.map((queue) => ({
    counts: BigInt64Array.from(queue, (x) => BigInt(x.length)),
    items: Int32Array.from(queue.flat()),
  }));
}

/** The thread whose share of the process's neurons of a group holds neuron i (runtime/native/shares.h's share_begin: shares start at multiples of 64 from the range's begin). */
function shareOf(i: number, range: { begin: number; end: number }, T: number): number {
  const begin = (t: number) => (t >= T ? range.end : range.begin + (Math.floor(((range.end - range.begin) * t) / T) & ~63));
  let t = 0;
  while (begin(t + 1) <= i) t++;
  return t;
}
