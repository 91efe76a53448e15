// Which kernel a group runs. With every parameter group-uniform it is the .ll file the transformer
// wrote beside the model's .js (which the user may have edited: then it is checked, used, and a
// notice says so); with parameters given per neuron (or per synapse) it is generated from the IR
// for that layout.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { LoadedModel } from './model';
import type { KernelSource } from './native';
import type { KernelSignature } from '../contract/kernel-abi';
import { kernelSignature } from '../contract/kernel-abi';
import { kernelSymbol } from '../contract/kernel-symbols';
import { checkKernelFile, expectedFunctions } from '../llvm/check-kernel-file';
import { BraintsError } from './errors';
import { cached, hashOf } from './cache';
import { generatorIdentity } from './module-files';
import type { KernelLayout, Precision } from '../ir/pipeline';

export interface GroupKernel {
  signature: KernelSignature;
  source: KernelSource;
}

const generated = new Map<string, GroupKernel>();

/** The code generator, loaded (with llvm-bindings) only when a kernel must be generated: a run of cached kernels never needs it. */
const emitKernel: typeof import('../llvm/kernel-module').emitKernel = (...args) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../llvm/kernel-module') as typeof import('../llvm/kernel-module')).emitKernel(...args);

/** The code generator's own identity: its built modules and what they require (read, not loaded). */
const kernelGenerator = (): string => generatorIdentity(join(__dirname, '..', 'llvm', 'kernel-module.js'), join(__dirname, '..'));

/**
 * The text of a kernel generated from the IR (a variant, or the default kernel when its .ll is
 * missing), generated once and kept in the build cache: keyed by the model's default kernel (its
 * hash stands for the model's code), the kernel's symbol (the layout) and the code generator, so
 * that a later run of the same network neither generates it nor loads llvm-bindings.
 */
function generatedText(model: LoadedModel, layout: KernelLayout, symbol: string): string {
  const { path } = cached(`variant-${symbol}-${hashOf(model.llHash, symbol, kernelGenerator())}.ll`, (tmp) =>
    writeFileSync(tmp, emitKernel(model.ir, layout).text),
  );
  return readFileSync(path, 'utf8');
}

function source(model: LoadedModel, symbol: string, text: string): KernelSource {
  return { symbol, text, functions: expectedFunctions(model.ir, symbol).map(([name]) => name) };
}

export function kernelFor(
  model: LoadedModel,
  perElement: Set<string>,
  notices: string[],
  groupName: string,
  uniformCurrents = new Set<string>(),
  precision: Precision = 'float64',
): GroupKernel {
  const file = model.llPath;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const edited = text !== undefined && createHash('sha256').update(text).digest('hex') !== model.llHash;
  // the .ll beside the model is its float64 kernel: a user's edit of it cannot run in float32
  if (edited && precision !== 'float64')
    throw new BraintsError(
      `${file} was edited, but the network runs in ${precision}, and your kernel computes in float64. Run with precision 'float64' to run your edited kernel, or undo the edit.`,
    );
  // an edited kernel wins over the uniform-current optimization, which would need another kernel
  const layout = { perElementParams: perElement, uniformCurrents: edited ? new Set<string>() : uniformCurrents, precision };
  if (perElement.size > 0 || layout.uniformCurrents.size > 0 || precision !== 'float64') {
    if (edited) {
      throw new BraintsError(
        `${file} was edited, but group ${groupName} gives ${[...perElement].join(', ')} per ${model.ir.kind === 'neuron' ? 'neuron' : 'synapse'}, which needs a kernel generated from the TypeScript. Give those parameters as single numbers to run your edited kernel, or undo the edit.`,
      );
    }
    const symbol = kernelSymbol(model.ir, layout);
    let k = generated.get(`${model.llHash}:${symbol}`);
    if (!k) {
      k = { signature: kernelSignature(model.ir, layout, symbol), source: source(model, symbol, generatedText(model, layout, symbol)) };
      generated.set(`${model.llHash}:${symbol}`, k);
    }
    return k;
  }
  const signature = kernelSignature(model.ir, { perElementParams: perElement }, model.symbol);
  if (text === undefined) {
    // the .ll beside the .js is missing (deleted, or the .js was copied alone): regenerate it
    return { signature, source: source(model, model.symbol, generatedText(model, layout, model.symbol)) };
  }
  if (edited) {
    checkKernelFile(file, model.ir, model.symbol);
    const notice = `braints: ${model.ir.name} runs your edited kernel ${file}`;
    if (!notices.includes(notice)) notices.push(notice);
    process.stderr.write(notice + '\n');
  }
  return { signature, source: source(model, model.symbol, text) };
}
