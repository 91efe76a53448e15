// What part of a recording a plot shows: a time window, and for rasters a range of neurons.

/** A time window in ms, from `from` to `to` included. */
export type TimeWindow = readonly [from: number, to: number];

/** Neurons from, from + step, ... below `to` (numpy's from:to:step). */
export interface NeuronRange {
  from: number;
  to: number;
  step?: number;
}

/** The window a plot shows: the one asked for, else the whole run; checked against the run. */
export function timeWindow(what: string, durationMs: number, window: TimeWindow | undefined): TimeWindow {
  if (!window) return [0, durationMs];
  const [from, to] = window;
  if (!(Number.isFinite(from) && Number.isFinite(to) && from >= 0 && to > from)) {
    throw new Error(`${what}: the time window ${from}:${to} ms needs 0 <= from < to`);
  }
  if (from >= durationMs) throw new Error(`${what}: the time window ${from}:${to} ms starts after the run's end at ${durationMs} ms`);
  return [from, Math.min(to, durationMs)];
}

/** The neurons of a range, checked against a group of `size`; all of them where none is asked for. */
export function neuronsOf(what: string, size: number, range: NeuronRange | undefined): Required<NeuronRange> {
  if (!range) return { from: 0, to: size, step: 1 };
  const { from, to } = range;
  const step = range.step ?? 1;
  if (![from, to, step].every(Number.isInteger) || from < 0 || to <= from || step < 1) {
    throw new Error(`${what}: the neuron range ${from}:${to}:${step} needs whole numbers with 0 <= from < to and step >= 1`);
  }
  if (from >= size) throw new Error(`${what}: the neuron range ${from}:${to} starts beyond the group's ${size} neurons`);
  return { from, to: Math.min(to, size), step };
}

/** How many neurons a range holds. */
export const rangeCount = (r: Required<NeuronRange>): number => Math.ceil((r.to - r.from) / r.step);

/** A range as a modeller reads it: "neurons 0 to 9999", "every 20th of neurons 0 to 9999". */
export function describeRange(r: Required<NeuronRange>): string {
  const last = r.from + (rangeCount(r) - 1) * r.step;
  const span = r.from === last ? `neuron ${r.from}` : `neurons ${r.from} to ${last}`;
  return r.step === 1 ? span : `every ${ordinal(r.step)} of ${span}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
