// Run-contract plots: recorded traces and spike rasters, described as
// vega-lite specs, laid out by vega into SVG and rasterized by resvg.
import { Resvg } from '@resvg/resvg-js';
import { writeFileAtomic } from './atomic';
import { encodePng } from './png';

// The slice of the vega and vega-lite APIs used here, typed locally: both
// packages are ESM-only, loaded untyped through importEsm below, and
// vega-lite's typings are not reachable under the project's "node" module
// resolution (they sit behind package.json "exports").
interface VegaView {
  toSVG(): Promise<string>;
  finalize(): void;
}
interface Vega {
  parse(spec: object): object;
  View: new (runtime: object, options: { renderer: 'none' }) => VegaView;
}
interface VegaLite {
  compile(spec: object): { spec: object };
}

// vega has top-level await, so require() cannot load it and it needs a real
// import(); TypeScript's CommonJS output would rewrite a literal import() into
// require(), hence the indirection through Function.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

let libs: Promise<{ vega: Vega; vl: VegaLite }> | undefined;
function loadLibs(): Promise<{ vega: Vega; vl: VegaLite }> {
  libs ??= Promise.all([importEsm('vega'), importEsm('vega-lite')]).then(([vega, vl]) => ({
    vega: vega as Vega,
    vl: vl as VegaLite,
  }));
  return libs;
}

// vega lays text out for a generic 'sans-serif', which resvg maps to Arial by
// default; where Arial is missing it falls back to whatever font it finds first
// (on Debian a serif one). Name DejaVu Sans (Debian: fonts-dejavu-core) instead.
const FONT = { loadSystemFonts: true, sansSerifFamily: 'DejaVu Sans', defaultFontFamily: 'DejaVu Sans' };

async function render(path: string, spec: object): Promise<void> {
  const { vega, vl } = await loadLibs();
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const out = path.toLowerCase().endsWith('.svg')
      ? Buffer.from(svg, 'utf8')
      : new Resvg(svg, { font: FONT, background: 'white' }).render().asPng();
    writeFileAtomic(path, [out]);
  } finally {
    view.finalize();
  }
}

const PLOT_W = 1000;
const PLOT_H = 500;
// Per-series point budget; min/max decimation emits two points per bucket.
const MAX_POINTS = 4000;

export interface TracesOptions {
  title: string;
  t: Float64Array;
  /** Row-major (nSteps, nRecorded). */
  values: Float64Array;
  nRecorded: number;
  labels: string[];
  yLabel: string;
  maxSeries?: number;
}

// Min/max decimation: per bucket keep the smallest and largest sample in time
// order, so spikes and other narrow excursions survive downsampling.
// Non-finite samples (a diverged run) are skipped rather than plotted.
function decimate(t: Float64Array, values: Float64Array, stride: number, col: number, push: (t: number, v: number) => void): void {
  const n = t.length;
  const buckets = Math.min(n, MAX_POINTS / 2);
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor((b * n) / buckets);
    const hi = Math.floor(((b + 1) * n) / buckets);
    let iMin = -1;
    let iMax = -1;
    for (let i = lo; i < hi; i++) {
      const v = values[i * stride + col];
      if (!Number.isFinite(v)) continue;
      // First minimum, last maximum: a bucket of two samples keeps both.
      if (iMin < 0 || v < values[iMin * stride + col]) iMin = i;
      if (iMax < 0 || v >= values[iMax * stride + col]) iMax = i;
    }
    if (iMin < 0) continue;
    const [a, c] = iMin <= iMax ? [iMin, iMax] : [iMax, iMin];
    push(t[a], values[a * stride + col]);
    if (c !== a) push(t[c], values[c * stride + col]);
  }
}

