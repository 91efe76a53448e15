// A neuron model's ODEs as an autonomous system over chosen variables: the right-hand sides of the
// @ode methods that update() integrates them with, their arguments as update() passes them, the
// varying parameters kept as symbols and every other field replaced by its held value; with the
// exact Jacobians from the IR's symbolic differentiation. What update() does besides integrating
// (resets, spikes, writes of other fields) is not in the system and is listed in `notes`.
import type { Expr, ModelIR, NeuronModelIR, Span } from '../ir/types';
import { forEachNode, num, rewrite } from '../ir/expr';
import { differentiate } from '../ir/passes/differentiate';
import { foldNode } from '../ir/passes/fold-constants';
import { BraintsError } from '../runtime/errors';

export interface SystemOptions {
  /** The state variables to analyse, in the order of a point's coordinates. */
  variables: readonly string[];
  /** Fields (parameters, currents, other states) that vary, in the order of a point's parameter values. */
  parameters?: readonly string[];
  /** Values for fields held fixed; a field not named keeps its declared initial value. */
  fixed?: Readonly<Record<string, number>>;
}

/** An autonomous system dx/dt = f(x; p), its expressions in `field` nodes of the variables and parameters only. */
export interface ModelSystem {
  model: string;
  variables: readonly string[];
  parameters: readonly string[];
  /** f_i, one per variable. */
  rhs: Expr[];
  /** df_i/dx_j, row i then column j (dim x dim). */
  jacobian: Expr[];
  /** df_i/dp_k, row i then column k (dim x np). */
  parameterJacobian: Expr[];
  /** The value each other field the right-hand sides read is held at. */
  held: Record<string, number>;
  /** What update() does that the system leaves out, one sentence each. */
  notes: string[];
}

type StepNode = Extract<Expr, { k: 'step' }>;

/** The system of `ir`'s ODEs over `opts.variables`. */
export function modelSystem(ir: ModelIR, opts: SystemOptions): ModelSystem {
  if (ir.kind !== 'neuron') throw new BraintsError(`${ir.name} is a synapse model; the dynamics analyses take a neuron model`);
  const fieldOf = new Map(ir.fields.map((f) => [f.name, f]));
  const integrated = integratedFields(ir);
  const variables = [...opts.variables];
  const parameters = [...(opts.parameters ?? [])];
  if (variables.length === 0) throw new BraintsError(`${ir.name}: name at least one state variable to analyse`);
  const integratedNames = [...integrated.keys()].join(', ') || 'none';
  const fieldNames = ir.fields.map((f) => f.name).join(', ');
  for (const v of variables) {
    const f = fieldOf.get(v);
    if (!f) throw new BraintsError(`${ir.name} has no field ${v}; its integrated states are ${integratedNames}`);
    if (!integrated.has(v))
      throw new BraintsError(
        `${ir.name}.${v} is a ${f.role === 'state' ? 'state' : `@${f.role}`} that no step() of an @ode integrates, so it has no dynamics to analyse; the integrated states are ${integratedNames}`,
      );
  }
  checkNamesOnce(ir.name, variables, 'variable');
  checkNamesOnce(ir.name, parameters, 'parameter');
  for (const p of parameters) {
    if (!fieldOf.has(p)) throw new BraintsError(`${ir.name} has no field ${p} to vary; its fields are ${fieldNames}`);
    if (variables.includes(p))
      throw new BraintsError(`${ir.name}.${p} is both an analysed variable and a varying parameter; it can be one of them`);
  }
  for (const [name, value] of Object.entries(opts.fixed ?? {})) {
    if (!fieldOf.has(name)) throw new BraintsError(`${ir.name} has no field ${name} to hold at ${value}; its fields are ${fieldNames}`);
    if (variables.includes(name) || parameters.includes(name))
      throw new BraintsError(
        `${ir.name}.${name} is ${variables.includes(name) ? 'an analysed variable' : 'a varying parameter'}; it cannot also be held at ${value}`,
      );
    if (!Number.isFinite(value)) throw new BraintsError(`${ir.name}.${name} is held at ${value}, which is not a finite number`);
  }
  const symbols = new Set([...variables, ...parameters]);
  const held: Record<string, number> = {};
  const noisy = new Set<string>();
  const rhs = variables.map((v) => {
    const s = integrated.get(v)!;
    const ode = ir.odes.find((o) => o.name === s.ode)!;
    const args = continuousArgs(ir.name, s);
    const [f] = rewrite([ode.returns[s.index]], (e) => {
      if (e.k === 'arg') return args[e.index];
      // the drift of an SDE: its noise term has mean zero
      if (e.k === 'noise') {
        noisy.add(v);
        return num(0, e.span);
      }
      return e;
    });
    // the fields the system does not vary, by their values
    const [out] = rewrite([f], (e) => {
      if (e.k === 'field' && !symbols.has(e.name)) {
        const value = opts.fixed?.[e.name] ?? fieldOf.get(e.name)!.init;
        held[e.name] = value;
        return num(value, e.span);
      }
      return foldNode(e, true);
    });
    checkAutonomous(ir.name, v, out);
    return out;
  });
  const isField = (name: string) => (e: Expr) => e.k === 'field' && e.name === name;
  const jacobian = rhs.flatMap((f) => variables.map((x) => differentiate(f, isField(x))));
  const parameterJacobian = rhs.flatMap((f) => parameters.map((p) => differentiate(f, isField(p))));
  return {
    model: ir.name,
    variables,
    parameters,
    rhs,
    jacobian,
    parameterJacobian,
    held,
    notes: [
      ...leftOut(ir, integrated, variables, held),
      ...[...noisy].map((v) => `d${v}/dt has noise(): the field is its drift, the noise left out`),
    ],
  };
}

