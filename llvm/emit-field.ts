// A model system's vector field as native code (analysis/model-system.ts): two functions over
// points [begin, end), each a counted loop of the CPU target, shaped for the loop vectorizer as a
// neuron kernel is,
//   i32 @<symbol>_f(double* x, double* p, double* out, i64 begin, i64 end)
//   i32 @<symbol>_fj(double* x, double* p, double* out, double* jac, double* pjac, i64 begin, i64 end)
// point i's coordinates at x[i*dim ..], its parameters at p[i*np ..], f at out[i*dim ..], the
// Jacobians at jac[i*dim*dim ..] and pjac[i*dim*np ..]. Each array is addressed as rows of a fixed
// length (an inbounds GEP into [len x double]), which tells the vectorizer that no index wraps:
// with i*len computed as plain multiplications, HH's Jacobian loop needed too many run-time
// checks to vectorize. Constant entries are not stored (`constantEntries` in field-abi.ts). Each returns 1
// when some f is not finite.
import * as llvm from 'llvm-bindings';
import type { Expr, ModelIR, Span } from '../ir/types';
import type { ModelSystem } from '../analysis/model-system';
import { NodeEmitter } from './emit-node';
import type { KernelFunction } from './kernel-target';
import type { Parameter } from './kernel-abi';
import { CPU_TARGET } from './target-cpu';
import { fieldSymbols } from './field-abi';

class FieldEmitter extends NodeEmitter implements KernelFunction {
  fn!: llvm.Function;
  private point!: llvm.Value;
  /** Each array argument as rows of its length per point: [type, pointer]. */
  private readonly rows = new Map<string, [llvm.Type, llvm.Value]>();

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
    const v = this.sys.variables.indexOf(name);
    const [array, offset] = v >= 0 ? ['x', v] : ['p', this.sys.parameters.indexOf(name)];
    if (offset < 0) throw new Error(`BrainTS bug: ${name} is neither a variable nor a parameter of the field`);
    return this.at_(array, offset, `${name}.addr`);
  }

  /** The address of entry `j` of the current point's row of `array`. */
  private at_(array: string, j: number, name = ''): llvm.Value {
    const [type, ptr] = this.rows.get(array)!;
    return this.b.CreateInBoundsGEP(type, ptr, [this.point, this.c64(j)], name);
  }

  /** Emits one function: `outputs` names each output array and the expressions stored in it per point. */
  emitFunction(symbol: string, outputs: [string, Expr[]][]): void {
    const ptr = llvm.PointerType.getUnqual(this.f64);
    const params: Parameter[] = [
      ['x', ptr],
      ['p', ptr],
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
    const lengths: [string, number][] = [
      ['x', this.sys.variables.length],
      ['p', this.sys.parameters.length],
      ...outputs.map(([name, exprs]): [string, number] => [name, exprs.length]),
    ];
    for (const [name, length] of lengths) {
      const type = llvm.ArrayType.get(this.f64, length);
      this.rows.set(name, [type, this.b.CreateBitCast(this.args[name], llvm.PointerType.getUnqual(type), `${name}.rows`)]);
    }
    CPU_TARGET.eachElement(this, (i) => {
      this.point = i;
      this.index = { own: i };
      this.beginElement();
      let bad: llvm.Value = this.c64(0);
      for (const [name, exprs] of outputs) {
        // constant entries (a Jacobian's zeros and constant coefficients) are the caller's to
        // fill: stored here, adjacent ones become a memset, which stops the loop vectorizing
        const values = exprs.map((e, j) => {
          const v = this.value(e);
          if (e.k !== 'num') this.b.CreateStore(v, this.at_(name, j));
          return v;
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
