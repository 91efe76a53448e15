// docs/architecture.md stays true to the code: every path it names in backticks exists, every
// name of code it cites (`walkDag`, `Csr.order`, `step(...)`, `<Model>_onPre_rows`) is in the
// code (comments do not count), in the file it says when it says "`name` in `file`", and every
// diagnostic code it mentions is registered. A rename or a move that leaves the doc behind fails here.
import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures';
import { repositoryFiles, sourceCode, wordsOf } from './helpers/source-code';
import { ERROR_CODES } from '../ir/errors';

const DOC = 'docs/architecture.md';
const text = readFileSync(join(ROOT, DOC), 'utf8');
const files = repositoryFiles(ROOT);
const code = sourceCode(ROOT);
code.delete('test/architecture-doc.test.ts'); // its own test names are made up to be in no other file
const allCode = [...code.values()].join('\n');
const words = wordsOf(allCode);

/** The inline code spans of the doc outside fenced blocks, each with the text that follows it. */
function spans(markdown: string): { span: string; after: string }[] {
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  return [...prose.matchAll(/`([^`]+)`/g)].map((m) => ({
    span: m[1].replace(/\s+/g, ' '),
    after: prose.slice(m.index + m[0].length, m.index + m[0].length + 200),
  }));
}
const cited = spans(text);

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** A path: a '/' and no spaces; `braints/...` is the package's own name. */
const isPath = (s: string): boolean => /^[\w.<>*-]*\/[\w./<>*-]*$/.test(s) && !s.startsWith('//');

/** Directories that .gitignore lists: outputs that a build or a run makes, not sources. */
const ignoredDirs = readFileSync(join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.endsWith('/'));

const exportsOf = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports;

/** Whether a path the doc names exists: as written from the root, as a module without `.ts`, a glob's match, one file it is the tail of, an output directory, or one of the package's exports. */
function pathExists(p: string): boolean {
  if (p.startsWith('braints/')) return `./${p.slice('braints/'.length)}` in exportsOf;
  if (ignoredDirs.some((d) => p.startsWith(d))) return true;
  if (p.includes('*')) {
    const glob = new RegExp(`^${p.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
    return files.some((f) => glob.test(f));
  }
  if (existsSync(join(ROOT, p)) || existsSync(join(ROOT, `${p}.ts`))) return true;
  // `passes/differentiate.ts` beside a mention of `ir/`, a fixture as `constructs/poisson-draws.ts`
  return files.filter((f) => f.endsWith(`/${p}`)).length === 1;
}

test(`${DOC}: every path it names exists`, (t) => {
  const paths = cited.map((c) => c.span).filter(isPath);
  t.true(paths.length > 50, 'the paths are found');
  t.deepEqual(
    [...new Set(paths)].filter((p) => !pathExists(p)),
    [],
    `${DOC} names paths that do not exist`,
  );
});

/**
 * The names of code a span cites, and what a check of each looks for: an identifier (`walkDag`,
 * `@neuron`'s `neuron`), a call's callee (`step(this.dV, V, I)`, `new Network({...})`), a type's
 * member (`Csr.order`: `order` where `Csr` is declared), an entry point's suffix
 * (`<Model>_onPre_rows`), an environment variable (`BRAINTS_DEBUG=1`).
 */
type Citation = { name: string; anywhere?: true } | { member: string; of: string } | { suffix: string };

function citationsOf(span: string): Citation[] {
  const s = span.replace(/^@/, '');
  if (IDENT.test(s)) return [{ name: s }];
  const callee = /^(new )?([A-Za-z_$][\w$]*)\(.*\)$/.exec(s);
  // `new LIF(n, init)` (`runtime/group.ts`): the file is the constructor's, not the model's
  if (callee) return [callee[1] ? { name: callee[2], anywhere: true } : { name: callee[2] }];
  const member = /^([A-Z][\w$]*)\.([A-Za-z_$][\w$]*)$/.exec(s);
  if (member) return [{ member: member[2], of: member[1] }];
  const entry = /^<\w+>((?:_[A-Za-z]\w*)+)$/.exec(s);
  if (entry) return [{ suffix: entry[1] }];
  const env = /^([A-Z][A-Z0-9_]+)=\S+$/.exec(s);
  if (env) return [{ name: env[1] }];
  return [];
}

