// What the model reference pages take from a model's TypeScript rather than from its IR: the
// comments of its fields (unit and description), its doc comment, and the text of its methods.
// The IR's spans say where to look (a field's span is its declaration, a function's its method,
// inherited ones in the base class's file); the TypeScript compiler API reads what lies there.
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../ir/types';

/**
 * The unit convention of the built-in models: a field's trailing comment begins with its unit,
 * then optionally a comma and a description (`@param tau = 10; // ms` or `// ms, time of the last
 * spike`). A unit is `1` (dimensionless) or a product or quotient of the symbols below, and
 * `[X]` stands for the unit of the model's field X, most often a connected neuron's
 * (`[post.I]`: whatever the target model's I is in).
 */
const SYMBOLS = ['ms', 'mV', 'nS', 'mS', 'pA', 'nA', 'uA', 'pF', 'uF', 'MOhm', 'Hz', 'mM', 'cm2', '1'];
const FACTOR = `(?:${SYMBOLS.join('|')}|\\[[A-Za-z_][A-Za-z0-9_.]*\\])`;
const UNIT = new RegExp(`^${FACTOR}(?:[*/]${FACTOR})*$`);

export interface FieldComment {
  unit: string;
  description: string;
}

/** A declaration's place in its file, for messages and links: `models/lif.ts:10`. */
export const where = (span: Span): string => `${span.file}:${span.line}`;

export class ModelSources {
  private files = new Map<string, ts.SourceFile>();

  constructor(private root: string) {}

  private file(name: string): ts.SourceFile {
    let sf = this.files.get(name);
    if (!sf) {
      sf = ts.createSourceFile(name, readFileSync(join(this.root, name), 'utf8'), ts.ScriptTarget.Latest, true);
      this.files.set(name, sf);
    }
    return sf;
  }

  /** The declaration that starts at `span` (its first token, decorators included). */
  private nodeAt<T extends ts.Node>(span: Span, is: (n: ts.Node) => n is T, what: string): { node: T; sf: ts.SourceFile } {
    const sf = this.file(span.file);
    const pos = sf.getPositionOfLineAndCharacter(span.line - 1, span.col - 1);
    let found: T | undefined;
    const visit = (n: ts.Node): void => {
      if (found || pos < n.getFullStart() || pos >= n.getEnd()) return;
      if (is(n) && n.getStart(sf) === pos) found = n;
      else n.forEachChild(visit);
    };
    visit(sf);
    if (!found) throw new Error(`${where(span)}: no ${what} declared there`);
    return { node: found, sf };
  }

  /** The unit and description of the field declared at `span`; an error names the line of a field without a unit. */
  fieldComment(span: Span): FieldComment {
    const { node, sf } = this.nodeAt(span, ts.isPropertyDeclaration, 'field');
    const text = sf.getFullText();
    const trailing = ts.getTrailingCommentRanges(text, node.getEnd())?.find((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia);
    const comment = trailing ? text.slice(trailing.pos + 2, trailing.end).trim() : '';
    const comma = comment.indexOf(',');
    const unit = (comma < 0 ? comment : comment.slice(0, comma)).trim();
    if (!UNIT.test(unit)) {
      throw new Error(
        `${where(span)}: the field ${node.name.getText(sf)} has no unit: end its line with \`// mV\` or \`// mV, what it is\` (\`// 1\` when dimensionless, \`// [post.I]\` for the unit of another field)`,
      );
    }
    const rest = comma < 0 ? '' : comment.slice(comma + 1).trim();
    return { unit, description: [docComment(node, sf), rest].filter((s) => s).join(' ') };
  }

  /** The doc comment of the class declared at `span`, and the name of the class it extends. */
  classInfo(span: Span): { doc: string; base: string | undefined } {
    const { node, sf } = this.nodeAt(span, ts.isClassDeclaration, 'class');
    const base = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression.getText(sf);
    return { doc: docComment(node, sf, true), base };
  }

  /**
   * The comments at the head of a model file, after its imports (not a declaration's doc
   * comment): where a file describes what its models share (hh.ts: the equations and units).
   */
  fileNotes(file: string): string {
    const sf = this.file(file);
    const first = sf.statements.find((s) => !ts.isImportDeclaration(s));
    if (!first) return '';
    const text = sf.getFullText();
    return (ts.getLeadingCommentRanges(text, first.getFullStart()) ?? [])
      .filter((c) => !text.startsWith('/**', c.pos))
      .map((c) => commentLines(text.slice(c.pos, c.end)).join('\n'))
      .join('\n')
      .trim();
  }

  /**
   * The text of the method declared at `span` (decorators included, doc comment not), indented
   * as at the top level, and the class it belongs to.
   */
  methodText(span: Span): { text: string; owner: string } {
    const { node, sf } = this.nodeAt(span, ts.isMethodDeclaration, 'method');
    const lines = node.getText(sf).split('\n');
    const indent = ' '.repeat(span.col - 1);
    const text = [lines[0], ...lines.slice(1).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))].join('\n');
    const owner = ts.isClassDeclaration(node.parent) ? (node.parent.name?.getText(sf) ?? '') : '';
    return { text, owner };
  }
}

/** The `/** ... *\/` comment right before a declaration, as plain text (lines kept when `keepLines`). */
function docComment(node: ts.Node, sf: ts.SourceFile, keepLines = false): string {
  const text = sf.getFullText();
  const block = (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [])
    .filter((c) => c.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', c.pos))
    .pop();
  if (!block) return '';
  const lines = commentLines(text.slice(block.pos, block.end));
  return keepLines ? lines.join('\n') : lines.map((l) => l.trim()).join(' ');
}

/** The lines of a comment without its markers (`//`, `/*`, a leading ` * `), blank lines at either end dropped. */
function commentLines(comment: string): string[] {
  const lines = comment.startsWith('//')
    ? comment.split('\n').map((l) => l.replace(/^\s*\/\/ ?/, ''))
    : comment
        .replace(/^\/\*\*?/, '')
        .replace(/\*\/$/, '')
        .split('\n')
        .map((l, i) => (i === 0 ? l.trim() : l.replace(/^\s*\* ?/, '')).trimEnd());
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  return lines;
}
