// NumPy .npz archives: a zip of .npy entries, stored without compression (numpy.load reads them
// as they are, and a checkpoint's float64 state hardly compresses), plus any other entries (a
// checkpoint's manifest.json). Written atomically: a crash leaves the previous file intact.
import * as os from 'os';
import { unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'fs';
import { npyHeader, parseHeader } from './npy';
import { writeFileAtomic } from './atomic';

/** The arrays an .npz holds, by the dtype numpy gives them. */
export type NpzData = Float64Array | Float32Array | Int32Array | BigInt64Array | Uint8Array;

export interface NpzArray {
  data: NpzData;
  shape: number[];
}

const DTYPES: [string, new (b: ArrayBuffer) => NpzData, (x: NpzData) => boolean][] = [
  ['<f8', Float64Array, (x) => x instanceof Float64Array],
  ['<f4', Float32Array, (x) => x instanceof Float32Array],
  ['<i4', Int32Array, (x) => x instanceof Int32Array],
  ['<i8', BigInt64Array, (x) => x instanceof BigInt64Array],
  ['|u1', Uint8Array, (x) => x instanceof Uint8Array],
];

function npyBytes({ data, shape }: NpzArray): Uint8Array {
  const descr = DTYPES.find(([, , is]) => is(data))![0];
  const header = npyHeader(shape, descr);
  const out = new Uint8Array(header.length + data.byteLength);
  out.set(header);
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), header.length);
  return out;
}

/** Writes `arrays` as NAME.npy entries and `files` as they are, into the .npz `path`. */
export function writeNpz(path: string, arrays: ReadonlyMap<string, NpzArray>, files: ReadonlyMap<string, Uint8Array>): void {
  if (os.endianness() !== 'LE') throw new Error('npz: writing needs a little-endian host');
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [name, f] of files) entries[name] = [f, { level: 0 }];
  for (const [name, a] of arrays) entries[`${name}.npy`] = [npyBytes(a), { level: 0 }];
  writeFileAtomic(path, [zipSync(entries)]);
}

/** The entries of an .npz: its .npy arrays by name (without .npy), and its other files. */
export function readNpz(path: string): { arrays: Map<string, NpzArray>; files: Map<string, Uint8Array> } {
  const arrays = new Map<string, NpzArray>(),
    files = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path)))) {
    if (!name.endsWith('.npy')) {
      files.set(name, bytes);
      continue;
    }
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const h = parseHeader(buf, `${path}:${name}`);
    const dtype = DTYPES.find(([d]) => d === h.descr);
    if (!dtype || h.fortranOrder)
      throw new Error(`npz: ${path}:${name} has dtype '${h.descr}'${h.fortranOrder ? ' in Fortran order' : ''}`);
    // a copy into its own ArrayBuffer: aligned for the typed array, and never moved (native memory)
    const body = bytes.slice(h.dataOffset);
    const data = new dtype[1](body.buffer);
    arrays.set(name.slice(0, -4), { data, shape: h.shape });
  }
  return { arrays, files };
}
