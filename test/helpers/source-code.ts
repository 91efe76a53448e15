// The repository's sources as code: each file's text with its comments removed, so that a name a
// document cites is found only where the code uses it, not where a comment still mentions it.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const SOURCE_EXTENSIONS = new Set(['.ts', '.js', '.mjs', '.c', '.h', '.json']);
/** Build outputs and installed packages; docs/ is what is checked against the code, not code. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'out', '.braints', '.git', 'docs']);

/** Every file under `root` (paths relative to it, with '/'), outside the skipped directories. */
export function repositoryFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else out.push(relative(root, join(dir, entry.name)).split('\\').join('/'));
    }
  };
  walk(root);
  return out;
}

/**
 * `text` without its comments (`//` to the end of the line and `/* ... *\/`), strings kept: a
 * quote opens a string that ends at its closing quote or, for ' and ", at the end of the line.
 */
export function withoutComments(text: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote || (c === '\n' && quote !== '`')) quote = null;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      out += ' ';
      i = end < 0 ? text.length : end + 1;
    } else {
      if (c === "'" || c === '"' || c === '`') quote = c;
      out += c;
    }
  }
  return out;
}

/** The code of each source file of the repository (comments removed), by relative path. */
export function sourceCode(root: string): Map<string, string> {
  const code = new Map<string, string>();
  for (const file of repositoryFiles(root)) {
    if (file.startsWith('test/fixtures/') || !SOURCE_EXTENSIONS.has(extname(file))) continue;
    code.set(file, withoutComments(readFileSync(join(root, file), 'utf8')));
  }
  return code;
}

/** The identifiers (and identifier-like words of strings) of a piece of code. */
export const wordsOf = (code: string): Set<string> => new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);