export async function plotTraces(path: string, opts: TracesOptions): Promise<void> {
  const { t, values, nRecorded, labels } = opts;
  if (values.length !== t.length * nRecorded) {
    throw new Error(`plotTraces: values has ${values.length} entries, expected ${t.length} steps x ${nRecorded} recorded`);
  }
  if (labels.length !== nRecorded) throw new Error(`plotTraces: ${labels.length} labels for ${nRecorded} recorded series`);
  const maxSeries = opts.maxSeries ?? 8;
  if (!(maxSeries >= 1)) throw new Error(`plotTraces: maxSeries must be at least 1, got ${maxSeries}`);
  const shown = labels.slice(0, maxSeries);
  // Labels are the colour key; duplicates would merge lines into one.
  if (new Set(shown).size !== shown.length) throw new Error(`plotTraces: series labels must be unique: ${shown.join(', ')}`);

  const rows: { t: number; v: number; s: string }[] = [];
  shown.forEach((s, col) => decimate(t, values, nRecorded, col, (tv, v) => rows.push({ t: tv, v, s })));

  const title = nRecorded > shown.length ? `${opts.title} (first ${shown.length} of ${nRecorded})` : opts.title;
  await render(path, {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: PLOT_W,
    height: PLOT_H,
    data: { values: rows },
    mark: { type: 'line', strokeWidth: 1 },
    encoding: {
      x: { field: 't', type: 'quantitative', title: 'time (ms)', scale: { nice: false, zero: false } },
      y: { field: 'v', type: 'quantitative', title: opts.yLabel, scale: { zero: false } },
      color: { field: 's', type: 'nominal', title: null, sort: shown },
    },
  });
}

export interface RasterOptions {
  title: string;
  /** Spike times in ms; only the first `count` entries are used. */
  times: Float64Array;
  /** Neuron index of each spike, parallel to `times`. */
  indices: Float64Array;
  count: number;
  nNeurons: number;
  durationMs: number;
}

// Spikes are drawn into a plot-sized RGBA image rather than as one vega mark
// each: real runs have 1e5-1e6 spikes, far beyond what SVG marks handle fast.
// Neuron 0 is the bottom row, matching the y axis. When there are more
// neurons than pixel rows, several neurons share a row.
function rasterImage(opts: RasterOptions): Uint8Array {
  const { times, indices, nNeurons, durationMs } = opts;
  const px = new Uint8Array(PLOT_W * PLOT_H * 4); // transparent; chart background shows through
  // Each neuron gets a band of rows; its tick fills ~70% of the band so that
  // neighbouring neurons stay apart when bands are several pixels tall.
  const band = PLOT_H / nNeurons;
  const tick = Math.max(1, Math.round(band * 0.7));
  for (let k = 0; k < opts.count; k++) {
    const tk = times[k];
    const n = indices[k];
    if (!(tk >= 0 && tk <= durationMs && n >= 0 && n < nNeurons)) continue; // also drops NaN
    const x = Math.min(PLOT_W - 1, Math.floor((tk / durationMs) * PLOT_W));
    // Rows counted from the bottom edge; the tick is centred in the neuron's band.
    const bottom = Math.floor((Math.floor(n) + 0.5) * band - tick / 2 + 0.5);
    for (let b = Math.max(0, bottom); b < Math.min(PLOT_H, bottom + tick); b++) {
      px[((PLOT_H - 1 - b) * PLOT_W + x) * 4 + 3] = 255; // opaque black
    }
  }
  return px;
}

export async function plotRaster(path: string, opts: RasterOptions): Promise<void> {
  const { count, nNeurons, durationMs } = opts;
  if (!(count >= 0 && count <= opts.times.length && count <= opts.indices.length)) {
    throw new Error(`plotRaster: count ${count} exceeds the spike buffers (${opts.times.length}, ${opts.indices.length})`);
  }
  if (!(nNeurons >= 1) || !(durationMs > 0)) throw new Error(`plotRaster: need nNeurons >= 1 and durationMs > 0`);

  const url = 'data:image/png;base64,' + encodePng(PLOT_W, PLOT_H, rasterImage(opts)).toString('base64');
  await render(path, {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `${opts.title} (${count} spikes)`,
    width: PLOT_W,
    height: PLOT_H,
    // One image anchored at the plot's top-left (t = 0, top neuron edge); the
    // scales only exist to draw real axes around it.
    data: { values: [{ t: 0, n: nNeurons, url }] },
    // Pixel-exact placement, no smoothing; aria off so the SVG does not repeat
    // the whole data URL in an aria-label.
    mark: { type: 'image', width: PLOT_W, height: PLOT_H, aspect: false, align: 'left', baseline: 'top', smooth: false, aria: false },
    encoding: {
      x: { field: 't', type: 'quantitative', title: 'time (ms)', scale: { domain: [0, durationMs], nice: false } },
      y: {
        field: 'n',
        type: 'quantitative',
        title: 'neuron index',
        scale: { domain: [0, nNeurons], nice: false },
        axis: { tickMinStep: 1, format: 'd' }, // neuron indices are integers
      },
      url: { field: 'url', type: 'nominal' },
    },
  });
}
