// Code generation: one model's kernel IR -> an LLVM function. The base emitter has one method per
// IR operation; the CPU and NVPTX emitters define only how elements are indexed (a loop, or one
// per thread). What the target itself decides is decided here, from the module's triple: on
// NVPTX a kernel returns nothing and writes its "not finite" flag to an extra i32* argument, and
// math functions the backend cannot lower (llvm.exp and friends) go to libdevice.
//
// Kernel ABI (CPU; NVPTX returns void and takes a last argument i32* %not_finite):
//   i32 @<Model>_update(double** %fields, double* %params, i8* %spiked,
//                       i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream)
// `fields` points at the arrays the kernel reads per neuron (states, currents, per-neuron
// parameters, in the order of `kernelFields`); `params` at the group-uniform parameter values
// (order of `uniformParams`). The result is 1 when a written state became NaN or infinite.
import * as llvm from 'llvm-bindings';
import type { Expr, ModelIR, MathFn, Span, UpdateFn } from '../ir/types';
import { children, walkDag } from '../ir/expr';
import { SEED_OFFSET, WORD_SALT } from '../contract/random';
import { KERNEL_ABI } from '../contract/kernel-abi';
import type { AbiType, EntryPoint, KernelSignature } from '../contract/kernel-abi';
import type { KernelLayout } from '../ir/pipeline';
import { emitPoisson } from './emit-poisson';
import { emitBinomial } from './emit-binomial';
import type { DrawEmitter } from './emit-poisson';

/** x ** n with a small integer n: multiplications, see `integerPower`. */
const isIntegerPower = (e: Extract<Expr, { k: 'bin' }>): e is Extract<Expr, { k: 'bin' }> & { b: { k: 'num'; v: number } } =>
  e.op === 'pow' && e.b.k === 'num' && Number.isInteger(e.b.v) && Math.abs(e.b.v) <= 16;

/** The nodes whose values `emitNode` uses for `e`: its children, but not the exponent of an integer power. */
const operands = (e: Expr): Expr[] => (e.k === 'bin' && isIntegerPower(e) ? [e.a] : children(e));

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** Math functions the NVPTX backend lowers itself; on a GPU everything else goes to libdevice. */
const NVPTX_LOWERS: ReadonlySet<MathFn> = new Set(['sqrt', 'abs', 'floor', 'ceil', 'trunc']);

/** Math functions that are LLVM intrinsics (vectorized through libmvec where it has them). */
const INTRINSICS: Partial<Record<MathFn, number>> = {
  exp: llvm.Intrinsic.exp,
  log: llvm.Intrinsic.log,
  sqrt: llvm.Intrinsic.sqrt,
  abs: llvm.Intrinsic.fabs,
  sin: llvm.Intrinsic.sin,
  cos: llvm.Intrinsic.cos,
  log10: llvm.Intrinsic.log10,
  log2: llvm.Intrinsic.log2,
  floor: llvm.Intrinsic.floor,
  ceil: llvm.Intrinsic.ceil,
  trunc: llvm.Intrinsic.trunc,
  pow: llvm.Intrinsic.pow,
};

export abstract class KernelEmitter {
  protected readonly b: llvm.IRBuilder;
  protected readonly f64: llvm.Type;
  protected readonly i32: llvm.IntegerType;
  protected readonly i64: llvm.IntegerType;
  protected fn!: llvm.Function;
  /** The function's arguments by name (see the ABI above). */
  protected args: Record<string, llvm.Value> = {};
  /** Values computed once per call (uniform params, hoisted uniforms, the step's random key). */
  protected readonly entryValues = new Map<string, llvm.Value>();
  private fieldPtrs = new Map<string, llvm.Value>();
  private values = new Map<Expr, llvm.Value>();
  private loaded = new Map<string, llvm.Value>();
  private neuronKey: llvm.Value | undefined;
  private scope!: llvm.DIScope;
  private diFiles = new Map<string, llvm.DIFile>();
  private readonly di: llvm.DIBuilder;
  /** An NVPTX kernel (see the top of this file), not a CPU one. */
  protected readonly gpu: boolean;
  /** The code this function runs: the model's update (or onPre), or a synapse's onPost. */
  protected code: UpdateFn;
  /** The element the code runs for: the neuron, or the synapse with its pre- and postsynaptic neurons. */
  protected index!: { own: llvm.Value; pre?: llvm.Value; post?: llvm.Value };

