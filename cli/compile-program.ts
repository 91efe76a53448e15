// The compile itself, kept apart from cli/compile.ts so that a run whose outputs are up to date
// never loads TypeScript (about 0.4 s).
import * as ts from 'typescript';
import { join, relative } from 'node:path';
import { modelTransformer, writeAtomic } from '../transformer/model-transformer';
import { formatDiagnostic } from '../transformer/diagnostics';
import { CompileError } from './compile-error';
import type { CompileResult } from './compile';

const BASE_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  // Node16 resolution honours package.json "exports" (braints/models); a package without
  // "type": "module" gets CommonJS output
  module: ts.ModuleKind.Node16,
  moduleResolution: ts.ModuleResolutionKind.Node16,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  // errors at run time name the user's TypeScript lines (cli/failure.ts)
  inlineSourceMap: true,
  declaration: false,
  // only the types a model file imports: loading every @types package costs a second
  types: [],
};

/** Compiles `file` and what it imports into `outDir`; returns the result and every file it read. */
export function compileProgram(file: string, root: string, outDir: string): { result: CompileResult; sources: string[] } {
  const options: ts.CompilerOptions = { ...BASE_OPTIONS, rootDir: root, outDir };
  const host = ts.createCompilerHost(options);
  // run from the project root, so that spans and .ll comments name files relative to it
  host.getCurrentDirectory = () => root;
  const program = ts.createProgram({ rootNames: [file], options, host });
  const models: CompileResult['models'] = [];
  const reported: ts.Diagnostic[] = [];
  const librarySources = new Set<string>();
  // the .js and .ll files, written only once the whole compile has succeeded
  const outputs = new Map<string, string>();
  const write = (path: string, text: string) => outputs.set(path, text);
  const transformer = modelTransformer(program, {
    report: (d) => reported.push(d),
    writeFile: write,
    onLibrarySources: (files) => files.forEach((f) => librarySources.add(f)),
    outputJs: (sf) => join(outDir, relative(root, sf.fileName).replace(/\.[mc]?tsx?$/, '.js')),
    onModel: (ir, llPath) => models.push({ ir, llPath }),
  });
  const pre = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  const emitted = pre.length ? undefined : program.emit(undefined, write, undefined, false, { before: [transformer] });
  const all = [...pre, ...(emitted?.diagnostics ?? []), ...reported];
  const diagnostics = all.map((d) => formatDiagnostic(d, root));
  if (all.some((d) => d.category === ts.DiagnosticCategory.Error)) throw new CompileError(diagnostics.join('\n'));
  for (const [path, text] of outputs) writeAtomic(path, text);
  const result: CompileResult = { entryJs: join(outDir, relative(root, file).replace(/\.[mc]?tsx?$/, '.js')), models, diagnostics };
  return {
    result,
    sources: [
      ...program
        .getSourceFiles()
        .filter((sf) => !program.isSourceFileDefaultLibrary(sf))
        .map((sf) => sf.fileName),
      ...librarySources,
    ],
  };
}
