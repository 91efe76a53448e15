// The README and docs/ stand on their own: every relative link resolves to a file in the
// repository, every source path they name in backticks exists, and nothing points outside the
// repository (a fresh clone has nothing beside it).
import test from 'ava';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './helpers/fixtures';

const docs = [
  join(ROOT, 'README.md'),
  ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(ROOT, 'docs', f)),
];

/** `[text](target)` links that are not web addresses or in-page anchors. */
const relativeLinks = (text: string): string[] =>
  [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/i.test(l) && !l.startsWith('#'));

/** Paths of the repository's own sources named in backticks (`runtime/network.ts`), without placeholders. */
const namedPaths = (text: string): string[] =>
  [...text.matchAll(/`((?:cli|ir|llvm|runtime|transformer|models|examples|test|bench|docs)\/[\w./-]+\.(?:ts|md|c|h|py|json|csv))`/g)].map(
    (m) => m[1],
  );

for (const doc of docs) {
  const name = relative(ROOT, doc);
  const text = readFileSync(doc, 'utf8');
  test(`${name}: relative links resolve inside the repository`, (t) => {
    const broken = relativeLinks(text).filter((link) => {
      const target = join(dirname(doc), decodeURI(link.split('#')[0]));
      return !existsSync(target) || relative(ROOT, target).startsWith('..');
    });
    t.deepEqual(broken, [], `${name} links to files that are not in the repository`);
  });
  test(`${name}: the source files it names exist`, (t) => {
    t.deepEqual(
      namedPaths(text).filter((p) => !existsSync(join(ROOT, p))),
      [],
      `${name} names files that do not exist`,
    );
  });
  test(`${name}: names nothing outside the repository`, (t) => {
    t.notRegex(text, /\.\.\/shared|\bSPEC\.md\b|shared\/reference/, `${name} points outside the repository`);
  });
}
