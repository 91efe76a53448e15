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

/**
 * Symbols by checker and node, as the checker gives them (`resolveLocal`) and with aliases
 * followed (`resolveSymbol`). An unrolled loop resolves the same identifiers once per iteration,
 * and the checker resolves a name anew each time it is asked.
 */
const cached = new WeakMap<ts.TypeChecker, { local: Map<ts.Node, ts.Symbol | undefined>; resolved: Map<ts.Node, ts.Symbol | undefined> }>();

function cacheOf(checker: ts.TypeChecker) {
  let c = cached.get(checker);
  if (!c) {
    c = { local: new Map(), resolved: new Map() };
    cached.set(checker, c);
  }
  return c;
}

/** The symbol the checker gives `node` (a local's own symbol, an import's alias). */
export function resolveLocal(checker: ts.TypeChecker, node: ts.Node): ts.Symbol | undefined {
  const { local } = cacheOf(checker);
  if (!local.has(node)) local.set(node, checker.getSymbolAtLocation(node));
  return local.get(node);
}

export function resolveSymbol(checker: ts.TypeChecker, node: ts.Node): ts.Symbol | undefined {
  const { resolved } = cacheOf(checker);
  if (resolved.has(node)) return resolved.get(node);
  let sym = resolveLocal(checker, node);
  while (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  resolved.set(node, sym);
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
