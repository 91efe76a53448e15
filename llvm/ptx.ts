// NVPTX kernels: a model's kernel for NVIDIA GPUs as PTX, linked with CUDA's libdevice for the
// math functions, and checked by ptxas. Running them on a GPU is not wired into the runtime yet.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModelIR } from '../ir/types';
import { emitKernel, kernelSymbol } from './kernel-module';
import { assemblePtx, compilePtx, linkIr, optimizePtx } from './toolchain';

const LIBDEVICE = ['/usr/local/cuda/nvvm/libdevice/libdevice.10.bc', '/usr/lib/cuda/nvvm/libdevice/libdevice.10.bc'];

export function libdevicePath(): string | undefined {
  return LIBDEVICE.find((p) => existsSync(p));
}

export interface PtxResult {
  symbol: string;
  /** The kernel module before linking, readable LLVM IR for nvptx64. */
  ll: string;
  ptx: string;
}

/** Emits the PTX of a model's kernel (all parameters group-uniform). */
export function emitPtx(model: ModelIR, sm = 'sm_80'): PtxResult {
  const layout = { perNeuronParams: new Set<string>() };
  const symbol = kernelSymbol(model, layout);
  const { text } = emitKernel(model, layout, 'nvptx');
  // marks the function as a kernel (an .entry), which llvm-bindings cannot express
  const annotated = `${text}\n!nvvm.annotations = !{!900000}\n!900000 = !{void (double**, double*, i8*, i64, i64, double, double, i64, i32, i32, i32*)* @${symbol}, !"kernel", i32 1}\n`;
  const dir = mkdtempSync(join(tmpdir(), 'braints-ptx-'));
  try {
    const ll = join(dir, 'kernel.ll'),
      linked = join(dir, 'linked.ll'),
      opt = join(dir, 'opt.ll'),
      ptx = join(dir, 'kernel.ptx');
    writeFileSync(ll, annotated);
    const libdevice = libdevicePath();
    if (libdevice) linkIr([ll, libdevice], linked, ['--only-needed']);
    else writeFileSync(linked, annotated);
    optimizePtx(linked, opt, [symbol]);
    compilePtx(opt, ptx, sm);
    return { symbol, ll: annotated, ptx: readFileSync(ptx, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Assembles PTX with ptxas for `arch`; throws with ptxas's message when it is rejected. */
export function checkPtx(ptx: string, arch = 'sm_90'): void {
  const dir = mkdtempSync(join(tmpdir(), 'braints-ptxas-'));
  try {
    writeFileSync(join(dir, 'k.ptx'), ptx);
    assemblePtx(join(dir, 'k.ptx'), join(dir, 'k.cubin'), arch);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
