// Checkpoints of a built network (net.save / net.load): everything a run depends on, in an .npz
// that numpy.load opens, one array per state, with a manifest.json that says what network it is.
// Loading checks the manifest against the network first, so a checkpoint of another model or
// layout is refused with what differs, before any state is touched.
import { createHash } from 'crypto';
import type { BuiltNetwork, GroupState, InputSpec, ProjectionState } from './native-memory';
import type { StateMonitor } from './monitors';
import type { SpikeMonitor } from './spike-monitor';
import { freeQueues } from './initial-state';
import { hashOf } from './cache';
import { readNpz, writeNpz } from './output/npz';
import type { NpzArray, NpzData } from './output/npz';
import { BraintsError } from './errors';
import type { Precision } from '../ir/pipeline';
import { deliversSpikes } from '../ir/types';

export const CHECKPOINT_VERSION = 1;

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

/** A hash of a projection's synapses (rows and targets): the same script and seed give the same. */
function connectivityHash(p: ProjectionState): string {
  const h = createHash('sha256');
  for (const a of [p.csr.rowptr, p.csr.col, p.delays ?? new Int32Array(0)]) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return h.digest('hex').slice(0, 32);
}

function layoutOf(net: CheckpointedNetwork, built: BuiltNetwork): Layout {
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
    projections: built.projections.map((p) => ({
      name: p.name,
      model: p.synapse.model.ir.name,
      kernel: p.kernel.signature.symbol,
      kernelHash: hashOf(p.kernel.source.text),
      pre: p.pre.name,
      post: p.post.name,
      synapses: p.csr.col.length,
      connectivity: connectivityHash(p),
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

/** Writes the checkpoint of a built network to `path` (an .npz), replacing the file atomically. */
export function saveCheckpoint(path: string, net: CheckpointedNetwork, built: BuiltNetwork): void {
  const arrays = new Map<string, NpzArray>();
  for (const s of built.states) {
    for (const [f, a] of s.arrays) arrays.set(`groups/${s.name}/${f}`, arr(a));
    arrays.set(`groups/${s.name}/params`, arr(s.params));
    arrays.set(`groups/${s.name}/spiked`, arr(s.spiked));
    arrays.set(`groups/${s.name}/spike_count`, arr(s.spikeCount));
    arrays.set(`groups/${s.name}/ring`, arr(s.ring, [s.ringSlots, s.group.size]));
    arrays.set(`groups/${s.name}/ring_counts`, arr(s.ringCounts));
  }
  for (const p of built.projections) {
    for (const [f, a] of p.arrays) arrays.set(`projections/${p.name}/${f}`, arr(a));
    arrays.set(`projections/${p.name}/params`, arr(p.params));
    if (p.delaySteps < 0) {
      // the driver's per-thread queues: each slot's count (threads x slots), then the synapses slot after slot
      const counts = new BigInt64Array(built.threads * p.queueSlots);
      const items: Int32Array[] = [];
      p.queueCell.forEach((q, t) => {
        if (q === 0n) return;
        const c = built.lib.queueContents(Number(q), p.queueSlots);
        counts.set(c.counts, t * p.queueSlots);
        items.push(c.items);
      });
      const all = new Int32Array(items.reduce((n, x) => n + x.length, 0));
      items.reduce((at, x) => (all.set(x, at), at + x.length), 0);
      arrays.set(`projections/${p.name}/queue_counts`, arr(counts, [built.threads, p.queueSlots]));
      arrays.set(`projections/${p.name}/queue_items`, arr(all));
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
    layout: layoutOf(net, built),
  };
  writeNpz(path, arrays, new Map([['manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 1))]]));
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

/** Copies `name` of the checkpoint into `into` (same length and kind, checked). */
function restoreArray(ck: Checkpoint, name: string, into: NpzData): void {
  const a = ck.arrays.get(name);
  if (!a || a.data.constructor !== into.constructor || a.data.length !== into.length)
    throw new BraintsError(
      `the checkpoint ${ck.path} is damaged: ${name} is ${a ? `${a.data.length} values` : 'missing'}, the network has ${into.length}`,
    );
  (into as Float64Array).set(a.data as Float64Array);
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
  const d = difference({ ...ck.manifest.layout, threads: 0 }, { ...layoutOf(net, built), threads: 0 }, '');
  if (d)
    throw new BraintsError(`the checkpoint ${ck.path} is of another network (${d}); load it into the network of the script that saved it`);
  for (const s of built.states) restoreGroup(ck, s);
  for (const p of built.projections) restoreProjection(ck, built, p);
  net.inputSpecs.forEach((inp, k) => inp.kind === 'events' && restoreArray(ck, `inputs/${k}/cursor`, inp.cursor));
  net.spikeMonitors.forEach((m, k) => {
    m.restore(ck.arrays.get(`spike_monitors/${k}/step_neuron`)!.data as Int32Array);
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

function restoreGroup(ck: Checkpoint, s: GroupState): void {
  for (const [f, a] of s.arrays) restoreArray(ck, `groups/${s.name}/${f}`, a);
  restoreArray(ck, `groups/${s.name}/params`, s.params);
  restoreArray(ck, `groups/${s.name}/spiked`, s.spiked);
  restoreArray(ck, `groups/${s.name}/spike_count`, s.spikeCount);
  restoreArray(ck, `groups/${s.name}/ring`, s.ring);
  restoreArray(ck, `groups/${s.name}/ring_counts`, s.ringCounts);
}

function restoreProjection(ck: Checkpoint, built: BuiltNetwork, p: ProjectionState): void {
  for (const [f, a] of p.arrays) restoreArray(ck, `projections/${p.name}/${f}`, a);
  restoreArray(ck, `projections/${p.name}/params`, p.params);
  if (p.delaySteps >= 0) return;
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
 * The saved delay queues (`counts`: threads there x slots; `items`: the synapses, queue after
 * queue, slot after slot) as this network's threads keep them: a synapse is queued by the thread
 * that delivers to its target (shareOf), or all by thread 0 when delivery is not cut by target.
 * Each slot keeps the order of its synapses, queue by queue: a target's synapses were all in one
 * queue, in the order their onPre runs, which is all that order decides.
 */
function queuesFor(
  built: BuiltNetwork,
  p: ProjectionState,
  counts: BigInt64Array,
  items: Int32Array,
): { counts: BigInt64Array; items: Int32Array }[] {
  const T = built.threads,
    slots = p.queueSlots;
  const parallel = T > 1 && built.projections.every((x) => !deliversSpikes(x.synapse.model.ir) || x.splits);
  const bySlot: number[][][] = Array.from({ length: T }, () => Array.from({ length: slots }, () => []));
  let at = 0;
  for (let q = 0; q < counts.length / slots; q++) {
    for (let slot = 0; slot < slots; slot++) {
      for (let j = 0; j < Number(counts[q * slots + slot]); j++, at++) {
        const k = items[at];
        bySlot[parallel ? shareOf(p.csr.col[k], p.post.group.size, T) : 0][slot].push(k);
      }
    }
  }
  return bySlot.map((queue) => ({
    counts: BigInt64Array.from(queue, (x) => BigInt(x.length)),
    items: Int32Array.from(queue.flat()),
  }));
}

/** The thread whose share of a group of n neurons holds neuron i (runtime/native/shares.h's share_begin: shares start at multiples of 64). */
function shareOf(i: number, n: number, T: number): number {
  const begin = (t: number) => (t >= T ? n : Math.floor((n * t) / T) & ~63);
  let t = 0;
  while (begin(t + 1) <= i) t++;
  return t;
}
