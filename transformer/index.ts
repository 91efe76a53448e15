// The ts-patch entry point: list it in tsconfig's `plugins` as
//   { "transform": "braints/transformer" }
// and build with tspc (or tsc after `ts-patch install`).
import * as ts from 'typescript';
import { modelTransformer } from './model-transformer';

interface TransformerExtras {
  addDiagnostic: (d: ts.Diagnostic) => number;
}

export default function braintsTransformer(
  program: ts.Program,
  _config: unknown,
  extras?: TransformerExtras,
): ts.TransformerFactory<ts.SourceFile> {
  const options = program.getCompilerOptions();
  const ignoreCase = !ts.sys.useCaseSensitiveFileNames;
  return modelTransformer(program, {
    report: (d) => {
      if (!extras) throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      extras.addDiagnostic(d);
    },
    outputJs: (sf) => {
      if (options.noEmit) return undefined;
      const commandLine: ts.ParsedCommandLine = { options, fileNames: [sf.fileName], errors: [] };
      return ts.getOutputFileNames(commandLine, sf.fileName, ignoreCase).find((f) => /\.[mc]?js$/.test(f));
    },
  });
}
