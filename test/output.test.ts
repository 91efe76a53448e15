// Run-contract output writers: .npy files numpy can load, the PNG encoder,
// and the trace / raster plots.
import test, { type ExecutionContext } from 'ava';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { readNpy, writeNpy } from '../runtime/output/npy';
import { crc32, encodePng } from '../runtime/output/png';
import { plotRaster } from '../runtime/output/raster';
import { plotTraces } from '../runtime/output/traces';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'braints-output-'));
test.after.always(() => fs.rmSync(tmp, { recursive: true, force: true }));

function hasNumpy(): boolean {
  try {
    execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const numpy = hasNumpy();

function python(script: string, ...args: string[]): string {
  return execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8' });
}

// A hand-built .npy file, for dtypes and layouts writeNpy never produces.
function rawNpy(file: string, header: string, body: Uint8Array): void {
  const len = Math.ceil((10 + header.length + 1) / 64) * 64 - 10;
  const h = Buffer.alloc(10 + len, 0x20);
  Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]).copy(h);
  h.writeUInt16LE(len, 8);
  h.write(header, 10, 'latin1');
  h[h.length - 1] = 0x0a;
  fs.writeFileSync(file, Buffer.concat([h, body]));
}

test('npy round trip keeps values and shape', (t) => {
  const cases: [number[], number][] = [
    [[3, 4], 12],
    [[5], 5],
    [[], 1],
    [[2, 0, 3], 0],
    [[2, 3, 4], 24],
  ];
  for (const [shape, n] of cases) {
    const data = Float64Array.from({ length: n }, (_, i) => (i - 3.5) * Math.PI);
    if (n > 2) data[2] = NaN;
    const file = path.join(tmp, `rt-${shape.join('x') || 'scalar'}.npy`);
    writeNpy(file, data, shape);
    const back = readNpy(file);
    t.deepEqual(back.shape, shape);
    t.deepEqual(Array.from(back.data), Array.from(data)); // deepEqual treats NaN as equal to NaN
  }
  t.deepEqual(
    fs.readdirSync(tmp).filter((f) => f.endsWith('.tmp')),
    [],
    'no temp files left behind',
  );
});

test('npy data starts at a multiple of 64 bytes', (t) => {
  // Shapes whose headers span one and two 64-byte blocks.
  for (const shape of [[7], [1000, 3], [1, 2, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]]) {
    const n = shape.reduce((a, b) => a * b, 1);
    const file = path.join(tmp, 'align.npy');
    writeNpy(file, new Float64Array(n), shape);
    const buf = fs.readFileSync(file);
    t.is(buf.subarray(0, 8).toString('latin1'), '\x93NUMPY\x01\x00');
    const offset = 10 + buf.readUInt16LE(8);
    t.is(offset % 64, 0);
    t.is(buf[offset - 1], 0x0a, 'header ends in a newline');
    t.is(buf.length, offset + 8 * n);
  }
});

test('npy rejects a shape that does not match the data', (t) => {
  t.throws(() => writeNpy(path.join(tmp, 'bad.npy'), new Float64Array(5), [2, 3]), { message: /6 elements, data has 5/ });
});

test('npy reads int32 and int64 as float64, refuses other layouts', (t) => {
  const i4 = path.join(tmp, 'i4.npy');
  rawNpy(i4, "{'descr': '<i4', 'fortran_order': False, 'shape': (2, 2), }", new Uint8Array(Int32Array.from([1, -2, 3, 2147483647]).buffer));
  t.deepEqual(readNpy(i4), { data: Float64Array.from([1, -2, 3, 2147483647]), shape: [2, 2] });

  const i8 = path.join(tmp, 'i8.npy');
  rawNpy(i8, "{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }", new Uint8Array(BigInt64Array.from([5n, -7n, 1n << 40n]).buffer));
  t.deepEqual(readNpy(i8), { data: Float64Array.from([5, -7, 2 ** 40]), shape: [3] });

  const be = path.join(tmp, 'be.npy');
  rawNpy(be, "{'descr': '>f8', 'fortran_order': False, 'shape': (1,), }", new Uint8Array(8));
  t.throws(() => readNpy(be), { message: /dtype '>f8'/ });

  const fortran = path.join(tmp, 'fortran.npy');
  rawNpy(fortran, "{'descr': '<f8', 'fortran_order': True, 'shape': (1,), }", new Uint8Array(8));
  t.throws(() => readNpy(fortran), { message: /Fortran order/ });

  const short = path.join(tmp, 'short.npy');
  rawNpy(short, "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", new Uint8Array(8));
  t.throws(() => readNpy(short), { message: /8 data bytes, shape needs 16/ });
});

