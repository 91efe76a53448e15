// Plots of recorded state: a line per trace for a few, and for many a heat map of all of them
// (traces x time) above a few chosen traces and the mean ± sd band of all, so that no recorded
// column is hidden (a parameter sweep's oscillating neurons among them). The figure's subtitle
// says which was drawn.
import { PLOT_H, PLOT_W, SCHEMA, colourTable, pngUrl, render } from './render';
import { type TimeWindow, timeWindow } from './window';

export interface TracesOptions {
  title: string;
  t: Float64Array;
  /** Row-major (nSteps, nRecorded). */
  values: Float64Array;
  nRecorded: number;
  /** A label per recorded column, as the legend names its line ("V[3]"). */
  labels: string[];
  /** The value axis: the variable and its unit, "V (mV)". */
  yLabel: string;
  /** The heat map's row axis: what the plotted columns are ("neuron index"). */
  heatAxis?: string;
  /** The columns to plot (default: all). */
  columns?: readonly number[];
  /** The time to plot, ms (default: all recorded). */
  window?: TimeWindow;
  /** Up to this many traces are drawn as lines alone (default 8); more get the heat map. */
  maxSeries?: number;
}

// Per-series point budget; min/max decimation emits two points per bucket.
const MAX_POINTS = 4000;
/** Lines drawn beneath a heat map: this many traces spread over the columns. */
const SAMPLE_LINES = 5;
const HEAT_H = 360;
const LINES_H = 260;

/** The steps [lo, hi) of a window of recorded times. */
function stepsIn(t: Float64Array, [from, to]: TimeWindow): [number, number] {
  let lo = 0;
  while (lo < t.length && t[lo] < from) lo++;
  let hi = lo;
  while (hi < t.length && t[hi] <= to) hi++;
  return [lo, hi];
}

// Min/max decimation: per bucket keep the smallest and largest sample in time
// order, so spikes and other narrow excursions survive downsampling.
// Non-finite samples (a diverged run) are skipped rather than plotted.
function decimate(t: Float64Array, [lo, hi]: [number, number], value: (i: number) => number, push: (t: number, v: number) => void): void {
  const n = hi - lo;
  const buckets = Math.min(n, MAX_POINTS / 2);
  for (let b = 0; b < buckets; b++) {
    const start = lo + Math.floor((b * n) / buckets);
    const end = lo + Math.floor(((b + 1) * n) / buckets);
    let iMin = -1;
    let iMax = -1;
    for (let i = start; i < end; i++) {
      const v = value(i);
      if (!Number.isFinite(v)) continue;
      // First minimum, last maximum: a bucket of two samples keeps both.
      if (iMin < 0 || v < value(iMin)) iMin = i;
      if (iMax < 0 || v >= value(iMax)) iMax = i;
    }
    if (iMin < 0) continue;
    const [a, c] = iMin <= iMax ? [iMin, iMax] : [iMax, iMin];
    push(t[a], value(a));
    if (c !== a) push(t[c], value(c));
  }
}

function check(opts: TracesOptions): readonly number[] {
  const { t, values, nRecorded, labels } = opts;
  if (values.length !== t.length * nRecorded) {
    throw new Error(`plotTraces: values has ${values.length} entries, expected ${t.length} steps x ${nRecorded} recorded`);
  }
  if (labels.length !== nRecorded) throw new Error(`plotTraces: ${labels.length} labels for ${nRecorded} recorded series`);
  const columns = opts.columns ?? Array.from({ length: nRecorded }, (_, c) => c);
  if (columns.length === 0) throw new Error(`plot ${opts.title}: no recorded trace is among the ones asked for`);
  for (const c of columns)
    if (!(Number.isInteger(c) && c >= 0 && c < nRecorded))
      throw new Error(`plotTraces: column ${c} is not one of the ${nRecorded} recorded`);
  // Labels are the colour key; duplicates would merge lines into one.
  const shown = columns.map((c) => labels[c]);
  if (new Set(shown).size !== shown.length) throw new Error(`plotTraces: series labels must be unique: ${shown.join(', ')}`);
  return columns;
}

