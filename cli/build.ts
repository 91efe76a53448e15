// `braints build`: compiles a TypeScript project with the BrainTS transformer, as tspc does, and
// prints errors in model code at file(line,col) with their BTS codes (transformer/diagnostics.ts).
// With --ptx it also writes each model's NVPTX kernel beside its .ll and checks it with ptxas
// (--precision float32: the float32 kernel, as Model.f32.ptx).
import * as ts from 'typescript';
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { modelTransformer } from '../transformer/model-transformer';
import { catchModelError, formatDiagnostic } from '../transformer/diagnostics';
import { emitPtx, checkPtx } from '../llvm/ptx';
import { isPrecision } from '../runtime/run-options';
import { UsageError } from './usage-error';
import type { ModelIR } from '../ir/types';

export function buildProject(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { project: { type: 'string', short: 'p' }, ptx: { type: 'boolean' }, precision: { type: 'string' } },
  });
  const precision = values.precision ?? 'float64';
  if (!isPrecision(precision)) throw new UsageError(`--precision ${precision}: the precision is float64 (the default) or float32`);
  const configPath = resolve(values.project ?? 'tsconfig.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  const root = dirname(configPath);
  const print = (d: ts.Diagnostic) => process.stderr.write(formatDiagnostic(d, root) + '\n');
  if (read.error) {
    print(read.error);
    return 1;
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
  parsed.errors.forEach(print);
  // without `plugins`: a ts-patch'ed TypeScript would otherwise run our transformer a second time
  const options = { ...parsed.options, plugins: undefined };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options, projectReferences: parsed.projectReferences });
  const models: { ir: ModelIR; llPath?: string }[] = [];
  const reported: ts.Diagnostic[] = [];
  const ignoreCase = !ts.sys.useCaseSensitiveFileNames;
  // type-checking first also binds the source files, which lowering relies on (parent links)
  const preEmit = ts.getPreEmitDiagnostics(program);
  const result = program.emit(undefined, undefined, undefined, false, {
    before: [
      modelTransformer(program, {
        report: (d) => reported.push(d),
        outputJs: (sf) =>
          ts
            .getOutputFileNames({ options, fileNames: [sf.fileName], errors: [] }, sf.fileName, ignoreCase)
            .find((f) => /\.[mc]?js$/.test(f)),
        onModel: (ir, llPath) => models.push({ ir, llPath }),
      }),
    ],
  });
  const diagnostics = [...preEmit, ...result.diagnostics, ...reported];
  diagnostics.forEach(print);
  let failed = diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error);
  for (const m of models) process.stderr.write(`  model ${m.ir.name}: ${m.llPath ?? '(no .ll: noEmit)'}\n`);
  if (values.ptx && !failed) {
    // spans name files relative to the program's directory, as the transformer's root
    const fileOf = (file: string) => program.getSourceFile(resolve(program.getCurrentDirectory(), file));
    for (const m of models) {
      try {
        // code the GPU cannot run (BTS1021) is a diagnostic in the model's file, printed as any other
        const out = catchModelError(() => emitPtx(m.ir, undefined, precision), fileOf(m.ir.span.file)!, print, fileOf);
        if (!out) {
          process.stderr.write(`  model ${m.ir.name}: PTX failed (above)\n`);
          failed = true;
          continue;
        }
        checkPtx(out.ptx);
        // a float32 kernel beside the float64 one: Model.f32.ptx
        const path = m.llPath ? m.llPath.replace(/\.ll$/, precision === 'float32' ? '.f32.ptx' : '.ptx') : undefined;
        if (path) writeFileSync(path, out.ptx);
        process.stderr.write(`  model ${m.ir.name}: PTX ${path ?? ''} (ptxas sm_90: ok)\n`);
      } catch (e) {
        process.stderr.write(`  model ${m.ir.name}: PTX failed: ${(e as Error).message}\n`);
        failed = true;
      }
    }
  }
  return failed ? 1 : 0;
}
