// Compiles test fixtures (small model files under test/fixtures) the way `braints run` compiles a
// user's file, and loads them.
import { join } from 'node:path';
import { compileEntry } from '../../cli/compile';

/** The repository root (tests run from dist/test). */
export const ROOT = join(__dirname, '..', '..', '..');

export function fixturePath(rel: string): string {
  return join(ROOT, 'test', 'fixtures', rel);
}

/** Compiles a fixture and returns its module's exports. */
export function loadFixture<T = Record<string, unknown>>(rel: string): T {
  const { entryJs } = compileEntry(fixturePath(rel));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(entryJs) as T;
}
