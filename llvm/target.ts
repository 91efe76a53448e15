// Target descriptions: the triple and data layout a module must carry, or LLVM's vectorizer
// assumes a machine without vector registers.
import { llvmHostTriple, ToolError } from './toolchain';

export interface TargetDesc {
  triple: string;
  dataLayout: string;
}

const LAYOUTS: Record<string, string> = {
  x86_64: 'e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128',
  aarch64: 'e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128',
};

export const NVPTX: TargetDesc = {
  triple: 'nvptx64-nvidia-cuda',
  dataLayout: 'e-i64:64-i128:128-v16:16-v32:32-n16:32:64',
};

let host: TargetDesc | undefined;

/** The machine we run on, as LLVM 14's own tools name it. */
export function hostTarget(): TargetDesc {
  if (host) return host;
  const arch = process.arch === 'x64' ? 'x86_64' : process.arch === 'arm64' ? 'aarch64' : undefined;
  if (!arch) throw new Error(`BrainTS generates code for x86_64 and aarch64 hosts; this is ${process.arch}`);
  let triple = `${arch}-pc-linux-gnu`;
  try {
    triple = llvmHostTriple() || triple;
  } catch (e) {
    if (!(e instanceof ToolError)) throw e;
    // llvm-config is part of llvm-14-dev; the fallback triple is what Debian's LLVM reports
  }
  host = { triple, dataLayout: LAYOUTS[arch] };
  return host;
}
