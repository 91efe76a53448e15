// Code generation: one kernel function of a model (the ABI is kernel-abi.ts's). The kernel emitter
// makes the function and its per-call set-up (field pointers, uniform parameters, hoisted
// uniforms, the step's random key) and emits the code of one element: the fields' new values,
// their stores, the spike flag and the non-finite test. Each entry point is a subclass that says
// which code it runs and over what (emit-update.ts, emit-synapse.ts); the target it is emitted for
// (kernel-target.ts) says how the elements are visited and what the function returns.
import * as llvm from 'llvm-bindings';
import type { Expr, ModelIR, Span, UpdateFn } from '../ir/types';
import type { KernelSignature, Parameter } from './kernel-abi';
import type { KernelFunction, KernelTarget } from './kernel-target';
import { KernelDebugInfo } from './debug-info';
import { emitStepKey } from './emit-random';
import { NodeEmitter } from './emit-node';

export abstract class KernelEmitter<M extends ModelIR = ModelIR> extends NodeEmitter<M> implements KernelFunction {
  fn!: llvm.Function;
  /** The code this function runs: a neuron's update, a synapse's onPre, onPost, everyStep or per-target update. */
  protected abstract readonly code: UpdateFn;
  /**
   * Whether the elements of one call may write the same neuron (synapses onto one target, or from
   * one source), so that a target that runs elements at once must combine their writes.
   */
  protected abstract readonly sharesNeurons: boolean;
  protected readonly fieldPtrs = new Map<string, llvm.Value>();
  private readonly debug: KernelDebugInfo;

  constructor(
    ctx: llvm.LLVMContext,
    mod: llvm.Module,
    m: M,
    protected readonly sig: KernelSignature,
    target: KernelTarget,
  ) {
    super(ctx, mod, m, target, sig.precision);
    this.debug = new KernelDebugInfo(ctx, mod, m.span.file);
  }

  /** The function's parameters, named: the ABI's (kernel-abi.ts). */
  protected abstract parameters(): Parameter[];

  /** The visit of the elements (through the target), each emitted by `emitElement`. */
  protected abstract emitBody(): void;

  /** Emits the kernel function into the module. */
  emit(): llvm.Function {
    const { b } = this;
    const params: Parameter[] = [...this.parameters(), ...this.target.extraParameters(this)];
    const ft = llvm.FunctionType.get(
      this.target.returnType(this),
      params.map(([, t]) => t),
      false,
    );
    this.fn = llvm.Function.Create(ft, llvm.Function.LinkageTypes.ExternalLinkage, this.sig.symbol, this.mod);
    params.forEach(([name], i) => {
      const arg = this.fn.getArg(i);
      arg.setName(name);
      this.args[name] = arg;
    });
    this.debug.beginFunction(
      this.fn,
      this.sig.symbol,
      `${this.m.name}.${this.sig.symbol.slice(this.m.name.length + 1)}`,
      this.code.span.line,
    );
    this.fn.setDoesNotThrow();
    const entry = llvm.BasicBlock.Create(this.ctx, 'entry', this.fn);
    b.SetInsertPoint(entry);
    this.at(this.code.span);
    this.emitEntry();
    this.emitBody();
    this.debug.endFunction(this.fn);
    return this.fn;
  }

  finalize(): void {
    this.debug.finalize();
  }

  protected at(span: Span): void {
    this.b.SetCurrentDebugLocation(this.debug.location(span));
  }

  /** Per-call set-up: field pointers, uniform parameters, hoisted uniforms, random key. */
  private emitEntry(): void {
    const { b } = this;
    const ptrReal = llvm.PointerType.getUnqual(this.real);
    this.sig.kernelFields.forEach((name, j) => {
      const slot = b.CreateInBoundsGEP(ptrReal, this.args.fields, [this.c64(j)], `${name}.slot`);
      this.fieldPtrs.set(name, b.CreateLoad(ptrReal, slot, `${name}.ptr`));
    });
    this.sig.uniformParams.forEach((name, j) => {
      const slot = b.CreateInBoundsGEP(this.real, this.args.params, [this.c64(j)], `${name}.slot`);
      this.entryValues.set(`field:${name}`, b.CreateLoad(this.real, slot, name));
    });
    if (this.real !== this.f64) {
      for (const name of ['t', 'dt']) this.entryValues.set(`builtin:${name}`, this.toReal(this.args[name], `${name}.f32`));
    }
    this.code.uniforms.forEach((u, j) => {
      this.at(u.value.span);
      this.entryValues.set(`uniform:${j}`, this.value(u.value, `u${j}${u.value.hint ? '.' + u.value.hint : ''}`));
    });
    this.forgetValues(); // values above live in the entry block; the loop body computes its own
    if (this.code.usesRandom) {
      this.entryValues.set('stepKey', emitStepKey(b, this.args.seed, this.args.stream, this.args.step));
    }
  }

