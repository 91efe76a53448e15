// The one place where a BrainTS error or warning becomes a TypeScript diagnostic at its
// file:line:col, spanning the whole construct, and where diagnostics are printed.
import * as ts from 'typescript';
import { ModelError, diagnosticMessage, isWarning } from '../ir/errors';
import type { ErrorCode, WarningCode } from '../ir/errors';
import type { Span } from '../ir/types';

/**
 * TypeScript prints every diagnostic as `error TS<code>`; ours are numbered 9xxxx there
 * (BTS1003 -> TS91003) so they cannot be mistaken for the compiler's own.
 */
export const tsCodeOf = (code: ErrorCode): number => 90000 + Number(code.slice(3));

/** The diagnostic of `code` at `span` in `sf`; its message starts with the BrainTS code. */
function diagnosticAt(code: ErrorCode, message: string, span: Span, sf: ts.SourceFile): ts.Diagnostic {
  return {
    file: sf,
    start: sf.getPositionOfLineAndCharacter(span.line - 1, span.col - 1),
    // a span decoded from serialized IR has no length; lowering gives every span one
    length: span.length ?? 0,
    category: isWarning(code) ? ts.DiagnosticCategory.Warning : ts.DiagnosticCategory.Error,
    code: tsCodeOf(code),
    messageText: `${code}: ${message}`,
    source: 'braints',
  };
}

export function toDiagnostic(err: ModelError, sf: ts.SourceFile): ts.Diagnostic {
  return diagnosticAt(err.code, err.message, err.span, sf);
}

/** A warning (a registered warning code): reported, and the compile goes on. */
export function warningAt(code: WarningCode, detail: string, span: Span, sf: ts.SourceFile): ts.Diagnostic {
  return diagnosticAt(code, diagnosticMessage(code, detail), span, sf);
}

/**
 * Runs `fn`; a ModelError becomes a diagnostic, anything else is a bug and propagates. The
 * diagnostic is in the file its span names (`fileOf`: code inherited from another file), else in `sf`.
 */
export function catchModelError<T>(
  fn: () => T,
  sf: ts.SourceFile,
  report: (d: ts.Diagnostic) => void,
  fileOf: (spanFile: string) => ts.SourceFile | undefined = () => undefined,
): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ModelError) {
      report(toDiagnostic(e, fileOf(e.span.file) ?? sf));
      return undefined;
    }
    throw e;
  }
}

/** `file.ts(12,5): error BTS1003: message` (or `warning`), the form `braints build` prints and tests compare. */
export function formatDiagnostic(d: ts.Diagnostic, cwd: string): string {
  const msg = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return `error: ${msg}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  const name = d.file.fileName.startsWith(cwd + '/') ? d.file.fileName.slice(cwd.length + 1) : d.file.fileName;
  const code = d.source === 'braints' ? '' : `TS${d.code}: `;
  const kind = d.category === ts.DiagnosticCategory.Warning ? 'warning' : 'error';
  return `${name}(${line + 1},${character + 1}): ${kind} ${code}${msg}`;
}
