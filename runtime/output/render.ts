// Renders the run contract's plots: a vega-lite spec, laid out by vega into SVG and rasterized
// by resvg (or written as the SVG where the file name ends in .svg).
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
  /** A named colour scheme; the continuous ones (viridis, greys) are interpolators over [0, 1]. */
  scheme(name: string): ((t: number) => string) | undefined;
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

export async function render(path: string, spec: object): Promise<void> {
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

/** Width and height of a chart's plot area, px (axes, titles and legends are outside it). */
export const PLOT_W = 1000;
export const PLOT_H = 500;

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * A 256-entry RGB lookup table of one of vega's continuous colour schemes, so that a heat map
 * drawn as pixels has the colours of the legend vega draws for the same scheme.
 */
export async function colourTable(scheme: string): Promise<Uint8Array> {
  const { vega } = await loadLibs();
  const f = vega.scheme(scheme);
  if (typeof f !== 'function') throw new Error(`render: vega has no continuous colour scheme ${scheme}`);
  const table = new Uint8Array(256 * 3);
  for (let i = 0; i < 256; i++) {
    const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(f(i / 255));
    if (!m) throw new Error(`render: colour scheme ${scheme} gave ${f(i / 255)}`);
    table.set([Number(m[1]), Number(m[2]), Number(m[3])], 3 * i);
  }
  return table;
}

/** A PNG as a data URL, for a vega image mark. */
export function pngUrl(width: number, height: number, rgba: Uint8Array): string {
  return 'data:image/png;base64,' + encodePng(width, height, rgba).toString('base64');
}
