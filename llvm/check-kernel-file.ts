// Checks a kernel .ll file the user may have edited: it must parse and verify (llvm-as reports
// the line; llvm-bindings' parser would return nothing usable on a bad file), and it must define
// the kernel with the ABI the runtime calls it with.
import * as llvm from 'llvm-bindings';
import { execFileSync } from 'node:child_process';

export class KernelFileError extends Error {}

const EXPECTED_PARAMS = ['double**', 'double*', 'i8*', 'i64', 'i64', 'double', 'double', 'i64', 'i32', 'i32'];

export function checkKernelFile(path: string, symbol: string): void {
  try {
    execFileSync('llvm-as-14', [path, '-o', '/dev/null'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    const err = e as { stderr?: string; code?: string };
    if (err.code === 'ENOENT') throw new KernelFileError('llvm-as-14 is not installed: apt-get install llvm-14');
    // llvm-as prints "path:LINE:COL: error: message" and the offending line
    const text = (err.stderr ?? '').trim();
    const m = /:(\d+):(\d+): error: (.*)/.exec(text);
    throw new KernelFileError(m ? `${path}:${m[1]}:${m[2]}: ${m[3]}\n${text.split('\n').slice(1).join('\n')}` : `${path}: ${text}`);
  }
  const ctx = new llvm.LLVMContext();
  const mod = llvm.parseIRFile(path, new llvm.SMDiagnostic(), ctx);
  const fn = mod.getFunction(symbol);
  if (!fn) throw new KernelFileError(`${path}: defines no function @${symbol}; the runtime calls that kernel`);
  const params = Array.from({ length: fn.arg_size() }, (_, i) => typeName(fn.getArg(i).getType()));
  const ret = typeName(fn.getReturnType());
  if (ret !== 'i32' || params.join(',') !== EXPECTED_PARAMS.join(',')) {
    throw new KernelFileError(`${path}: @${symbol} has type ${ret} (${params.join(', ')}); the runtime calls it as i32 (${EXPECTED_PARAMS.join(', ')})`);
  }
}

function typeName(t: llvm.Type): string {
  if (t.isDoubleTy()) return 'double';
  if (t.isIntegerTy(8)) return 'i8';
  if (t.isIntegerTy(32)) return 'i32';
  if (t.isIntegerTy(64)) return 'i64';
  if (t.isPointerTy()) return typeName(t.getPointerElementType()) + '*';
  if (t.isVoidTy()) return 'void';
  return `type#${t.getTypeID()}`;
}
