// The TypeScript transformer: finds classes decorated with @neuron or @synapse (resolved through
// the type checker), lowers them to IR, writes each model's kernel as a readable .ll file beside the .js,
// and attaches the IR to the class as a static `__braints` property the runtime reads.
import * as ts from 'typescript';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { dslDecorators } from './resolve';
import { lowerModel } from './lower';
import { isBaseMember, baseKindOf } from './members';
import { spanOf } from './spans';
import { catchModelError, warningAt } from './diagnostics';
import { LibrarySources, sourceMember } from './library-sources';
import { checkConstructionOptions } from './construction-options';
import { emitKernel } from '../llvm/kernel-module';
import { kernelSymbol } from '../contract/kernel-symbols';
import type { ModelIR } from '../ir/types';
import { encodeModel } from '../ir/serialize';

export interface ModelTransformerOptions {
  /** Receives the diagnostics: errors in model code and in constructions of models, and warnings. */
  report: (d: ts.Diagnostic) => void;
  /** Where the .js of a source file goes (the .ll files go beside it); undefined: write no .ll. */
  outputJs: (sf: ts.SourceFile) => string | undefined;
  /** Receives every model lowered (used by `braints build` and tests). */
  onModel?: (m: ModelIR, llPath: string | undefined) => void;
  /** Writes a kernel's .ll (default: at once, atomically); a compile that may fail buffers it instead. */
  writeFile?: (path: string, text: string) => void;
  /** Receives the files of library sources read for inherited members (transformer/library-sources.ts). */
  onLibrarySources?: (files: string[]) => void;
}

