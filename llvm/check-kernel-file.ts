// Checks a kernel .ll file the user may have edited: it must parse and verify (llvm-as reports
// the line and column), and it must define the kernel with the ABI the runtime calls it with.
import { readFileSync } from 'node:fs';
import type { ModelIR } from '../ir/types';
import { entryPoints, llvmFunctionType } from '../contract/kernel-abi';
import { entryPointSymbol } from '../contract/kernel-symbols';
import { ToolError, verifyIrFile } from './toolchain';

export class KernelFileError extends Error {}

/** The functions a kernel file must define, with their types (contract/kernel-abi.ts), in the kernel table's order. */
export function expectedFunctions(ir: ModelIR, symbol: string): [string, string][] {
  return entryPoints(ir).map((entry) => [entryPointSymbol(ir, symbol, entry), llvmFunctionType(entry)]);
}

export function checkKernelFile(path: string, ir: ModelIR, symbol: string): void {
  try {
    verifyIrFile(path);
  } catch (e) {
    // not installed, or not started: the ToolError says so
    if (!(e instanceof ToolError) || e.output === undefined) throw e;
    // llvm-as prints "path:LINE:COL: error: message", then the offending line
    const text = e.output.trim();
    const m = /:(\d+):(\d+): error: (.*)/.exec(text);
    throw new KernelFileError(m ? `${path}:${m[1]}:${m[2]}: ${m[3]}\n${text.split('\n').slice(1).join('\n')}` : `${path}: ${text}`);
  }
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [name, type] of expectedFunctions(ir, symbol)) checkDefinition(path, lines, name, type);
}

function checkDefinition(path: string, lines: string[], symbol: string, expected: string): void {
  // the file is valid IR, so its definition line has the regular shape `define RET @NAME(T %a, ...)`
  const at = lines.findIndex((l) => l.startsWith('define ') && l.includes(` @${symbol}(`));
  if (at < 0) throw new KernelFileError(`${path}: defines no function @${symbol}; the runtime calls that kernel`);
  const def = lines[at];
  const ret = def
    .slice(0, def.indexOf(` @${symbol}(`))
    .split(' ')
    .filter((w) => !/^(define|dso_local|internal|private|external|hidden|protected|fastcc|ccc|noundef|zeroext|signext)$/.test(w))
    .pop();
  const params = def
    .slice(def.indexOf('(') + 1, def.lastIndexOf(')'))
    .split(',')
    .map((p) => p.trim().split(/\s+/)[0]);
  const actual = `${ret} (${params.join(', ')})`;
  if (actual !== expected) {
    throw new KernelFileError(`${path}:${at + 1}: @${symbol} has type ${actual}; the runtime calls it as ${expected}`);
  }
}
