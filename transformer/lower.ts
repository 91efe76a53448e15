// Lowering of a decorated model class to IR by symbolic execution of its methods.
// Each visitor handles one kind of TypeScript node; the default case of each is an error that
// names the construct and says what to write instead.
import * as ts from 'typescript';
import { IR_VERSION, MATH_FUNCTIONS } from '../ir/types';
import type { Expr, FieldDecl, FieldRole, IntegrationMethod, MathFn, ModelIR, OdeFn, Span, BinaryOp, UpdateFn } from '../ir/types';
import { typeOf, forEachNode, rewrite } from '../ir/expr';
import { foldNode } from '../ir/passes/fold-constants';
import { ModelError } from '../ir/errors';
import type { ErrorCode } from '../ir/errors';
import { dslDecorators, dslName, isGlobalMath, resolveLocal, resolveSymbol } from './resolve';
import { cloneState, mergeStates, selectValue } from './exec-state';
import { unsupportedCall } from './callee';
import { constructName } from './syntax-names';
import type { ExecState, Value } from './exec-state';
import { CodeSize, MAX_IR_NODES } from './code-size';

const METHODS: readonly IntegrationMethod[] = ['euler', 'rk2', 'rk4', 'exp_euler', 'euler_maruyama'];
const MAX_UNROLL = 4096;
const MATH_CONSTANTS: Record<string, number> = {
  PI: Math.PI,
  E: Math.E,
  LN2: Math.LN2,
  LN10: Math.LN10,
  LOG2E: Math.LOG2E,
  LOG10E: Math.LOG10E,
  SQRT2: Math.SQRT2,
  SQRT1_2: Math.SQRT1_2,
};
const GROUP_FILE = /[\\/]runtime[\\/]group\.(d\.)?ts$/;
const SYNAPSE_FILE = /[\\/]runtime[\\/]synapse\.(d\.)?ts$/;
/** Members of the base classes NeuronGroup and Synapse, which are the runtime's, not the model's. */
export const isBaseMember = (d: ts.Node) => GROUP_FILE.test(d.getSourceFile().fileName) || SYNAPSE_FILE.test(d.getSourceFile().fileName);
/** 'neuron' for a member of NeuronGroup, 'synapse' for one of Synapse. */
export const baseKindOf = (d: ts.Node) =>
  GROUP_FILE.test(d.getSourceFile().fileName) ? 'neuron' : SYNAPSE_FILE.test(d.getSourceFile().fileName) ? 'synapse' : undefined;

/** How a function body is being executed: the update, an ODE right-hand side, or a helper. */
interface Frame {
  kind: 'update' | 'ode' | 'helper';
  /** Symbols of the update's (t, dt) parameters. */
  builtins: Map<ts.Symbol, Expr>;
}

export function spanOf(node: ts.Node, root?: string): Span {
  const sf = node.getSourceFile();
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  const file = root ? relativePath(root, sf.fileName) : sf.fileName;
  return { file, line: line + 1, col: character + 1 };
}

function relativePath(root: string, file: string): string {
  const r = root.endsWith('/') ? root : root + '/';
  return file.startsWith(r) ? file.slice(r.length) : file;
}

