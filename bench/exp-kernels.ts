// Loops of exp alone, y[i] = exp(x[i]) for i < n, in a library of their own: emit-exp.ts's exp in
// double and in float as the models' kernels have it (fused), in double as poisson() and
// binomial() have it (unfused: runtime/exp.ts's expOf), and llvm.exp.f64 and llvm.exp.f32 as libmvec vectorizes them. Each loop is its own module,
// compiled as a kernel is (compileKernelText: the target CPU, and the vector width its calls allow),
// and linked with the long-double reference of exp-reference.c. test/exp.test.ts measures the
// error with it, `npm run bench -- exp` the time.
import * as llvm from 'llvm-bindings';
import koffi from 'koffi';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CPU_TARGET } from '../llvm/target-cpu';
import { emitExp } from '../llvm/emit-exp';
import {
  compileCCommand,
  compileKernelText,
  compileObjectCommand,
  kernelTargetFlags,
  linkSharedCommand,
  optimizeCommand,
  runConcurrently,
} from '../llvm/toolchain';

export type ExpLoop = 'ir_f64' | 'ir_f64_unfused' | 'libmvec_f64' | 'ir_f32' | 'libmvec_f32';
export const EXP_LOOPS: ExpLoop[] = ['ir_f64', 'ir_f64_unfused', 'libmvec_f64', 'ir_f32', 'libmvec_f32'];

/** The loops that call llvm.exp for libmvec, rather than the own exp. */
const isLibmvec = (loop: ExpLoop) => loop.startsWith('libmvec');

/** The module text of `exp_<loop>(x, y, n)`. */
export function expLoopModule(loop: ExpLoop): string {
  const machine = CPU_TARGET.machine();
  const ctx = new llvm.LLVMContext();
  const mod = new llvm.Module(`exp.${loop}`, ctx);
  mod.setTargetTriple(machine.triple);
  mod.setDataLayout(machine.dataLayout);
  const b = new llvm.IRBuilder(ctx);
  const type = loop.endsWith('f32') ? b.getFloatTy() : b.getDoubleTy();
  const ptr = llvm.PointerType.getUnqual(type);
  const i64 = b.getInt64Ty();
  const ft = llvm.FunctionType.get(b.getVoidTy(), [ptr, ptr, i64], false);
  const fn = llvm.Function.Create(ft, llvm.Function.LinkageTypes.ExternalLinkage, `exp_${loop}`, mod);
  const [x, y, n] = [0, 1, 2].map((j) => fn.getArg(j));
  const entry = llvm.BasicBlock.Create(ctx, 'entry', fn);
  const body = llvm.BasicBlock.Create(ctx, 'element', fn);
  const done = llvm.BasicBlock.Create(ctx, 'done', fn);
  b.SetInsertPoint(entry);
  b.CreateCondBr(b.CreateICmpSGT(n, b.getInt64(0)), body, done);
  b.SetInsertPoint(body);
  const i = b.CreatePHI(i64, 2, 'i');
  const xi = b.CreateLoad(type, b.CreateInBoundsGEP(type, x, [i]));
  const e = isLibmvec(loop)
    ? b.CreateCall(llvm.Intrinsic.getDeclaration(mod, llvm.Intrinsic.exp, [type]), [xi])
    : emitExp(b, xi, { name: 'exp', fused: loop !== 'ir_f64_unfused' });
  b.CreateStore(e, b.CreateInBoundsGEP(type, y, [i]));
  const next = b.CreateAdd(i, b.getInt64(1));
  i.addIncoming(b.getInt64(0), entry);
  i.addIncoming(next, body);
  b.CreateCondBr(b.CreateICmpSLT(next, n), body, done);
  b.SetInsertPoint(done);
  b.CreateRetVoid();
  const text = mod.print();
  if (llvm.verifyModule(mod)) throw new Error(`BrainTS bug: the exp loop module does not verify:\n${text}`);
  return text;
}

/** The loops, and the reference's largest error in ulps of y = exp(x) over n arguments (its index in worst[0]). */
export interface ExpLibrary {
  loops: Record<ExpLoop, (x: Float64Array | Float32Array, y: Float64Array | Float32Array, n: number) => void>;
  ulpErrorF64(x: Float64Array, y: Float64Array, n: number, worst: BigInt64Array): number;
  ulpErrorF32(x: Float32Array, y: Float32Array, n: number, worst: BigInt64Array): number;
}

/** Builds the library in `dir` and loads it. */
export async function buildExpLibrary(dir: string): Promise<ExpLibrary> {
  const objects = await Promise.all(
    EXP_LOOPS.map(async (loop) => {
      const o = join(dir, `exp_${loop}.o`);
      const text = expLoopModule(loop);
      if (!isLibmvec(loop)) {
        await compileKernelText(text, o);
        return o;
      }
      // as a kernel is compiled, less the own exp that compileKernelText links in on AVX-512
      writeFileSync(`${o}.ll`, text);
      const flags = kernelTargetFlags(text);
      await runConcurrently(optimizeCommand(`${o}.ll`, `${o}.opt.ll`, flags));
      await runConcurrently(compileObjectCommand(`${o}.opt.ll`, o, flags));
      return o;
    }),
  );
  const source = join(__dirname, '..', '..', 'bench', 'exp-reference.c');
  const ref = join(dir, 'exp-reference.o');
  const c = compileCCommand(source, ref, dir);
  await runConcurrently(c);
  const so = join(dir, 'exp.so');
  await runConcurrently(linkSharedCommand([...objects, ref], so));
  const lib = koffi.load(so);
  const loop = (l: ExpLoop) => lib.func(`void exp_${l}(void *x, void *y, int64_t n)`) as ExpLibrary['loops'][ExpLoop];
  return {
    loops: Object.fromEntries(EXP_LOOPS.map((l) => [l, loop(l)])) as ExpLibrary['loops'],
    ulpErrorF64: lib.func('double exp_ulp_error_f64(void *x, void *y, int64_t n, void *worst)') as ExpLibrary['ulpErrorF64'],
    ulpErrorF32: lib.func('double exp_ulp_error_f32(void *x, void *y, int64_t n, void *worst)') as ExpLibrary['ulpErrorF32'],
  };
}
