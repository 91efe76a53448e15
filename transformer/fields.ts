// Field declarations: `@state V = -65;` becomes a FieldDecl with its role and constant initial value.
import type * as ts from 'typescript';
import type { FieldRole } from '../ir/types';
import { dslDecorators } from './resolve';
import type { LoweringContext } from './context';
import { expr } from './expressions';

const FIELD_DECORATORS = new Set(['param', 'state', 'current', 'target']);

// @state V = -65;   ->  { name: 'V', role: 'state', init: -65 }
export function declareField(cx: LoweringContext, p: ts.PropertyDeclaration): void {
  const decos = dslDecorators(cx.checker, p).filter((d) => FIELD_DECORATORS.has(d.name));
  if (decos.length === 0) return;
  const name = p.name.getText();
  if (decos.length > 1)
    cx.fail(
      'BTS1025',
      p,
      `${name} has ${decos.map((d) => `@${d.name}`).join(' and ')}; give it one of @param, @state, @current or @target`,
    );
  const role = decos[0].name as FieldRole;
  if (role === 'target' && cx.kind !== 'synapse')
    cx.fail('BTS1026', decos[0].node, "it declares per-target state of a synapse; a neuron's own state is @state");
  if (role === 'current' && cx.kind !== 'neuron')
    cx.fail('BTS1027', decos[0].node, "a synapse adds into its target's current: `this.post.I += ...`");
  if (!p.initializer) cx.fail('BTS1006', p, `give ${name} an initial value: \`@${role} ${name} = 0;\``);
  const init = constant(cx, p.initializer);
  cx.fields.set(name, { name, role, init, span: cx.span(p) });
}

/** A compile-time number: literals, arithmetic on them, Math constants and module-level consts. */
export function constant(cx: LoweringContext, node: ts.Expression): number {
  const v = expr(cx, node, cx.emptyState(), { kind: 'helper', builtins: new Map() });
  if (Array.isArray(v) || v.k !== 'num') cx.fail('BTS1006', node, 'initial values must be constant numbers, like `-65` or `2 * Math.PI`');
  return v.v;
}
