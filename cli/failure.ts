// How the command line reports a failure: one line, `file:line:col: message` where the user's line
// that led to it is known, and no stack trace unless BRAINTS_DEBUG=1.
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { BraintsError } from '../runtime/errors';
import { CompileError } from './compile-error';
import { KernelFileError } from '../llvm/check-kernel-file';
import { ToolError } from '../llvm/toolchain';

/** The package root (this file is dist/cli/failure.js). */
const ROOT = resolve(__dirname, '..', '..');

/** BrainTS's own code, in its compiled form and (through source maps) its sources. */
const OWN = ['dist', 'runtime', 'models', 'cli', 'ir', 'llvm', 'transformer', 'index.ts'].map((d) => join(ROOT, d));
const isOwn = (file: string) => OWN.some((d) => file === d || file.startsWith(d + sep));

/**
 * The first frame of `e`'s stack in the user's code, as `file:line:col` relative to the working
 * directory. Constructors are passed over: a model class of the user's own has one (written by
 * them or by the compiler, inside the class), but the mistake is at the `new` that called it.
 */
export function userLocation(e: Error): string | undefined {
  for (const line of (e.stack ?? '').split('\n').slice(1)) {
    if (/^\s*at new /.test(line)) continue;
    const m = /\((.+):(\d+):(\d+)\)$/.exec(line) ?? /at (.+):(\d+):(\d+)$/.exec(line);
    if (!m) continue;
    const file = m[1].startsWith('file://') ? new URL(m[1]).pathname : m[1];
    if (!isAbsolute(file) || isOwn(file)) continue;
    return `${relative(process.cwd(), file)}:${m[2]}:${m[3]}`;
  }
  return undefined;
}

/** The text printed for a failure of `braints run` or `braints build` (exit status 1). */
export function describeFailure(e: unknown, debug = process.env.BRAINTS_DEBUG === '1'): string {
  if (e instanceof CompileError || e instanceof KernelFileError || e instanceof ToolError) return e.message;
  if (!(e instanceof Error)) return `braints: ${String(e)}`;
  const where = userLocation(e instanceof BraintsError && e.at ? e.at : e);
  const text = e instanceof BraintsError ? e.message : `${e.name}: ${e.message}`;
  const line = `${where ? `${where}: ` : ''}${text}`;
  if (debug) return `${line}\n${e.stack}`;
  return e instanceof BraintsError ? line : `${line}\n(BRAINTS_DEBUG=1 prints the stack)`;
}