/** Lowers one class declaration decorated with @neuron. */
export class ModelLowering {
  private readonly fields = new Map<string, FieldDecl>();
  private readonly odes = new Map<string, OdeFn>();
  private readonly odeDecls = new Map<string, { decl: ts.MethodDeclaration; method: IntegrationMethod }>();
  private readonly callStack: ts.FunctionLikeDeclaration[] = [];
  /** The model's methods by name, overrides taking the place of what they override. */
  private readonly methods = new Map<string, ts.MethodDeclaration>();
  private stepCalls = 0;
  /** The IR nodes made so far (see code-size.ts). */
  private readonly size = new CodeSize();
  /** The for loops being unrolled, outermost first, with their trip counts and iterations done. */
  private readonly unrolling: { loop: ts.ForStatement; trips: number; done: number }[] = [];
  /** The helper calls being inlined, outermost first. */
  private readonly inlining: ts.CallExpression[] = [];

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly cls: ts.ClassDeclaration,
    private readonly root: string,
    /** A @neuron runs update(t, dt) per neuron and step; a @synapse runs onPre(t, dt) per synapse and spike. */
    private readonly kind: 'neuron' | 'synapse' = 'neuron',
    /** The source declaration of a member inherited from a compiled class (a .d.ts), if it can be found. */
    private readonly sourceOf: (d: ts.Declaration) => ts.ClassElement | undefined = () => undefined,
  ) {}

  private readonly sourceLines: Record<string, string> = {};

  /** Spans by node: an unrolled loop asks for the same nodes' spans once per iteration. */
  private readonly spans = new Map<ts.Node, Span>();

  /** The span of a node; also keeps the text of its line for the comments of the .ll file. */
  private span(node: ts.Node): Span {
    const known = this.spans.get(node);
    if (known) return known;
    const s = spanOf(node, this.root);
    this.spans.set(node, s);
    const key = `${s.file}:${s.line}`;
    if (!(key in this.sourceLines)) {
      const sf = node.getSourceFile();
      const starts = sf.getLineStarts();
      this.sourceLines[key] = sf.text.slice(starts[s.line - 1], starts[s.line] ?? sf.text.length).replace(/\r?\n$/, '');
    }
    return s;
  }

  private fail(code: ErrorCode, node: ts.Node, message: string): never {
    throw new ModelError(code, message, this.span(node));
  }

  lower(): ModelIR {
    const name = this.cls.name?.text;
    if (!name) this.fail('BTS1001', this.cls, 'a model class needs a name: `export class LIF extends NeuronGroup { ... }`');
    const members = this.members();
    for (const m of members) if (ts.isMethodDeclaration(m)) this.methods.set(m.name.getText(), m);
    for (const m of members) if (ts.isPropertyDeclaration(m)) this.declareField(m);
    for (const m of members) if (ts.isMethodDeclaration(m)) this.registerOde(m);
    for (const [odeName, { decl, method }] of this.odeDecls) this.odes.set(odeName, this.lowerOde(odeName, decl, method));
    const method = (name: string) =>
      members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && m.name.getText() === name && !!m.body);
    const update = method(this.kind === 'neuron' ? 'update' : 'onPre');
    const every = this.kind === 'synapse' ? method('everyStep') : undefined;
    if (!update && !every) {
      this.fail(
        'BTS1017',
        this.cls,
        this.kind === 'neuron'
          ? 'add `update(t: number, dt: number) { ... }`: the code of one neuron for one step'
          : 'add `onPre(t: number, dt: number) { ... }` (the code of one synapse when a presynaptic spike arrives) or `everyStep(t: number, dt: number) { ... }` (the code of one synapse at every step, as for gap junctions)',
      );
    }
    // lowered first: a synapse's code declares the pre./post. fields it uses
    const lowered = update ? this.lowerUpdate(update) : this.noCode();
    const post = this.kind === 'synapse' ? method('onPost') : undefined;
    const onPost = post ? this.lowerUpdate(post) : null;
    const cont = this.kind === 'synapse' ? method('update') : undefined;
    const continuous = cont ? this.lowerUpdate(cont, 'continuous') : null;
    const everyStep = every ? this.lowerUpdate(every) : null;
    return {
      version: IR_VERSION,
      kind: this.kind,
      name,
      span: this.span(this.cls),
      sourceLines: this.sourceLines,
      fields: [...this.fields.values()],
      odes: [...this.odes.values()],
      update: lowered,
      onPost,
      continuous,
      everyStep,
    };
  }

  /**
   * Properties and methods of the class and its base classes (derived ones first, as the checker
   * gives them). A member of a compiled base class (declared in a .d.ts, without decorators or
   * body) is read from its source, so that a library's model extends as one of the user's own.
   */
  private members(): ts.ClassElement[] {
    const type = this.checker.getTypeAtLocation(this.cls);
    const out: ts.ClassElement[] = [];
    for (const p of this.checker.getPropertiesOfType(type)) {
      const d = p.valueDeclaration;
      if (!d || !(ts.isPropertyDeclaration(d) || ts.isMethodDeclaration(d)) || isBaseMember(d)) continue;
      out.push(d.getSourceFile().isDeclarationFile ? this.inheritedSource(d) : d);
    }
    return out.sort((a, b) => (a.getSourceFile() === b.getSourceFile() ? a.pos - b.pos : 0));
  }

  private inheritedSource(d: ts.PropertyDeclaration | ts.MethodDeclaration): ts.ClassElement {
    const source = this.sourceOf(d);
    if (source) return source;
    const base = ts.isClassLike(d.parent) ? (d.parent.name?.text ?? 'the base class') : 'the base class';
    const extendsClause = this.cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    this.fail(
      'BTS1022',
      extendsClause ?? this.cls,
      `${base} is declared in ${relativePath(this.root, d.getSourceFile().fileName)}, with no declaration map leading to its TypeScript source; ` +
        'inherited model code is lowered from source, and a .d.ts has no decorators or method bodies: extend a model of your own project, or of a package that ships its sources and declaration maps (as braints/models does)',
    );
  }

  // --- declarations ---------------------------------------------------------------------------

  // @state V = -65;   ->  { name: 'V', role: 'state', init: -65 }
  private declareField(p: ts.PropertyDeclaration): void {
    const decos = dslDecorators(this.checker, p).filter(
      (d) => d.name === 'param' || d.name === 'state' || d.name === 'current' || d.name === 'target',
    );
    if (decos.length === 0) return;
    if (decos.length > 1) this.fail('BTS1001', p, 'a field takes one of @param, @state, @current or @target');
    if (decos[0].name === 'target' && this.kind !== 'synapse')
      this.fail('BTS1001', p, '@target is per-target state of a synapse model; a neuron uses @state');
    if (decos[0].name === 'current' && this.kind !== 'neuron')
      this.fail('BTS1001', p, "a synapse adds into its target's current: `this.post.I += ...`");
    const name = p.name.getText();
    if (!p.initializer) this.fail('BTS1006', p, `give ${name} an initial value: \`@${decos[0].name} ${name} = 0;\``);
    const init = this.constant(p.initializer);
    this.fields.set(name, { name, role: decos[0].name as FieldRole, init, span: this.span(p) });
  }

  /** A compile-time number: literals, arithmetic on them, Math constants and module-level consts. */
  private constant(node: ts.Expression): number {
    const v = this.expr(node, this.emptyState(), { kind: 'helper', builtins: new Map() });
    if (Array.isArray(v) || v.k !== 'num')
      this.fail('BTS1006', node, 'initial values must be constant numbers, like `-65` or `2 * Math.PI`');
    return v.v;
  }

  private registerOde(m: ts.MethodDeclaration): void {
    const deco = dslDecorators(this.checker, m).find((d) => d.name === 'ode');
    if (!deco) return;
    const call = deco.node.expression;
    const opts = ts.isCallExpression(call) ? call.arguments[0] : undefined;
    const methodProp =
      opts && ts.isObjectLiteralExpression(opts)
        ? opts.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'method')
        : undefined;
    const method = methodProp && ts.isStringLiteral(methodProp.initializer) ? methodProp.initializer.text : undefined;
    if (!method || !METHODS.includes(method as IntegrationMethod)) {
      this.fail('BTS1018', deco.node, `write @ode({ method: ${METHODS.map((x) => `'${x}'`).join(' | ')} })`);
    }
    if (!m.body) this.fail('BTS1018', m, 'an @ode method needs a body');
    this.odeDecls.set(m.name.getText(), { decl: m, method: method as IntegrationMethod });
  }

  // @ode({method}) dV(V, I) { return (E_L - V)/tau; }  ->  OdeFn { returns: [($0 ... )] }
  private lowerOde(name: string, m: ts.MethodDeclaration, method: IntegrationMethod): OdeFn {
    const frame: Frame = { kind: 'ode', builtins: new Map() };
    const args: Value[] = m.parameters.map((p, i) => ({ k: 'arg', index: i, span: this.span(p) }) as Expr);
    const ret = this.invoke(m, args, this.emptyState(), frame);
    const returns = Array.isArray(ret) ? ret : [ret];
    returns.forEach((r) => typeOf(r) !== 'f64' && this.fail('BTS1009', m, `${name} must return numbers (derivatives)`));
    // step(this.dX, x1..xk, extra...) integrates the first k parameters, one per returned derivative
    if (returns.length === 0) this.fail('BTS1013', m.name, `${name} returns no derivative; return dX/dt, or a tuple [dX, dY, ...]`);
    if (returns.length > m.parameters.length) {
      this.fail(
        'BTS1013',
        m.name,
        `${name} returns ${returns.length} derivatives but has ${m.parameters.length} parameter(s): its first ${returns.length} parameters are the variables step() integrates, one for each derivative; add the missing ones (and pass them to step)`,
      );
    }
    return { name, method, params: m.parameters.map((p) => p.name.getText()), returns, span: this.span(m) };
  }

  // update(t, dt) { ... }  ->  UpdateFn { writes: [field' = expr], spike: expr }
  /** Set while lowering a synapse's update(t, dt), which runs per target, not per synapse. */
  private perTarget = false;

  /** In a synapse's per-target update, only per-target and postsynaptic fields (and parameters) exist. */
  private checkPerTarget(name: string, node: ts.Node): void {
    const role = this.fields.get(name)?.role;
    if (this.perTarget && (role === 'state' || role === 'pre')) {
      this.fail(
        'BTS1004',
        node,
        `a synapse's update(t, dt) runs once per target neuron: it can use @target fields, parameters and this.post, not ${role === 'pre' ? 'this.pre' : `the per-synapse ${name}`}`,
      );
    }
  }

  private lowerUpdate(m: ts.MethodDeclaration, which: 'event' | 'continuous' = 'event') {
    this.perTarget = which === 'continuous';
    const builtins = new Map<ts.Symbol, Expr>();
    (['t', 'dt'] as const).forEach((b, i) => {
      const p = m.parameters[i];
      const sym = p && this.checker.getSymbolAtLocation(p.name);
      if (sym) builtins.set(sym, { k: 'builtin', name: b, span: this.span(p) });
    });
    if (m.parameters.length > 2) this.fail('BTS1008', m.parameters[2], `${m.name.getText()} takes (t, dt) only`);
    this.checkSynchronous(m);
    const st = this.emptyState();
    this.block(m.body!.statements, st, { kind: 'update', builtins });
    const writes = [...st.fields].map(([field, value]) => ({ field, value, span: st.fieldSpans.get(field)! }));
    // currents are cleared after every step, ready for the next step's inputs
    for (const f of this.fields.values()) {
      if (f.role !== 'current') continue;
      const w = writes.find((x) => x.field === f.name);
      const zero: Expr = { k: 'num', v: 0, span: f.span };
      if (w) w.value = zero;
      else writes.push({ field: f.name, value: zero, span: f.span });
    }
    const spike = st.spike.k === 'bool' && !st.spike.v ? null : st.spike;
    // draws were made (the counter moved), or an SDE may draw its noise
    const usesRandom =
      !(st.counter.k === 'num' && st.counter.v === 0) || [...this.odes.values()].some((o) => o.method === 'euler_maruyama');
    this.perTarget = false;
    return { writes, spike, uniforms: [], usesRandom, span: this.span(m) };
  }

  /** The onPre of a synapse that has none (a gap junction): nothing happens when a spike arrives. */
  private noCode(): UpdateFn {
    return { writes: [], spike: null, uniforms: [], usesRandom: false, span: this.span(this.cls) };
  }

  private emptyState(): ExecState {
    const span: Span = this.span(this.cls);
    return {
      vars: new Map(),
      fields: new Map(),
      fieldSpans: new Map(),
      spike: { k: 'bool', v: false, span },
      counter: { k: 'num', v: 0, span },
      done: { k: 'bool', v: false, span },
      ret: undefined,
    };
  }

  private fieldNode = (name: string): Expr => ({ k: 'field', name, span: this.fields.get(name)?.span ?? this.span(this.cls) });

  // --- statements -----------------------------------------------------------------------------

  /**
   * Runs statements in order. After a statement that may have returned on some paths (`done` not a
   * constant), the rest runs on a copy and is merged back under `done ? before : after`.
   */
  private block(stmts: readonly ts.Statement[], st: ExecState, frame: Frame): void {
    for (let i = 0; i < stmts.length; i++) {
      if (st.done.k === 'bool' && st.done.v) return;
      this.statement(stmts[i], st, frame);
      if (st.done.k !== 'bool') {
        const rest = cloneState(st);
        rest.done = { k: 'bool', v: false, span: st.done.span };
        this.block(stmts.slice(i + 1), rest, frame);
        Object.assign(st, mergeStates(st.done, st, rest, this.span(stmts[i]), this.fieldNode));
        return;
      }
    }
  }

  /** Runs one statement, then counts what it made: code past MAX_IR_NODES is an error at the construct that grew it. */
  private statement(s: ts.Statement, st: ExecState, frame: Frame): void {
    this.execute(s, st, frame);
    this.countCode(st, s);
  }

  /** Counts the values of `st` (and `value`) in the model's code size; past the limit, fails at what grew it. */
  private countCode(st: ExecState, at: ts.Node, value?: Value): void {
    const values = [...st.vars.values(), ...st.fields.values(), st.spike, st.counter, st.done];
    if (st.ret !== undefined) values.push(st.ret);
    if (value !== undefined) values.push(value);
    this.size.count(values.flat());
    if (this.size.exceeded) this.tooLarge(at);
  }

  /** BTS1023 at the outermost loop being unrolled, else the outermost call being inlined, else `at`. */
  private tooLarge(at: ts.Node): never {
    const outer = this.unrolling[0];
    const limit = `${MAX_IR_NODES.toLocaleString('en-US')} IR nodes`;
    if (outer) {
      this.fail(
        'BTS1023',
        outer.loop,
        `unrolled, this loop of ${outer.trips} iterations${this.unrolling.length > 1 ? ' (with the loops inside it)' : ''} makes the model's code larger than ${limit} (reached in iteration ${outer.done + 1}); model code is unrolled and inlined into straight-line code: use fewer iterations or do less in each`,
      );
    }
    if (this.inlining.length) {
      this.fail(
        'BTS1023',
        this.inlining[0],
        `inlined, this call makes the model's code larger than ${limit}; model code is inlined at every call, and helpers that call helpers several times multiply: call them fewer times`,
      );
    }
    this.fail('BTS1023', at, `this makes the model's code larger than ${limit}: do less work per step`);
  }

  private execute(s: ts.Statement, st: ExecState, frame: Frame): void {
    switch (s.kind) {
      case ts.SyntaxKind.Block:
        return this.block((s as ts.Block).statements, st, frame);
      case ts.SyntaxKind.VariableStatement:
        return this.variables((s as ts.VariableStatement).declarationList, st, frame);
      case ts.SyntaxKind.ExpressionStatement:
        this.effect((s as ts.ExpressionStatement).expression, st, frame);
        return;
      case ts.SyntaxKind.IfStatement:
        return this.ifStatement(s as ts.IfStatement, st, frame);
      case ts.SyntaxKind.ForStatement:
        return this.forStatement(s as ts.ForStatement, st, frame);
      case ts.SyntaxKind.ReturnStatement: {
        const r = s as ts.ReturnStatement;
        if (r.expression) st.ret = this.expr(r.expression, st, frame);
        else if (frame.kind === 'ode') this.fail('BTS1001', s, 'an @ode method returns its derivatives');
        st.done = { k: 'bool', v: true, span: this.span(s) };
        return;
      }
      case ts.SyntaxKind.EmptyStatement:
        return;
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement:
        this.fail('BTS1010', s, 'while loops are not supported; use `for (let k = 0; k < N; k++)` with a constant N');
      // falls through (fail never returns)
      default:
        this.fail(
          'BTS1001',
          s,
          `${constructName(s)} is not supported in model code; use const/let declarations, assignments, if/else, for loops with constant bounds, and return`,
        );
    }
  }

  // const x = e;  const [a, b] = tuple;  let y = 0;
  private variables(list: ts.VariableDeclarationList, st: ExecState, frame: Frame): void {
    if (!(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) this.fail('BTS1019', list, 'declare locals with const or let, not var');
    for (const d of list.declarations) {
      if (!d.initializer) this.fail('BTS1019', d, 'initialize the local where it is declared: `let x = 0;`');
      const v = this.expr(d.initializer, st, frame);
      this.bind(d.name, v, st);
    }
  }

  private bind(name: ts.BindingName, v: Value, st: ExecState): void {
    if (ts.isIdentifier(name)) {
      st.vars.set(this.symbol(name), v);
      return;
    }
    if (!ts.isArrayBindingPattern(name))
      this.fail('BTS1001', name, 'object destructuring is not supported; destructure tuples: `const [a, b] = ...`');
    if (!Array.isArray(v) || v.length !== name.elements.length) {
      this.fail('BTS1013', name, `the right-hand side has ${Array.isArray(v) ? v.length : 1} value(s) for ${name.elements.length} name(s)`);
    }
    name.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (el.dotDotDotToken || el.initializer)
        this.fail('BTS1001', el, 'rest elements and defaults are not supported in tuple destructuring');
      this.bind(el.name, v[i], st);
    });
  }

  private symbol(id: ts.Node): ts.Symbol {
    const sym = resolveLocal(this.checker, id);
    if (!sym) this.fail('BTS1003', id, `cannot resolve ${id.getText()}`);
    return sym;
  }

  // if (c) A else B  ->  both run on copies; merged with c ? a : b
  private ifStatement(s: ts.IfStatement, st: ExecState, frame: Frame): void {
    const c = this.scalar(s.expression, st, frame);
    if (typeOf(c) !== 'bool') this.fail('BTS1009', s.expression, 'an if condition must be a comparison or boolean, like `x > 0`');
    if (c.k === 'bool') {
      if (c.v) this.statement(s.thenStatement, st, frame);
      else if (s.elseStatement) this.statement(s.elseStatement, st, frame);
      return;
    }
    const a = cloneState(st);
    const b = cloneState(st);
    this.statement(s.thenStatement, a, frame);
    if (s.elseStatement) this.statement(s.elseStatement, b, frame);
    Object.assign(st, mergeStates(c, a, b, this.span(s), this.fieldNode));
  }

  // for (let k = 0; k < 4; k++) body  ->  body unrolled 4 times with k = 0, 1, 2, 3
  private forStatement(s: ts.ForStatement, st: ExecState, frame: Frame): void {
    const bad = () => this.fail('BTS1010', s, 'write `for (let k = A; k < B; k++)` (or <=, >, >=, k--, k += C) with A, B and C constant');
    const init = s.initializer;
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return bad();
    const decl = init.declarations[0];
    if (!ts.isIdentifier(decl.name) || !decl.initializer) return bad();
    const sym = this.symbol(decl.name);
    const start = this.constNumber(decl.initializer, st, frame, bad);
    const cond = s.condition;
    if (!cond || !ts.isBinaryExpression(cond) || !ts.isIdentifier(cond.left) || this.symbol(cond.left) !== sym) return bad();
    const bound = this.constNumber(cond.right, st, frame, bad);
    const inc = s.incrementor;
    let delta: number;
    if (
      inc &&
      (ts.isPostfixUnaryExpression(inc) || ts.isPrefixUnaryExpression(inc)) &&
      ts.isIdentifier(inc.operand) &&
      this.symbol(inc.operand) === sym
    ) {
      delta = inc.operator === ts.SyntaxKind.PlusPlusToken ? 1 : inc.operator === ts.SyntaxKind.MinusMinusToken ? -1 : bad();
    } else if (
      inc &&
      ts.isBinaryExpression(inc) &&
      ts.isIdentifier(inc.left) &&
      this.symbol(inc.left) === sym &&
      (inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken || inc.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken)
    ) {
      const c = this.constNumber(inc.right, st, frame, bad);
      delta = inc.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken ? c : -c;
    } else return bad();
    const holds = (k: number): boolean => {
      switch (cond.operatorToken.kind) {
        case ts.SyntaxKind.LessThanToken:
          return k < bound;
        case ts.SyntaxKind.LessThanEqualsToken:
          return k <= bound;
        case ts.SyntaxKind.GreaterThanToken:
          return k > bound;
        case ts.SyntaxKind.GreaterThanEqualsToken:
          return k >= bound;
        default:
          return bad();
      }
    };
    let trips = 0;
    for (let k = start; holds(k); k += delta) {
      if (++trips > MAX_UNROLL) this.fail('BTS1010', s, `the loop runs more than ${MAX_UNROLL} times; model code loops are unrolled`);
    }
    const unrolled = { loop: s, trips, done: 0 };
    this.unrolling.push(unrolled);
    for (let k = start; unrolled.done < trips; k += delta, unrolled.done++) {
      const counter: Expr = { k: 'num', v: k, span: this.span(decl) };
      st.vars.set(sym, counter);
      this.statement(s.statement, st, frame);
      if (st.vars.get(sym) !== counter) this.fail('BTS1010', s, `the loop variable ${decl.name.text} must not be assigned in the body`);
      if (st.done.k !== 'bool') this.fail('BTS1001', s, 'return inside a loop is not supported; set a flag and return after the loop');
      if (st.done.v) break;
    }
    this.unrolling.pop();
  }

  private constNumber(e: ts.Expression, st: ExecState, frame: Frame, bad: () => never): number {
    const v = this.scalar(e, st, frame);
    return v.k === 'num' ? v.v : bad();
  }

  // --- expressions with effects ---------------------------------------------------------------

  /** Evaluates an expression statement: assignments, ++/--, this.spike(), calls. */
  private effect(e: ts.Expression, st: ExecState, frame: Frame): void {
    this.expr(e, st, frame);
  }

  private assign(target: ts.Expression, v: Value, st: ExecState, frame: Frame, at: ts.Node): void {
    target = skipParens(target);
    if (v === VOID) this.fail('BTS1009', at, 'the right-hand side is a call that returns nothing');
    if (ts.isArrayLiteralExpression(target)) {
      if (!Array.isArray(v) || v.length !== target.elements.length) {
        this.fail(
          'BTS1013',
          at,
          `the right-hand side has ${Array.isArray(v) ? v.length : 1} value(s) for ${target.elements.length} target(s)`,
        );
      }
      target.elements.forEach((el, i) => ts.isOmittedExpression(el) || this.assign(el, v[i], st, frame, at));
      return;
    }
    if (Array.isArray(v)) this.fail('BTS1013', at, 'a tuple can only be assigned to `[a, b, ...]`');
    if (ts.isIdentifier(target)) {
      const sym = this.symbol(target);
      const decl = sym.valueDeclaration;
      if (!st.vars.has(sym) || !decl || !ts.isVariableDeclaration(decl))
        this.fail('BTS1020', target, `${target.text} is not a local of this function`);
      if (decl.parent.flags & ts.NodeFlags.Const) this.fail('BTS1020', target, `${target.text} is const; declare it with let to assign it`);
      const old = st.vars.get(sym)!;
      if (typeOf(old as Expr) !== typeOf(v))
        this.fail('BTS1009', at, `${target.text} holds a ${typeOf(old as Expr) === 'bool' ? 'boolean' : 'number'}`);
      st.vars.set(sym, v);
      return;
    }
    const connected = this.connectedField(target);
    if (connected) {
      this.checkPerTarget(connected, target);
      if (frame.kind === 'ode') this.fail('BTS1020', target, 'an @ode method computes derivatives only');
      if (typeOf(v) !== 'f64') this.fail('BTS1009', at, `${connected} holds a number`);
      st.fields.set(connected, v);
      st.fieldSpans.set(connected, this.span(at));
      return;
    }
    if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const name = target.name.text;
      const f = this.fields.get(name);
      if (!f) this.fail('BTS1004', target, `${name} is not a model field; declare it with @param, @state or @current`);
      if (f.role === 'param') this.fail('BTS1005', target, `${name} is a @param; make it @state to change it during a run`);
      this.checkPerTarget(name, target);
      if (frame.kind === 'ode') this.fail('BTS1020', target, 'an @ode method computes derivatives only; assign state in update()');
      if (typeOf(v) !== 'f64') this.fail('BTS1009', at, `${name} holds a number`);
      st.fields.set(name, v);
      st.fieldSpans.set(name, this.span(at));
      return;
    }
    this.fail('BTS1020', target, 'assign to a local, to this.field, or to a tuple of them: `[this.V, this.w] = ...`');
  }

  // --- expressions ----------------------------------------------------------------------------

  private scalar(node: ts.Expression, st: ExecState, frame: Frame): Expr {
    const v = this.expr(node, st, frame);
    if (v === VOID) this.fail('BTS1009', node, 'this call returns nothing; use it as a statement');
    if (Array.isArray(v))
      this.fail('BTS1013', node, 'a tuple is used where a single value is expected; destructure it: `const [a, b] = ...`');
    return v;
  }

  private num(node: ts.Expression, st: ExecState, frame: Frame): Expr {
    const v = this.scalar(node, st, frame);
    if (typeOf(v) !== 'f64') this.fail('BTS1009', node, 'a number is expected here, not a boolean');
    return v;
  }

  private bool(node: ts.Expression, st: ExecState, frame: Frame): Expr {
    const v = this.scalar(node, st, frame);
    if (typeOf(v) !== 'bool') this.fail('BTS1009', node, 'a boolean is expected here; compare, like `x > 0`');
    return v;
  }

  private mk(e: Expr): Expr {
    return foldNode(e);
  }

  expr(node: ts.Expression, st: ExecState, frame: Frame): Value {
    const span = this.span(node);
    switch (node.kind) {
      case ts.SyntaxKind.NumericLiteral:
        return { k: 'num', v: Number((node as ts.NumericLiteral).text), span };
      case ts.SyntaxKind.TrueKeyword:
        return { k: 'bool', v: true, span };
      case ts.SyntaxKind.FalseKeyword:
        return { k: 'bool', v: false, span };
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.SatisfiesExpression:
        return this.expr((node as ts.ParenthesizedExpression).expression, st, frame);
      case ts.SyntaxKind.Identifier:
        return this.identifier(node as ts.Identifier, st, frame);
      case ts.SyntaxKind.PropertyAccessExpression:
        return this.propertyAccess(node as ts.PropertyAccessExpression, st);
      case ts.SyntaxKind.ElementAccessExpression:
        return this.elementAccess(node as ts.ElementAccessExpression, st, frame);
      case ts.SyntaxKind.ArrayLiteralExpression:
        return (node as ts.ArrayLiteralExpression).elements.map((e) => this.scalar(e, st, frame));
      case ts.SyntaxKind.PrefixUnaryExpression:
        return this.prefix(node as ts.PrefixUnaryExpression, st, frame);
      case ts.SyntaxKind.PostfixUnaryExpression:
        return this.postfix(node as ts.PostfixUnaryExpression, st, frame);
      case ts.SyntaxKind.BinaryExpression:
        return this.binary(node as ts.BinaryExpression, st, frame);
      case ts.SyntaxKind.ConditionalExpression: {
        // c ? a : b  ->  select(c, a, b); both arms are evaluated (they have no effects but draws)
        const n = node as ts.ConditionalExpression;
        const c = this.bool(n.condition, st, frame);
        if (c.k === 'bool') return this.expr(c.v ? n.whenTrue : n.whenFalse, st, frame);
        const a = cloneState(st),
          b = cloneState(st);
        const va = this.expr(n.whenTrue, a, frame),
          vb = this.expr(n.whenFalse, b, frame);
        if (Array.isArray(va) !== Array.isArray(vb) || (!Array.isArray(va) && typeOf(va) !== typeOf(vb as Expr))) {
          this.fail('BTS1009', node, 'both arms of ?: must have the same type');
        }
        if (Array.isArray(va) && Array.isArray(vb) && va.length !== vb.length) {
          this.fail('BTS1013', node, `the arms of ?: are tuples of ${va.length} and ${vb.length} values`);
        }
        Object.assign(st, mergeStates(c, a, b, span, this.fieldNode));
        return selectValue(c, va, vb, span);
      }
      case ts.SyntaxKind.CallExpression:
        return this.call(node as ts.CallExpression, st, frame);
      default:
        this.fail(
          'BTS1002',
          node,
          `${constructName(node)} is not supported in model code; use numbers, booleans, arithmetic, comparisons, && || !, ?:, Math.*, and calls of helpers`,
        );
    }
  }

  private identifier(id: ts.Identifier, st: ExecState, frame: Frame): Value {
    if (id.text === 'undefined' || id.text === 'NaN' || id.text === 'Infinity') {
      if (id.text === 'undefined') this.fail('BTS1002', id, 'undefined has no meaning in model code');
      return { k: 'num', v: id.text === 'NaN' ? NaN : Infinity, span: this.span(id) };
    }
    const sym = this.symbol(id);
    const local = st.vars.get(sym);
    if (local !== undefined) return local;
    const builtin = frame.builtins.get(sym);
    if (builtin) return builtin;
    const decl = resolveSymbol(this.checker, id)?.valueDeclaration;
    // a module-level `const TAU = 10;` (here or imported) is a compile-time constant
    if (
      decl &&
      ts.isVariableDeclaration(decl) &&
      decl.parent.flags & ts.NodeFlags.Const &&
      decl.initializer &&
      ts.isSourceFile(decl.parent.parent.parent)
    ) {
      return { ...this.scalar(decl.initializer, this.emptyState(), { kind: 'helper', builtins: new Map() }), span: this.span(id) };
    }
    this.fail('BTS1003', id, `${id.text} is not a local, a parameter or a module-level const here`);
  }

  /** `this.pre.V` or `this.post.ge` in a synapse model: the field name `pre.V` / `post.ge`, declared on first use. */
  private connectedField(p: ts.Expression): string | undefined {
    if (!ts.isPropertyAccessExpression(p) || !ts.isPropertyAccessExpression(p.expression)) return undefined;
    const side = p.expression;
    if (side.expression.kind !== ts.SyntaxKind.ThisKeyword || (side.name.text !== 'pre' && side.name.text !== 'post')) return undefined;
    const decl = resolveSymbol(this.checker, side.name)?.valueDeclaration;
    if (!decl || !SYNAPSE_FILE.test(decl.getSourceFile().fileName)) return undefined;
    const name = `${side.name.text}.${p.name.text}`;
    if (!this.fields.has(name)) this.fields.set(name, { name, role: side.name.text as 'pre' | 'post', init: 0, span: this.span(p) });
    return name;
  }

  // this.V  ->  the field's current value;  this.post.ge  ->  field post.ge;  Math.PI  ->  3.14159...
  private propertyAccess(p: ts.PropertyAccessExpression, st: ExecState): Value {
    const span = this.span(p);
    const connected = this.connectedField(p);
    if (connected) {
      this.checkPerTarget(connected, p);
      return st.fields.get(connected) ?? { k: 'field', name: connected, span };
    }
    if (p.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const name = p.name.text;
      const f = this.fields.get(name);
      if (!f)
        this.fail(
          'BTS1004',
          p,
          `${name} is not a model field; declare it with @param, @state or @current (methods are called: this.${name}(...))`,
        );
      this.checkPerTarget(name, p);
      return st.fields.get(name) ?? { k: 'field', name, span };
    }
    if (ts.isIdentifier(p.expression) && isGlobalMath(this.checker, p.expression)) {
      const c = MATH_CONSTANTS[p.name.text];
      if (c === undefined)
        this.fail('BTS1011', p, `Math.${p.name.text} is not a constant; call Math functions, or use Math.PI, Math.E, ...`);
      return { k: 'num', v: c, span };
    }
    if (ts.isIdentifier(p.expression) && st.vars.has(this.symbol(p.expression))) {
      const v = st.vars.get(this.symbol(p.expression))!;
      const what = Array.isArray(v) ? `a tuple of ${v.length}` : typeOf(v) === 'bool' ? 'a boolean' : 'a number';
      this.fail(
        'BTS1002',
        p,
        `${p.expression.text} is ${what} here, whatever its declared type: model code has numbers, booleans and tuples, not objects, so ${p.getText()} cannot be read; pass the value itself`,
      );
    }
    this.fail('BTS1002', p, 'only this.field and Math constants can be read with `.` in model code');
  }

  // tuple[1]  ->  its second element (the index must be a constant)
  private elementAccess(e: ts.ElementAccessExpression, st: ExecState, frame: Frame): Value {
    const v = this.expr(e.expression, st, frame);
    const i = this.scalar(e.argumentExpression, st, frame);
    if (!Array.isArray(v)) this.fail('BTS1002', e, 'only tuples can be indexed');
    if (i.k !== 'num' || !Number.isInteger(i.v) || i.v < 0 || i.v >= v.length)
      this.fail('BTS1013', e.argumentExpression, `index a tuple of ${v.length} with a constant 0..${v.length - 1}`);
    return v[i.v];
  }

  private prefix(p: ts.PrefixUnaryExpression, st: ExecState, frame: Frame): Value {
    const span = this.span(p);
    switch (p.operator) {
      case ts.SyntaxKind.MinusToken:
        return this.mk({ k: 'neg', a: this.num(p.operand, st, frame), span });
      case ts.SyntaxKind.PlusToken:
        return this.num(p.operand, st, frame);
      case ts.SyntaxKind.ExclamationToken:
        return this.mk({ k: 'not', a: this.bool(p.operand, st, frame), span });
      case ts.SyntaxKind.PlusPlusToken:
      case ts.SyntaxKind.MinusMinusToken: {
        // ++x  ->  x = x + 1, value x + 1
        const v = this.mk({
          k: 'bin',
          op: p.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub',
          a: this.num(p.operand, st, frame),
          b: { k: 'num', v: 1, span },
          span,
        });
        this.assign(p.operand, v, st, frame, p);
        return v;
      }
      default:
        this.fail('BTS1002', p, `the operator ${ts.tokenToString(p.operator)} is not supported; use - + !`);
    }
  }

  // x++  ->  x = x + 1, value x
  private postfix(p: ts.PostfixUnaryExpression, st: ExecState, frame: Frame): Value {
    const span = this.span(p);
    const old = this.num(p.operand, st, frame);
    const v = this.mk({
      k: 'bin',
      op: p.operator === ts.SyntaxKind.PlusPlusToken ? 'add' : 'sub',
      a: old,
      b: { k: 'num', v: 1, span },
      span,
    });
    this.assign(p.operand, v, st, frame, p);
    return old;
  }

  private binary(b: ts.BinaryExpression, st: ExecState, frame: Frame): Value {
    const span = this.span(b);
    const kind = b.operatorToken.kind;
    if (kind === ts.SyntaxKind.EqualsToken) {
      const v = this.expr(b.right, st, frame);
      this.assign(b.left, v, st, frame, b);
      return v;
    }
    const compound = COMPOUND[kind];
    if (compound) {
      // x += e  ->  x = x + e
      const v = this.mk({ k: 'bin', op: compound, a: this.num(b.left, st, frame), b: this.num(b.right, st, frame), span });
      this.assign(b.left, v, st, frame, b);
      return v;
    }
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken) {
      // a && b: b runs (its draws and assignments take effect) only where a is true; a || b where false
      const and = kind === ts.SyntaxKind.AmpersandAmpersandToken;
      const left = this.bool(b.left, st, frame);
      if (left.k === 'bool') return left.v === and ? this.bool(b.right, st, frame) : left;
      const rhs = cloneState(st);
      const right = this.bool(b.right, rhs, frame);
      Object.assign(st, and ? mergeStates(left, rhs, st, span, this.fieldNode) : mergeStates(left, st, rhs, span, this.fieldNode));
      return this.mk({ k: 'bin', op: and ? 'and' : 'or', a: left, b: right, span });
    }
    const op = BINARY[kind];
    if (!op)
      this.fail(
        'BTS1002',
        b.operatorToken,
        `the operator ${b.operatorToken.getText()} is not supported; use + - * / % ** < <= > >= === !== && ||`,
      );
    return this.mk({ k: 'bin', op, a: this.num(b.left, st, frame), b: this.num(b.right, st, frame), span });
  }

  private call(c: ts.CallExpression, st: ExecState, frame: Frame): Value {
    const span = this.span(c);
    const callee = c.expression;
    // Math.exp(x)  ->  call exp(x)
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && isGlobalMath(this.checker, callee.expression)) {
      const fn = callee.name.text;
      if (fn === 'random') this.fail('BTS1011', c, 'use rand() or randn() from braints: they are reproducible per seed, neuron and step');
      if (!(fn in MATH_FUNCTIONS) || fn === 'exprel')
        this.fail(
          'BTS1011',
          callee.name,
          `Math.${fn} is not supported; supported: ${Object.keys(MATH_FUNCTIONS)
            .filter((x) => x !== 'exprel')
            .join(', ')}`,
        );
      return this.mathCall(fn as MathFn, c, st, frame, span);
    }
    const dsl = dslName(this.checker, callee);
    switch (dsl) {
      case 'exprel':
        return this.mathCall('exprel', c, st, frame, span);
      case 'refractoryOver':
        return this.refractoryOver(c, st, frame, span);
      case 'rand':
      case 'randn': {
        if (frame.kind === 'ode')
          this.fail('BTS1015', c, 'random draws are not allowed in an @ode method; use noise() with euler_maruyama');
        const draw: Expr = { k: 'rand', dist: dsl === 'rand' ? 'uniform' : 'normal', counter: st.counter, span };
        st.counter = this.mk({ k: 'bin', op: 'add', a: st.counter, b: { k: 'num', v: 1, span }, span });
        return draw;
      }
      case 'poisson': {
        if (frame.kind === 'ode') this.fail('BTS1015', c, 'random draws are not allowed in an @ode method; draw in update()');
        if (c.arguments.length !== 1) this.fail('BTS1008', c, 'poisson(mean) takes one argument, the mean count');
        // the mean is evaluated first: draws inside it come before this one
        const mean = this.num(c.arguments[0], st, frame);
        const draw: Expr = { k: 'rand', dist: 'poisson', args: [mean], counter: st.counter, span };
        st.counter = this.mk({ k: 'bin', op: 'add', a: st.counter, b: { k: 'num', v: 1, span }, span });
        return draw;
      }
      case 'binomial':
        return this.binomial(c, st, frame, span);
      case 'noise':
        if (frame.kind !== 'ode') this.fail('BTS1015', c, 'noise() is white noise in an @ode method; elsewhere use randn()');
        return { k: 'noise', span };
      case 'step':
        return this.stepCall(c, st, frame, span);
      case undefined:
        break;
      default:
        this.fail('BTS1007', c, `${dsl} cannot be called in model code`);
    }
    // this.spike()
    if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const decl = resolveSymbol(this.checker, callee.name)?.valueDeclaration;
      if (decl && GROUP_FILE.test(decl.getSourceFile().fileName) && callee.name.text === 'spike') {
        if (frame.kind === 'ode' || this.kind !== 'neuron') this.fail('BTS1007', c, "spike() belongs in a neuron's update()");
        st.spike = { k: 'bool', v: true, span };
        return { k: 'num', v: 0, span };
      }
      // by name among the model's members, so that an override in a subclass is the one called
      const method = this.methods.get(callee.name.text);
      if (method?.body) return this.callHelper(method, c, st, frame);
      this.fail('BTS1007', c, `this.${callee.name.text} is not a method of this model with a body`);
    }
    // helper(x): a function declared in a module of the user's
    if (ts.isIdentifier(callee)) {
      const decl = resolveSymbol(this.checker, callee)?.valueDeclaration;
      if (decl && ts.isFunctionDeclaration(decl) && decl.body) return this.callHelper(decl, c, st, frame);
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isArrowFunction(decl.initializer))
        return this.callHelper(decl.initializer, c, st, frame);
    }
    this.fail('BTS1007', c, unsupportedCall(this.checker, callee));
  }

  /**
   * binomial(n, p): a `rand` node of its own kind with n and p as arguments and one counter slot
   * (runtime/binomial.ts; its kernel code is llvm/emit-binomial.ts). n may vary: the draw takes
   * constant expected time.
   */
  private binomial(c: ts.CallExpression, st: ExecState, frame: Frame, span: Span): Expr {
    if (frame.kind === 'ode') this.fail('BTS1015', c, 'random draws are not allowed in an @ode method; draw in update()');
    if (c.arguments.length !== 2) this.fail('BTS1008', c, 'binomial(n, p) takes two arguments: the number of trials and their probability');
    // n, then p, are evaluated first: draws inside them come before this one
    const n = this.num(c.arguments[0], st, frame);
    const p = this.num(c.arguments[1], st, frame);
    const draw: Expr = { k: 'rand', dist: 'binomial', args: [n, p], counter: st.counter, span };
    st.counter = this.mk({ k: 'bin', op: 'add', a: st.counter, b: { k: 'num', v: 1, span }, span });
    return draw;
  }

  private mathCall(fn: MathFn, c: ts.CallExpression, st: ExecState, frame: Frame, span: Span): Expr {
    const arity = MATH_FUNCTIONS[fn];
    if ((fn === 'min' || fn === 'max') && c.arguments.length >= 2) {
      // Math.max(a, b, c)  ->  max(max(a, b), c)
      const args = c.arguments.map((a) => this.num(a, st, frame));
      return args.slice(1).reduce((acc, x) => this.mk({ k: 'call', fn, args: [acc, x], span }), args[0]);
    }
    if (c.arguments.length !== arity) this.fail('BTS1008', c, `${fn} takes ${arity} argument(s)`);
    const args = c.arguments.map((a) => this.num(a, st, frame));
    // x ** n and Math.pow(x, n) with a small integer n are multiplications (exact and vectorizable)
    if (fn === 'pow') return this.mk({ k: 'bin', op: 'pow', a: args[0], b: args[1], span });
    return this.mk({ k: 'call', fn, args, span });
  }

  // refractoryOver(t, last, tRef, dt)  ->  trunc((t - last + 1e-3 dt) * (1/dt)) >= trunc((tRef + 1e-3 dt) * (1/dt))
  // Multiplying by the hoisted 1/dt instead of dividing per neuron can change the quotient by one
  // rounding, which matters only within one rounding of an integer: the 1e-3 dt margin keeps it
  // away from integers whenever spike times are whole steps, as they are when set to t.
  private refractoryOver(c: ts.CallExpression, st: ExecState, frame: Frame, span: Span): Expr {
    if (c.arguments.length !== 4) this.fail('BTS1008', c, 'refractoryOver takes (t, lastSpike, tRef, dt)');
    const [t, last, tRef, dt] = c.arguments.map((a) => this.num(a, st, frame));
    const margin = this.mk({ k: 'bin', op: 'mul', a: { k: 'num', v: 1e-3, span }, b: dt, span });
    const perStep = this.mk({ k: 'bin', op: 'div', a: { k: 'num', v: 1, span }, b: dt, span });
    const timestep = (x: Expr): Expr =>
      this.mk({
        k: 'call',
        fn: 'trunc',
        args: [this.mk({ k: 'bin', op: 'mul', a: this.mk({ k: 'bin', op: 'add', a: x, b: margin, span }), b: perStep, span })],
        span,
      });
    return this.mk({ k: 'bin', op: 'ge', a: timestep(this.mk({ k: 'bin', op: 'sub', a: t, b: last, span })), b: timestep(tRef), span });
  }

  // step(this.dV, V, I)  ->  one `step` node per integrated variable, expanded by the integrator pass
  private stepCall(c: ts.CallExpression, st: ExecState, frame: Frame, span: Span): Value {
    if (frame.kind === 'ode') this.fail('BTS1012', c, 'step() is called from update(), not from an @ode method');
    const [f, ...rest] = c.arguments;
    const fname = f && ts.isPropertyAccessExpression(f) && f.expression.kind === ts.SyntaxKind.ThisKeyword ? f.name.text : undefined;
    const ode = fname ? this.odes.get(fname) : undefined;
    if (!ode) this.fail('BTS1012', f ?? c, 'the first argument of step() is an @ode method of this model: step(this.dV, this.V, ...)');
    if (rest.length !== ode.params.length)
      this.fail('BTS1008', c, `${ode.name} takes ${ode.params.length} argument(s): ${ode.params.join(', ')}`);
    const args = rest.map((a) => this.num(a, st, frame));
    const k = ode.returns.length;
    const call = this.stepCalls++;
    // the right-hand side reads fields as they are at this call (update may have assigned some)
    const target = this.odeAtCall(ode, st, call);
    this.size.countStep(target);
    const nodes: Expr[] = ode.returns.map((_, index) => ({ k: 'step', ode: target.name, call, args, index, counter: st.counter, span }));
    if (ode.method === 'euler_maruyama') {
      st.counter = this.mk({ k: 'bin', op: 'add', a: st.counter, b: { k: 'num', v: k, span }, span });
    }
    return k === 1 ? nodes[0] : nodes;
  }

  /** The ODE with its field reads replaced by the fields' current values, when update has written any it reads. */
  private odeAtCall(ode: OdeFn, st: ExecState, call: number): OdeFn {
    const written = new Set(st.fields.keys());
    let reads = false;
    forEachNode(ode.returns, (e) => {
      if (e.k === 'field' && written.has(e.name)) reads = true;
    });
    if (!reads) return ode;
    const returns = rewrite(ode.returns, (e) => (e.k === 'field' && written.has(e.name) ? st.fields.get(e.name)! : e));
    const specialised: OdeFn = { ...ode, name: `${ode.name}@${call}`, returns };
    this.odes.set(specialised.name, specialised);
    return specialised;
  }

  /** Runs a helper's body with its parameters bound to the argument values; returns its result. */
  private callHelper(decl: ts.FunctionLikeDeclaration, c: ts.CallExpression, st: ExecState, frame: Frame): Value {
    if (c.arguments.length !== decl.parameters.length)
      this.fail('BTS1008', c, `${decl.name?.getText() ?? 'this function'} takes ${decl.parameters.length} argument(s)`);
    const args = c.arguments.map((a) => this.expr(a, st, frame));
    this.inlining.push(c);
    const ret = this.invoke(decl, args, st, { kind: frame.kind === 'ode' ? 'ode' : 'helper', builtins: frame.builtins }, c);
    // an expression-bodied helper runs no statement that would count its code
    this.countCode(st, c, ret);
    this.inlining.pop();
    return ret;
  }

  /** Model code runs natively and synchronously: an async function or a generator has no meaning there. */
  private checkSynchronous(decl: ts.FunctionLikeDeclaration): void {
    const name = decl.name?.getText() ?? 'this function';
    const async = ts.canHaveModifiers(decl) ? ts.getModifiers(decl)?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword) : undefined;
    if (async)
      this.fail(
        'BTS1001',
        async,
        `${name} is async, but model code runs natively, once per neuron and step, and cannot wait; remove \`async\``,
      );
    if (decl.asteriskToken)
      this.fail(
        'BTS1001',
        decl.asteriskToken,
        `${name} is a generator; model code computes one step at a time: remove the \`*\` and return the value`,
      );
  }

  /** Runs a function's body; `call` is the call being inlined (none for an @ode method lowered on its own). */
  private invoke(decl: ts.FunctionLikeDeclaration, args: Value[], st: ExecState, frame: Frame, call?: ts.CallExpression): Value {
    this.checkSynchronous(decl);
    const depth = this.callStack.indexOf(decl);
    if (depth >= 0) {
      // fact calls itself;  this.ping calls this.pong, which calls this.ping
      const [first, ...rest] = [...this.callStack.slice(depth), decl].map(functionName);
      const cycle = rest.length === 1 ? `${first} calls itself` : `${first} calls ${rest.join(', which calls ')}`;
      this.fail(
        'BTS1016',
        call ?? decl,
        `${cycle}: model functions are inlined, so they cannot call themselves; write the repetition as a for loop with a constant bound`,
      );
    }
    this.callStack.push(decl);
    const saved = { done: st.done, ret: st.ret };
    st.done = { k: 'bool', v: false, span: this.span(decl) };
    st.ret = undefined;
    decl.parameters.forEach((p, i) => this.bind(p.name, args[i], st));
    const body = decl.body!;
    if (ts.isBlock(body)) this.block(body.statements, st, frame);
    else st.ret = this.expr(body, st, frame);
    const ret = st.ret;
    // a helper that returns nothing is called for its effects (`this.decay(t);`)
    if (ret !== undefined && ts.isBlock(body) && !(st.done.k === 'bool' && st.done.v)) {
      this.fail('BTS1001', decl, 'every path of this function must end in `return value;` (or none may return a value)');
    }
    st.done = saved.done;
    st.ret = saved.ret;
    this.callStack.pop();
    if (ret === undefined && frame.kind === 'ode') this.fail('BTS1001', decl, 'an @ode method returns its derivatives');
    return ret ?? VOID;
  }
}

