// The node emitter: the value of an IR expression at the element a kernel is at, one method per
// IR node kind, each node emitted once (the IR is a DAG). Math is emit-math.ts's and the target's,
// random draws emit-random.ts's, emit-poisson.ts's and emit-binomial.ts's; where a field lives and
// the function around the code are the kernel emitter's (emit-kernel.ts).
import * as llvm from 'llvm-bindings';
import type { Expr, MathFn, ModelIR, Span } from '../ir/types';
import { children, walkDag } from '../ir/expr';
import { emitIntegerPower, emitMathCall, isIntegerPower } from './emit-math';
import { drawEmitter, emitDrawKey, emitElementKey, emitRandom } from './emit-random';
import { emitPoisson } from './emit-poisson';
import { emitBinomial } from './emit-binomial';
import type { IrBuilder, KernelTarget } from './kernel-target';
import type { Precision } from '../ir/pipeline';

/** The nodes whose values `emitNode` uses for `e`: its children, but not the exponent of an integer power. */
const operands = (e: Expr): Expr[] => (e.k === 'bin' && isIntegerPower(e) ? [e.a] : children(e));

export abstract class NodeEmitter<M extends ModelIR = ModelIR> implements IrBuilder {
  readonly b: llvm.IRBuilder;
  readonly f64: llvm.Type;
  readonly real: llvm.Type;
  readonly bits: llvm.IntegerType;
  readonly i32: llvm.IntegerType;
  readonly i64: llvm.IntegerType;
  /** The function's arguments by name (see kernel-abi.ts). */
  readonly args: Record<string, llvm.Value> = {};
  /**
   * Values computed once per call: `field:<name>` for a uniform parameter (or a current given as
   * one value per step), `uniform:<j>` for a hoisted uniform, `stepKey` for the step's random key.
   */
  protected readonly entryValues = new Map<string, llvm.Value>();
  /** The element the code runs for: the neuron, or the synapse with its pre- and postsynaptic neurons. */
  protected index!: { own: llvm.Value; pre?: llvm.Value; post?: llvm.Value };
  private readonly values = new Map<Expr, llvm.Value>();
  private readonly loaded = new Map<string, llvm.Value>();
  private elementKey: llvm.Value | undefined;

  constructor(
    readonly ctx: llvm.LLVMContext,
    readonly mod: llvm.Module,
    protected readonly m: M,
    protected readonly target: KernelTarget,
    precision: Precision = 'float64',
  ) {
    this.b = new llvm.IRBuilder(ctx);
    this.f64 = this.b.getDoubleTy();
    this.real = precision === 'float32' ? this.b.getFloatTy() : this.f64;
    this.i32 = this.b.getInt32Ty();
    this.i64 = this.b.getInt64Ty();
    this.bits = precision === 'float32' ? this.i32 : this.i64;
  }

  /** Sets the debug location of the instructions that follow to a TypeScript position. */
  protected abstract at(span: Span): void;

  /** The address of a field at the current element. */
  protected abstract elementPtr(name: string): llvm.Value;

  /** Forgets the values computed so far, as the code of another block or element begins. */
  protected forgetValues(): void {
    this.values.clear();
  }

  /** Begins the code of one element: nothing computed, loaded or keyed for it yet. */
  protected beginElement(): void {
    this.values.clear();
    this.loaded.clear();
    this.elementKey = undefined;
  }

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
        // t and dt at the element type (a float32 kernel rounds the double arguments once per call)
        return this.entryValues.get(`builtin:${e.name}`) ?? this.args[e.name];
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
          // Poisson and binomial counts are drawn in double at any precision (their samplers are
          // JavaScript's operation for operation), so a float32 kernel's counts are float64's
          case 'poisson':
            return this.toReal(emitPoisson(this.draws(), this.drawKey(this.value(e.counter)), this.toDouble(this.value(x)), name));
          case 'binomial':
            // a constant n lets the emitter leave out what cannot happen (see emitBinomial)
            return this.toReal(
              emitBinomial(
                this.draws(),
                this.drawKey(this.value(e.counter)),
                this.toDouble(this.value(x)),
                this.toDouble(this.value(y)),
                name,
                x.k === 'num' ? x.v : undefined,
              ),
            );
          default:
            return emitRandom(this.b, this.real, e.dist, this.drawKey(this.value(e.counter)), this.library, name);
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
      v = this.b.CreateLoad(this.real, this.elementPtr(name), name);
      this.loaded.set(name, v);
    }
    return v;
  }

  private binary(e: Extract<Expr, { k: 'bin' }>, name: string): llvm.Value {
    const { b } = this;
    if (isIntegerPower(e)) {
      return emitIntegerPower(this, this.value(e.a), e.b.v, name);
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

  /** The target's library functions (exp, log, ...). */
  private readonly library = (fn: MathFn, args: llvm.Value[], name: string) => this.target.mathFunction(this, fn, args, name);

  private call(fn: MathFn, args: llvm.Value[], name: string): llvm.Value {
    return emitMathCall(this, fn, args, name, this.library);
  }

  /** The key of draw `counter` of this element (the element's key made once per element, where it first draws). */
  private drawKey(counter: llvm.Value): llvm.Value {
    this.elementKey ??= emitElementKey(this.b, this.entryValues.get('stepKey')!, this.keyIndex());
    return emitDrawKey(this.b, this.elementKey, counter);
  }

  /**
   * The index that keys the element's draws: the element's own (a neuron, or the target neuron of
   * a synapse's per-target update); a synapse entry point's is the synapse's index in the
   * connector's list (emit-synapse.ts).
   */
  protected keyIndex(): llvm.Value {
    return this.index.own;
  }

  private draws() {
    return drawEmitter(this.b, this.library);
  }

  /** A value of the element type as a double (exact). */
  private toDouble(v: llvm.Value): llvm.Value {
    return this.real === this.f64 ? v : this.b.CreateFPExt(v, this.f64);
  }

  /** A double as the element type (rounded). */
  protected toReal(v: llvm.Value, name = ''): llvm.Value {
    return this.real === this.f64 ? v : this.b.CreateFPTrunc(v, this.real, name);
  }

  cf(v: number): llvm.Value {
    return llvm.ConstantFP.get(this.real, v);
  }

  c32(v: number): llvm.Value {
    return llvm.ConstantInt.get(this.i32, v | 0, true);
  }

  cbits(v: number): llvm.Value {
    return llvm.ConstantInt.get(this.bits, v, true);
  }

  c64(v: number): llvm.Value {
    return llvm.ConstantInt.get(this.i64, v, true);
  }
}
