// Recognising BrainTS's own declarations through the type checker: a decorator or call counts only
// when its symbol resolves to a declaration in runtime/dsl, never because its name matches.
import * as ts from 'typescript';

const DSL_FILE = /[\\/]runtime[\\/]dsl\.(d\.)?ts$/;

export type DslName =
  | 'neuron'
  | 'synapse'
  | 'param'
  | 'state'
  | 'current'
  | 'target'
  | 'ode'
  | 'step'
  | 'rand'
  | 'randn'
  | 'poisson'
  | 'binomial'
  | 'noise'
  | 'exprel'
  | 'refractoryOver';

export function resolveSymbol(checker: ts.TypeChecker, node: ts.Node): ts.Symbol | undefined {
  let sym = checker.getSymbolAtLocation(node);
  while (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  return sym;
}

/** The DSL declaration `node` refers to, if it is one of ours. */
export function dslName(checker: ts.TypeChecker, node: ts.Node): DslName | undefined {
  const sym = resolveSymbol(checker, node);
  const decl = sym?.declarations?.[0];
  if (!decl || !DSL_FILE.test(decl.getSourceFile().fileName)) return undefined;
  return sym!.name as DslName;
}

/** The DSL name of a decorator: `@state` or `@ode({...})`. */
export function decoratorName(checker: ts.TypeChecker, d: ts.Decorator): DslName | undefined {
  const e = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
  return dslName(checker, e);
}

export function dslDecorators(checker: ts.TypeChecker, node: ts.HasDecorators): { name: DslName; node: ts.Decorator }[] {
  return (ts.getDecorators(node) ?? []).flatMap((d) => {
    const name = decoratorName(checker, d);
    return name ? [{ name, node: d }] : [];
  });
}

/** True when `node` (an identifier like `Math`) is the global Math object of the standard library. */
export function isGlobalMath(checker: ts.TypeChecker, node: ts.Node): boolean {
  const sym = resolveSymbol(checker, node);
  return !!sym?.declarations?.some((d) => /lib\.[\w.]*\.d\.ts$/.test(d.getSourceFile().fileName)) && sym.name === 'Math';
}