/** The value of a call of a helper that returns nothing: any use of it as a value is an error. */
const VOID: Expr = { k: 'num', v: 0, span: { file: '', line: 0, col: 0 } };

const BINARY: Partial<Record<ts.SyntaxKind, BinaryOp>> = {
  [ts.SyntaxKind.PlusToken]: 'add',
  [ts.SyntaxKind.MinusToken]: 'sub',
  [ts.SyntaxKind.AsteriskToken]: 'mul',
  [ts.SyntaxKind.SlashToken]: 'div',
  [ts.SyntaxKind.PercentToken]: 'rem',
  [ts.SyntaxKind.AsteriskAsteriskToken]: 'pow',
  [ts.SyntaxKind.LessThanToken]: 'lt',
  [ts.SyntaxKind.LessThanEqualsToken]: 'le',
  [ts.SyntaxKind.GreaterThanToken]: 'gt',
  [ts.SyntaxKind.GreaterThanEqualsToken]: 'ge',
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: 'eq',
  [ts.SyntaxKind.EqualsEqualsToken]: 'eq',
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: 'ne',
  [ts.SyntaxKind.ExclamationEqualsToken]: 'ne',
};

const COMPOUND: Partial<Record<ts.SyntaxKind, BinaryOp>> = {
  [ts.SyntaxKind.PlusEqualsToken]: 'add',
  [ts.SyntaxKind.MinusEqualsToken]: 'sub',
  [ts.SyntaxKind.AsteriskEqualsToken]: 'mul',
  [ts.SyntaxKind.SlashEqualsToken]: 'div',
  [ts.SyntaxKind.PercentEqualsToken]: 'rem',
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: 'pow',
};

/** `fact`, `this.ping`, or the const an arrow function is assigned to. */
function functionName(d: ts.FunctionLikeDeclaration): string {
  if (ts.isMethodDeclaration(d)) return `this.${d.name.getText()}`;
  if (d.name) return d.name.getText();
  return ts.isVariableDeclaration(d.parent) ? d.parent.name.getText() : 'an anonymous function';
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}
