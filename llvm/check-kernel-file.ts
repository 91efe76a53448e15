// Checks a kernel .ll file the user may have edited: it must parse and verify (llvm-as reports
// the line and column), and it must define the kernel with the ABI the runtime calls it with.
import { readFileSync } from 'node:fs';
import type { ModelIR } from '../ir/types';
import { synapseFunctionSymbol } from './kernel-module';
import type { SynapseFunction } from './kernel-module';
import { ToolError, verifyIrFile } from './toolchain';

export class KernelFileError extends Error {}

const TIME = 'double, double, i64, i32, i32';
const NEURON = `i32 (double**, double*, i8*, i64, i64, ${TIME})`;
const SYNAPSE = `i32 (double**, double*, i32*, i64, i32*, i32*, ${TIME})`;
const POST = `i32 (double**, double*, i32*, i64, i32*, i32*, i32*, ${TIME})`;
const EACH = `i32 (double**, double*, i64, i32*, i32*, ${TIME})`;

/** The functions a kernel file must define, with their types (see llvm/emit-kernel.ts). */
export function expectedFunctions(ir: ModelIR, symbol: string): [string, string][] {
  if (ir.kind === 'neuron') return [[symbol, NEURON]];
  const fns: [SynapseFunction, string][] = [
    ['rows', SYNAPSE],
    ['ids', SYNAPSE],
  ];
  if (ir.onPost) fns.push(['post', POST]);
  if (ir.continuous) fns.push(['update', NEURON]);
  if (ir.everyStep) fns.push(['each', EACH]);
  return fns.map(([fn, type]) => [synapseFunctionSymbol(symbol, fn), type]);
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
