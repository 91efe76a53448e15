// What a cached `braints run` loads: not TypeScript, which only a compile (or `braints build`) needs,
// and not llvm-bindings, which only generating a kernel needs.
import test from 'ava';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './helpers/fixtures';

const exec = promisify(execFile);

// CUBA's groups and projections run their kernels as compiled; examples/population.ts needs kernel
// variants (a uniform current, parameters per neuron), which the first run generates and caches
for (const example of ['examples/cuba.ts', 'examples/population.ts'])
  test(`a run of unchanged files never loads TypeScript or llvm-bindings (${example})`, async (t) => {
    const out = mkdtempSync(join(tmpdir(), 'braints-startup-'));
    const args = ['run', example, '--duration', '10', '--no-plots', '--out', out];
    // the first run compiles what is not up to date yet
    await exec('node', [join(ROOT, 'bin', 'braints.js'), ...args], { cwd: ROOT });
    const script = `require(${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))})
    .main(${JSON.stringify(args)})
    .then((code) => process.stdout.write(JSON.stringify({ code, loaded: Object.keys(require.cache) })));`;
    const { stdout, stderr } = await exec('node', ['-e', script], { cwd: ROOT });
    const { code, loaded } = JSON.parse(stdout) as { code: number; loaded: string[] };
    t.is(code, 0, stderr);
    t.deepEqual(
      // its package.json (the compiler's version, in the cache key) is read, not its code
      loaded.filter((f) => /[\\/]node_modules[\\/]typescript[\\/].*\.js$/.test(f)),
      [],
    );
    // the kernels' .ll files are up to date and the variants cached: nothing is generated, so the code generator stays unloaded
    t.deepEqual(
      loaded.filter((f) => /[\\/]llvm-bindings[\\/]/.test(f) || /[\\/]dist[\\/]llvm[\\/](emit-|kernel-module)/.test(f)),
      [],
    );
    t.true(
      loaded.some((f) => f.endsWith(join('runtime', 'network.js'))),
      'the run itself did load',
    );
  });

test('a model whose .ll is missing runs its kernel generated from the IR, generated once: the next process loads no llvm-bindings', async (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'braints-startup-cache-'));
  // the model as a .js without its .ll beside it (deleted, or the .js copied alone)
  const script = `const { loadModel } = require(${JSON.stringify(join(ROOT, 'dist', 'runtime', 'model.js'))});
    const { kernelFor } = require(${JSON.stringify(join(ROOT, 'dist', 'runtime', 'kernels.js'))});
    const { AdEx } = require(${JSON.stringify(join(ROOT, 'dist', 'models', 'adex.js'))});
    const model = { ...loadModel(AdEx), llPath: '/nonexistent/adex.AdEx.ll' };
    const k = kernelFor(model, new Set(), [], 'cells');
    process.stdout.write(JSON.stringify({ text: k.source.text, loaded: Object.keys(require.cache) }));`;
  const runOnce = async () =>
    JSON.parse((await exec('node', ['-e', script], { env: { ...process.env, BRAINTS_CACHE: cache } })).stdout) as {
      text: string;
      loaded: string[];
    };
  const first = await runOnce();
  const second = await runOnce();
  const generator = (loaded: string[]) => loaded.some((f) => /[\\/]llvm-bindings[\\/]/.test(f));
  t.true(generator(first.loaded), 'the first process generates the kernel');
  t.false(generator(second.loaded), 'the second finds it in the build cache');
  t.is(second.text, first.text);
  // the compiler's file ends in a line with its hash, the rest is the same text
  const written = readFileSync(join(ROOT, 'dist', 'models', 'adex.AdEx.ll'), 'utf8');
  t.is(first.text, written.replace(/^; braints-hash: [0-9a-f]+\n/m, ''), 'the text the compiler wrote');
});