/** The file that declares `name` (a class, interface, type, enum, function or constant). */
function declaringFile(name: string): string | undefined {
  const declaration = new RegExp(`\\b(?:class|interface|type|enum|function|const|let)\\s+${name.replace(/\$/g, '\\$')}\\b`);
  return [...code].find(([file, c]) => file.endsWith('.ts') && declaration.test(c))?.[0];
}

/** Why a citation does not hold, or undefined when it does. `where` is the file the doc says it is in. */
function problem(c: Citation, where: string | undefined): string | undefined {
  const inFile = where === undefined ? undefined : code.get(where);
  if ('suffix' in c) return allCode.includes(c.suffix) ? undefined : `no code makes names ending in ${c.suffix}`;
  if ('member' in c) {
    const file = declaringFile(c.of);
    if (!file) return `no declaration of ${c.of}`;
    return wordsOf(code.get(file)!).has(c.member) ? undefined : `${c.of} (${file}) has no ${c.member}`;
  }
  if (inFile !== undefined && !c.anywhere) return wordsOf(inFile).has(c.name) ? undefined : `${c.name} is not in ${where}`;
  return words.has(c.name) ? undefined : `${c.name} is in no source file`;
}

test(`${DOC}: every name of code it cites is in the code, in the file it names`, (t) => {
  const problems: string[] = [];
  let checked = 0;
  for (const { span, after } of cited) {
    if (isPath(span)) continue;
    // "`rewrite` in `ir/expr.ts`", "`ModelError` (`ir/errors.ts`, ...)": the name is in that file
    const named = /^\s*(?:in|from)\s+`([^`]+)`|^\s*\(`([^`]+)`/.exec(after);
    const where = named && [named[1] ?? named[2]].find((p) => isPath(p) && code.has(p));
    for (const c of citationsOf(span)) {
      checked++;
      const why = problem(c, where ?? undefined);
      if (why) problems.push(`\`${span}\`: ${why}`);
    }
  }
  t.true(checked > 150, 'the names are found');
  t.deepEqual([...new Set(problems)], [], `${DOC} cites code that is not there`);
});

test(`${DOC}: every diagnostic code it mentions is registered in ir/errors.ts`, (t) => {
  const mentioned = [...new Set(text.match(/\bBTS\d{4}\b/g) ?? [])];
  t.true(mentioned.length > 0);
  t.deepEqual(
    mentioned.filter((c) => !(c in ERROR_CODES)),
    [],
  );
});

test('the checks of the doc find what is not there', (t) => {
  t.false(pathExists('ir/passes/no-such-pass.ts'));
  t.false(pathExists('braints/no-such-export'));
  t.true(pathExists('passes/differentiate.ts'));
  t.is(problem({ name: 'noSuchFunctionAnywhere' }, undefined), 'noSuchFunctionAnywhere is in no source file');
  t.truthy(problem({ name: 'walkDag' }, 'ir/types.ts'), 'walkDag is in ir/expr.ts, not ir/types.ts');
  t.is(problem({ name: 'walkDag' }, 'ir/expr.ts'), undefined);
  t.truthy(problem({ member: 'noSuchField', of: 'ModelIR' }, undefined));
  t.truthy(problem({ suffix: '_noSuchEntryPoint' }, undefined));
  // a name only a comment still mentions does not count (this one is in a comment of ir/types.ts)
  t.truthy(problem({ name: 'trivially' }, 'ir/types.ts'));
  t.deepEqual(citationsOf('new Network({...})'), [{ name: 'Network', anywhere: true }]);
  t.deepEqual(citationsOf('step(this.dV, V, I)'), [{ name: 'step' }]);
  t.deepEqual(citationsOf('<Model>_onPre_rows'), [{ suffix: '_onPre_rows' }]);
  t.deepEqual(citationsOf('x*1'), []);
});
