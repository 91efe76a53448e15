// The members a model class lowers: its own and its bases' properties and methods, without those of
// the runtime's base classes NeuronGroup and Synapse, and with inherited members of a compiled
// class read from their TypeScript source.
import * as ts from 'typescript';
import type { LoweringContext } from './context';
import { relativePath } from './spans';

const GROUP_FILE = /[\\/]runtime[\\/]group\.(d\.)?ts$/;
const SYNAPSE_FILE = /[\\/]runtime[\\/]synapse\.(d\.)?ts$/;

/** 'neuron' for a member of NeuronGroup, 'synapse' for one of Synapse. */
export const baseKindOf = (d: ts.Node): 'neuron' | 'synapse' | undefined =>
  GROUP_FILE.test(d.getSourceFile().fileName) ? 'neuron' : SYNAPSE_FILE.test(d.getSourceFile().fileName) ? 'synapse' : undefined;
/** Members of the base classes NeuronGroup and Synapse, which are the runtime's, not the model's. */
export const isBaseMember = (d: ts.Node): boolean => baseKindOf(d) !== undefined;

/**
 * Properties and methods of the class and its base classes (derived ones first, as the checker
 * gives them). A member of a compiled base class (declared in a .d.ts, without decorators or
 * body) is read from its source, so that a library's model extends as one of the user's own.
 */
export function modelMembers(cx: LoweringContext): ts.ClassElement[] {
  const type = cx.checker.getTypeAtLocation(cx.cls);
  const out: ts.ClassElement[] = [];
  for (const p of cx.checker.getPropertiesOfType(type)) {
    const d = p.valueDeclaration;
    if (!d || !(ts.isPropertyDeclaration(d) || ts.isMethodDeclaration(d)) || isBaseMember(d)) continue;
    out.push(d.getSourceFile().isDeclarationFile ? inheritedSource(cx, d) : d);
  }
  return out.sort((a, b) => (a.getSourceFile() === b.getSourceFile() ? a.pos - b.pos : 0));
}

function inheritedSource(cx: LoweringContext, d: ts.PropertyDeclaration | ts.MethodDeclaration): ts.ClassElement {
  const source = cx.sourceOf(d);
  if (source) return source;
  const base = ts.isClassLike(d.parent) ? (d.parent.name?.text ?? 'the base class') : 'the base class';
  const extendsClause = cx.cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  cx.fail(
    'BTS1022',
    extendsClause ?? cx.cls,
    `${base} is declared in ${relativePath(cx.root, d.getSourceFile().fileName)}, with no declaration map leading to its TypeScript source; ` +
      'inherited model code is lowered from source, and a .d.ts has no decorators or method bodies: extend a model of your own project, or of a package that ships its sources and declaration maps (as braints/models does)',
  );
}