export async function plotTraces(path: string, opts: TracesOptions): Promise<void> {
  const columns = check(opts);
  const maxSeries = opts.maxSeries ?? 8;
  if (!(maxSeries >= 1)) throw new Error(`plotTraces: maxSeries must be at least 1, got ${maxSeries}`);
  const { t } = opts;
  const tEnd = t.length ? t[t.length - 1] : 0;
  const window = opts.window
    ? timeWindow(`plot ${opts.title}`, Math.max(tEnd, Number.MIN_VALUE), opts.window)
    : ([t[0] ?? 0, tEnd] as const);
  const steps = stepsIn(t, window);
  const x = { field: 't', type: 'quantitative', title: 'time (ms)', scale: { domain: [window[0], window[1]], nice: false, zero: false } };
  const when = opts.window ? `, ${window[0]} to ${window[1]} ms` : '';

  if (columns.length <= maxSeries) {
    const of = columns.length < opts.nRecorded ? ` (${columns.length} of ${opts.nRecorded} recorded)` : '';
    await render(path, {
      $schema: SCHEMA,
      title: `${opts.title}${of}${when}`,
      width: PLOT_W,
      height: PLOT_H,
      ...linesLayer(
        opts,
        columns,
        steps,
        x,
        opts.labels.filter((_, c) => columns.includes(c)),
      ),
    });
    return;
  }

  // Many traces: all of them in the heat map, a few spread over them as lines, and their mean ± sd.
  const sample = [
    ...new Set(Array.from({ length: SAMPLE_LINES }, (_, k) => columns[Math.round((k * (columns.length - 1)) / (SAMPLE_LINES - 1))])),
  ];
  const heat = await heatMap(opts, columns, steps);
  const band = meanBand(opts, columns, steps);
  const names = sample.map((c) => opts.labels[c]);
  await render(path, {
    $schema: SCHEMA,
    title: {
      text: `${opts.title}: ${columns.length} traces${columns.length < opts.nRecorded ? ` of ${opts.nRecorded} recorded` : ''}${when}`,
      subtitle: [
        `top: every trace, a ${heat.perRow > 1 ? `row per ${formatCount(heat.perRow)} traces (their mean)` : 'row each'}, bottom trace first;`,
        `bottom: ${names.join(', ')} and the mean ± sd of all ${columns.length}`,
      ],
    },
    vconcat: [
      {
        width: PLOT_W,
        height: HEAT_H,
        layer: [
          {
            data: { values: [{ t: window[0], r: columns.length, url: heat.url }] },
            mark: {
              type: 'image',
              width: PLOT_W,
              height: HEAT_H,
              aspect: false,
              align: 'left',
              baseline: 'top',
              smooth: false,
              aria: false,
            },
            encoding: {
              x: { ...x, title: null },
              y: {
                field: 'r',
                type: 'quantitative',
                title: columns.length < opts.nRecorded ? 'trace (nth plotted)' : (opts.heatAxis ?? 'trace (nth recorded)'),
                scale: { domain: [0, columns.length], nice: false },
              },
              url: { field: 'url', type: 'nominal' },
            },
          },
          // the colour legend: invisible points carrying the scale the pixels were drawn with
          {
            data: {
              values: [
                { t: window[0], r: 0, v: heat.min },
                { t: window[0], r: 0, v: heat.max },
              ],
            },
            mark: { type: 'point', opacity: 0 },
            encoding: {
              x,
              y: { field: 'r', type: 'quantitative' },
              color: { field: 'v', type: 'quantitative', title: opts.yLabel, scale: { scheme: 'viridis', domain: [heat.min, heat.max] } },
            },
          },
        ],
      },
      {
        width: PLOT_W,
        height: LINES_H,
        layer: [
          {
            data: { values: band },
            mark: { type: 'area', color: '#999', opacity: 0.35 },
            encoding: { x, y: { field: 'lo', type: 'quantitative', title: opts.yLabel, scale: { zero: false } }, y2: { field: 'hi' } },
          },
          {
            data: { values: band },
            mark: { type: 'line', color: 'black', strokeWidth: 1.5 },
            encoding: { x, y: { field: 'mean', type: 'quantitative' } },
          },
          linesLayer(opts, sample, steps, x, names),
        ],
      },
    ],
    resolve: { scale: { color: 'independent' } },
    config: { concat: { spacing: 10 } },
  });
}

function formatCount(n: number): string {
  return n < 10 ? n.toFixed(1) : String(Math.round(n));
}

/** One decimated line per column, coloured by its label; `key` lists the legend's entries in order. */
function linesLayer(opts: TracesOptions, columns: readonly number[], steps: [number, number], x: object, key: string[]): object {
  const rows: { t: number; v: number; s: string }[] = [];
  for (const c of columns) {
    const s = opts.labels[c];
    decimate(
      opts.t,
      steps,
      (i) => opts.values[i * opts.nRecorded + c],
      (tv, v) => rows.push({ t: tv, v, s }),
    );
  }
  return {
    data: { values: rows },
    mark: { type: 'line', strokeWidth: 1 },
    encoding: {
      x,
      y: { field: 'v', type: 'quantitative', title: opts.yLabel, scale: { zero: false } },
      color: { field: 's', type: 'nominal', title: null, sort: key, scale: { domain: key } },
    },
  };
}

