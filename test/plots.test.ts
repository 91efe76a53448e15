// Plots a modeller can read: rasters of 1 to 10^5 neurons with the population rate beneath, state
// plots of many traces, axes with the model's units, and the options that choose what is shown.
import test from 'ava';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { Network, constant } from '../index';
import { LIF } from '../models/index';
import { plotRaster } from '../runtime/output/raster';
import { plotTraces } from '../runtime/output/traces';
import { fieldUnit, unitFromComment, withUnit } from '../runtime/units';
import { groupLines, plotOptionsOf, summarize, writeOutputs } from '../cli/outputs';
import { loadFixture } from './helpers/fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'braints-plots-'));
test.after.always(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The images a plot's SVG embeds (our own encoder's PNGs: filter 0 on every row), as RGBA. */
function embeddedImages(svg: string): { width: number; height: number; rgba: Uint8Array }[] {
  return [...svg.matchAll(/href="data:image\/png;base64,([^"]+)"/g)].map((m) => {
    const png = Buffer.from(m[1], 'base64');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const idat: Buffer[] = [];
    for (let off = 8; off < png.length;) {
      const len = png.readUInt32BE(off);
      if (png.toString('latin1', off + 4, off + 8) === 'IDAT') idat.push(png.subarray(off + 8, off + 8 + len));
      off += 12 + len;
    }
    const raw = zlib.inflateSync(Buffer.concat(idat));
    const rgba = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) rgba.set(raw.subarray(y * (4 * width + 1) + 1, (y + 1) * (4 * width + 1)), y * width * 4);
    return { width, height, rgba };
  });
}

async function svgOf(draw: (file: string) => Promise<void>, name: string): Promise<string> {
  const file = path.join(tmp, `${name}.svg`);
  await draw(file);
  return fs.readFileSync(file, 'utf8');
}

/** A deterministic spike train: every neuron fires at `hz` at random times, and all of them at `syncMs`. */
function spikes(nNeurons: number, durationMs: number, hz: number, syncMs: number) {
  let seed = 12345;
  // mulberry32
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let z = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    z = (z + Math.imul(z ^ (z >>> 7), 61 | z)) ^ z;
    return ((z ^ (z >>> 14)) >>> 0) / 2 ** 32;
  };
  const n = Math.round(nNeurons * hz * (durationMs / 1000));
  const times = new Float64Array(n + nNeurons);
  const indices = new Float64Array(n + nNeurons);
  for (let k = 0; k < n; k++) {
    times[k] = Math.floor(rand() * durationMs * 10) / 10;
    indices[k] = Math.floor(rand() * nNeurons);
  }
  for (let i = 0; i < nNeurons; i++) [times[n + i], indices[n + i]] = [syncMs, i];
  return { times, indices, count: n + nNeurons };
}

test('a 10,000-neuron raster is shaded by rate, not solid black, and the synchronous volley stands out', async (t) => {
  // 50 Hz over 1 s: about one spike per pixel (20 neurons x 1 ms), so a black pixel per spike fills most of the plot
  const s = spikes(10000, 1000, 50, 500);
  const svg = await svgOf((f) => plotRaster(f, { title: 'E', ...s, nNeurons: 10000, durationMs: 1000, dtMs: 0.1 }), 'dense');
  const [img] = embeddedImages(svg);
  const alpha = (x: number, y: number) => img.rgba[(y * img.width + x) * 4 + 3];
  const background: number[] = [];
  for (let y = 0; y < img.height; y++) for (let x = 0; x < 400; x++) if (alpha(x, y) > 0) background.push(alpha(x, y));
  background.sort((a, b) => a - b);
  const median = background[background.length >> 1];
  t.true(median < 128, `a pixel of the asynchronous activity is grey (median alpha ${median}), not black`);
  const volley = Array.from({ length: img.height }, (_, y) => alpha(500, y));
  t.true(
    volley.every((a) => a === 255),
    'the column where every neuron fired is black',
  );
  t.regex(svg, /20 neurons per pixel row, 1 ms per pixel column/);
  t.regex(svg, /rate \(Hz\)/, 'the shade has a legend in Hz');
  t.regex(svg, /population rate \(Hz\)/, 'the rate panel is beneath');
  t.regex(svg, /E: 510000 spikes of 10000 neurons/);
});

