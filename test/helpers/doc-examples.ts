// The examples of README.md and docs/: a ```ts block that imports something is a complete model
// file, which test/doc-examples.test.ts compiles and runs as `braints run` would (its default
// export builds the network); a block without imports is a fragment of one and is not run, nor is a
// file of one's own project that imports its siblings (npm run test:install runs the README's).
// An example named by its first line (`// onpre-current.ts: ...`) can be looked up by that name
// (test/semantics.test.ts checks what docs/semantics.md says with its examples).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { compileEntry } from '../../cli/compile';
import { ROOT } from './fixtures';

export interface DocExample {
  /** The Markdown file, relative to the repository root. */
  doc: string;
  /** The line of the block's first code line in that file. */
  line: number;
  /** The name the example gives itself, or `<doc>-L<line>`. */
  name: string;
  code: string;
}

/** README.md and every Markdown file under docs/. */
function docFiles(): string[] {
  const out = [join(ROOT, 'README.md')];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.md')) out.push(join(dir, e.name));
    }
  };
  walk(join(ROOT, 'docs'));
  return out;
}

/** The complete model files among the ```ts blocks of the documentation. */
export function docExamples(): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of docFiles()) {
    const doc = relative(ROOT, file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
      const code = m[1];
      if (!/^import .* from '.*';$/m.test(code)) continue;
      // a file of a project of one's own that imports its siblings: npm run test:install runs those
      if (/^import .* from '\.\.?\/.*';$/m.test(code)) continue;
      const line = text.slice(0, m.index).split('\n').length + 1;
      const name = /^\/\/ ([\w-]+)\.ts:/.exec(code)?.[1] ?? `${basename(doc, '.md')}-L${line}`;
      examples.push({ doc, line, name, code });
    }
  }
  return examples;
}

/** The example of `doc` that names itself `name`. */
export function docExample(doc: string, name: string): DocExample {
  const found = docExamples().find((e) => e.doc === doc && e.name === name);
  if (!found) throw new Error(`${doc} has no example named ${name}.ts`);
  return found;
}

/** Compiles an example as a user's file (under .braints/doc-examples/) and returns its module's exports. */
export function loadDocExample<T = Record<string, unknown>>(example: DocExample): T {
  const dir = join(ROOT, '.braints', 'doc-examples');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${example.name}.ts`);
  writeFileSync(path, example.code);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(compileEntry(path).entryJs) as T;
}
