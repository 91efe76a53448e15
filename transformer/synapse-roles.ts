// The fields of a synapse model by where they live: `this.pre.V` and `this.post.I` are fields of
// the neurons it connects (roles `pre` and `post`, declared on first use), and a synapse's
// update(t, dt) runs once per target neuron, where only per-target state exists.
import * as ts from 'typescript';
import { resolveSymbol } from './resolve';
import { baseKindOf } from './members';
import type { LoweringContext } from './context';

/** `this.pre.V` or `this.post.ge` in a synapse model: the field name `pre.V` / `post.ge`, declared on first use. */
export function connectedField(cx: LoweringContext, p: ts.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(p) || !ts.isPropertyAccessExpression(p.expression)) return undefined;
  const side = p.expression;
  if (side.expression.kind !== ts.SyntaxKind.ThisKeyword || (side.name.text !== 'pre' && side.name.text !== 'post')) return undefined;
  const decl = resolveSymbol(cx.checker, side.name)?.valueDeclaration;
  if (!decl || baseKindOf(decl) !== 'synapse') return undefined;
  const name = `${side.name.text}.${p.name.text}`;
  if (!cx.fields.has(name)) cx.fields.set(name, { name, role: side.name.text as 'pre' | 'post', init: 0, span: cx.span(p) });
  return name;
}

/** In a synapse's per-target update, only per-target and postsynaptic fields (and parameters) exist. */
export function checkPerTarget(cx: LoweringContext, name: string, node: ts.Node): void {
  const role = cx.fields.get(name)?.role;
  if (cx.perTarget && (role === 'state' || role === 'pre')) {
    cx.fail(
      'BTS1039',
      node,
      `it runs once per target neuron, and can use @target fields, parameters and this.post, not ${role === 'pre' ? 'this.pre' : `the per-synapse ${name}`}`,
    );
  }
}
