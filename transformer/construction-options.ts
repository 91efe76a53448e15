// `new LIF(n, { tua: 5 })`: an option of a model's construction that names none of its fields is
// an error at compile time, at the option, instead of at run time. TypeScript itself cannot type
// these options per model: a constructor's parameters cannot use the `this` type (TS2526), and a
// subclass without a constructor of its own takes NeuronGroup's construct signature with the base
// class's type parameters fixed by its `extends` clause, never inferred from the class constructed.
import * as ts from 'typescript';
import { ModelError } from '../ir/errors';
import { dslDecorators } from './resolve';
import { baseKindOf } from './members';
import { spanOf } from './spans';

/** The field decorators a construction may set: NeuronGroup takes any field, Synapse its own (runtime/group.ts, runtime/synapse.ts). */
const SETTABLE = { neuron: ['param', 'state', 'current'], synapse: ['param', 'state', 'target'] } as const;
/** Synapse options that are not fields. */
const SYNAPSE_OPTIONS = new Set(['connect', 'delay']);

export interface FieldSource {
  /** The source declaration and its checker, for a member declared in a .d.ts (library-sources.ts). */
  sourceOfMember(d: ts.Declaration): { member: ts.ClassElement; checker: ts.TypeChecker } | undefined;
}

/** Throws a ModelError at the first option of `node` that is no field of the model it constructs. */
export function checkConstructionOptions(checker: ts.TypeChecker, node: ts.NewExpression, sources: FieldSource, root: string): void {
  // only NeuronGroup's and Synapse's own constructors take field values (SpikeGeneratorGroup has its own)
  const ctor = checker.getResolvedSignature(node)?.declaration;
  const kind = ctor && baseKindOf(ctor);
  const opts = kind && node.arguments?.[kind === 'neuron' ? 1 : 2];
  if (!kind || !opts || !ts.isObjectLiteralExpression(opts)) return;
  const fields = settableFields(checker, checker.getTypeAtLocation(node), kind, sources);
  if (!fields) return;
  for (const p of opts.properties) {
    if (!(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) || ts.isComputedPropertyName(p.name)) continue;
    const name = p.name.text;
    if (fields.includes(name) || (kind === 'synapse' && SYNAPSE_OPTIONS.has(name))) continue;
    const model = ts.isIdentifier(node.expression) ? node.expression.text : node.expression.getText();
    const near = fields.find((f) => editDistance(f, name) <= 2);
    throw new ModelError(
      'BTS1004',
      `${name} is not a field of ${model}${near ? ` (did you mean ${near}?)` : ''}; ${
        kind === 'neuron' ? 'its fields are' : 'it takes connect, delay and its fields'
      } ${fields.join(', ') || '(none)'}`,
      spanOf(p.name, root),
    );
  }
}

/** The fields a construction of `type` may set, or undefined when some member's decorators cannot be seen. */
function settableFields(checker: ts.TypeChecker, type: ts.Type, kind: 'neuron' | 'synapse', sources: FieldSource): string[] | undefined {
  const out: string[] = [];
  for (const p of checker.getPropertiesOfType(type)) {
    const d = p.valueDeclaration;
    if (!d || !ts.isPropertyDeclaration(d) || baseKindOf(d)) continue;
    const at = d.getSourceFile().isDeclarationFile ? sources.sourceOfMember(d) : { member: d, checker };
    if (!at || !ts.isPropertyDeclaration(at.member)) return undefined;
    const settable: readonly string[] = SETTABLE[kind];
    if (dslDecorators(at.checker, at.member).some((x) => settable.includes(x.name))) out.push(p.name);
  }
  return out;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