test('numpy.load reads what writeNpy writes', (t) => {
  if (!numpy) {
    t.log('python3 has no numpy; skipped');
    t.pass();
    return;
  }
  const data = Float64Array.from({ length: 24 }, (_, i) => i * 0.25 - 1e-300 * i + (i === 5 ? 1e300 : 0));
  const file = path.join(tmp, 'np.npy');
  writeNpy(file, data, [2, 3, 4]);
  const out = python(
    'import json, sys, numpy; a = numpy.load(sys.argv[1]); print(json.dumps([a.dtype.str, list(a.shape), a.flags.c_contiguous, a.ravel().tolist()]))',
    file,
  );
  const [dtype, shape, cOrder, values] = JSON.parse(out) as [string, number[], boolean, number[]];
  t.is(dtype, '<f8');
  t.deepEqual(shape, [2, 3, 4]);
  t.true(cOrder);
  t.deepEqual(values, Array.from(data));
});

test('readNpy reads what numpy.save writes', (t) => {
  if (!numpy) {
    t.log('python3 has no numpy; skipped');
    t.pass();
    return;
  }
  const prefix = path.join(tmp, 'from-numpy-');
  python(
    [
      'import sys, numpy',
      'p = sys.argv[1]',
      "numpy.save(p + 'f8.npy', numpy.arange(6, dtype='<f8').reshape(2, 3) / 4)",
      "numpy.save(p + 'i8.npy', numpy.array([[1, -2], [3, 4]], dtype='<i8'))",
      "numpy.save(p + 'i4.npy', numpy.array([7, -8, 9], dtype='<i4'))",
      "numpy.save(p + 'fortran.npy', numpy.asfortranarray(numpy.ones((2, 3))))",
    ].join('\n'),
    prefix,
  );
  t.deepEqual(readNpy(prefix + 'f8.npy'), { data: Float64Array.from([0, 0.25, 0.5, 0.75, 1, 1.25]), shape: [2, 3] });
  t.deepEqual(readNpy(prefix + 'i8.npy'), { data: Float64Array.from([1, -2, 3, 4]), shape: [2, 2] });
  t.deepEqual(readNpy(prefix + 'i4.npy'), { data: Float64Array.from([7, -8, 9]), shape: [3] });
  t.throws(() => readNpy(prefix + 'fortran.npy'), { message: /Fortran order/ });
});

interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  chunks: { type: string; body: Buffer }[];
}

// Checks the signature and every chunk CRC while splitting a PNG into chunks.
function parsePng(t: ExecutionContext, buf: Buffer): PngInfo {
  t.is(buf.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
  const chunks: { type: string; body: Buffer }[] = [];
  for (let off = 8; off < buf.length;) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    t.is(buf.readUInt32BE(off + 8 + len), crc32(buf.subarray(off + 4, off + 8 + len)), `${type} CRC`);
    chunks.push({ type, body: buf.subarray(off + 8, off + 8 + len) });
    off += 12 + len;
  }
  t.is(chunks[0].type, 'IHDR');
  t.is(chunks[0].body.length, 13);
  t.is(chunks[chunks.length - 1].type, 'IEND');
  const ihdr = chunks[0].body;
  return { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4), bitDepth: ihdr[8], colorType: ihdr[9], chunks };
}

test('crc32 matches the standard check value', (t) => {
  t.is(crc32(Buffer.from('123456789')), 0xcbf43926);
});