  constructor(
    protected readonly ctx: llvm.LLVMContext,
    protected readonly mod: llvm.Module,
    protected readonly m: ModelIR,
    protected readonly layout: KernelLayout,
    protected readonly sig: KernelSignature,
  ) {
    this.code = m.update;
    this.gpu = mod.getTargetTriple().startsWith('nvptx');
    this.b = new llvm.IRBuilder(ctx);
    this.f64 = this.b.getDoubleTy();
    this.i32 = this.b.getInt32Ty();
    this.i64 = this.b.getInt64Ty();
    this.di = new llvm.DIBuilder(mod);
    // the compile unit every subprogram of the module hangs off (the DIBuilder keeps it)
    this.di.createCompileUnit(llvm.dwarf.SourceLanguage.DW_LANG_C, this.file(m.span.file), 'BrainTS', true, '', 0);
  }

  private file(path: string): llvm.DIFile {
    let f = this.diFiles.get(path);
    if (!f) {
      const slash = path.lastIndexOf('/');
      f = this.di.createFile(slash < 0 ? path : path.slice(slash + 1), slash < 0 ? '.' : path.slice(0, slash));
      this.diFiles.set(path, f);
    }
    return f;
  }

  /** Emits the kernel function into the module. */
  emit(): llvm.Function {
    const { b } = this;
    const params: [string, llvm.Type][] = [
      ...this.parameters(),
      ...(this.gpu ? [['not_finite', llvm.PointerType.getUnqual(this.i32)] as [string, llvm.Type]] : []),
    ];
    const ft = llvm.FunctionType.get(
      this.gpu ? this.b.getVoidTy() : this.i32,
      params.map(([, t]) => t),
      false,
    );
    this.fn = llvm.Function.Create(ft, llvm.Function.LinkageTypes.ExternalLinkage, this.sig.symbol, this.mod);
    params.forEach(([name], i) => {
      const arg = this.fn.getArg(i);
      arg.setName(name);
      this.args[name] = arg;
    });
    this.setupDebugInfo();
    this.fn.setDoesNotThrow();
    const entry = llvm.BasicBlock.Create(this.ctx, 'entry', this.fn);
    b.SetInsertPoint(entry);
    this.at(this.code.span);
    this.emitEntry();
    this.emitBody();
    this.di.finalizeSubprogram(this.fn.getSubprogram());
    return this.fn;
  }

  finalize(): void {
    this.di.finalize();
  }

  /** Emits another of the model's functions than its update (a synapse's onPost or per-target update). */
  setCode(fn: UpdateFn): void {
    this.code = fn;
  }

  private setupDebugInfo(): void {
    const file = this.file(this.m.span.file);
    const st = this.di.createSubroutineType(this.di.getOrCreateTypeArray([]));
    const sp = this.di.createFunction(
      file,
      `${this.m.name}.${this.sig.symbol.slice(this.m.name.length + 1)}`,
      this.sig.symbol,
      file,
      this.code.span.line,
      st,
      this.code.span.line,
      llvm.DINode.DIFlags.FlagPrototyped,
      llvm.DISubprogram.DISPFlags.SPFlagDefinition,
    );
    this.fn.setSubprogram(sp);
    this.scope = sp;
  }

  /** Sets the debug location of the instructions that follow to a TypeScript position. */
  protected at(span: Span): void {
    this.b.SetCurrentDebugLocation(llvm.DILocation.get(this.ctx, span.line, span.col, this.scope));
  }

  /** Per-call set-up: field pointers, uniform parameters, hoisted uniforms, random key. */
  private emitEntry(): void {
    const { b } = this;
    const ptrF64 = llvm.PointerType.getUnqual(this.f64);
    this.sig.kernelFields.forEach((name, j) => {
      const slot = b.CreateInBoundsGEP(ptrF64, this.args.fields, [this.c64(j)], `${name}.slot`);
      this.fieldPtrs.set(name, b.CreateLoad(ptrF64, slot, `${name}.ptr`));
    });
    this.sig.uniformParams.forEach((name, j) => {
      const slot = b.CreateInBoundsGEP(this.f64, this.args.params, [this.c64(j)], `${name}.slot`);
      this.entryValues.set(`field:${name}`, b.CreateLoad(this.f64, slot, name));
    });
    this.code.uniforms.forEach((u, j) => {
      this.at(u.value.span);
      this.entryValues.set(`uniform:${j}`, this.value(u.value, `u${j}${u.value.hint ? '.' + u.value.hint : ''}`));
    });
    this.values.clear(); // values above live in the entry block; the loop body computes its own
    if (this.code.usesRandom) {
      // key = fmix(fmix(fmix(seed + SEED_OFFSET) ^ stream) ^ step), as contract/random.ts stepKey
      const seeded = this.fmix(b.CreateAdd(this.args.seed, this.c32(SEED_OFFSET)));
      const streamed = this.fmix(b.CreateXor(seeded, this.args.stream));
      this.entryValues.set('stepKey', this.fmix(b.CreateXor(streamed, b.CreateTrunc(this.args.step, this.i32)), 'step.key'));
    }
  }

