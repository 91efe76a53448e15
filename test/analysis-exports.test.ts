// `braints/analysis` (package.json's exports, analysis/index.ts) is the whole public API of the
// analyses: every function of analysis/ that the user pages (docs/analysis.md,
// docs/analysis-bifurcation.md) name is exported there, the phase planes' and the bifurcations' alike.
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures';

const DOCS = ['docs/analysis.md', 'docs/analysis-bifurcation.md'];

test('every analysis function the docs name is exported by braints/analysis', async (t) => {
  // resolved through the package's own name, so through its exports map
  const api = createRequire(__filename)('braints/analysis') as Record<string, unknown>;
  const dir = join(ROOT, 'dist', 'analysis');
  const functions = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'index.js'))
    for (const [name, value] of Object.entries((await import(join(dir, file))) as Record<string, unknown>))
      if (typeof value === 'function') functions.add(name);
  const named = new Set(
    DOCS.flatMap((doc) =>
      [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/`([a-z][A-Za-z]+)`|\b([a-z][A-Za-z]+)\(/g)].map((m) => m[1] ?? m[2]),
    ),
  );
  const documented = [...functions].filter((f) => named.has(f));
  t.true(documented.length >= 15, `only ${documented.join(', ')} documented`);
  const missing = documented.filter((f) => typeof api[f] !== 'function');
  t.deepEqual(missing, [], `documented but not exported by braints/analysis: ${missing.join(', ')}`);
  for (const f of [
    'modelField',
    'phasePlane',
    'continueFixedPoints',
    'twoParameterDiagram',
    'limitCycles',
    'fastSlow',
    'findSlowPoints',
    'writeBifurcation',
  ])
    t.is(typeof api[f], 'function', f);
});
