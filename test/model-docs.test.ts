// The model reference pages (docs/models/) are what test/golden/model-docs.ts generates from the
// models, every built-in field has a unit, and the equations print as the maths they compute.
import test from 'ava';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODEL_DOCS_DIR, modelDocs, builtInModels } from './golden/model-docs';
import { ModelSources } from './golden/model-source';
import { diffHint, REFRESH, ROOT } from './golden/goldens';
import { odeMaths } from '../ir/print-math';
import type { Expr, OdeFn } from '../ir/types';

test('the checked-in model pages are those generated from the models', (t) => {
  const dir = MODEL_DOCS_DIR(ROOT);
  const pages = modelDocs(ROOT);
  for (const [file, text] of pages) {
    const path = join(dir, file);
    const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (old === undefined) t.fail(`docs/models/${file} is missing: run \`${REFRESH}\``);
    else if (old !== text) t.fail(`docs/models/${file} differs from its model: run \`${REFRESH}\`\n${diffHint(old, text)}`);
    else t.pass();
  }
  const stale = readdirSync(dir).filter((f) => f.endsWith('.md') && !pages.has(f));
  t.deepEqual(stale, [], `pages of no model: run \`${REFRESH}\``);
});

test('every built-in model has a page, listed in the index', (t) => {
  const pages = modelDocs(ROOT);
  const index = pages.get('README.md')!;
  for (const { name } of builtInModels()) {
    t.true(pages.has(`${name}.md`), name);
    t.true(index.includes(`[${name}](${name}.md)`), name);
  }
  t.true(builtInModels().length >= 29);
});

test('a page shows units, defaults, the equations, the method and the code', (t) => {
  const lif = modelDocs(ROOT).get('LIF.md')!;
  t.true(lif.includes('| `tau` | `@param` | 10 | ms |'));
  t.true(lif.includes('| `t_last` | `@state` | -10000000 | ms | time of the last spike |'));
  t.true(lif.includes('dV/dt = (V_rest - V + R * I) * (1 / tau)'));
  t.true(lif.includes('forward Euler (`euler`)'));
  t.true(lif.includes('if (refractoryOver(t, this.t_last, this.t_ref, dt)) {'));
  const ampa = modelDocs(ROOT).get('AMPASynapse.md')!;
  t.true(ampa.includes('| `tau` | `@param` | 2 | ms |'), 'the override, not the base default');
  t.true(ampa.includes('| `post.I` | postsynaptic | written |'));
  t.true(ampa.includes('### onPre(t, dt)') && ampa.includes('(in `ExpConductanceSynapse`)'));
});

function withSource(text: string, run: (sources: ModelSources) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'braints-model-docs-'));
  try {
    mkdirSync(join(root, 'models'));
    writeFileSync(join(root, 'models', 'm.ts'), text);
    run(new ModelSources(root));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a field without a unit is refused at its line, saying what to write', (t) => {
  const src = [
    'class M {',
    '  @param tau = 10; // ms, membrane time constant',
    '  @param gain = 2; // how strong',
    '  @state w = 0; // [post.I]/mV',
    '}',
    '',
  ].join('\n');
  withSource(src, (sources) => {
    t.deepEqual(sources.fieldComment({ file: 'models/m.ts', line: 2, col: 3 }), { unit: 'ms', description: 'membrane time constant' });
    t.deepEqual(sources.fieldComment({ file: 'models/m.ts', line: 4, col: 3 }), { unit: '[post.I]/mV', description: '' });
    t.throws(() => sources.fieldComment({ file: 'models/m.ts', line: 3, col: 3 }), {
      message: /^models\/m\.ts:3: the field gain has no unit: end its line with `\/\/ mV`/,
    });
  });
});

const span = { file: 'm.ts', line: 1, col: 1 };
const arg = (index: number): Expr => ({ k: 'arg', index, span });
const field = (name: string): Expr => ({ k: 'field', name, span });
const num = (v: number): Expr => ({ k: 'num', v, span });
const bin = (op: 'add' | 'sub' | 'mul' | 'div' | 'pow', a: Expr, b: Expr): Expr => ({ k: 'bin', op, a, b, span });
const neg = (a: Expr): Expr => ({ k: 'neg', a, span });
const ode = (returns: Expr[], params = ['x', 'y']): OdeFn => ({ name: 'dxy', method: 'euler', params, returns, span });

test('equations print with the parentheses the grouping needs, and no others', (t) => {
  const maths = (e: Expr) => odeMaths(ode([e]), new Set(['a', 'b'])).equations[0];
  t.is(maths(bin('sub', arg(0), bin('sub', field('a'), arg(1)))), 'dx/dt = x - (a - y)');
  t.is(maths(bin('sub', bin('sub', arg(0), field('a')), arg(1))), 'dx/dt = x - a - y');
  t.is(maths(bin('mul', bin('add', arg(0), field('a')), field('b'))), 'dx/dt = (x + a) * b');
  t.is(maths(bin('div', field('a'), bin('mul', arg(0), field('b')))), 'dx/dt = a / (x * b)');
  t.is(maths(neg(bin('pow', arg(0), num(2)))), 'dx/dt = -x^2');
  t.is(maths(bin('pow', neg(arg(0)), num(2))), 'dx/dt = (-x)^2');
  t.is(maths(bin('add', arg(0), num(-65))), 'dx/dt = x - 65', 'x + (-65)');
  t.is(maths(bin('sub', arg(0), num(-65))), 'dx/dt = x + 65', 'x - (-65)');
  t.is(maths({ k: 'call', fn: 'exp', args: [bin('div', arg(0), field('a'))], span }), 'dx/dt = exp(x / a)');
});

test('a local named in the TypeScript becomes a definition of its own', (t) => {
  const INa = { ...bin('mul', field('a'), arg(0)), hint: 'INa' };
  const r = odeMaths(ode([bin('sub', arg(1), INa), bin('add', INa, arg(1))]), new Set(['a']));
  t.deepEqual(r.definitions, ['INa = a * x']);
  t.deepEqual(r.equations, ['dx/dt = y - INa', 'dy/dt = INa + y']);
  const shadow = { ...bin('mul', field('a'), arg(0)), hint: 'a' };
  t.deepEqual(
    odeMaths(ode([shadow], ['x']), new Set(['a'])),
    { definitions: [], equations: ['dx/dt = a * x'] },
    'a name that is a field stays inline',
  );
});