test('encodePng writes signature, IHDR and the pixel rows', (t) => {
  for (const channels of [3, 4] as const) {
    const width = 5;
    const height = 3;
    const pixels = Uint8Array.from({ length: width * height * channels }, (_, i) => (i * 37) & 0xff);
    const info = parsePng(t, encodePng(width, height, pixels, channels));
    t.is(info.width, width);
    t.is(info.height, height);
    t.is(info.bitDepth, 8);
    t.is(info.colorType, channels === 4 ? 6 : 2);
    t.deepEqual(info.chunks[0].body.subarray(10), Buffer.from([0, 0, 0]), 'deflate, filter method 0, no interlace');
    const raw = zlib.inflateSync(Buffer.concat(info.chunks.filter((c) => c.type === 'IDAT').map((c) => c.body)));
    const stride = width * channels;
    t.is(raw.length, (stride + 1) * height);
    for (let y = 0; y < height; y++) {
      t.is(raw[y * (stride + 1)], 0, 'filter type None');
      t.deepEqual(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), Buffer.from(pixels.subarray(y * stride, (y + 1) * stride)));
    }
  }
  t.throws(() => encodePng(2, 2, new Uint8Array(15)), { message: /needs 16 bytes/ });
  t.throws(() => encodePng(0, 2, new Uint8Array(0)), { message: /invalid size/ });
});

// The PNG must be the SVG chart rasterized 1:1, and at least the plot area big.
async function checkPlot(t: ExecutionContext, draw: (file: string) => Promise<void>, name: string) {
  const png = path.join(tmp, `${name}.png`);
  const svg = path.join(tmp, `${name}.svg`);
  await draw(png);
  await draw(svg);
  const svgText = fs.readFileSync(svg, 'utf8');
  const size = /<svg[^>]*\swidth="(\d+)"\s+height="(\d+)"/.exec(svgText);
  t.truthy(size, 'SVG declares its size');
  const info = parsePng(t, fs.readFileSync(png));
  t.is(info.width, Number(size![1]));
  t.is(info.height, Number(size![2]));
  t.true(info.width >= 1000 && info.height >= 500, `${info.width}x${info.height} holds the 1000x500 plot area`);
  return svgText;
}

test('plotTraces draws recorded variables', async (t) => {
  const nSteps = 10000;
  const nRecorded = 3;
  const time = Float64Array.from({ length: nSteps }, (_, i) => i * 0.1);
  const values = new Float64Array(nSteps * nRecorded);
  for (let i = 0; i < nSteps; i++) {
    for (let r = 0; r < nRecorded; r++) values[i * nRecorded + r] = -65 + 10 * Math.sin(i / (200 + 50 * r)) + (i % 997 === r ? 80 : 0);
  }
  const svg = await checkPlot(
    t,
    (file) =>
      plotTraces(file, {
        title: 'membrane potential',
        t: time,
        values,
        nRecorded,
        labels: ['V[0]', 'V[1]', 'V[2]'],
        yLabel: 'V (mV)',
        maxSeries: 2,
      }),
    'traces',
  );
  t.regex(svg, /membrane potential: 3 traces/, 'more than maxSeries: the heat map of all');
  t.regex(svg, /V\[0\], V\[1\], V\[2\] and the mean ± sd of all 3/);
  await t.throwsAsync(plotTraces(path.join(tmp, 'x.png'), { title: '', t: time, values, nRecorded: 2, labels: ['a', 'b'], yLabel: '' }), {
    message: /expected 10000 steps x 2 recorded/,
  });
});

test('plotRaster draws spikes as an embedded image with axes', async (t) => {
  const nNeurons = 2000;
  const count = 20000;
  const times = new Float64Array(count + 10); // spare capacity past `count` must be ignored
  const indices = new Float64Array(count + 10);
  for (let k = 0; k < count; k++) {
    times[k] = (k * 7919) % 500;
    indices[k] = (k * 104729) % nNeurons;
  }
  const svg = await checkPlot(
    t,
    (file) => plotRaster(file, { title: 'raster', times, indices, count, nNeurons, durationMs: 500 }),
    'raster',
  );
  t.regex(svg, /<image [^>]*href="data:image\/png;base64,/);
  t.regex(svg, /raster: 20000 spikes of 2000 neurons/);
  t.regex(svg, /time \(ms\)/);
  t.regex(svg, /neuron index/);
});
