// Initial values of a group's variables: a constant, an array, a seeded distribution, or a function
// of the neuron index. Distributions draw from the counter-based generator, so a value depends
// only on (seed, group, variable, neuron).
import { fmix32, normalDraw, uniformDraw } from './random';
import { BraintsError } from './errors';
import type { ModelIR } from '../ir/types';
import type { GroupKernel } from './kernels';
import type { Csr } from './csr';
import { drawBoundedNormal } from './native-synapse-values';
import type { BoundedNormal } from './native-synapse-values';
import type { RealArray } from './native-memory';
import { realArray } from './native-memory';

export type Initializer =
  | number
  | ArrayLike<number>
  | ((i: number) => number)
  | { kind: 'uniform'; low: number; high: number }
  | { kind: 'normal'; mean: number; std: number; min: number; max: number };

/** Uniformly distributed values in [low, high). */
export function uniform(low: number, high: number): Initializer {
  if (!(high >= low)) throw new BraintsError(`uniform(${low}, ${high}): high must not be below low`);
  return { kind: 'uniform', low, high };
}

/**
 * Normally distributed values; with `min` or `max`, a draw outside [min, max] is drawn again
 * (NEST's `redraw`: a truncated normal, e.g. weights that keep their sign, delays of at least dt/2).
 */
export function normal(mean: number, std: number, bounds: { min?: number; max?: number } = {}): Initializer {
  const min = bounds.min ?? -Infinity,
    max = bounds.max ?? Infinity;
  const what = `normal(${mean}, ${std}${bounds.min !== undefined || bounds.max !== undefined ? `, { min: ${min}, max: ${max} }` : ''})`;
  if (!Number.isFinite(mean) || !Number.isFinite(std)) throw new BraintsError(`${what}: mean and std must be finite numbers`);
  if (!(std >= 0)) throw new BraintsError(`${what}: std must be >= 0`);
  if (!(min <= max)) throw new BraintsError(`${what}: min must not be above max`);
  return { kind: 'normal', mean, std, min, max };
}

/** Redraws of a bounded normal before it is called a mistake: [min, max] then holds almost none of the law. */
const MAX_REDRAWS = 1000;

/** A normal draw of element key `k`, drawn again (counters 1, 2, ...) while outside [min, max]. */
function boundedNormal(init: BoundedNormal, k: number, what: string): number {
  for (let counter = 0; counter < MAX_REDRAWS; counter++) {
    const x = init.mean + init.std * normalDraw(k, counter);
    if (x >= init.min && x <= init.max) return x;
  }
  throw new BraintsError(noDrawInside(init, what));
}

/** The message of a bounded normal whose bounds hold (almost) none of the law. */
export const noDrawInside = (init: BoundedNormal, what: string): string =>
  `${what}: ${MAX_REDRAWS} draws in a row of normal(${init.mean}, ${init.std}) fell outside [${init.min}, ${init.max}]; widen the bounds`;

/**
 * Checks what can be checked of an initializer before the network is built: its kind, and an
 * array's length when the number of elements is known (`n`; a projection's synapses are counted
 * only when it is built).
 */
export function checkInitializer(init: unknown, what: string, n?: number): void {
  if (typeof init === 'number' || typeof init === 'function') return;
  if (init && typeof init === 'object' && 'kind' in init) return;
  if (init && typeof init === 'object' && typeof (init as ArrayLike<number>).length === 'number') {
    const length = (init as ArrayLike<number>).length;
    if (n !== undefined && length !== n) throw new BraintsError(`${what}: the array has ${length} values for ${n} neurons`);
    return;
  }
  throw new BraintsError(
    `${what}: give a number, an array, a distribution (uniform, normal) or a function of the index, not ${String(init)}`,
  );
}

/** The first element of `values` that is not finite, as a message naming it, or undefined. */
export function nonFiniteInitial(values: ArrayLike<number>, what: string, element?: (k: number) => string): string | undefined {
  for (let k = 0; k < values.length; k++) {
    if (Number.isFinite(values[k])) continue;
    // one value for the whole group or projection: a parameter given as a number
    return element
      ? `${what}: the initial value of ${element(k)} is ${values[k]}; give a finite number`
      : `${what} is ${values[k]}; give a finite number`;
  }
  return undefined;
}

/**
 * The first initial value of a group's or projection's arrays (`element` names the element k of
 * field f) or of its uniform parameters that is not finite, as a message; undefined when all are.
 */
export function nonFiniteInitialState(
  owner: string,
  arrays: Map<string, RealArray>,
  kernel: GroupKernel,
  params: RealArray,
  element: (field: string, k: number) => string,
): string | undefined {
  for (const [f, a] of arrays) {
    const bad = nonFiniteInitial(a, `${owner}.${f}`, (k) => element(f, k));
    if (bad) return bad;
  }
  for (const [j, p] of kernel.signature.uniformParams.entries()) {
    const bad = nonFiniteInitial([params[j]], `${owner}.${p}`);
    if (bad) return bad;
  }
  return undefined;
}

