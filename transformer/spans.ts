// Where a construct is in the user's TypeScript, as the IR and diagnostics record it.
import type * as ts from 'typescript';
import type { Span } from '../ir/types';

/** The span of the whole of `node`: its first line and column, and its length; `file` relative to `root` when given. */
export function spanOf(node: ts.Node, root?: string): Span {
  const sf = node.getSourceFile();
  const start = node.getStart(sf);
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  const file = root ? relativePath(root, sf.fileName) : sf.fileName;
  return { file, line: line + 1, col: character + 1, length: node.getEnd() - start };
}

/** `file` relative to `root` when it lies below it, else as given. */
export function relativePath(root: string, file: string): string {
  const r = root.endsWith('/') ? root : root + '/';
  return file.startsWith(r) ? file.slice(r.length) : file;
}
