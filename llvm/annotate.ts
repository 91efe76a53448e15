// Makes printed LLVM IR readable: a header naming the TypeScript class and method, and before each
// run of instructions that came from one TypeScript line, a comment quoting that line.
export interface AnnotateInfo {
  header: string[];
  /** "file:line" -> source text */
  sourceLines: Record<string, string>;
  /** file name used in the comments */
  file: string;
}

const DILOC = /^!(\d+) = !DILocation\(line: (\d+)/;
const DBG_REF = /, !dbg !(\d+)\s*$/;

export function annotate(text: string, info: AnnotateInfo): string {
  const lineOf = new Map<string, number>();
  for (const l of text.split('\n')) {
    const m = DILOC.exec(l);
    if (m) lineOf.set(m[1], Number(m[2]));
  }
  const out: string[] = info.header.map((h) => `; ${h}`);
  let last = -1;
  for (const l of text.split('\n')) {
    if (l.startsWith('define ')) last = -1;
    const m = DBG_REF.exec(l);
    const line = m ? lineOf.get(m[1]) : undefined;
    if (line !== undefined && line !== last && l.startsWith('  ')) {
      const src = info.sourceLines[`${info.file}:${line}`];
      out.push(`  ; ${info.file}:${line}${src ? '  ' + src.trim() : ''}`);
      last = line;
    }
    out.push(l);
  }
  return out.join('\n');
}