  /** The loop over neurons (CPU) or the one neuron of this thread (GPU); calls `emitNeuron`. */
  protected abstract emitBody(): void;

  /**
   * The end of a GPU kernel, where the insertion point is the thread's work done (`bits`: its
   * non-finite bits) or skipped (from `skipped`): sets the flag when a state was not finite.
   */
  protected endGpuKernel(bits: llvm.Value, skipped: llvm.BasicBlock): void {
    const { b } = this;
    const flag = llvm.BasicBlock.Create(this.ctx, 'not_finite', this.fn);
    const exit = llvm.BasicBlock.Create(this.ctx, 'done', this.fn);
    b.CreateCondBr(b.CreateICmpNE(bits, this.c64(0)), flag, exit);
    b.SetInsertPoint(flag);
    b.CreateStore(this.c32(1), this.args.not_finite);
    b.CreateBr(exit);
    b.SetInsertPoint(skipped);
    b.CreateBr(exit);
    b.SetInsertPoint(exit);
    b.CreateRetVoid();
  }

  /** The function's parameters, named: see the ABI at the top of this file. */
  protected parameters(): [string, llvm.Type][] {
    return this.abiParameters('update');
  }

  /** The parameters of an entry point of contract/kernel-abi.ts, as LLVM types. */
  protected abiParameters(entry: EntryPoint): [string, llvm.Type][] {
    const ptrF64 = llvm.PointerType.getUnqual(this.f64);
    const types: Record<AbiType, llvm.Type> = {
      'double**': llvm.PointerType.getUnqual(ptrF64),
      'double*': ptrF64,
      'i8*': this.b.getInt8PtrTy(),
      'i32*': llvm.PointerType.getUnqual(this.i32),
      i64: this.i64,
      i32: this.i32,
      double: this.f64,
    };
    return KERNEL_ABI[entry].params.map((p) => [p.name, types[p.type]]);
  }

  /**
   * The code of one neuron at `this.index`. Returns its non-finite bits: an i64 that is 0 when
   * every state it wrote is finite. x - x is +0 (all bits clear) for finite x and NaN for NaN and
   * infinities, so OR-ing the bits of x - x over the states, and over neurons, tells whether any
   * was not finite: a subtraction and an OR per state, which vectorize without compare masks.
   */
  protected emitNeuron(): llvm.Value {
    const { b } = this;
    this.values.clear();
    this.loaded.clear();
    this.neuronKey = undefined;
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
    let bad: llvm.Value = this.c64(0);
    for (const r of results) {
      this.at(r.span);
      this.storeField(r.field, r.value);
      if (this.role(r.field) === 'state' || this.role(r.field) === 'target') {
        bad = b.CreateOr(bad, b.CreateBitCast(b.CreateFSub(r.value, r.value), this.i64), `${r.field}.bad`);
      }
    }
    if (this.m.kind === 'neuron') {
      this.at(this.code.span);
      const flag = spike ? b.CreateZExt(spike, b.getInt8Ty(), 'spiked.byte') : llvm.ConstantInt.get(b.getInt8Ty(), 0);
      b.CreateStore(flag, b.CreateInBoundsGEP(b.getInt8Ty(), this.args.spiked, [this.index.own], 'spiked.ptr'));
    }
    return bad;
  }