  /**
   * The code of one element at `this.index`. Returns its non-finite bits: an integer as wide as
   * the element type (`bits`) that is 0 when
   * every state it wrote is finite. x - x is +0 (all bits clear) for finite x and NaN for NaN and
   * infinities, so OR-ing the bits of x - x over the states, and over neurons, tells whether any
   * was not finite: a subtraction and an OR per state, which vectorize without compare masks.
   */
  protected emitElement(): llvm.Value {
    const { b } = this;
    this.beginElement();
    const results: { field: string; value: llvm.Value; span: Span }[] = [];
    for (const w of this.code.writes) {
      // a current passed as one value per step is cleared by the driver, not stored per neuron
      if (this.entryValues.has(`field:${w.field}`)) continue;
      this.at(w.span);
      results.push({ field: w.field, value: this.value(w.value, `${w.field}.next`), span: w.span });
    }
    let spike: llvm.Value | undefined;
    if (this.code.spike && this.m.kind === 'neuron') {
      this.at(this.code.spike.span);
      spike = this.value(this.code.spike, 'spiked');
    }
    let bad: llvm.Value = this.cbits(0);
    for (const r of results) {
      this.at(r.span);
      this.storeField(r.field, r.value);
      if (this.role(r.field) === 'state' || this.role(r.field) === 'target') {
        bad = b.CreateOr(bad, b.CreateBitCast(b.CreateFSub(r.value, r.value), this.bits), `${r.field}.bad`);
      }
    }
    if (this.m.kind === 'neuron') {
      this.at(this.code.span);
      const flag = spike ? b.CreateZExt(spike, b.getInt8Ty(), 'spiked.byte') : llvm.ConstantInt.get(b.getInt8Ty(), 0);
      b.CreateStore(flag, b.CreateInBoundsGEP(b.getInt8Ty(), this.args.spiked, [this.index.own], 'spiked.ptr'));
    }
    return bad;
  }

  /** Stores the new value of a field at `this.index`; a neuron's that other elements write too as the target says. */
  private storeField(field: string, value: llvm.Value): void {
    if (this.isShared(field)) {
      this.target.storeShared(this, {
        field,
        write: this.code.writes.find((w) => w.field === field)!,
        address: () => this.elementPtr(field),
        value: (e) => this.value(e),
        store: () => this.storeElement(field, value),
        sharedWrites: new Set(this.code.writes.map((w) => w.field).filter((f) => this.isShared(f))),
      });
      return;
    }
    this.storeElement(field, value);
  }

  /** Whether a field is a neuron's that other elements of the call write too (a synapse's pre, post or @target field). */
  private isShared(field: string): boolean {
    const role = this.role(field);
    return this.sharesNeurons && (role === 'pre' || role === 'post' || role === 'target');
  }

  private storeElement(field: string, value: llvm.Value): void {
    const { b } = this;
    const when = this.changedWhen(field);
    if (!when) {
      b.CreateStore(value, this.elementPtr(field));
      return;
    }
    // x' = c ? new : x: store only when c (saves the memory traffic of an unchanged value)
    const store = llvm.BasicBlock.Create(this.ctx, `${field}.store`, this.fn);
    const after = llvm.BasicBlock.Create(this.ctx, `${field}.stored`, this.fn);
    b.CreateCondBr(when, store, after);
    b.SetInsertPoint(store);
    b.CreateStore(value, this.elementPtr(field));
    b.CreateBr(after);
    b.SetInsertPoint(after);
  }

  /** For a write `x' = c ? v : x` (or `c ? x : v`), the condition under which x changes. */
  private changedWhen(field: string): llvm.Value | undefined {
    const e = this.code.writes.find((w) => w.field === field)!.value;
    if (e.k !== 'select') return undefined;
    const same = (x: Expr) => x.k === 'field' && x.name === field;
    if (same(e.b)) return this.value(e.c);
    if (same(e.a)) return this.b.CreateNot(this.value(e.c));
    return undefined;
  }

  private role(name: string) {
    return this.m.fields.find((f) => f.name === name)!.role;
  }

  protected elementPtr(name: string): llvm.Value {
    const role = this.role(name);
    // per-target state lives at the postsynaptic neuron's index
    const index =
      role === 'pre' ? this.index.pre : role === 'post' || role === 'target' ? (this.index.post ?? this.index.own) : this.index.own;
    if (!index) throw new Error(`BrainTS bug: ${name} has no index in this kernel`);
    return this.b.CreateInBoundsGEP(this.real, this.fieldPtrs.get(name)!, [index], `${name}.addr`);
  }
}
