// Debug information of a kernel function: a subprogram in the model's TypeScript file, and on
// every instruction the file, line and column of the TypeScript it comes from (llvm/annotate.ts
// quotes those lines in the printed .ll). Code inherited from a class in another file (a library
// model's update, CrossingNeuronGroup's helper) lies in a lexical block of that file, so its
// locations name the file they are in.
import * as llvm from 'llvm-bindings';
import type { Span } from '../ir/types';

export class KernelDebugInfo {
  private readonly di: llvm.DIBuilder;
  private readonly path: string;
  private readonly file: llvm.DIFile;
  private readonly files = new Map<string, llvm.DIFile>();
  private scope!: llvm.DIScope;
  /** The function's scope in each other file its code comes from. */
  private blocks = new Map<string, llvm.DIScope>();

  /** `path`: the model's source file, the compile unit's and every subprogram's. */
  constructor(
    private readonly ctx: llvm.LLVMContext,
    mod: llvm.Module,
    path: string,
  ) {
    this.di = new llvm.DIBuilder(mod);
    this.path = path;
    this.file = this.fileOf(path);
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
    this.blocks = new Map();
  }

  /** The debug location of a TypeScript position, in the function begun last. */
  location(span: Span): llvm.DILocation {
    return llvm.DILocation.get(this.ctx, span.line, span.col, this.scopeIn(span.file));
  }

  private scopeIn(path: string): llvm.DIScope {
    if (path === this.path) return this.scope;
    let block = this.blocks.get(path);
    if (!block) {
      block = this.di.createLexicalBlock(this.scope, this.fileOf(path), 1, 1);
      this.blocks.set(path, block);
    }
    return block;
  }

  private fileOf(path: string): llvm.DIFile {
    let file = this.files.get(path);
    if (!file) {
      const slash = path.lastIndexOf('/');
      file = this.di.createFile(slash < 0 ? path : path.slice(slash + 1), slash < 0 ? '.' : path.slice(0, slash));
      this.files.set(path, file);
    }
    return file;
  }

  endFunction(fn: llvm.Function): void {
    this.di.finalizeSubprogram(fn.getSubprogram());
  }

  finalize(): void {
    this.di.finalize();
  }
}
