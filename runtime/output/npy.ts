// NumPy .npy files (format version 1.0 on write), so that run outputs load
// with numpy.load and reference data from NumPy can be read back.
// Format: https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
import * as fs from 'fs';
import * as os from 'os';
import { writeFileAtomic } from './atomic';

const MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]); // \x93NUMPY
// Data start is padded to this boundary so numpy can memory-map it aligned.
const ALIGN = 64;

export interface NpyArray {
  data: Float64Array;
  shape: number[];
}

function checkShape(shape: readonly number[], length: number): void {
  for (const d of shape) {
    if (!Number.isSafeInteger(d) || d < 0) throw new Error(`npy: invalid shape dimension ${d}`);
  }
  const n = shape.reduce((a, b) => a * b, 1);
  if (n !== length) {
    throw new Error(`npy: shape (${shape.join(', ')}) holds ${n} elements, data has ${length}`);
  }
}

function shapeTuple(shape: readonly number[]): string {
  // Python tuple syntax: a 1-tuple needs its trailing comma.
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * The header of an array of `shape` and `descr`, padded to a multiple of 64 bytes and to at least
 * `minLength` (a file that grows rewrites its shape in a header of fixed length).
 */
export function npyHeader(shape: readonly number[], descr: string, minLength = 0): Buffer {
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeTuple(shape)}, }`;
  // 6 magic + 2 version + 2 header length; the dict ends in '\n' after padding.
  const prefix = MAGIC.length + 4;
  const total = Math.max(minLength, Math.ceil((prefix + dict.length + 1) / ALIGN) * ALIGN);
  const headerLen = total - prefix;
  if (headerLen > 0xffff) throw new Error('npy: header too long for format version 1.0');
  const buf = Buffer.alloc(total, 0x20);
  MAGIC.copy(buf, 0);
  buf[6] = 1;
  buf[7] = 0;
  buf.writeUInt16LE(headerLen, 8);
  buf.write(dict, prefix, 'latin1');
  buf[total - 1] = 0x0a;
  return buf;
}

/** Writes float64 data as '<f8', int32 data (indices) as '<i4'. */
export function writeNpy(path: string, data: Float64Array | Int32Array, shape: number[]): void {
  checkShape(shape, data.length);
  // The payload is the array's own memory, which is little-endian only on little-endian hosts.
  if (os.endianness() !== 'LE') throw new Error('npy: writing needs a little-endian host');
  const body = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  writeFileAtomic(path, [npyHeader(shape, data instanceof Int32Array ? '<i4' : '<f8'), body]);
}

export interface Header {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
  dataOffset: number;
}

export function parseHeader(buf: Buffer, path: string): Header {
  if (buf.length < 10 || !buf.subarray(0, 6).equals(MAGIC)) throw new Error(`npy: ${path} is not a .npy file`);
  const major = buf[6];
  // Versions 2.0 and 3.0 only widen the header length field to 4 bytes (3.0: utf8 header).
  let headerLen: number;
  let start: number;
  if (major === 1) {
    headerLen = buf.readUInt16LE(8);
    start = 10;
  } else if (major === 2 || major === 3) {
    headerLen = buf.readUInt32LE(8);
    start = 12;
  } else {
    throw new Error(`npy: ${path} has unsupported format version ${major}.${buf[7]}`);
  }
  const text = buf.toString(major === 3 ? 'utf8' : 'latin1', start, start + headerLen);
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text);
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text);
  const shape = /'shape'\s*:\s*\(([^)]*)\)/.exec(text);
  if (!descr || !fortran || !shape) throw new Error(`npy: ${path} has a malformed header: ${text.trim()}`);
  const dims = shape[1]
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(Number);
  return { descr: descr[1], fortranOrder: fortran[1] === 'True', shape: dims, dataOffset: start + headerLen };
}

// Element readers by dtype; DataView copes with any data offset alignment and host byte order.
const READERS: Record<string, { size: number; get(v: DataView, off: number): number }> = {
  '<f8': { size: 8, get: (v, off) => v.getFloat64(off, true) },
  // int64 beyond 2^53 loses precision in float64, as numpy's astype(float64) does.
  '<i8': { size: 8, get: (v, off) => Number(v.getBigInt64(off, true)) },
  '<i4': { size: 4, get: (v, off) => v.getInt32(off, true) },
};

export function readNpy(path: string): NpyArray {
  const buf = fs.readFileSync(path);
  const h = parseHeader(buf, path);
  const reader = READERS[h.descr];
  if (!reader) {
    throw new Error(`npy: ${path} has dtype '${h.descr}'; supported: ${Object.keys(READERS).join(', ')}`);
  }
  if (h.fortranOrder) throw new Error(`npy: ${path} is in Fortran order; only C order is supported`);
  const n = h.shape.reduce((a, b) => a * b, 1);
  checkShape(h.shape, n);
  if (buf.length - h.dataOffset !== n * reader.size) {
    throw new Error(`npy: ${path} holds ${buf.length - h.dataOffset} data bytes, shape needs ${n * reader.size}`);
  }
  const view = new DataView(buf.buffer, buf.byteOffset + h.dataOffset, n * reader.size);
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = reader.get(view, i * reader.size);
  return { data, shape: h.shape };
}
