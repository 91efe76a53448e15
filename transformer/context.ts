// What the lowering of one model class shares across its parts (members, fields, ODEs,
// statements, expressions, calls): the class and its checker, the fields and ODEs declared so
// far, where the symbolic execution is (calls being inlined, loops being unrolled), how large the
// code has grown, and how a node becomes a span or an error.
import type * as ts from 'typescript';
import type { Expr, FieldDecl, IntegrationMethod, OdeFn, Span } from '../ir/types';
import { foldNode } from '../ir/passes/fold-constants';
import { ModelError } from '../ir/errors';
import type { ErrorCode } from '../ir/errors';
import { resolveLocal } from './resolve';
import { spanOf } from './spans';
import { CodeSize, MAX_IR_NODES } from './code-size';
import type { ExecState, Value } from './exec-state';

/** How a function body is being executed: the update, an ODE right-hand side, or a helper. */
export interface Frame {
  kind: 'update' | 'ode' | 'helper';
  /** Symbols of the update's (t, dt) parameters. */
  builtins: Map<ts.Symbol, Expr>;
}

/** The value of a call of a helper that returns nothing: any use of it as a value is an error. */
export const VOID: Expr = { k: 'num', v: 0, span: { file: '', line: 0, col: 0, length: 0 } };

export class LoweringContext {
  readonly fields = new Map<string, FieldDecl>();
  readonly odes = new Map<string, OdeFn>();
  readonly odeDecls = new Map<string, { decl: ts.MethodDeclaration; method: IntegrationMethod }>();
  /** The functions being executed, outermost first (a function on it again is recursion). */
  readonly callStack: ts.FunctionLikeDeclaration[] = [];
  /** The model's methods by name, overrides taking the place of what they override. */
  readonly methods = new Map<string, ts.MethodDeclaration>();
  /** step() calls lowered so far: each call's specialised ODE is named by its number. */
  stepCalls = 0;
  /** Set while lowering a synapse's update(t, dt), which runs per target, not per synapse. */
  perTarget = false;
  /** The IR nodes made so far (see code-size.ts). */
  readonly size = new CodeSize();
  /** The for loops being unrolled, outermost first, with their trip counts and iterations done. */
  readonly unrolling: { loop: ts.ForStatement; trips: number; done: number }[] = [];
  /** The helper calls being inlined, outermost first. */
  readonly inlining: ts.CallExpression[] = [];
  /** The text of every line a span names, for the comments of the .ll file. */
  readonly sourceLines: Record<string, string> = {};
  /** Spans by node: an unrolled loop asks for the same nodes' spans once per iteration. */
  private readonly spans = new Map<ts.Node, Span>();

  constructor(
    readonly checker: ts.TypeChecker,
    readonly cls: ts.ClassDeclaration,
    readonly root: string,
    /** A @neuron runs update(t, dt) per neuron and step; a @synapse runs onPre(t, dt) per synapse and spike. */
    readonly kind: 'neuron' | 'synapse',
    /** The source declaration of a member inherited from a compiled class (a .d.ts), if it can be found. */
    readonly sourceOf: (d: ts.Declaration) => ts.ClassElement | undefined,
  ) {}

  /** The span of a node; also keeps the text of its line for the comments of the .ll file. */
  span(node: ts.Node): Span {
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

  /** Stops the lowering with a diagnostic spanning all of `node`. */
  fail(code: ErrorCode, node: ts.Node, message: string): never {
    throw new ModelError(code, message, this.span(node));
  }

  /** The checker's symbol of a name in model code; a name without one is an error. */
  symbol(id: ts.Node): ts.Symbol {
    const sym = resolveLocal(this.checker, id);
    if (!sym) this.fail('BTS1003', id, `cannot resolve ${id.getText()}`);
    return sym;
  }

  /** A new node, folded if its operands are constants. */
  mk(e: Expr): Expr {
    return foldNode(e);
  }

  /** The state at the start of a function body: no locals, no field written, no spike, no draw. */
  emptyState(): ExecState {
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

  /** A read of a field as it was before the method ran (what a branch that did not write it holds). */
  readonly fieldNode = (name: string): Expr => ({ k: 'field', name, span: this.fields.get(name)?.span ?? this.span(this.cls) });

  /** Counts the values of `st` (and `value`) in the model's code size; past the limit, fails at what grew it. */
  countCode(st: ExecState, at: ts.Node, value?: Value): void {
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
}
