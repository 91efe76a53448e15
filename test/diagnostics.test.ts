// Diagnostics a user meets outside the must-fail fixtures: a call of an npm package's function
// (which needs a package on disk), models constructed without their decorator, the warning for an
// edited kernel and the GPU's refusals in `braints build`; and what every diagnostic has: a
// registered code, and a span over the whole construct it is about.
import test from 'ava';
import * as ts from 'typescript';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Synapse } from '../index';
import { NeuronGroup, oneToOne } from '../index';
import { LIF } from '../models';
import { compileEntry, CompileError } from '../cli/compile';
import { buildProject } from '../cli/build';
import { modelTransformer } from '../transformer/model-transformer';
import { tsCodeOf } from '../transformer/diagnostics';
import { ERROR_CODES } from '../ir/errors';
import { ROOT, fixturePath, loadFixture } from './helpers/fixtures';

test("a call of an npm package's function names the function and the package, at the call", (t) => {
  const project = mkdtempSync(join(tmpdir(), 'braints-pkg-'));
  writeFileSync(join(project, 'package.json'), '{ "name": "user-project" }\n');
  const pkg = join(project, 'node_modules', 'units-lib');
  mkdirSync(pkg, { recursive: true });
  symlinkSync(ROOT, join(project, 'node_modules', 'braints'));
  writeFileSync(join(pkg, 'package.json'), '{ "name": "units-lib", "main": "index.js", "types": "index.d.ts" }\n');
  writeFileSync(join(pkg, 'index.d.ts'), 'export declare function toVolts(mV: number): number;\n');
  writeFileSync(join(pkg, 'index.js'), 'exports.toVolts = (mV) => mV / 1000;\n');
  const model = [
    "import { neuron, NeuronGroup, state } from 'braints';",
    "import { toVolts } from 'units-lib';",
    '',
    '@neuron',
    'export class UsesPackage extends NeuronGroup {',
    '  @state V = 0;',
    '  update(t: number, dt: number) {',
    '    this.V = toVolts(this.V) + dt;',
    '  }',
    '}',
    '',
  ].join('\n');
  writeFileSync(join(project, 'model.ts'), model);
  const err = t.throws(() => compileEntry(join(project, 'model.ts')), { instanceOf: CompileError });
  t.regex(
    err!.message,
    /^model\.ts\(8,14\): error BTS1007: unsupported call: toVolts is declared in package units-lib \(index\.d\.ts\), whose source the compiler cannot see/,
  );
});

