// An NPY file that grows along its first axis: rows are appended to the end of the file and the
// shape in the header rewritten after each append, so the file on disk is at every moment a
// valid .npy of the rows appended so far (numpy.load reads it, after a crash too), and the
// rows never need to be held in memory together.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { npyHeader } from './npy';

/** Room for a shape of two dimensions of 16 digits each: the header never changes length. */
const HEADER_BYTES = 128;

export class GrowingNpy {
  /** Rows in the file. */
  rows = 0;
  private readonly rowBytes: number;

  /**
   * Creates (or empties) `file` as an array of 0 rows of `rowShape` ('<f8' or '<i4').
   * `rowShape` [] makes a 1-d array (one number a row).
   */
  constructor(
    readonly file: string,
    private readonly rowShape: readonly number[],
    private readonly descr: '<f8' | '<i4',
  ) {
    // the payload is the arrays' own memory, which is little-endian only on little-endian hosts
    if (os.endianness() !== 'LE') throw new Error('npy: writing needs a little-endian host');
    this.rowBytes = rowShape.reduce((a, b) => a * b, 1) * (descr === '<f8' ? 8 : 4);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, this.header());
  }

  private header(): Buffer {
    return npyHeader([this.rows, ...this.rowShape], this.descr, HEADER_BYTES);
  }

  /** Appends `rows` rows (their numbers in `data`, row-major), then records them in the header. */
  append(data: Float64Array | Int32Array, rows: number): void {
    if (data.length * data.BYTES_PER_ELEMENT !== rows * this.rowBytes)
      throw new Error(`BrainTS bug: ${rows} rows for ${this.file} given in ${data.length} numbers`);
    if (rows === 0) return;
    const fd = fs.openSync(this.file, 'r+');
    try {
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      let at = HEADER_BYTES + this.rows * this.rowBytes;
      // data first, header after: a crash in between leaves the header's rows, all written
      for (let off = 0; off < bytes.byteLength;) {
        const n = fs.writeSync(fd, bytes, off, Math.min(bytes.byteLength - off, 1 << 30), at);
        off += n;
        at += n;
      }
      this.rows += rows;
      fs.writeSync(fd, this.header(), 0, HEADER_BYTES, 0);
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Removes the last `rows` rows. */
  dropLast(rows: number): void {
    this.rows -= rows;
    const fd = fs.openSync(this.file, 'r+');
    try {
      fs.writeSync(fd, this.header(), 0, HEADER_BYTES, 0);
      fs.ftruncateSync(fd, HEADER_BYTES + this.rows * this.rowBytes);
    } finally {
      fs.closeSync(fd);
    }
  }
}