  /** Stores the new value of a field at `this.index`. */
  protected storeField(field: string, value: llvm.Value): void {
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

  protected role(name: string) {
    return this.m.fields.find((f) => f.name === name)!.role;
  }

  protected elementPtr(name: string): llvm.Value {
    const role = this.role(name);
    // per-target state lives at the postsynaptic neuron's index
    const index =
      role === 'pre' ? this.index.pre : role === 'post' || role === 'target' ? (this.index.post ?? this.index.own) : this.index.own;
    if (!index) throw new Error(`BrainTS bug: ${name} has no index in this kernel`);
    return this.b.CreateInBoundsGEP(this.f64, this.fieldPtrs.get(name)!, [index], `${name}.addr`);
  }

  // --- one method per IR operation ------------------------------------------------------------

  /**
   * The value of `e`, each node emitted once (the IR is a DAG). Operands are emitted first, in the
   * order `emitNode` uses them, by an explicit walk (an unrolled loop makes chains too deep for
   * recursion); the debug location is set on reaching each node, so an instruction carries the
   * location last set when its operands were done.
   */
  protected value(e: Expr, name = ''): llvm.Value {
    const hit = this.values.get(e);
    if (hit) return hit;
    walkDag([e], {
      done: (n) => this.values.has(n),
      kids: operands,
      descend: (n) => {
        this.at(n.span);
        return true;
      },
      leave: (n) => this.values.set(n, this.emitNode(n, (n === e && name) || n.hint || '')),
    });
    return this.values.get(e)!;
  }

  private emitNode(e: Expr, name: string): llvm.Value {
    const { b } = this;
    switch (e.k) {
      case 'num':
        return this.cf(e.v);
      case 'bool':
        return e.v ? llvm.ConstantInt.getTrue(this.ctx) : llvm.ConstantInt.getFalse(this.ctx);
      case 'builtin':
        return e.name === 't' ? this.args.t : this.args.dt;
      case 'uniform':
        return this.entryValues.get(`uniform:${e.index}`)!;
      case 'field':
        return this.field(e.name);
      case 'neg':
        return b.CreateFNeg(this.value(e.a), name);
      case 'not':
        return b.CreateNot(this.value(e.a), name);
      case 'select':
        return b.CreateSelect(this.value(e.c), this.value(e.a), this.value(e.b), name);
      case 'bin':
        return this.binary(e, name);
      case 'call':
        return this.call(
          e.fn,
          e.args.map((a) => this.value(a)),
          name,
        );
      case 'rand': {
        const [x, y] = e.args ?? [];
        switch (e.dist) {
          case 'poisson':
            return emitPoisson(this.draws(), this.drawKey(this.value(e.counter)), this.value(x), name);
          case 'binomial':
            // a constant n lets the emitter leave out what cannot happen (see emitBinomial)
            return emitBinomial(
              this.draws(),
              this.drawKey(this.value(e.counter)),
              this.value(x),
              this.value(y),
              name,
              x.k === 'num' ? x.v : undefined,
            );
          default:
            return this.random(e.dist, this.value(e.counter), name);
        }
      }
      case 'arg':
      case 'noise':
      case 'step':
        throw new Error(`BrainTS bug: ${e.k} node reached code generation`);
    }
  }

  private field(name: string): llvm.Value {
    const uniform = this.entryValues.get(`field:${name}`);
    if (uniform) return uniform;
    let v = this.loaded.get(name);
    if (!v) {
      v = this.b.CreateLoad(this.f64, this.elementPtr(name), name);
      this.loaded.set(name, v);
    }
    return v;
  }

  private binary(e: Extract<Expr, { k: 'bin' }>, name: string): llvm.Value {
    const { b } = this;
    if (isIntegerPower(e)) {
      return this.integerPower(this.value(e.a), e.b.v, name);
    }
    const x = this.value(e.a),
      y = this.value(e.b);
    switch (e.op) {
      case 'add':
        return b.CreateFAdd(x, y, name);
      case 'sub':
        return b.CreateFSub(x, y, name);
      case 'mul':
        return b.CreateFMul(x, y, name);
      case 'div':
        return b.CreateFDiv(x, y, name);
      case 'rem':
        return b.CreateFRem(x, y, name);
      case 'pow':
        return this.call('pow', [x, y], name);
      case 'lt':
        return b.CreateFCmpOLT(x, y, name);
      case 'le':
        return b.CreateFCmpOLE(x, y, name);
      case 'gt':
        return b.CreateFCmpOGT(x, y, name);
      case 'ge':
        return b.CreateFCmpOGE(x, y, name);
      case 'eq':
        return b.CreateFCmpOEQ(x, y, name);
      case 'ne':
        return b.CreateFCmpUNE(x, y, name);
      case 'and':
        return b.CreateAnd(x, y, name);
      case 'or':
        return b.CreateOr(x, y, name);
    }
  }

  /** x ** n for a small integer n, by repeated squaring (exact to rounding, and vectorizable). */
  private integerPower(x: llvm.Value, n: number, name: string): llvm.Value {
    const { b } = this;
    if (n === 0) return this.cf(1);
    let result: llvm.Value | undefined;
    let base = x;
    for (let k = Math.abs(n); k > 0; k >>= 1) {
      if (k & 1) result = result ? b.CreateFMul(result, base) : base;
      if (k > 1) base = b.CreateFMul(base, base);
    }
    return n < 0 ? b.CreateFDiv(this.cf(1), result!, name) : result!;
  }

  protected call(fn: MathFn, args: llvm.Value[], name: string): llvm.Value {
    const { b } = this;
    const [x, y] = args;
    switch (fn) {
      case 'exprel': {
        // for |x| < 1/2 the series sum x^k / (k+1)! (k <= 15: error below 1e-17), else
        // (e^x - 1)/x, whose subtraction costs at most two bits there; both are computed and one
        // selected, with no log or expm1 (libmvec has neither, so the loop stays vectorized)
        const u = this.call('exp', [x], '');
        let series = this.cf(1 / factorial(16));
        for (let k = 14; k >= 0; k--) series = b.CreateFAdd(b.CreateFMul(series, x), this.cf(1 / factorial(k + 1)));
        const direct = b.CreateFDiv(b.CreateFSub(u, this.cf(1)), x);
        const small = b.CreateFCmpOLT(this.call('abs', [x], ''), this.cf(0.5));
        // at x = +inf the quotient would be inf/inf
        return b.CreateSelect(b.CreateFCmpOEQ(u, this.cf(Infinity)), u, b.CreateSelect(small, series, direct), name);
      }
      case 'min':
      case 'max': {
        // Math.min/max: NaN if either is NaN
        const pickX = b.CreateFCmpOLT(fn === 'min' ? x : y, fn === 'min' ? y : x);
        const xNaN = b.CreateFCmpUNE(x, x);
        return b.CreateSelect(b.CreateOr(pickX, xNaN), x, y, name);
      }
      case 'sign': {
        const pos = b.CreateSelect(b.CreateFCmpOGT(x, this.cf(0)), this.cf(1), x);
        return b.CreateSelect(b.CreateFCmpOLT(x, this.cf(0)), this.cf(-1), pos, name);
      }
      case 'round': {
        // Math.round: halves go up
        const fl = this.call('floor', [x], '');
        const up = b.CreateFCmpOGE(b.CreateFSub(x, fl), this.cf(0.5));
        return b.CreateSelect(up, b.CreateFAdd(fl, this.cf(1)), fl, name);
      }
      default:
        return this.mathFunction(fn, args, name);
    }
  }

  /** A math function call: an intrinsic, or the C library function of that name. */
  protected mathFunction(fn: MathFn, args: llvm.Value[], name: string): llvm.Value {
    const id = INTRINSICS[fn];
    if (this.gpu && !NVPTX_LOWERS.has(fn)) {
      // libdevice's __nv_<fn>, linked in before llc
      const ft = llvm.FunctionType.get(
        this.f64,
        args.map(() => this.f64),
        false,
      );
      return this.b.CreateCall(this.mod.getOrInsertFunction(`__nv_${fn === 'abs' ? 'fabs' : fn}`, ft), args, name);
    }
    if (id !== undefined) {
      const decl = llvm.Intrinsic.getDeclaration(this.mod, id, [this.f64]);
      return this.b.CreateCall(decl, args, name);
    }
    const ft = llvm.FunctionType.get(
      this.f64,
      args.map(() => this.f64),
      false,
    );
    return this.b.CreateCall(this.mod.getOrInsertFunction(fn, ft), args, name);
  }

  // --- the counter-based generator (runtime/random.ts) ----------------------------------------

  private fmix(h: llvm.Value, name = ''): llvm.Value {
    const { b } = this;
    let x = b.CreateXor(h, b.CreateLShr(h, this.c32(16)));
    x = b.CreateMul(x, this.c32(0x85ebca6b));
    x = b.CreateXor(x, b.CreateLShr(x, this.c32(13)));
    x = b.CreateMul(x, this.c32(0xc2b2ae35));
    return b.CreateXor(x, b.CreateLShr(x, this.c32(16)), name);
  }

  private unit(h: llvm.Value, saltA: number, saltB: number): llvm.Value {
    const { b } = this;
    const hi = b.CreateLShr(this.fmix(b.CreateXor(h, this.c32(saltA))), this.c32(5));
    const lo = b.CreateLShr(this.fmix(b.CreateXor(h, this.c32(saltB))), this.c32(6));
    // both are below 2^31, so the signed conversion is exact
    const v = b.CreateFAdd(
      b.CreateFAdd(b.CreateFMul(b.CreateSIToFP(hi, this.f64), this.cf(67108864)), b.CreateSIToFP(lo, this.f64)),
      this.cf(0.5),
    );
    return b.CreateFMul(v, this.cf(2 ** -53));
  }

  /** The key of draw `counter` of this element: fmix(element key ^ counter). */
  private drawKey(counter: llvm.Value): llvm.Value {
    const { b } = this;
    if (!this.neuronKey) {
      this.neuronKey = this.fmix(b.CreateXor(this.entryValues.get('stepKey')!, b.CreateTrunc(this.index.own, this.i32)), 'element.key');
    }
    return this.fmix(b.CreateXor(this.neuronKey, b.CreateFPToUI(counter, this.i32)));
  }

  /** What llvm/emit-poisson.ts and llvm/emit-binomial.ts need of this emitter. */
  private draws(): DrawEmitter {
    return {
      b: this.b,
      f64: this.f64,
      i32: this.i32,
      i64: this.i64,
      cf: (v) => this.cf(v),
      uniform: (key, index) => this.unit(this.fmix(this.b.CreateXor(key, this.c32(index))), WORD_SALT[0], WORD_SALT[1]),
      math: (fn, x) => this.mathFunction(fn, [x], ''),
    };
  }

  private random(dist: 'uniform' | 'normal', counter: llvm.Value, name: string): llvm.Value {
    const { b } = this;
    const h = this.drawKey(counter);
    const u1 = this.unit(h, WORD_SALT[0], WORD_SALT[1]);
    if (dist === 'uniform') return u1;
    const u2 = this.unit(h, WORD_SALT[2], WORD_SALT[3]);
    const radius = this.call('sqrt', [b.CreateFMul(this.cf(-2), this.call('log', [u1], ''))], '');
    return b.CreateFMul(radius, this.call('cos', [b.CreateFMul(this.cf(2 * Math.PI), u2)], ''), name);
  }

  // --- constants ------------------------------------------------------------------------------

  protected cf(v: number): llvm.Value {
    return llvm.ConstantFP.get(this.f64, v);
  }

  protected c32(v: number): llvm.Value {
    return llvm.ConstantInt.get(this.i32, v | 0, true);
  }

  protected c64(v: number): llvm.Value {
    return llvm.ConstantInt.get(this.i64, v, true);
  }
}

/** CPU: a counted loop over [begin, end), shaped for LLVM's loop vectorizer. */
export class CpuKernelEmitter extends KernelEmitter {
  protected emitBody(): void {
    const { b } = this;
    const entry = b.GetInsertBlock()!;
    const loop = llvm.BasicBlock.Create(this.ctx, 'neuron', this.fn);
    const exit = llvm.BasicBlock.Create(this.ctx, 'done', this.fn);
    b.CreateCondBr(b.CreateICmpSLT(this.args.begin, this.args.end), loop, exit);
    b.SetInsertPoint(loop);
    const i = b.CreatePHI(this.i64, 2, 'i');
    const badIn = b.CreatePHI(this.i64, 2, 'bad');
    // in a synapse's per-target update the loop runs over postsynaptic neurons
    this.index = { own: i, post: i };
    const bad = b.CreateOr(badIn, this.emitNeuron(), 'bad.next');
    const next = b.CreateAdd(i, this.c64(1), 'i.next');
    b.CreateCondBr(b.CreateICmpSLT(next, this.args.end), loop, exit);
    const body = b.GetInsertBlock()!;
    i.addIncoming(this.args.begin, entry);
    i.addIncoming(next, body);
    badIn.addIncoming(this.c64(0), entry);
    badIn.addIncoming(bad, body);
    b.SetInsertPoint(exit);
    const bits = b.CreatePHI(this.i64, 2, 'bad.bits');
    bits.addIncoming(this.c64(0), entry);
    bits.addIncoming(bad, body);
    b.CreateRet(b.CreateZExt(b.CreateICmpNE(bits, this.c64(0)), this.i32, 'result'));
  }
}