test('a raster of a few neurons draws ticks in their bands, wider where spikes are sparse', async (t) => {
  const times = Float64Array.from([10, 50, 90]);
  const indices = Float64Array.from([0, 3, 3]);
  const svg = await svgOf((f) => plotRaster(f, { title: 'few', times, indices, count: 3, nNeurons: 4, durationMs: 100 }), 'few');
  const [img] = embeddedImages(svg);
  const column = (x: number) => Array.from({ length: img.height }, (_, y) => img.rgba[(y * img.width + x) * 4 + 3] > 0);
  // neuron 3 is the top band (rows 0-124), neuron 0 the bottom one
  const at50 = column(500);
  t.true(at50.slice(0, 125).some(Boolean) && !at50.slice(125).some(Boolean), 'the spike of neuron 3 at 50 ms is in the top band');
  t.true(column(101).slice(375).some(Boolean) && column(102).slice(375).some(Boolean), 'a sparse tick is more than 1 px wide');
  t.regex(svg, /a tick per spike/);
});

test("the neuron axis labels each neuron's index in the middle of its band, and no index beyond the last", async (t) => {
  for (const n of [1, 4]) {
    const svg = await svgOf(
      (f) =>
        plotRaster(f, {
          title: 'rows',
          times: Float64Array.from([10]),
          indices: Float64Array.from([0]),
          count: 1,
          nNeurons: n,
          durationMs: 100,
        }),
      `rows${n}`,
    );
    // the first axis-label group is the neuron axis; its labels sit 3 px below their tick (the text's baseline)
    const group = svg.slice(svg.indexOf('role-axis-label'), svg.indexOf('</g>', svg.indexOf('role-axis-label')));
    const labels = [...group.matchAll(/translate\(-?[\d.]+,([\d.]+)\)[^>]*>([^<]*)</g)].map((m) => ({ y: Number(m[1]) - 3, text: m[2] }));
    t.deepEqual(
      labels.map((l) => l.text),
      Array.from({ length: n }, (_, i) => String(i)),
      `${n} neuron(s): one label per index`,
    );
    const band = 500 / n; // the plot is 500 px high, neuron 0 at the bottom
    labels.forEach((l, i) => t.true(Math.abs(l.y - (500 - (i + 0.5) * band)) < 1, `neuron ${i} of ${n} labelled at y ${l.y}`));
  }
});

test("a neuron's long spike train is shaded by its rate where spikes outnumber pixel columns", async (t) => {
  // 100 s, 100 ms per pixel column: 40 Hz (4 spikes a column) for the first half, 10 Hz after
  const times = Float64Array.from([
    ...Array.from({ length: 2000 }, (_, k) => k * 25),
    ...Array.from({ length: 500 }, (_, k) => 50000 + k * 100),
  ]);
  const indices = new Float64Array(times.length);
  const svg = await svgOf(
    (f) => plotRaster(f, { title: 'one', times, indices, count: times.length, nNeurons: 1, durationMs: 100000 }),
    'long',
  );
  const [img] = embeddedImages(svg);
  const alpha = (x: number) => img.rgba[(250 * img.width + x) * 4 + 3];
  t.is(alpha(200), 255, '40 Hz is black');
  t.true(alpha(800) > 0 && alpha(800) < 128, `10 Hz is light grey (alpha ${alpha(800)})`);
  t.regex(svg, /shaded by its rate there/);
  t.regex(svg, /rate \(Hz\)/);
});

