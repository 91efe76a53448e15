// Why a call in model code cannot be compiled, in the user's terms: what the callee is (a host
// function with side effects, the wall clock, an array method, a package's function) and what to
// write instead. Model code is inlined into a native kernel, so only functions whose TypeScript
// source the compiler sees, and Math, can be called.
import * as ts from 'typescript';
import { basename } from 'node:path';
import { resolveSymbol } from './resolve';

const STANDARD_LIBRARY = /[\\/]typescript[\\/]lib[\\/]lib\.[\w.]*\.d\.ts$|[\\/]@types[\\/]node[\\/]/;
const ARRAY_TYPES = /^(Readonly)?Array$|^(Int|Uint|Float|BigInt|BigUint)\d+(Clamped)?Array$/;
const CLOCKS = new Set(['Date', 'performance', 'process']);
const SUPPORTED =
  'call Math functions, helper methods of the model, functions declared in your modules, step, rand, randn, poisson, binomial, noise, exprel or refractoryOver';

/** The object a call is made on, from the left: `console` of `console.log`, `registry` of `registry.push`. */
function rootName(e: ts.Expression): string | undefined {
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isCallExpression(e)) e = e.expression;
  return ts.isIdentifier(e) ? e.text : undefined;
}

/** The package a file of node_modules belongs to (`@scope/name` or `name`). */
function packageOf(file: string): string | undefined {
  return /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](?!.*[\\/]node_modules[\\/])/.exec(file)?.[1].replace(/\\/g, '/');
}

/** The message of BTS1007 for a call of `callee` that is none of the supported kinds. */
export function unsupportedCall(checker: ts.TypeChecker, callee: ts.Expression): string {
  const text = callee.getText();
  if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.SuperKeyword)
    return `${text}(): super calls are not supported; an override replaces the inherited method, so move the shared code into a helper both call`;
  const decl = resolveSymbol(checker, ts.isPropertyAccessExpression(callee) ? callee.name : callee)?.declarations?.[0];
  const file = decl?.getSourceFile().fileName ?? '';
  const root = rootName(callee);
  const owner =
    decl?.parent && (ts.isInterfaceDeclaration(decl.parent) || ts.isClassLike(decl.parent)) ? decl.parent.name?.text : undefined;
  if (STANDARD_LIBRARY.test(file) || (decl && decl.getSourceFile().hasNoDefaultLib)) {
    if (root === 'console')
      return `${text} is a host function with side effects; model code runs natively, once per neuron and step, where there is no console: record the variable with net.monitorState(group, [...]) and print it after the run`;
    if (root && CLOCKS.has(root)) return `${text} reads the wall clock; model code runs in simulated time: use the t of update(t, dt) (ms)`;
    if (owner && ARRAY_TYPES.test(owner))
      return `${text} is an array method; model code has no arrays that change, only numbers, booleans and fixed-size tuples: keep a fixed number of values (in fields or a tuple) and use a for loop with a constant bound`;
    return `${text} is part of JavaScript's standard library, which model code does not have; ${SUPPORTED}`;
  }
  const pkg = packageOf(file);
  if (pkg && decl?.getSourceFile().isDeclarationFile)
    return `${text} is declared in package ${pkg} (${basename(file)}), whose source the compiler cannot see, so it cannot be inlined into the kernel; copy the function into a module of your project`;
  if (decl && ts.isFunctionDeclaration(decl) && !decl.body)
    return `${text} is declared without a body, which cannot be inlined into the kernel; give it one, in a module of your project`;
  if (decl && (ts.isPropertyAssignment(decl) || ts.isMethodDeclaration(decl)) && ts.isObjectLiteralExpression(decl.parent))
    return `${text} is a method of an object; ${SUPPORTED}`;
  return `${text} cannot be called in model code; ${SUPPORTED}`;
}