test('a model class without @neuron or @synapse: constructing it says the decorator is missing', (t) => {
  const { Plain, PlainSynapse } = loadFixture<{
    Plain: new (n: number) => NeuronGroup;
    PlainSynapse: new (a: NeuronGroup, b: NeuronGroup, o: { connect: ReturnType<typeof oneToOne> }) => Synapse;
  }>('runtime/undecorated.ts');
  t.throws(() => new Plain(1), { message: /^Plain is not a model: decorate it with @neuron \(`@neuron export class Plain extends/ });
  const cells = new LIF(2);
  t.throws(() => new PlainSynapse(cells, cells, { connect: oneToOne() }), {
    message: /^PlainSynapse is not a model: decorate it with @synapse/,
  });
});

test('a class the transformer never saw: constructing it says to build it with the transformer', (t) => {
  // defined at run time, as plain JavaScript that no compiler transformed
  const Raw = new Function('Base', 'return class Raw extends Base { update() {} }')(NeuronGroup) as new (n: number) => NeuronGroup;
  t.throws(() => new Raw(1), { message: /^Raw was not compiled by the BrainTS transformer/ });
});

// --- the code registry ---------------------------------------------------------------------------

/** Every file of the repository that may name a BTS code: sources, tests, fixtures, listings, docs. */
function filesNamingCodes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['node_modules', 'dist', '.git'].includes(name) ? [] : filesNamingCodes(path);
    return /\.(ts|md|txt)$/.test(name) ? [path] : [];
  });
}

test('every BTS code named anywhere is registered in ir/errors.ts, and no two registrations are alike', (t) => {
  const registered = new Set(Object.keys(ERROR_CODES));
  const unregistered = new Set<string>();
  for (const file of filesNamingCodes(ROOT)) {
    for (const [code] of readFileSync(file, 'utf8').matchAll(/\bBTS\d{4}\b/g)) {
      if (!registered.has(code)) unregistered.add(`${code} (${file.slice(ROOT.length + 1)})`);
    }
  }
  t.deepEqual([...unregistered], [], 'codes used but not registered');
  const descriptions = Object.values(ERROR_CODES);
  t.is(new Set(descriptions).size, descriptions.length, 'two codes with one description are one kind of error');
  const numbers = Object.keys(ERROR_CODES).map((c) => tsCodeOf(c as keyof typeof ERROR_CODES));
  t.is(new Set(numbers).size, numbers.length, 'two codes with one TypeScript diagnostic number');
});

// --- spans -----------------------------------------------------------------------------------------

/** The BrainTS diagnostics of compiling `files` in one program, as the transformer reports them (no output written). */
function transformerDiagnostics(files: string[]): ts.Diagnostic[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    skipLibCheck: true,
    types: [],
    rootDir: ROOT,
    outDir: mkdtempSync(join(tmpdir(), 'braints-spans-')),
  };
  const host = ts.createCompilerHost(options);
  host.getCurrentDirectory = () => ROOT;
  const program = ts.createProgram({ rootNames: files, options, host });
  // binds the files, which lowering relies on (parent links)
  ts.getPreEmitDiagnostics(program);
  const reported: ts.Diagnostic[] = [];
  const transformer = modelTransformer(program, { report: (d) => reported.push(d), outputJs: () => undefined });
  program.emit(undefined, () => {}, undefined, false, { before: [transformer] });
  return reported;
}

/** The syntax node (or token) that starts at `start` and spans `length` characters, if there is one. */
function nodeSpanning(sf: ts.SourceFile, start: number, length: number): ts.Node | undefined {
  const visit = (n: ts.Node): ts.Node | undefined => {
    if (n.getStart(sf) === start && n.getEnd() === start + length) return n;
    if (n.getStart(sf) > start || n.getEnd() < start + length) return undefined;
    for (const c of n.getChildren(sf)) {
      const found = visit(c);
      if (found) return found;
    }
    return undefined;
  };
  return visit(sf);
}

const mustFail = readdirSync(fixturePath('must-fail'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => fixturePath(`must-fail/${f}`));
const spanned = transformerDiagnostics(mustFail);
const textOf = (d: ts.Diagnostic) => d.file!.text.slice(d.start!, d.start! + d.length!);
const diagnosticOf = (fixture: string) => {
  const d = spanned.find((x) => x.file!.fileName === fixturePath(`must-fail/${fixture}`));
  if (!d) throw new Error(`no diagnostic for ${fixture}`);
  return d;
};

test('every must-fail diagnostic spans one whole construct of its file', (t) => {
  for (const file of mustFail)
    t.true(
      spanned.some((d) => d.file?.fileName === file),
      `${file} has a diagnostic`,
    );
  for (const d of spanned) {
    const where = `${d.file!.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    t.is(d.source, 'braints', where);
    t.truthy(nodeSpanning(d.file!, d.start!, d.length!), `${where} spans ${JSON.stringify(textOf(d))}, which is no whole node`);
  }
});

test('a diagnostic spans the construct it is about, not its first character', (t) => {
  t.regex(textOf(diagnosticOf('while-loop.ts')), /^while \(k < 3\) \{[^]*k\+\+;\s*\}$/);
  t.is(textOf(diagnosticOf('rand-in-ode.ts')), 'randn()');
  t.is(textOf(diagnosticOf('two-decorators.ts')), '@param @state x = 0;');
  t.regex(textOf(diagnosticOf('unnamed-class.ts')), /^export default @neuron class extends NeuronGroup \{[^]*\}$/);
  t.is(textOf(diagnosticOf('target-in-neuron.ts')), '@target');
  // raised by an IR pass (expand-integrators), at the span the lowering gave the expression
  t.is(textOf(diagnosticOf('exp-euler-nonlinear.ts')), 'V * V - 1');
  t.is(diagnosticOf('exp-euler-nonlinear.ts').code, 91014);
});

// --- braints build: the warning for an edited kernel, and the GPU's refusal ----------------------

/** A project in a temporary folder with `model.ts`, braints linked into its node_modules, and a tsconfig building into out/. */
function project(model: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'braints-build-project-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'braints'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "user-project" }\n');
  const compilerOptions = {
    target: 'ES2022',
    module: 'Node16',
    moduleResolution: 'Node16',
    strict: true,
    skipLibCheck: true,
    types: [],
    outDir: 'out',
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['model.ts'] }));
  writeFileSync(join(dir, 'model.ts'), model);
  return dir;
}

/** Runs `braints build` in-process; its exit status and what it printed. */
function build(args: string[]): { status: number; stderr: string } {
  const write = process.stderr.write;
  let stderr = '';
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
  try {
    return { status: buildProject(args), stderr };
  } finally {
    process.stderr.write = write;
  }
}

test('an edited kernel is kept with warning BTS1100 at its model, and the build succeeds', (t) => {
  const dir = project(
    [
      "import { neuron, NeuronGroup, state } from 'braints';",
      '',
      '@neuron',
      'export class Leaky extends NeuronGroup {',
      '  @state V = 0;',
      '  update(t: number, dt: number) {',
      '    this.V -= this.V * dt;',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const config = join(dir, 'tsconfig.json');
  t.is(build(['-p', config]).status, 0);
  const ll = join(dir, 'out', 'model.Leaky.ll');
  writeFileSync(ll, readFileSync(ll, 'utf8').replace('; You may edit this file', '; edited by the test\n; You may edit this file'));
  const { status, stderr } = build(['-p', config]);
  t.is(status, 0, stderr);
  t.regex(
    stderr,
    /^model\.ts\(3,1\): warning BTS1100: an edited kernel is kept: .*out\/model\.Leaky\.ll was edited since BrainTS wrote it; the runtime will use it\./m,
  );
});

test('braints build --ptx reports code the GPU cannot run as a diagnostic at its construct (BTS1021)', (t) => {
  const dir = project(
    [
      "import { synapse, Synapse, param } from 'braints';",
      '',
      '@synapse',
      'export class SetsTarget extends Synapse<object, { V: number }> {',
      '  @param w = 1;',
      '  onPre(t: number, dt: number) {',
      '    this.post.V = this.w;',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const { status, stderr } = build(['-p', join(dir, 'tsconfig.json'), '--ptx']);
  t.is(status, 1);
  t.regex(
    stderr,
    /^model\.ts\(7,5\): error BTS1021: not supported in GPU kernels: on the GPU, threads share post\.V: synapse code may only add into it/m,
  );
  t.regex(stderr, /model SetsTarget: PTX failed/);
});
