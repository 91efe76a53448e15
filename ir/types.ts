// The BrainTS intermediate representation.
//
// A model's code (per neuron, per synapse or per target neuron) is held as pure dataflow: the
// front end executes the TypeScript method symbolically, so control flow becomes `select` nodes,
// locals disappear into shared subexpressions, and what remains is, for every field the method
// writes, one expression for its value after the step (plus, for a neuron, one boolean for "this
// neuron spiked"). That form is trivially vectorizable (no branches), makes symbolic
// differentiation a plain tree walk, and maps one-to-one onto LLVM values.
// Expressions form a DAG: a node referenced twice is computed once.

import { forEachNode } from './expr';

/** Where a node came from in the user's TypeScript: 1-based line and column. */
export interface Span {
  file: string;
  line: number;
  col: number;
  /** Characters the construct spans from there, for diagnostics; the node table of serialized IR keeps only where it starts. */
  length?: number;
}

export type ValueType = 'f64' | 'bool';

export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'rem' | 'pow' | 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne' | 'and' | 'or';

/** Math functions the code generator knows; each is an LLVM intrinsic or a libm call. */
export const MATH_FUNCTIONS = {
  exp: 1,
  log: 1,
  sqrt: 1,
  abs: 1,
  sin: 1,
  cos: 1,
  tan: 1,
  tanh: 1,
  sinh: 1,
  cosh: 1,
  atan: 1,
  asin: 1,
  acos: 1,
  log10: 1,
  log2: 1,
  log1p: 1,
  expm1: 1,
  floor: 1,
  ceil: 1,
  round: 1,
  trunc: 1,
  sign: 1,
  cbrt: 1,
  exprel: 1,
  min: 2,
  max: 2,
  atan2: 2,
  pow: 2,
} as const;
export type MathFn = keyof typeof MATH_FUNCTIONS;

/** Time-like values given to every kernel call. */
export type Builtin = 't' | 'dt';

/**
 * An expression node. `hint` is the name of the local the value was bound to in the TypeScript
 * (`const alpha = ...`), used to name the LLVM value.
 */
export type Expr = ExprNode & { hint?: string };

type ExprNode =
  | { k: 'num'; v: number; span: Span }
  | { k: 'bool'; v: boolean; span: Span }
  /** A model field (state, current or parameter) as it was when the step began. */
  | { k: 'field'; name: string; span: Span }
  | { k: 'builtin'; name: Builtin; span: Span }
  /** A positional argument of an ODE right-hand side (only inside OdeFn bodies). */
  | { k: 'arg'; index: number; span: Span }
  /** A group-uniform value computed once per kernel call (made by the hoisting pass). */
  | { k: 'uniform'; index: number; span: Span }
  | { k: 'neg'; a: Expr; span: Span }
  | { k: 'not'; a: Expr; span: Span }
  | { k: 'bin'; op: BinaryOp; a: Expr; b: Expr; span: Span }
  | { k: 'select'; c: Expr; a: Expr; b: Expr; span: Span }
  | { k: 'call'; fn: MathFn; args: Expr[]; span: Span }
  /**
   * A random draw from the counter-based generator. `counter` is the index of the draw within this
   * neuron's step (an f64 expression: draws under a branch make it data-dependent). A Poisson draw
   * (runtime/poisson.ts) has its mean in `args`, a binomial draw (runtime/binomial.ts) its n and p;
   * each takes one counter slot, as the others.
   */
  | { k: 'rand'; dist: RandomDist; counter: Expr; args?: Expr[]; span: Span }
  /** Gaussian white noise xi(t) (1/sqrt(ms)) in an SDE right-hand side; removed by integrator expansion. */
  | { k: 'noise'; span: Span }
  /**
   * Component `index` of one integration step of `ode` (expanded by the integrator pass). The k
   * components of one step() call share `call`, a number unique within the model.
   */
  | { k: 'step'; ode: string; call: number; args: Expr[]; index: number; counter: Expr; span: Span };

export type RandomDist = 'uniform' | 'normal' | 'poisson' | 'binomial';

/** How many arguments a draw of each distribution takes. */
export const RANDOM_ARITY: Record<RandomDist, number> = { uniform: 0, normal: 0, poisson: 1, binomial: 2 };

export type IntegrationMethod = 'euler' | 'rk2' | 'rk4' | 'exp_euler' | 'euler_maruyama';

/** A derivative method: `returns[j]` is d(arg j)/dt, in terms of `arg` nodes, fields and builtins. */
export interface OdeFn {
  name: string;
  method: IntegrationMethod;
  params: string[];
  returns: Expr[];
  span: Span;
}

