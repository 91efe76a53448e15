// Lowering of a decorated model class to IR by symbolic execution of its methods. This file puts
// the parts together: the members (members.ts), their fields (fields.ts) and ODEs (ode.ts), and the
// methods the runtime calls (update.ts), which run statements (statements.ts) of expressions
// (expressions.ts, operators.ts, assignments.ts, calls.ts). Each visitor handles one kind of
// TypeScript node; the default case of each is an error that names the construct and says what to
// write instead.
import * as ts from 'typescript';
import { IR_VERSION } from '../ir/types';
import type { ModelIR } from '../ir/types';
import { LoweringContext } from './context';
import { modelMembers } from './members';
import { declareField } from './fields';
import { lowerOde, registerOde } from './ode';
import { lowerUpdate } from './update';

/**
 * Lowers one class declaration decorated with @neuron or @synapse. A @neuron runs update(t, dt)
 * per neuron and step; a @synapse runs onPre(t, dt) per synapse and spike, and may have onPost,
 * a per-target update and everyStep. `sourceOf` finds the source of a member inherited from a
 * compiled class (a .d.ts).
 */
export function lowerModel(
  checker: ts.TypeChecker,
  cls: ts.ClassDeclaration,
  root: string,
  kind: 'neuron' | 'synapse',
  sourceOf: (d: ts.Declaration) => ts.ClassElement | undefined = () => undefined,
): ModelIR {
  const cx: LoweringContext = new LoweringContext(checker, cls, root, kind, sourceOf);
  const name = cls.name?.text;
  if (!name) cx.fail('BTS1024', cls, 'write `export class LIF extends NeuronGroup { ... }`');
  const members = modelMembers(cx);
  for (const m of members) if (ts.isMethodDeclaration(m)) cx.methods.set(m.name.getText(), m);
  for (const m of members) if (ts.isPropertyDeclaration(m)) declareField(cx, m);
  for (const m of members) if (ts.isMethodDeclaration(m)) registerOde(cx, m);
  for (const [odeName, { decl, method }] of cx.odeDecls) cx.odes.set(odeName, lowerOde(cx, odeName, decl, method));
  const method = (name: string) =>
    members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && m.name.getText() === name && !!m.body);
  const main = method(kind === 'neuron' ? 'update' : 'onPre');
  const every = kind === 'synapse' ? method('everyStep') : undefined;
  if (!main && !every) {
    cx.fail(
      'BTS1017',
      cls,
      kind === 'neuron'
        ? 'add `update(t: number, dt: number) { ... }`: the code of one neuron for one step'
        : 'add `onPre(t: number, dt: number) { ... }` (the code of one synapse when a presynaptic spike arrives) or `everyStep(t: number, dt: number) { ... }` (the code of one synapse at every step, as for gap junctions)',
    );
  }
  const base = { version: IR_VERSION, name, span: cx.span(cls), sourceLines: cx.sourceLines };
  // lowered in this order, which fixes the order of `fields`: a synapse's code declares the
  // pre./post. fields it uses
  const lowered = main ? lowerUpdate(cx, main) : null;
  if (kind === 'neuron') return { ...base, kind, update: lowered!, fields: [...cx.fields.values()], odes: [...cx.odes.values()] };
  const post = method('onPost');
  const onPost = post ? lowerUpdate(cx, post) : null;
  const perTarget = method('update');
  const update = perTarget ? lowerUpdate(cx, perTarget, true) : null;
  const everyStep = every ? lowerUpdate(cx, every) : null;
  return { ...base, kind, onPre: lowered, onPost, update, everyStep, fields: [...cx.fields.values()], odes: [...cx.odes.values()] };
}