/** Per time bucket (a pixel column's worth of steps, or one step), the mean and sd over the columns. */
function meanBand(
  opts: TracesOptions,
  columns: readonly number[],
  [lo, hi]: [number, number],
): { t: number; mean: number; lo: number; hi: number }[] {
  const n = hi - lo;
  const buckets = Math.min(n, PLOT_W);
  const out: { t: number; mean: number; lo: number; hi: number }[] = [];
  for (let b = 0; b < buckets; b++) {
    const start = lo + Math.floor((b * n) / buckets);
    const end = lo + Math.floor(((b + 1) * n) / buckets);
    let sum = 0;
    let sq = 0;
    let k = 0;
    for (let i = start; i < end; i++) {
      for (const c of columns) {
        const v = opts.values[i * opts.nRecorded + c];
        if (!Number.isFinite(v)) continue;
        sum += v;
        sq += v * v;
        k++;
      }
    }
    if (k === 0) continue;
    const mean = sum / k;
    const sd = Math.sqrt(Math.max(0, sq / k - mean * mean));
    out.push({ t: opts.t[start], mean, lo: mean - sd, hi: mean + sd });
  }
  return out;
}

/**
 * The heat map as an image: a pixel row per column (or per group of columns, averaged, where there
 * are more columns than rows), a pixel column per time bucket (its steps averaged), viridis
 * from the smallest to the largest value.
 */
async function heatMap(
  opts: TracesOptions,
  columns: readonly number[],
  [lo, hi]: [number, number],
): Promise<{ url: string; min: number; max: number; perRow: number }> {
  const nC = columns.length;
  const nT = hi - lo;
  const sums = new Float64Array(PLOT_W * HEAT_H);
  const counts = new Float64Array(PLOT_W * HEAT_H);
  let min = Infinity;
  let max = -Infinity;
  // cell of (step, column): pixel column floor(step W / nT), pixel row floor(rank H / nC) from the bottom
  for (let i = lo; i < hi; i++) {
    const px = Math.min(PLOT_W - 1, Math.floor(((i - lo) * PLOT_W) / nT));
    for (let r = 0; r < nC; r++) {
      const v = opts.values[i * opts.nRecorded + columns[r]];
      if (!Number.isFinite(v)) continue;
      const cell = (HEAT_H - 1 - Math.floor((r * HEAT_H) / nC)) * PLOT_W + px;
      sums[cell] += v;
      counts[cell]++;
    }
  }
  for (let p = 0; p < sums.length; p++) {
    if (counts[p] === 0) continue;
    sums[p] /= counts[p];
    if (sums[p] < min) min = sums[p];
    if (sums[p] > max) max = sums[p];
  }
  if (!(min <= max)) [min, max] = [0, 1]; // nothing finite
  if (min === max) max = min + 1;
  // Fewer steps than pixel columns: a sample also fills the columns up to the next one. Fewer
  // traces than pixel rows: a trace's row also fills the rows up to the next trace's.
  for (let y = 0; y < HEAT_H; y++) {
    for (let xp = 1; xp < PLOT_W; xp++) {
      const p = y * PLOT_W + xp;
      if (counts[p] === 0 && counts[p - 1] > 0) [sums[p], counts[p]] = [sums[p - 1], counts[p - 1]];
    }
  }
  for (let y = HEAT_H - 2; y >= 0; y--) {
    if (counts.subarray(y * PLOT_W, (y + 1) * PLOT_W).some((c) => c > 0)) continue;
    sums.copyWithin(y * PLOT_W, (y + 1) * PLOT_W, (y + 2) * PLOT_W);
    counts.copyWithin(y * PLOT_W, (y + 1) * PLOT_W, (y + 2) * PLOT_W);
  }
  const table = await colourTable('viridis');
  const rgba = new Uint8Array(PLOT_W * HEAT_H * 4);
  for (let p = 0; p < sums.length; p++) {
    if (counts[p] === 0) continue;
    const k = 3 * Math.round((255 * (sums[p] - min)) / (max - min));
    rgba.set([table[k], table[k + 1], table[k + 2], 255], 4 * p);
  }
  return { url: pngUrl(PLOT_W, HEAT_H, rgba), min, max, perRow: nC / HEAT_H };
}
