// Installs the packed package into a fresh project exactly as README's "In a project of your own"
// says: its package.json, tsconfig.json and src/main.ts, the top example as src/model.ts, then
// `npm install`, `npx tspc`, `node dist/main.js` and `npx braints run`. Slow (npm compiles
// llvm-bindings): `npm run test:install`, after a build. Exits non-zero on the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
/** The tarball's path as the README writes it. */
const README_TARBALL = '/path/to/braints/braints-0.1.0.tgz';

function fail(message: string): never {
  console.error(`test:install: ${message}`);
  process.exit(1);
}

/** Runs a command in dir, its output streamed (the long build shows progress); returns its stderr, where npm warns. */
function sh(dir: string, command: string): string {
  console.log(`test:install: (${dir}) $ ${command}`);
  const start = Date.now();
  const r = spawnSync(command, { cwd: dir, shell: true, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  process.stderr.write(r.stderr);
  console.log(`test:install: ${command}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  if (r.status !== 0) fail(`\`${command}\` exited with ${r.status}`);
  return r.stderr;
}

/** The fenced blocks of README's install section that follow a "`FILE`:" line, by file name. */
function readmeFiles(readme: string): Map<string, string> {
  const start = readme.indexOf('### In a project of your own');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  const files = new Map<string, string>();
  for (const m of section.matchAll(/^`([\w./-]+)`:\n\n```\w*\n([\s\S]*?)```/gm)) files.set(m[1], m[2]);
  // src/main.ts is the one ts block of the section, introduced in its sentence
  const main = /`src\/main\.ts` runs it[\s\S]*?```ts\n([\s\S]*?)```/.exec(section);
  if (main) files.set('src/main.ts', main[1]);
  return files;
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const files = readmeFiles(readme);
for (const name of ['package.json', 'tsconfig.json', 'src/main.ts']) {
  if (!files.has(name)) fail(`README's install section has no ${name}`);
}
const model = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? fail('README has no example model');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
if (!README_TARBALL.endsWith(`braints-${version}.tgz`)) fail(`README's tarball is not braints-${version}.tgz`);
if (!existsSync(join(ROOT, 'dist', 'index.js'))) fail('no dist/: run `npm run build` first');

const work = mkdtempSync(join(tmpdir(), 'braints-install-'));
const keep = process.env.BRAINTS_KEEP_INSTALL === '1';
process.on('exit', () => (keep ? console.log(`test:install: kept ${work}`) : rmSync(work, { recursive: true, force: true })));

// the clone's step: pack the dist/ that the build made (README: npm ci && npm pack --ignore-scripts)
sh(ROOT, `npm pack --ignore-scripts --pack-destination ${work}`);
const tarball = join(work, `braints-${version}.tgz`);
if (!existsSync(tarball)) fail(`npm pack wrote no ${tarball}`);

const project = join(work, 'my-project');
mkdirSync(join(project, 'src'), { recursive: true });
for (const [name, text] of files) writeFileSync(join(project, name), text.split(README_TARBALL).join(tarball));
writeFileSync(join(project, 'src', 'model.ts'), model);

const install = sh(project, 'npm install --foreground-scripts');
const warnings = install.split('\n').filter((l) => /npm warn install-scripts/.test(l));
if (warnings.length > 0) fail(`npm warned about install scripts:\n${warnings.join('\n')}`);

sh(project, 'npx tspc');
if (!existsSync(join(project, 'dist', 'model.LIF.ll'))) fail('tspc wrote no dist/model.LIF.ll: the transformer did not run');
sh(project, 'node dist/main.js');
const results = readdirSync(join(project, 'results')).sort();
for (const f of ['summary.json', 'cells.spikes.npy', 'cells.raster.png']) {
  if (!results.includes(f)) fail(`node dist/main.js wrote no results/${f} (it wrote ${results.join(', ')})`);
}
const summary = JSON.parse(readFileSync(join(project, 'results', 'summary.json'), 'utf8')) as {
  groups: { cells: { spikes: number } };
};
// README's model: V crosses -50 mV every 13.9 ms, so 14 spikes per neuron in 200 ms
if (summary.groups.cells.spikes !== 1000 * 14) fail(`results/summary.json has ${summary.groups.cells.spikes} spikes, not 14000`);

sh(project, 'npx braints run src/model.ts --duration 100');
const out = readdirSync(join(project, 'out'));
if (!out.includes('summary.json') || !out.includes('cells.raster.png')) fail(`npx braints run wrote ${out.join(', ')}`);
console.log('test:install: the README install works');