/**
 * 'pre' and 'post' (synapse models only) are fields of the connected neuron groups, named
 * `pre.V` or `post.ge`; the neuron model that provides them is known when a network is built.
 * 'target' (synapse models only) is state kept once per postsynaptic neuron, summed over the
 * synapses onto it (a linear synapse's conductance), advanced by the synapse's update(t, dt).
 */
export type FieldRole = 'param' | 'state' | 'current' | 'pre' | 'post' | 'target';

export interface FieldDecl {
  name: string;
  role: FieldRole;
  /** The declared initial value (params: the default; currents: 0). */
  init: number;
  span: Span;
}

/**
 * What one call of a model method does for one element (a neuron, a synapse or a target neuron):
 * new values for the fields it writes, and for a neuron whether it spiked.
 */
export interface UpdateFn {
  /** field name -> value at the end of the step; fields not listed keep their value. */
  writes: { field: string; value: Expr; span: Span }[];
  spike: Expr | null;
  /** Group-uniform values, computed once per kernel call, referenced by `uniform` nodes. */
  uniforms: { name: string; value: Expr }[];
  /**
   * Whether the code may draw random numbers (a draw was made, or an SDE may draw its noise): the
   * kernel computes the step's random key only then, and the model's page says its draws are reproducible.
   */
  usesRandom: boolean;
  span: Span;
}

/** What every model has: its name, where it is, its fields and its ODEs. */
export interface ModelBase {
  /** IR format version: bumped when the shape changes, so caches and stale builds are rejected. */
  version: number;
  name: string;
  span: Span;
  /** Text of the source lines the IR's spans point at ("file:line" -> text), for .ll comments. */
  sourceLines: Record<string, string>;
  fields: FieldDecl[];
  odes: OdeFn[];
}

/** A neuron model: its update(t, dt) runs per neuron per step. */
export interface NeuronModelIR extends ModelBase {
  kind: 'neuron';
  update: UpdateFn;
}

/** A synapse model: each function is the method of that name, null where the class has none. */
export interface SynapseModelIR extends ModelBase {
  kind: 'synapse';
  /** onPre(t, dt): run for each synapse of a spiking presynaptic neuron (a gap junction has none). */
  onPre: UpdateFn | null;
  /** onPost(t, dt): run for each synapse onto a neuron that spiked (plasticity). */
  onPost: UpdateFn | null;
  /** update(t, dt): run for each postsynaptic neuron every step, before the neurons' update (per-target dynamics). */
  update: UpdateFn | null;
  /**
   * everyStep(t, dt): run for each synapse every step, right after `update` (gap junctions,
   * summed variables, clock-driven synaptic state).
   */
  everyStep: UpdateFn | null;
}

export type ModelIR = NeuronModelIR | SynapseModelIR;

/** Applies `f` to each code function of the model (a neuron's update; a synapse's onPre, onPost, update and everyStep where present). */
export function mapCode<M extends ModelIR>(m: M, f: (fn: UpdateFn) => UpdateFn): M {
  if (m.kind === 'neuron') return { ...m, update: f(m.update) };
  const g = (fn: UpdateFn | null) => fn && f(fn);
  return { ...m, onPre: g(m.onPre), onPost: g(m.onPost), update: g(m.update), everyStep: g(m.everyStep) };
}

/** The code functions of the model, in the order mapCode visits them. */
export const codeOf = (m: ModelIR): UpdateFn[] =>
  m.kind === 'neuron' ? [m.update] : [m.onPre, m.onPost, m.update, m.everyStep].filter((x): x is UpdateFn => !!x);

/** The code of a synapse that does nothing when a spike arrives (a gap junction's onPre entry points run it). */
export const noCode = (span: Span): UpdateFn => ({ writes: [], spike: null, uniforms: [], usesRandom: false, span });

/** Whether spikes reach a synapse model's code: it has an onPre that writes something (a gap junction has none). */
export const deliversSpikes = (m: SynapseModelIR): boolean => (m.onPre?.writes.length ?? 0) > 0;

/** Whether a synapse model's onPre writes the presynaptic neuron (then two threads may not deliver one row's synapses). */
export const onPreWritesPre = (m: SynapseModelIR): boolean =>
  !!m.onPre?.writes.some((w) => m.fields.find((f) => f.name === w.field)?.role === 'pre');

/** Whether onPre reads or writes a field of the presynaptic neuron (its kernel then needs each spike's or synapse's presynaptic neuron). */
export function onPreUsesPre(m: SynapseModelIR): boolean {
  const isPre = (name: string) => m.fields.find((f) => f.name === name)?.role === 'pre';
  let uses = !!m.onPre?.writes.some((w) => isPre(w.field));
  forEachNode(m.onPre?.writes.map((w) => w.value) ?? [], (e) => (uses ||= e.k === 'field' && isPre(e.name)));
  return uses;
}

export const IR_VERSION = 7;
