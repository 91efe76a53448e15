// Debug information of a kernel function: a subprogram in the model's TypeScript file, and on
// every instruction the line and column of the TypeScript it comes from (llvm/annotate.ts quotes
// those lines in the printed .ll).
import * as llvm from 'llvm-bindings';
import type { Span } from '../ir/types';

export class KernelDebugInfo {
  private readonly di: llvm.DIBuilder;
  private readonly file: llvm.DIFile;
  private scope!: llvm.DIScope;

  /** `path`: the model's source file, the compile unit's and every subprogram's. */
  constructor(
    private readonly ctx: llvm.LLVMContext,
    mod: llvm.Module,
    path: string,
  ) {
    this.di = new llvm.DIBuilder(mod);
    const slash = path.lastIndexOf('/');
    this.file = this.di.createFile(slash < 0 ? path : path.slice(slash + 1), slash < 0 ? '.' : path.slice(0, slash));
    // the compile unit every subprogram of the module hangs off (the DIBuilder keeps it)
    this.di.createCompileUnit(llvm.dwarf.SourceLanguage.DW_LANG_C, this.file, 'BrainTS', true, '', 0);
  }

  /** Describes `fn` (named `symbol`) as the subprogram `name` (e.g. `LIF.update`) that starts at `line`; locations then lie in it. */
  beginFunction(fn: llvm.Function, symbol: string, name: string, line: number): void {
    const st = this.di.createSubroutineType(this.di.getOrCreateTypeArray([]));
    const sp = this.di.createFunction(
      this.file,
      name,
      symbol,
      this.file,
      line,
      st,
      line,
      llvm.DINode.DIFlags.FlagPrototyped,
      llvm.DISubprogram.DISPFlags.SPFlagDefinition,
    );
    fn.setSubprogram(sp);
    this.scope = sp;
  }

  /** The debug location of a TypeScript position, in the function begun last. */
  location(span: Span): llvm.DILocation {
    return llvm.DILocation.get(this.ctx, span.line, span.col, this.scope);
  }

  endFunction(fn: llvm.Function): void {
    this.di.finalizeSubprogram(fn.getSubprogram());
  }

  finalize(): void {
    this.di.finalize();
  }
}
