// Makes printed LLVM IR readable: a header naming the TypeScript class and method, and before each
// run of instructions that came from one TypeScript line, a comment quoting that line. The line's
// file is the one its debug location's scope is in: the model's file, or for inherited code the
// file of the class it comes from (llvm/debug-info.ts).
export interface AnnotateInfo {
  header: string[];
  /** "file:line" -> source text */
  sourceLines: Record<string, string>;
  /** The model's file: the one a location is in when its scope names no other. */
  file: string;
}

const DILOC = /^!(\d+) = !DILocation\(line: (\d+)(?:, column: \d+)?, scope: !(\d+)/;
const DIFILE = /^!(\d+) = !DIFile\(filename: "([^"]*)", directory: "([^"]*)"/;
const DISCOPE = /^!(\d+) = (?:distinct )?!DI(?:Subprogram|LexicalBlock)\(.*\bfile: !(\d+)/;
const DBG_REF = /, !dbg !(\d+)\s*$/;

/** The metadata's debug locations, as "file:line" by metadata id. */
function locations(lines: string[], defaultFile: string): Map<string, string> {
  const files = new Map<string, string>();
  const scopeFile = new Map<string, string>();
  const locs: [string, string, string][] = [];
  for (const l of lines) {
    let m = DIFILE.exec(l);
    if (m) files.set(m[1], m[3] === '.' || m[3] === '' ? m[2] : `${m[3]}/${m[2]}`);
    else if ((m = DISCOPE.exec(l))) scopeFile.set(m[1], m[2]);
    else if ((m = DILOC.exec(l))) locs.push([m[1], m[2], m[3]]);
  }
  return new Map(locs.map(([id, line, scope]) => [id, `${files.get(scopeFile.get(scope) ?? '') ?? defaultFile}:${line}`]));
}

export function annotate(text: string, info: AnnotateInfo): string {
  const lines = text.split('\n');
  const where = locations(lines, info.file);
  const out: string[] = info.header.map((h) => `; ${h}`);
  let last: string | undefined;
  for (const l of lines) {
    if (l.startsWith('define ')) last = undefined;
    const m = DBG_REF.exec(l);
    const at = m ? where.get(m[1]) : undefined;
    if (at !== undefined && at !== last && l.startsWith('  ')) {
      const src = info.sourceLines[at];
      out.push(`  ; ${at}${src ? '  ' + src.trim() : ''}`);
      last = at;
    }
    out.push(l);
  }
  return out.join('\n');
}
