// Spike rasters with the population rate beneath, drawn legibly from one neuron to 10^6.
//
// Spikes are drawn into a plot-sized RGBA image rather than as one vega mark each: real runs have
// 10^5-10^6 spikes, far beyond what SVG marks handle. Two ways of drawing, chosen by how many
// neurons are shown against the plot's pixel rows:
// - up to one neuron per pixel row, each neuron has a band of rows and each spike is a tick in
//   it, as tall as the band allows and wider where spikes are sparse, so that a few spikes of a
//   few neurons are still seen;
// - more neurons than rows (a 10^4-10^6-neuron network), every shown neuron is binned into the
//   pixel rows and each pixel is shaded by the rate of its row's neurons in its time bin, with a
//   legend in Hz: a black pixel per spike would merge into a solid block.
import { PLOT_H, PLOT_W, SCHEMA, pngUrl, render } from './render';
import { type NeuronRange, type TimeWindow, describeRange, neuronsOf, rangeCount, timeWindow } from './window';

export interface RasterOptions {
  title: string;
  /** Spike times in ms; only the first `count` entries are used. */
  times: Float64Array;
  /** Neuron index of each spike, parallel to `times`. */
  indices: Float64Array;
  count: number;
  nNeurons: number;
  durationMs: number;
  /** The time step, ms: the population rate's bins are never narrower. */
  dtMs?: number;
  /** The neurons to draw (default: all). */
  neurons?: NeuronRange;
  /** The time to draw, ms (default: the whole run). */
  window?: TimeWindow;
}

const RATE_H = 120;
/** Ticks of a few neurons stop growing at this height (px), so that they still read as spikes. */
const MAX_TICK = 40;

/** What the spikes to draw are: their pixel column and the rank of their neuron among the shown ones. */
interface Shown {
  cols: Int32Array;
  ranks: Int32Array;
  n: number;
}

function shownSpikes(opts: RasterOptions, [from, to]: TimeWindow, range: Required<NeuronRange>): Shown {
  const cols = new Int32Array(opts.count);
  const ranks = new Int32Array(opts.count);
  let n = 0;
  for (let k = 0; k < opts.count; k++) {
    const tk = opts.times[k];
    const i = opts.indices[k] - range.from;
    if (!(tk >= from && tk <= to && i >= 0 && opts.indices[k] < range.to && i % range.step === 0)) continue; // also drops NaN
    cols[n] = Math.min(PLOT_W - 1, Math.floor(((tk - from) / (to - from)) * PLOT_W));
    ranks[n++] = i / range.step;
  }
  return { cols, ranks, n };
}

/** The raster's pixels, what they show, and for a shaded raster the rate (Hz) shaded black. */
interface Drawn {
  px: Uint8Array;
  caption: string;
  maxHz?: number;
}

/**
 * Opacities for rates (Hz): black from the 99th percentile of the non-zero rates up, lighter in
 * proportion below it, transparent where there was no spike.
 */
function shade(hz: Float64Array): { alpha: Uint8Array; maxHz: number } {
  const nonEmpty = hz.filter((v) => v > 0).sort();
  const maxHz = nonEmpty.length ? nonEmpty[Math.min(nonEmpty.length - 1, Math.floor(0.99 * nonEmpty.length))] : 1;
  return { alpha: Uint8Array.from(hz, (v) => Math.round(255 * Math.min(1, v / maxHz))), maxHz };
}

/**
 * A tick in its neuron's band of rows (neuron 0 of the shown ones at the bottom) for each pixel
 * column it spiked in; where a neuron spikes more than once in a pixel column's time (a long run),
 * the ticks are shaded by its rate there, else black.
 */
