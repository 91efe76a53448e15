// Monitors that record to disk (a `dir` option): the options, their checks, and the errors of
// what a disk monitor cannot do (its in-memory accessors, checkpoints and reset).
import { BraintsError } from './errors';

export interface DiskRecordingOptions {
  /**
   * Record to disk: the monitor's NPY files (the names `writeOutputs` gives them) in this folder
   * grow as the run goes, each a valid .npy of what was recorded so far; in memory the monitor
   * keeps only the chunk being filled, and its in-memory accessors refuse (read the files).
   */
  dir?: string;
  /**
   * The most bytes a disk monitor's chunk takes in memory (default 16 MiB): it is written out
   * when full. It must hold one step: a spike monitor's 8 bytes per neuron of the group, a
   * state monitor's row (8 bytes per column per variable, and 8 for its time).
   */
  chunkBytes?: number;
}

const DEFAULT_CHUNK_BYTES = 16 << 20;

/** Where monitors given no dir record (`braints run --record-to-disk`), or undefined: in memory. */
let defaultDir: string | undefined;

/** Makes every monitor created from now on that is given no `dir` record to disk into `dir` (the CLI's --record-to-disk). */
export function recordToDiskByDefault(dir: string | undefined): void {
  defaultDir = dir;
}

/** The folder and chunk size of a disk monitor, checked; undefined for one that records in memory. */
export function diskOptions(monitor: string, given: DiskRecordingOptions): { dir: string; chunkBytes: number } | undefined {
  const opts = { ...given, dir: given.dir ?? defaultDir };
  if (opts.dir === undefined) {
    if (opts.chunkBytes !== undefined) throw new BraintsError(`monitor ${monitor}: chunkBytes is for recording to disk; give a dir too`);
    return undefined;
  }
  if (typeof opts.dir !== 'string' || opts.dir === '') throw new BraintsError(`monitor ${monitor}: dir must be a folder's path`);
  const chunkBytes = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (!Number.isSafeInteger(chunkBytes) || chunkBytes <= 0)
    throw new BraintsError(`monitor ${monitor}: chunkBytes must be a whole number of bytes > 0, not ${chunkBytes}`);
  return { dir: opts.dir, chunkBytes };
}

/** Why an in-memory accessor of a disk monitor has nothing to give. */
export function onDisk(monitor: string, files: readonly string[]): BraintsError {
  return new BraintsError(
    `monitor ${monitor} records to disk, and keeps only its last chunk in memory: read ${files.join(', ')} (numpy.load, or readNpy)`,
  );
}

/**
 * Checkpoints and reset hold and restore what monitors recorded in memory: a monitor recording to
 * disk is refused, naming it and its files.
 */
export function refuseDiskMonitors(what: string, monitors: readonly { name: string; files: string[] }[]): void {
  const m = monitors.find((x) => x.files.length > 0);
  if (m) {
    throw new BraintsError(
      `${what}: monitor ${m.name} records to disk (${m.files.join(', ')}); checkpoints and reset cover monitors that record in memory`,
    );
  }
}