test('the raster draws the neuron range and time window asked for, and says so', async (t) => {
  const s = spikes(1000, 1000, 20, 500);
  const svg = await svgOf(
    (f) =>
      plotRaster(f, { title: 'E', ...s, nNeurons: 1000, durationMs: 1000, neurons: { from: 100, to: 300, step: 2 }, window: [400, 600] }),
    'subset',
  );
  t.regex(svg, /every 2nd of neurons 100 to 298 \(100 of 1000\), 400 to 600 ms/);
  t.regex(svg, /rate of these \(Hz\)/);
  // the count is of the spikes shown: the volley's 100 plus the random ones of those neurons in 200 ms
  const shown = Number(/E: (\d+) spikes/.exec(svg)![1]);
  let expected = 0;
  for (let k = 0; k < s.count; k++) {
    const i = s.indices[k];
    if (s.times[k] >= 400 && s.times[k] <= 600 && i >= 100 && i < 300 && i % 2 === 0) expected++;
  }
  t.is(shown, expected);
  const [img] = embeddedImages(svg);
  // 500 ms is the middle of the window: pixel column 500
  t.true(
    Array.from({ length: img.height }, (_, y) => img.rgba[(y * img.width + 500) * 4 + 3]).filter((a) => a > 0).length >= 0.8 * img.height,
    'the volley is at the middle of the window',
  );
  await t.throwsAsync(plotRaster(path.join(tmp, 'x.svg'), { title: 'E', ...s, nNeurons: 1000, durationMs: 1000, window: [1200, 1300] }), {
    message: /starts after the run's end at 1000 ms/,
  });
  await t.throwsAsync(
    plotRaster(path.join(tmp, 'x.svg'), { title: 'E', ...s, nNeurons: 1000, durationMs: 1000, neurons: { from: 2000, to: 3000 } }),
    {
      message: /starts beyond the group's 1000 neurons/,
    },
  );
});

test('many traces: a heat map of all of them, five lines spread over them and the mean ± sd, none hidden', async (t) => {
  // a sweep: trace r oscillates with amplitude r, so the last ones (hidden by a "first 8") carry the signal
  const nSteps = 2000;
  const nRecorded = 31;
  const time = Float64Array.from({ length: nSteps }, (_, i) => i * 0.1);
  const values = new Float64Array(nSteps * nRecorded);
  for (let i = 0; i < nSteps; i++) for (let r = 0; r < nRecorded; r++) values[i * nRecorded + r] = -65 + r * Math.sin(i / 50);
  const labels = Array.from({ length: nRecorded }, (_, r) => `V[${r}]`);
  const svg = await svgOf((f) => plotTraces(f, { title: 'sweep.V', t: time, values, nRecorded, labels, yLabel: 'V (mV)' }), 'many');
  t.notRegex(svg, /first 8/);
  t.regex(svg, /sweep\.V: 31 traces/);
  t.regex(svg, /V\[0\], V\[8\], V\[15\], V\[23\], V\[30\] and the mean ± sd of all 31/);
  t.regex(svg, /V \(mV\)/);
  const [heat] = embeddedImages(svg);
  // the top row is trace 30: its colour changes along time; the bottom row (trace 0, constant) does not
  const pixel = (x: number, y: number) => Array.from(heat.rgba.subarray((y * heat.width + x) * 4, (y * heat.width + x) * 4 + 3)).join();
  t.not(pixel(0, 0), pixel(39, 0), 'the oscillating trace varies in the heat map');
  t.is(pixel(0, heat.height - 1), pixel(39, heat.height - 1), 'the constant trace does not');

  const windowed = await svgOf(
    (f) => plotTraces(f, { title: 'sweep.V', t: time, values, nRecorded, labels, yLabel: 'V (mV)', columns: [29, 30], window: [50, 100] }),
    'chosen',
  );
  t.regex(windowed, /sweep\.V \(2 of 31 recorded\), 50 to 100 ms/);
  t.regex(windowed, /V\[29\]/);
  t.notRegex(windowed, /V\[28\]/);
});