function tickImage(s: Shown, shown: number, msPerPx: number): Drawn {
  const counts = new Float64Array(shown * PLOT_W);
  let most = 0;
  for (let k = 0; k < s.n; k++) most = Math.max(most, ++counts[s.ranks[k] * PLOT_W + s.cols[k]]);
  const shaded = most > 1 ? shade(counts.map((c) => c / (msPerPx / 1000))) : undefined;
  const band = PLOT_H / shown;
  const height = Math.max(1, Math.min(MAX_TICK, Math.round(band * 0.7)));
  // sparse rows (few spikes per neuron in the window) get ticks up to 3 px wide
  const spacing = (PLOT_W * shown) / Math.max(1, s.n);
  const width = shaded ? 1 : Math.max(1, Math.min(3, Math.floor(spacing / 8)));
  const px = new Uint8Array(PLOT_W * PLOT_H * 4); // transparent: the chart's background shows through
  for (let rank = 0; rank < shown; rank++) {
    const bottom = Math.floor((rank + 0.5) * band - height / 2 + 0.5);
    for (let col = 0; col < PLOT_W; col++) {
      const cell = rank * PLOT_W + col;
      if (counts[cell] === 0) continue;
      const alpha = shaded ? shaded.alpha[cell] : 255;
      for (let b = Math.max(0, bottom); b < Math.min(PLOT_H, bottom + height); b++) {
        for (let x = col; x < Math.min(PLOT_W, col + width); x++) {
          const at = ((PLOT_H - 1 - b) * PLOT_W + x) * 4 + 3;
          px[at] = Math.max(px[at], alpha);
        }
      }
    }
  }
  if (!shaded) return { px, caption: 'a tick per spike' };
  return { px, maxHz: shaded.maxHz, caption: `a tick per neuron and ${formatMs(msPerPx)} ms pixel column, shaded by its rate there` };
}

/**
 * All shown neurons binned into the pixel rows; each pixel shaded by the rate (Hz) of its row's
 * neurons in its time bin.
 */
function densityImage(s: Shown, shown: number, msPerPx: number): Drawn {
  const counts = new Float64Array(PLOT_W * PLOT_H);
  for (let k = 0; k < s.n; k++) counts[(PLOT_H - 1 - Math.floor((s.ranks[k] * PLOT_H) / shown)) * PLOT_W + s.cols[k]]++;
  // Rates per the mean number of neurons a row holds: rows hold one more or less of them where
  // that is not whole, and their exact counts would stripe the shading (1.6 a row: 1, 2, 2, 1, 2).
  const rows = shown / PLOT_H;
  const { alpha, maxHz } = shade(counts.map((c) => c / rows / (msPerPx / 1000)));
  const px = new Uint8Array(PLOT_W * PLOT_H * 4);
  alpha.forEach((a, p) => (px[4 * p + 3] = a)); // black, this opaque
  return {
    px,
    maxHz,
    caption: `${rows < 10 ? rows.toFixed(1) : Math.round(rows)} neurons per pixel row, ${formatMs(msPerPx)} ms per pixel column, shaded by their rate`,
  };
}

/** A bin width of 1, 2 or 5 times a power of ten, about 1/200 of the window, at least one time step. */
function rateBin(windowMs: number, dtMs: number): number {
  const raw = Math.max(windowMs / 200, dtMs);
  const p = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].map((m) => m * p).find((b) => b >= raw * (1 - 1e-9))!;
  return Math.max(nice, dtMs);
}

function formatMs(ms: number): string {
  return Number(ms.toPrecision(3)).toString();
}

