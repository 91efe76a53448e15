// NVPTX kernels: a model's kernels for NVIDIA GPUs as PTX (a neuron model's update; a synapse
// model's onPre by rows and by ids, onPost, per-target update and everyStep), linked with CUDA's
// libdevice for the math functions, and checked by ptxas. The GPU backend (runtime/gpu/) links them
// with its device code into the network's PTX.
import type { Precision } from '../ir/pipeline';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModelIR } from '../ir/types';
import { emitKernel } from './kernel-module';
import { assemblePtx, compilePtx, linkIr, optimizePtx } from './toolchain';

const LIBDEVICE = ['/usr/local/cuda/nvvm/libdevice/libdevice.10.bc', '/usr/lib/cuda/nvvm/libdevice/libdevice.10.bc'];

export function libdevicePath(): string | undefined {
  return LIBDEVICE.find((p) => existsSync(p));
}

export interface PtxResult {
  /** The kernels' symbols (a synapse model has several entry points). */
  symbols: string[];
  /** The kernel module before linking, readable LLVM IR for nvptx64. */
  ll: string;
  ptx: string;
}

/** The kernels a module defines (external `define void`), with their LLVM function types. */
export function kernelsOf(text: string): { symbol: string; type: string }[] {
  return [...text.matchAll(/^define void @([\w.]+)\(([^)]*)\)/gm)].map((m) => ({
    symbol: m[1],
    type: `void (${m[2]
      .split(',')
      .map((p) => p.trim().split(' ')[0])
      .join(', ')})*`,
  }));
}

/** The module text with `kernels` marked as kernels (.entry), which llvm-bindings cannot express. */
export function markKernels(text: string, kernels: readonly { symbol: string; type: string }[]): string {
  return [
    text,
    `!nvvm.annotations = !{${kernels.map((_, j) => `!${900000 + j}`).join(', ')}}`,
    ...kernels.map((k, j) => `!${900000 + j} = !{${k.type} @${k.symbol}, !"kernel", i32 1}`),
    '',
  ].join('\n');
}

/** Emits the PTX of a model's kernels (all parameters group-uniform) at `precision`. */
export function emitPtx(model: ModelIR, sm = 'sm_80', precision: Precision = 'float64'): PtxResult {
  const layout = { perElementParams: new Set<string>(), precision };
  const { text } = emitKernel(model, layout, 'nvptx');
  const kernels = kernelsOf(text);
  const annotated = markKernels(text, kernels);
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
    const symbols = kernels.map((k) => k.symbol);
    optimizePtx(linked, opt, symbols);
    compilePtx(opt, ptx, sm);
    return { symbols, ll: annotated, ptx: readFileSync(ptx, 'utf8') };
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
