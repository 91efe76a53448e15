// A model system's vector field as native code (analysis/model-system.ts): two functions over
// points [begin, end), each a counted loop of the CPU target, shaped for the loop vectorizer as a
// neuron kernel is,
//   i32 @<symbol>_f(double* x, double* p, i64 p_stride, double* out, i64 begin, i64 end)
//   i32 @<symbol>_fj(double* x, double* p, i64 p_stride, double* out, double* jac, double* pjac, i64 begin, i64 end)
// point i's coordinates at x[i*dim ..], its parameters at p[i*p_stride ..] (p_stride 0: one set
// for all), f at out[i*dim ..], the Jacobians at jac[i*dim*dim ..] and pjac[i*dim*np ..]. Each
// returns 1 when some f is not finite.
import * as llvm from 'llvm-bindings';
import type { Expr, ModelIR, Span } from '../ir/types';
import type { ModelSystem } from '../analysis/model-system';
import { NodeEmitter } from './emit-node';
import type { KernelFunction } from './kernel-target';
import type { Parameter } from './kernel-abi';
import { CPU_TARGET } from './target-cpu';
import { fieldSymbols } from './field-symbols';

class FieldEmitter extends NodeEmitter implements KernelFunction {
  fn!: llvm.Function;
  private point!: llvm.Value;

  constructor(
    ctx: llvm.LLVMContext,
    mod: llvm.Module,
    ir: ModelIR,
    private readonly sys: ModelSystem,
  ) {
    super(ctx, mod, ir, CPU_TARGET);
  }

  // the field's functions carry no debug information: their code is the @ode methods', not a kernel's
  protected at(_: Span): void {}

  protected elementPtr(name: string): llvm.Value {
    const { b, sys } = this;
    const v = sys.variables.indexOf(name);
    const [base, stride, offset] =
      v >= 0 ? [this.args.x, this.c64(sys.variables.length), v] : [this.args.p, this.args.p_stride, sys.parameters.indexOf(name)];
    if (offset < 0) throw new Error(`BrainTS bug: ${name} is neither a variable nor a parameter of the field`);
    const at = b.CreateAdd(b.CreateMul(this.point, stride), this.c64(offset));
    return b.CreateInBoundsGEP(this.f64, base, [at], `${name}.addr`);
  }

  /** Emits one function: `outputs` names each output array and the expressions stored in it per point. */
  emitFunction(symbol: string, outputs: [string, Expr[]][]): void {
    const ptr = llvm.PointerType.getUnqual(this.f64);
    const params: Parameter[] = [
      ['x', ptr],
      ['p', ptr],
      ['p_stride', this.i64],
      ...outputs.map(([name]): Parameter => [name, ptr]),
      ['begin', this.i64],
      ['end', this.i64],
    ];
    const ft = llvm.FunctionType.get(
      this.i32,
      params.map(([, t]) => t),
      false,
    );
    this.fn = llvm.Function.Create(ft, llvm.Function.LinkageTypes.ExternalLinkage, symbol, this.mod);
    this.fn.setDoesNotThrow();
    params.forEach(([name], i) => {
      this.fn.getArg(i).setName(name);
      this.args[name] = this.fn.getArg(i);
    });
    this.b.SetInsertPoint(llvm.BasicBlock.Create(this.ctx, 'entry', this.fn));
    CPU_TARGET.eachElement(this, (i) => {
      this.point = i;
      this.index = { own: i };
      this.beginElement();
      let bad: llvm.Value = this.c64(0);
      for (const [name, exprs] of outputs) {
        const values = exprs.map((e) => this.value(e));
        values.forEach((v, j) => {
          const at = this.b.CreateAdd(this.b.CreateMul(i, this.c64(exprs.length)), this.c64(j));
          this.b.CreateStore(v, this.b.CreateInBoundsGEP(this.f64, this.args[name], [at]));
        });
        if (name === 'out') for (const v of values) bad = this.b.CreateOr(bad, this.b.CreateBitCast(this.b.CreateFSub(v, v), this.i64));
      }
      return bad;
    });
  }
}

/** The LLVM IR text of the module holding `sys`'s field functions (fieldSymbols(symbol)). */
export function emitFieldModule(ir: ModelIR, sys: ModelSystem, symbol: string): string {
  const machine = CPU_TARGET.machine();
  const ctx = new llvm.LLVMContext();
  const mod = new llvm.Module(`${sys.model}.field`, ctx);
  mod.setTargetTriple(machine.triple);
  mod.setDataLayout(machine.dataLayout);
  const names = fieldSymbols(symbol);
  new FieldEmitter(ctx, mod, ir, sys).emitFunction(names.f, [['out', sys.rhs]]);
  new FieldEmitter(ctx, mod, ir, sys).emitFunction(names.fj, [
    ['out', sys.rhs],
    ['jac', sys.jacobian],
    ['pjac', sys.parameterJacobian],
  ]);
  const text = mod.print();
  if (llvm.verifyModule(mod)) throw new Error(`BrainTS bug: the vector field of ${sys.model} does not verify:\n${text}`);
  return text;
}
