// Atomic file replacement shared by the output writers: a reader (or a
// crashed run) must never see a half-written result file, so every writer
// fills a temp file beside the target and renames it over the target.
import * as fs from 'fs';
import * as path from 'path';

const MAX_WRITE = 1 << 30;

export function writeFileAtomic(target: string, chunks: readonly Uint8Array[]): void {
  // Same directory as the target so rename() stays on one filesystem.
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    try {
      for (const chunk of chunks) {
        // writeSync may write less than asked and refuses over 2 GiB per call,
        // so large arrays go out in bounded pieces until the chunk is done.
        for (let off = 0; off < chunk.byteLength;) {
          off += fs.writeSync(fd, chunk, off, Math.min(chunk.byteLength - off, MAX_WRITE));
        }
      }
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