/** For each state that a step() call integrates, that call's step node (one per state). */
function integratedFields(ir: NeuronModelIR): Map<string, StepNode> {
  const found = new Map<string, StepNode>();
  forEachNode(
    ir.update.writes.map((w) => w.value),
    (e) => {
      if (e.k !== 'step') return;
      const y = e.args[e.index];
      if (y.k !== 'field') return;
      const before = found.get(y.name);
      if (before && before.call !== e.call)
        throw new BraintsError(
          `${ir.name}.${y.name} is integrated by two step() calls (${where(before.span)} and ${where(e.span)}); the analysis needs one right-hand side per variable`,
        );
      found.set(y.name, e);
    },
  );
  return found;
}

/**
 * The arguments of a step() call in the limit dt -> 0: a state already advanced by an earlier
 * step() in the same update (a sequential scheme) is its value at the step's start.
 */
function continuousArgs(model: string, s: StepNode): Expr[] {
  return rewrite(s.args, (e) => {
    if (e.k === 'step') return e.args[e.index];
    if (e.k === 'rand')
      throw new BraintsError(
        `${model}: step() at ${where(e.span)} is given a random draw; the analyses need a deterministic right-hand side`,
      );
    return e;
  });
}

function checkAutonomous(model: string, variable: string, f: Expr): void {
  forEachNode([f], (e) => {
    if (e.k === 'builtin')
      throw new BraintsError(
        `d${variable}/dt of ${model} depends on ${e.name} (${where(e.span)}); the analyses need an autonomous system: give the time-dependent input as a field and hold it fixed`,
      );
  });
}

/** What update() does besides integrating the analysed variables' ODEs. */
function leftOut(
  ir: NeuronModelIR,
  integrated: Map<string, StepNode>,
  variables: readonly string[],
  held: Record<string, number>,
): string[] {
  const notes: string[] = [];
  for (const w of ir.update.writes) {
    const s = integrated.get(w.field);
    if (s && w.value === s) continue;
    // currents are cleared after every step for the next step's inputs: not dynamics
    if (ir.fields.find((f) => f.name === w.field)?.role === 'current') continue;
    if (s)
      notes.push(
        `update() sets ${w.field} otherwise than by step() under some condition (${where(w.span)}: a reset or refractoriness); the field has only its ODE`,
      );
    else
      notes.push(
        `update() writes ${w.field} (${where(w.span)}), which no @ode integrates; ${w.field in held ? `the field holds it at ${held[w.field]}` : 'the field does not read it'}`,
      );
  }
  if (ir.update.spike) notes.push(`update() emits spikes (${where(ir.update.spike.span)}); the field has no spikes`);
  const others = [...integrated.keys()].filter((v) => !variables.includes(v));
  if (others.length)
    notes.push(`the integrated states ${others.map((v) => (v in held ? `${v} (held at ${held[v]})` : v)).join(', ')} are not analysed`);
  return notes;
}

function checkNamesOnce(model: string, names: readonly string[], what: string): void {
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new BraintsError(`${model}: ${what} ${twice} is named twice`);
}

const where = (s: Span) => `${s.file}:${s.line}:${s.col}`;
