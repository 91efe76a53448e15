// The build cache: compiled objects and libraries keyed by the sha256 of everything that went into
// them, written atomically (temp file + rename) so concurrent runs never see half a file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export function cacheDir(): string {
  const dir = process.env.BRAINTS_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'braints');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const hashOf = (...parts: string[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 32);
};

/**
 * The path of the cached artifact `name`; when absent, `make(tmpPath)` builds it into a temporary
 * path that is then renamed into place (scratch files named `<tmpPath>.*` are removed). Returns
 * whether it was built now.
 */
export function cached(name: string, make: (tmp: string) => void): { path: string; built: boolean } {
  const { path, tmp } = paths(name);
  if (existsSync(path)) return { path, built: false };
  try {
    make(tmp);
    renameSync(tmp, path);
  } finally {
    removeScratch(tmp);
  }
  return { path, built: true };
}

/** The builds of this process in progress, by artifact name: a second request waits for the first. */
const building = new Map<string, Promise<{ path: string; built: boolean }>>();

/**
 * `cached` for a `make` that runs tools in the background, so that several artifacts build at
 * once. Two networks of one process that need the same artifact at the same time (ava runs a
 * file's tests concurrently) share one build of it.
 */
export function cachedConcurrently(name: string, make: (tmp: string) => Promise<void>): Promise<{ path: string; built: boolean }> {
  const pending = building.get(name);
  if (pending) return pending;
  const build = (async () => {
    const { path, tmp } = paths(name);
    if (existsSync(path)) return { path, built: false };
    try {
      await make(tmp);
      renameSync(tmp, path);
    } finally {
      removeScratch(tmp);
    }
    return { path, built: true };
  })().finally(() => building.delete(name));
  building.set(name, build);
  return build;
}

let temporaries = 0;

function paths(name: string): { path: string; tmp: string } {
  const path = join(cacheDir(), name);
  // unique per process (pid) and within it (a counter; two builds can start in one millisecond)
  return { path, tmp: `${path}.${process.pid}.${++temporaries}.tmp` };
}

/** Removes an artifact's scratch files (`<tmp>.ll`, `<tmp>.c`, ...) and a temporary left by a failure. */
function removeScratch(tmp: string): void {
  const prefix = basename(tmp);
  for (const f of readdirSync(dirname(tmp))) if (f.startsWith(prefix)) rmSync(join(dirname(tmp), f), { force: true });
}