/** What the runtime finds on a compiled model class. */
export interface CompiledModel {
  /** The IR as JSON of ir/serialize.ts's encoding: a table of distinct nodes, so its size is linear in the code. */
  ir: string;
  llFile: string;
  llHash: string;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function modelTransformer(program: ts.Program, opts: ModelTransformerOptions): ts.TransformerFactory<ts.SourceFile> {
  const checker = program.getTypeChecker();
  const root = program.getCurrentDirectory();
  const sources = new LibrarySources(program, isBaseMember, opts.onLibrarySources);
  return (ctx) => (sf) => {
    if (sf.isDeclarationFile) return sf;
    const jsPath = opts.outputJs(sf);
    const esm = emitsEsm(program.getCompilerOptions().module, sf);
    const visit = (node: ts.Node): ts.Node => {
      const kind = ts.isClassDeclaration(node)
        ? dslDecorators(checker, node).find((d) => d.name === 'neuron' || d.name === 'synapse')?.name
        : undefined;
      if (ts.isClassDeclaration(node) && (kind === 'neuron' || kind === 'synapse')) {
        const lower = () => {
          const at = sources.programFor(node);
          return lowerModel(at.program.getTypeChecker(), at.cls, root, kind, (d) => sourceMember(at.program, d));
        };
        // an error in inherited code is reported in the file of that code
        const fileOf = (file: string) => sources.sourceFile(resolve(root, file));
        const ir = catchModelError(lower, sf, opts.report, fileOf);
        if (!ir) return node;
        const compiled = catchModelError(() => emitKernel(ir, { perElementParams: new Set() }), sf, opts.report, fileOf);
        if (!compiled) return node;
        const llFile = `${basename(sf.fileName).replace(/\.[mc]?tsx?$/, '')}.${ir.name}.ll`;
        const llPath = jsPath ? join(dirname(jsPath), llFile) : undefined;
        const text = withHashLine(compiled.text);
        if (llPath && !keepEdited(llPath)) (opts.writeFile ?? writeAtomic)(llPath, text);
        else if (llPath)
          opts.report(
            warningAt(
              'BTS1100',
              `${llPath} was edited since BrainTS wrote it; the runtime will use it. Delete it to regenerate it from the TypeScript.`,
              spanOf(node, root),
              sf,
            ),
          );
        opts.onModel?.(ir, llPath);
        const meta: CompiledModel = { ir: JSON.stringify(encodeModel(ir)), llFile, llHash: sha256(text) };
        return attachModel(ctx.factory, node, meta, esm, kernelSymbol(ir, { perElementParams: new Set() }));
      }
      if (ts.isNewExpression(node)) catchModelError(() => checkConstructionOptions(checker, node, sources, root), sf, opts.report);
      const missing = ts.isClassDeclaration(node) ? undecoratedModel(checker, node) : undefined;
      if (missing) return markUndecorated(ctx.factory, node as ts.ClassDeclaration, missing);
      return ts.visitEachChild(node, visit, ctx);
    };
    return ts.visitEachChild(sf, visit, ctx);
  };
}

/** Whether `sf` is emitted as an ES module (then the class finds its .ll through import.meta.url). */
function emitsEsm(module: ts.ModuleKind | undefined, sf: ts.SourceFile): boolean {
  if (module === ts.ModuleKind.Node16 || module === ts.ModuleKind.NodeNext) return sf.impliedNodeFormat === ts.ModuleKind.ESNext;
  return module !== undefined && module >= ts.ModuleKind.ES2015 && module !== ts.ModuleKind.Preserve;
}

// class LIF { ... }  ->  class LIF { ...; static readonly __braints = { ir, llFile, llHash, symbol, dir } }
function attachModel(f: ts.NodeFactory, cls: ts.ClassDeclaration, meta: CompiledModel, esm: boolean, symbol: string): ts.ClassDeclaration {
  const dir = esm
    ? f.createPropertyAccessExpression(
        f.createPropertyAccessExpression(f.createMetaProperty(ts.SyntaxKind.ImportKeyword, f.createIdentifier('meta')), 'url'),
        'toString',
      )
    : f.createIdentifier('__dirname');
  const dirValue = esm ? f.createCallExpression(dir, undefined, []) : dir;
  const prop = f.createPropertyDeclaration(
    [f.createModifier(ts.SyntaxKind.StaticKeyword), f.createModifier(ts.SyntaxKind.ReadonlyKeyword)],
    '__braints',
    undefined,
    undefined,
    f.createObjectLiteralExpression(
      [
        f.createPropertyAssignment('ir', f.createStringLiteral(meta.ir)),
        f.createPropertyAssignment('llFile', f.createStringLiteral(meta.llFile)),
        f.createPropertyAssignment('llHash', f.createStringLiteral(meta.llHash)),
        f.createPropertyAssignment('symbol', f.createStringLiteral(symbol)),
        f.createPropertyAssignment('dir', dirValue),
      ],
      true,
    ),
  );
  return f.updateClassDeclaration(cls, cls.modifiers, cls.name, cls.typeParameters, cls.heritageClauses, [...cls.members, prop]);
}

/**
 * 'neuron' or 'synapse' for a class that extends NeuronGroup or Synapse, can be constructed, and
 * has no @neuron / @synapse: the runtime says that the decorator is missing instead of suspecting
 * that the transformer did not run.
 */
function undecoratedModel(checker: ts.TypeChecker, cls: ts.ClassDeclaration): 'neuron' | 'synapse' | undefined {
  if (ts.getModifiers(cls)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword)) return undefined;
  for (const p of checker.getPropertiesOfType(checker.getTypeAtLocation(cls))) {
    const kind = p.valueDeclaration && baseKindOf(p.valueDeclaration);
    if (kind) return kind;
  }
  return undefined;
}

// class Plain extends NeuronGroup { ... }  ->  class Plain ... { ...; static __braintsUndecorated = 'neuron' }
function markUndecorated(f: ts.NodeFactory, cls: ts.ClassDeclaration, kind: 'neuron' | 'synapse'): ts.ClassDeclaration {
  const prop = f.createPropertyDeclaration(
    [f.createModifier(ts.SyntaxKind.StaticKeyword), f.createModifier(ts.SyntaxKind.ReadonlyKeyword)],
    '__braintsUndecorated',
    undefined,
    undefined,
    f.createStringLiteral(kind),
  );
  return f.updateClassDeclaration(cls, cls.modifiers, cls.name, cls.typeParameters, cls.heritageClauses, [...cls.members, prop]);
}

const HASH_LINE = '; braints-hash: ';

/** The generated text with a last line recording its own hash, which tells an edit from a stale file. */
function withHashLine(text: string): string {
  const body = text.endsWith('\n') ? text : text + '\n';
  return `${body}${HASH_LINE}${sha256(body)}\n`;
}

/** True when `path` holds a kernel the user edited (its hash line no longer matches its text). */
function keepEdited(path: string): boolean {
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  const at = text.lastIndexOf(HASH_LINE);
  // no hash line at all: written by a BrainTS from before hash lines, not by a user
  return at >= 0 && sha256(text.slice(0, at)) !== text.slice(at + HASH_LINE.length).trim();
}

export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
