// Per-synapse bounded normal draws in C (runtime/native/synapse-values.c), compiled once into a
// small cached library and called through koffi: weights as doubles or floats (drawn in double,
// rounded once), delays straight into whole
// steps of the narrowest type that holds them. The draws are those of runtime/init.ts's
// boundedNormal (same keys, counters and formula), threaded over contiguous shares of the synapses.
import koffi from 'koffi';
import { writeFileSync } from 'node:fs';
import { cached } from './cache';
import { NATIVE_DIR, nativeSource } from './native';
import { compileCCommand, linkSharedCommand, runNow } from '../llvm/toolchain';

/** A bounded normal law: mean + std * N(0, 1), drawn again while outside [min, max]. */
export interface BoundedNormal {
  mean: number;
  std: number;
  min: number;
  max: number;
}

/** What went wrong first (by row position): the status codes of synapse-values.c. */
export type DrawFailure =
  | { kind: 'no draw inside'; at: number }
  | { kind: 'invalid delay'; at: number; ms: number }
  | { kind: 'delay too long'; at: number; ms: number };

const FAILURES = [undefined, 'no draw inside', 'invalid delay', 'delay too long'] as const;

type Draw = (...args: unknown[]) => void;
let lib: { values: Draw; steps: Draw } | undefined;

function load(): { values: Draw; steps: Draw } {
  const source = nativeSource('synapse-values.c');
  const so = cached(`synapse-values-${source.identity}.so`, (tmp) => {
    writeFileSync(`${tmp}.c`, source.text);
    runNow(compileCCommand(`${tmp}.c`, `${tmp}.o`, NATIVE_DIR));
    runNow(linkSharedCommand([`${tmp}.o`], tmp));
  });
  const l = koffi.load(so.path);
  return {
    values: l.func(
      'void braints_bounded_normal(int64_t, void *order, void *rowptr, int64_t, void *within, uint32_t, double, double, double, double, int32_t width, void *out, int32_t, void *report, void *value)',
    ),
    steps: l.func(
      'void braints_bounded_normal_steps(int64_t, void *order, uint32_t, double, double, double, double, double, int32_t, void *out, int32_t, void *report, void *value)',
    ),
  };
}

function failureOf(report: BigInt64Array, value: Float64Array): DrawFailure | undefined {
  const kind = FAILURES[Number(report[0])];
  const at = Number(report[1]);
  if (kind === undefined) return undefined;
  return kind === 'no draw inside' ? { kind, at } : { kind, at, ms: value[0] };
}

/**
 * Where the synapse at each row position is in the connector's list: `order[k]`, or for rows sorted
 * by delay from the list's own order, rowptr[i] + within[k] (k in row i; runtime/delay-rows.ts).
 */
export type ListOrder = Int32Array | { rowptr: Int32Array; within: Uint16Array };

/**
 * out[k] = the draw of list element order[k] (k where order is absent) under key `key`, on
 * `threads` threads; the first failure by row position, or undefined.
 */
export function drawBoundedNormal(
  out: Float64Array | Float32Array,
  law: BoundedNormal,
  key: number,
  order: ListOrder | undefined,
  threads: number,
): DrawFailure | undefined {
  lib ??= load();
  const report = new BigInt64Array(4),
    value = new Float64Array(1);
  const [list, rows] = order instanceof Int32Array ? [order, undefined] : [undefined, order];
  lib.values(
    out.length,
    list ?? null,
    rows?.rowptr ?? null,
    rows ? rows.rowptr.length - 1 : 0,
    rows?.within ?? null,
    key >>> 0,
    law.mean,
    law.std,
    law.min,
    law.max,
    out.BYTES_PER_ELEMENT,
    out,
    threads,
    report,
    value,
  );
  return failureOf(report, value);
}

/**
 * As drawBoundedNormal for delays in ms, stored as round(ms / dt) steps in `out` (uint16 or
 * int32); `shortest` and `longest` are the shortest and longest delays in steps. 'delay too long' is a delay beyond the type.
 */
export function drawBoundedNormalSteps(
  out: Uint16Array | Int32Array,
  law: BoundedNormal,
  dt: number,
  key: number,
  order: Int32Array | undefined,
  threads: number,
): { failure?: DrawFailure; shortest: number; longest: number } {
  lib ??= load();
  const report = new BigInt64Array(4),
    value = new Float64Array(1);
  lib.steps(
    out.length,
    order ?? null,
    key >>> 0,
    law.mean,
    law.std,
    law.min,
    law.max,
    dt,
    out.BYTES_PER_ELEMENT,
    out,
    threads,
    report,
    value,
  );
  return { failure: failureOf(report, value), shortest: Number(report[3]), longest: Number(report[2]) };
}
