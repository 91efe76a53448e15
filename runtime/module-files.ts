// The built modules a piece of BrainTS runs: a module and every module it requires by a relative
// path, followed through theirs. Read from the built JavaScript without loading it, so that a
// cache key can cover the code that made an artifact (the compiler's outputs, a generated kernel
// variant) while a run that finds the artifact cached loads none of that code.
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve } from 'node:path';

/** Each module's text, read once per process: the compiler's identity and the code generator's share most modules. */
const texts = new Map<string, string>();
function textOf(file: string): string {
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = readFileSync(file, 'utf8')));
  return text;
}

export function modulesRequiredBy(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, path] of textOf(file).matchAll(/require\(["'](\.\.?\/[^"']*)["']\)/g)) {
      const target = resolve(dirname(file), path);
      visit(existsSync(`${target}.js`) ? `${target}.js` : join(target, 'index.js'));
    }
  };
  for (const e of entries) visit(e);
  return [...seen].sort();
}

/** A hash of `files` (named relative to `root`, so a moved installation keeps its hashes) and their contents. */
export function hashOfModules(files: readonly string[], root: string, seed = ''): string {
  const h = createHash('sha256').update(seed);
  for (const f of files) h.update(relative(root, f)).update(textOf(f));
  return h.digest('hex');
}

const identities = new Map<string, string>();

/**
 * The identity of a code generator whose built entry module is `entry`: its modules and what they
 * require, read (not loaded) and hashed relative to the installation `root`, once per process.
 */
export function generatorIdentity(entry: string, root: string): string {
  let id = identities.get(entry);
  if (id === undefined) identities.set(entry, (id = hashOfModules(modulesRequiredBy([entry]), root)));
  return id;
}
