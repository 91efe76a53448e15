// Diagnostics a user meets outside the must-fail fixtures: a call of an npm package's function
// (which needs a package on disk), and models constructed without their decorator.
import test from 'ava';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NeuronGroup, Synapse, oneToOne } from '../index';
import { LIF } from '../models';
import { compileEntry, CompileError } from '../cli/compile';
import { ROOT, loadFixture } from './helpers/fixtures';

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