export async function plotRaster(path: string, opts: RasterOptions): Promise<void> {
  const { count, nNeurons, durationMs } = opts;
  if (!(count >= 0 && count <= opts.times.length && count <= opts.indices.length)) {
    throw new Error(`plotRaster: count ${count} exceeds the spike buffers (${opts.times.length}, ${opts.indices.length})`);
  }
  if (!(nNeurons >= 1) || !(durationMs > 0)) throw new Error(`plotRaster: need nNeurons >= 1 and durationMs > 0`);
  const window = timeWindow(`raster ${opts.title}`, durationMs, opts.window);
  const range = neuronsOf(`raster ${opts.title}`, nNeurons, opts.neurons);
  const shown = rangeCount(range);
  const [from, to] = window;
  const s = shownSpikes(opts, window, range);

  const msPerPx = (to - from) / PLOT_W;
  const image = shown > PLOT_H ? densityImage(s, shown, msPerPx) : tickImage(s, shown, msPerPx);
  const seconds = (to - from) / 1000;
  const all = range.step === 1 && range.from === 0 && range.to === nNeurons;
  const who = all ? `${nNeurons} neuron${nNeurons === 1 ? '' : 's'}` : `${describeRange(range)} (${shown} of ${nNeurons})`;
  const wholeRun = from === 0 && to === durationMs;
  const when = wholeRun ? '' : `, ${formatMs(from)} to ${formatMs(to)} ms`;

  // The population rate of the shown neurons, in bins of a nice width.
  const bin = rateBin(to - from, opts.dtMs ?? 0);
  const nBins = Math.ceil((to - from) / bin - 1e-9);
  const binCounts = new Float64Array(nBins);
  for (let k = 0; k < opts.count; k++) {
    const tk = opts.times[k];
    const i = opts.indices[k] - range.from;
    if (!(tk >= from && tk <= to && i >= 0 && opts.indices[k] < range.to && i % range.step === 0)) continue;
    binCounts[Math.min(nBins - 1, Math.floor((tk - from) / bin))]++;
  }
  const rate = Array.from(binCounts, (c, b) => ({
    t: from + b * bin,
    t2: Math.min(to, from + (b + 1) * bin),
    hz: c / shown / (bin / 1000),
  }));

  const x = { field: 't', type: 'quantitative', scale: { domain: [from, to], nice: false, zero: false } };
  // Each neuron's row is a band one index high centred on its index, so that the axis's ticks
  // fall on rows (a one-neuron raster is labelled 0, not 0 at its foot and 1 at its head).
  const [bottom, top] = [range.from - range.step / 2, range.from + (shown - 0.5) * range.step];
  const imageLayer = {
    data: { values: [{ t: from, n: top, url: pngUrl(PLOT_W, PLOT_H, image.px) }] },
    // Pixel-exact placement at the plot's top-left, no smoothing; aria off so the SVG does not
    // repeat the whole data URL in an aria-label.
    mark: { type: 'image', width: PLOT_W, height: PLOT_H, aspect: false, align: 'left', baseline: 'top', smooth: false, aria: false },
    encoding: {
      x: { ...x, axis: { title: null, labels: false } },
      y: {
        field: 'n',
        type: 'quantitative',
        title: 'neuron index',
        scale: { domain: [bottom, top], nice: false, zero: false },
        axis: { tickMinStep: 1, format: 'd' }, // neuron indices are integers
      },
      url: { field: 'url', type: 'nominal' },
    },
  };
  // The shade's legend: two invisible points carrying the colour scale the pixels were drawn with.
  const maxHz = image.maxHz;
  const legendLayer = maxHz !== undefined && {
    data: {
      values: [
        { t: from, n: range.from, hz: 0 },
        { t: from, n: range.from, hz: maxHz },
      ],
    },
    mark: { type: 'point', opacity: 0 },
    encoding: {
      x,
      y: { field: 'n', type: 'quantitative' },
      color: {
        field: 'hz',
        type: 'quantitative',
        scale: { domain: [0, maxHz], range: ['white', 'black'] },
        legend: { title: ['rate (Hz)', 'of a pixel'], gradientLength: 200 },
      },
    },
  };
  await render(path, {
    $schema: SCHEMA,
    title: {
      text: `${opts.title}: ${s.n} spikes of ${who}${when}, ${(s.n / shown / seconds).toFixed(2)} Hz on average`,
      subtitle: image.caption,
    },
    vconcat: [
      { width: PLOT_W, height: PLOT_H, layer: legendLayer ? [imageLayer, legendLayer] : [imageLayer] },
      {
        width: PLOT_W,
        height: RATE_H,
        data: { values: rate },
        mark: { type: 'bar', color: '#444' },
        encoding: {
          x: { ...x, title: 'time (ms)' },
          x2: { field: 't2' },
          y2: { datum: 0 },
          y: {
            field: 'hz',
            type: 'quantitative',
            title: [all ? 'population rate (Hz)' : 'rate of these (Hz)', `${formatMs(bin)} ms bins`],
          },
        },
      },
    ],
    config: { concat: { spacing: 8 } },
  });
}