test('units come from the trailing comment of a field declaration', (t) => {
  t.is(unitFromComment('  @state V = -65; // mV'), 'mV');
  t.is(unitFromComment('  @param t_ref = 2; // ms, absolute refractory period'), 'ms');
  t.is(unitFromComment('  @param g = 120; // mS/cm2'), 'mS/cm2');
  t.is(unitFromComment('  @param C = 200; // pF (1 uF/cm^2 x 20000 um^2)'), 'pF');
  t.is(unitFromComment('  @param a = 0.02; // 1/ms (per mV of v), sensitivity of u to v'), '1/ms');
  t.is(unitFromComment('  @param k = 1; // per ms'), '1/ms');
  t.is(unitFromComment('  @param c = 1; // mM'), 'mM');
  t.is(unitFromComment('  @state x = 0; // slow recovery variable'), undefined);
  t.is(unitFromComment('  @param th = 0; // spike detection threshold (upward crossing)'), undefined);
  t.is(unitFromComment('  @param R = 1;'), undefined);
  const ir = new LIF(1).model.ir;
  t.is(fieldUnit(ir, 'V'), 'mV');
  t.is(fieldUnit(ir, 'tau'), 'ms');
  t.is(fieldUnit(ir, 'R'), '1', 'declared dimensionless');
  t.is(withUnit('R', '1'), 'R');
  t.is(withUnit('V', 'mV'), 'V (mV)');
});

test('writeOutputs: state plots say the unit, options reach the plots, and a group that cannot spike reports no spikes', async (t) => {
  const { Integrator } = loadFixture<{ Integrator: new (n: number) => InstanceType<typeof LIF> }>('runtime/integrator.ts');
  const lif = new LIF(40);
  const sums = new Integrator(3);
  const net = new Network({ lif, sums });
  net.input(lif, 'I', constant(20));
  net.input(sums, 'I', constant(1));
  net.monitorSpikes(lif);
  net.monitorState(lif, ['V']);
  net.monitorState(sums, ['x']);
  await net.run(50, { dt: 0.1 });
  const summary = summarize(net, 50);
  const [lifLine, sumsLine] = groupLines(net, summary);
  t.regex(lifLine, /lif: 40 neurons, \d+ spikes, [\d.]+ Hz/);
  t.is(sumsLine, '  sums: 3 neurons');

  const dir = fs.mkdtempSync(path.join(tmp, 'out-'));
  const options = plotOptionsOf({ window: '10:30', 'raster-neurons': '0:20', 'trace-neurons': '0:40:10' });
  t.deepEqual(options, { window: [10, 30], rasterNeurons: { from: 0, to: 20, step: 1 }, traceNeurons: { from: 0, to: 40, step: 10 } });
  const written = await writeOutputs(net, summary, dir, { ...options, format: 'svg' });
  t.true(written.includes('lif.raster.svg') && written.includes('lif.V.svg') && written.includes('sums.x.svg'));
  const v = fs.readFileSync(path.join(dir, 'lif.V.svg'), 'utf8');
  t.regex(v, /V \(mV\)/, 'the value axis has the unit LIF declares for V');
  t.regex(v, /lif\.V \(4 of 40 recorded\), 10 to 30 ms/);
  t.regex(fs.readFileSync(path.join(dir, 'sums.x.svg'), 'utf8'), />x</, 'x declares no unit');
  t.regex(fs.readFileSync(path.join(dir, 'lif.raster.svg'), 'utf8'), /neurons 0 to 19 \(20 of 40\), 10 to 30 ms/);

  await t.throwsAsync(writeOutputs(net, summary, dir, { traceNeurons: { from: 100, to: 200 } }), {
    message: /monitor lif: none of its 40 recorded neurons is in the plot's range 100:200:1/,
  });
  t.throws(() => plotOptionsOf({ window: '30:10' }), { message: /--window 30:10: the window needs 0 <= FROM < TO/ });
  t.throws(() => plotOptionsOf({ 'raster-neurons': '0:1.5' }), { message: /--raster-neurons 0:1.5: neuron indices are whole numbers/ });
  t.throws(() => plotOptionsOf({ 'trace-neurons': 'all' }), { message: /--trace-neurons all: write FROM:TO or FROM:TO:STEP/ });
});
