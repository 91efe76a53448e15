// A network's device module: the model kernels (emitted from the same IR as the CPU's, with the
// target of the backend: NVPTX, or the CPU grid executor's), their step wrappers and the driver
// kernels, linked into one module. For the GPU it becomes PTX (libdevice linked for the math, the
// kernels marked as entries, everything else internalized); for the grid executor an object
// file. The same texts go into both: what runs on the CPU here is what the GPU runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ModelIR } from '../../ir/types';
import type { KernelLayout } from '../../ir/pipeline';
import { emitKernel } from '../kernel-module';
import { kernelsOf, libdevicePath, markKernels } from '../ptx';
import { NVPTX, hostTarget } from '../target';
import { compileKernelText, compilePtx, linkIr, optimizePtx } from '../toolchain';
import { NVPTX_GRID_INDEX, driverKernelsText } from './driver-kernels';
import { stepWrappersText } from './step-wrappers';
import type { WrappedFunction } from './step-wrappers';

/** A model's kernel as a group or projection runs it: its IR, its layout and the symbol the CPU's kernel has. */
export interface DeviceModelKernel {
  ir: ModelIR;
  layout: KernelLayout;
  symbol: string;
}

export type DeviceBackend = 'nvptx' | 'grid-cpu';

/** The texts to link: each model kernel, the wrappers, the driver kernels. */
function moduleTexts(backend: DeviceBackend, kernels: readonly DeviceModelKernel[], wrapped: readonly WrappedFunction[]): string[] {
  const machine = backend === 'nvptx' ? NVPTX : hostTarget();
  const models = kernels.map((k) => {
    const { signature, text } = emitKernel(k.ir, k.layout, backend);
    if (signature.symbol !== k.symbol)
      throw new Error(`BrainTS bug: the device kernel of ${k.ir.name} is ${signature.symbol}, the CPU's ${k.symbol}`);
    return text;
  });
  const wrappers = stepWrappersText(machine, wrapped);
  const driver = driverKernelsText(machine, 'double', backend === 'nvptx' ? NVPTX_GRID_INDEX : undefined);
  if (backend === 'grid-cpu') return [...models, wrappers, driver];
  return [...models, markKernels(wrappers, kernelsOf(wrappers)), markKernels(driver, kernelsOf(driver))];
}

/** The network's PTX, for sm_80 and later (the driver's JIT compiles it for the GPU at hand). */
export function devicePtx(kernels: readonly DeviceModelKernel[], wrapped: readonly WrappedFunction[], sm = 'sm_80'): string {
  const texts = moduleTexts('nvptx', kernels, wrapped);
  const dir = mkdtempSync(join(tmpdir(), 'braints-device-'));
  try {
    const files = texts.map((t, j) => {
      const f = join(dir, `part${j}.ll`);
      writeFileSync(f, t);
      return f;
    });
    const linked = join(dir, 'linked.ll'),
      withMath = join(dir, 'math.ll'),
      opt = join(dir, 'opt.ll'),
      ptx = join(dir, 'network.ptx');
    linkIr(files, linked);
    // libdevice only for what the kernels call (--only-needed applies to the files after the first)
    const libdevice = libdevicePath();
    if (libdevice) linkIr([linked, libdevice], withMath, ['--only-needed']);
    else throw new Error('libdevice (CUDA) is needed for the GPU kernels: /usr/local/cuda/nvvm/libdevice/libdevice.10.bc is missing');
    const keep = kernelsOf(readFileSync(linked, 'utf8'))
      .map((k) => k.symbol)
      .filter((s) => texts.slice(-2).some((t) => t.includes(`define void @${s}(`)));
    optimizePtx(withMath, opt, keep);
    compilePtx(opt, ptx, sm);
    return readFileSync(ptx, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The network's device module for the CPU grid executor as one LLVM IR text (compiled by gridObject). */
export function gridModuleText(kernels: readonly DeviceModelKernel[], wrapped: readonly WrappedFunction[]): string {
  const texts = moduleTexts('grid-cpu', kernels, wrapped);
  const dir = mkdtempSync(join(tmpdir(), 'braints-grid-'));
  try {
    const files = texts.map((t, j) => {
      const f = join(dir, `part${j}.ll`);
      writeFileSync(f, t);
      return f;
    });
    linkIr(files, join(dir, 'linked.ll'));
    return readFileSync(join(dir, 'linked.ll'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The grid module compiled for the host (opt and llc with the CPU kernels' flags). */
export const gridObject = (text: string, output: string): Promise<void> => compileKernelText(text, output);
