// The one place where a ModelError becomes a TypeScript diagnostic at its file:line:col.
import * as ts from 'typescript';
import { ModelError } from '../ir/errors';

/**
 * TypeScript prints every diagnostic as `error TS<code>`; ours are numbered 9xxxx there
 * (BTS1003 -> TS91003) so they cannot be mistaken for the compiler's own, and the message
 * starts with the BrainTS code.
 */
export function toDiagnostic(err: ModelError, sf: ts.SourceFile): ts.Diagnostic {
  const start = sf.getPositionOfLineAndCharacter(err.span.line - 1, err.span.col - 1);
  return {
    file: sf,
    start,
    length: 1,
    category: ts.DiagnosticCategory.Error,
    code: 90000 + Number(err.code.slice(3)),
    messageText: `${err.code}: ${err.message}`,
    source: 'braints',
  };
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
