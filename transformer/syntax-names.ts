// Names of TypeScript constructs in words, for diagnostics: a user wrote `new Float64Array(2)`,
// not a "NewExpression", so the message says "a `new` expression".
import * as ts from 'typescript';

const NAMES: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.StringLiteral]: 'a string literal',
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: 'a template string',
  [ts.SyntaxKind.TemplateExpression]: 'a template string',
  [ts.SyntaxKind.TaggedTemplateExpression]: 'a tagged template',
  [ts.SyntaxKind.RegularExpressionLiteral]: 'a regular expression',
  [ts.SyntaxKind.BigIntLiteral]: 'a bigint literal',
  [ts.SyntaxKind.NullKeyword]: '`null`',
  [ts.SyntaxKind.ThisKeyword]: '`this` as a value',
  [ts.SyntaxKind.SuperKeyword]: '`super`',
  [ts.SyntaxKind.NewExpression]: 'a `new` expression',
  [ts.SyntaxKind.ObjectLiteralExpression]: 'an object literal',
  [ts.SyntaxKind.ArrowFunction]: 'a local arrow function',
  [ts.SyntaxKind.FunctionExpression]: 'a function expression',
  [ts.SyntaxKind.ClassExpression]: 'a class expression',
  [ts.SyntaxKind.AwaitExpression]: 'an `await` expression',
  [ts.SyntaxKind.YieldExpression]: 'a `yield` expression',
  [ts.SyntaxKind.TypeOfExpression]: 'a `typeof` expression',
  [ts.SyntaxKind.DeleteExpression]: 'a `delete` expression',
  [ts.SyntaxKind.VoidExpression]: 'a `void` expression',
  [ts.SyntaxKind.SpreadElement]: 'a spread `...`',
  [ts.SyntaxKind.TypeAssertionExpression]: 'a `<T>` type assertion',
  [ts.SyntaxKind.SwitchStatement]: 'a `switch` statement',
  [ts.SyntaxKind.ForOfStatement]: 'a `for...of` loop',
  [ts.SyntaxKind.ForInStatement]: 'a `for...in` loop',
  [ts.SyntaxKind.TryStatement]: 'a `try` statement',
  [ts.SyntaxKind.ThrowStatement]: 'a `throw` statement',
  [ts.SyntaxKind.BreakStatement]: 'a `break` statement',
  [ts.SyntaxKind.ContinueStatement]: 'a `continue` statement',
  [ts.SyntaxKind.LabeledStatement]: 'a labeled statement',
  [ts.SyntaxKind.FunctionDeclaration]: 'a local function declaration',
  [ts.SyntaxKind.ClassDeclaration]: 'a local class',
  [ts.SyntaxKind.DebuggerStatement]: 'a `debugger` statement',
};

/** The construct of `node` in words, with its article: "a string literal", "a `new` expression". */
export function constructName(node: ts.Node): string {
  const named = NAMES[node.kind];
  if (named) return named;
  // IfStatement -> "an if statement": a readable fallback for kinds without their own entry
  const words = ts.SyntaxKind[node.kind].replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}