/** The kernel's group-uniform values: parameters as given (or their defaults), uniform currents at 0. */
export function uniformValues(ir: ModelIR, kernel: GroupKernel, init: Record<string, Initializer>): RealArray {
  const params = realArray(kernel.signature.precision, kernel.signature.uniformParams.length);
  kernel.signature.uniformParams.forEach((p, j) => {
    const given = init[p];
    params[j] = typeof given === 'number' ? given : ir.fields.find((x) => x.name === p)!.init;
  });
  return params;
}

/** Whether an initializer's values are all finite by construction: a normal law (normal() takes only a finite mean and std). */
export const isFiniteByConstruction = (init: Initializer | undefined): boolean =>
  typeof init === 'object' && 'kind' in init && init.kind === 'normal';

/** True when the initializer gives every neuron its own value. */
export const isPerNeuron = (init: Initializer): boolean => typeof init !== 'number';

/** Stream id of one variable of one group, for initial-value draws. */
function initStream(group: string, variable: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${group}\u0000${variable}`) h = fmix32(h ^ ch.codePointAt(0)!);
  return h;
}

/** The key of a distribution's draws for `owner.variable`: element x draws from fmix32(key ^ x). */
export const drawKey = (seed: number, owner: string, variable: string): number => fmix32(fmix32(seed >>> 0) ^ initStream(owner, variable));

/**
 * The initial value of element x of `owner.variable` under a per-element initializer (an array is
 * checked to have `n` values first). A distribution's draw for element x depends on x only.
 */
function valueOf(
  init: Exclude<Initializer, number>,
  seed: number,
  owner: string,
  variable: string,
  n: number,
  elements: 'neurons' | 'synapses',
): (x: number) => number {
  if (typeof init === 'function') return init;
  if ('kind' in init) {
    const key = drawKey(seed, owner, variable);
    return init.kind === 'uniform'
      ? (x) => init.low + (init.high - init.low) * uniformDraw(fmix32(key ^ x), 0)
      : (x) => boundedNormal(init, fmix32(key ^ x), `${owner}.${variable}`);
  }
  if (init.length !== n) throw new BraintsError(`${owner}.${variable}: the array has ${init.length} values for ${n} ${elements}`);
  return (x) => init[x];
}

/**
 * Fills `out` with the initial values of `owner.variable`, one per element (neurons, or synapses in
 * the order of the connector's list). A distribution's draw for element x depends on x only. `out`
 * holds elements `held.first` on of `held.of` (a process's range of a group; all by default).
 */
export function fillInitial(
  out: RealArray,
  init: Initializer,
  seed: number,
  owner: string,
  variable: string,
  elements: 'neurons' | 'synapses' = 'neurons',
  held: { first: number; of: number } = { first: 0, of: out.length },
): void {
  if (typeof init === 'number') {
    out.fill(init);
    return;
  }
  const value = valueOf(init, seed, owner, variable, held.of, elements);
  for (let i = 0; i < out.length; i++) out[i] = value(held.first + i);
}

/**
 * As fillInitial for a projection's per-synapse variable: values come in the connector's list
 * order and are stored in row order, `out[k] = value[csr.order[k]]`. The list has `listLength`
 * synapses: more than `out` holds where this process holds only those onto its neurons (MPI).
 * A number reads neither (a distributed fixedProb computes its order only when asked). A normal
 * law is drawn in C (runtime/native/synapse-values.c) on `threads` threads: the same draws, their
 * values the same but for the last bits of some (libm and libmvec against V8's log and cos).
 */
export function fillPerSynapse(
  out: RealArray,
  init: Initializer,
  seed: number,
  projection: string,
  variable: string,
  csr: Csr,
  threads = 1,
): void {
  if (typeof init === 'object' && 'kind' in init && init.kind === 'normal') {
    // rows sorted by delay give their list order as `within`, not as the 4-byte order made from it
    const order = csr.within ? { rowptr: csr.rowptr, within: csr.within } : csr.order;
    if (order instanceof Int32Array && order.length !== out.length)
      throw new Error(`BrainTS bug: ${projection}.${variable} has ${out.length} synapses, its order ${order.length}`);
    const failure = drawBoundedNormal(out, init, drawKey(seed, projection, variable), order, threads);
    if (failure) throw new BraintsError(noDrawInside(init, `${projection}.${variable}`));
    return;
  }
  // (csr.order is read last: for rows sorted by delay it is made, 4 bytes a synapse, when first read)
  if (typeof init === 'number' || (!csr.within && !csr.order)) return fillInitial(out, init, seed, projection, variable, 'synapses');
  const value = valueOf(init, seed, projection, variable, csr.listLength ?? out.length, 'synapses');
  const { rowptr, within } = csr;
  if (within) {
    // rows sorted by delay: row i's list begins at rowptr[i], each synapse's place in it from `within`
    for (let i = 0; i + 1 < rowptr.length; i++) for (let k = rowptr[i]; k < rowptr[i + 1]; k++) out[k] = value(rowptr[i] + within[k]);
    return;
  }
  const order = csr.order!;
  for (let k = 0; k < out.length; k++) out[k] = value(order[k]);
}
