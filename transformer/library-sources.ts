// The TypeScript source of model classes inherited from compiled libraries. A user's model may
// extend a model of a package (`class MyLIF extends LIF`, LIF from 'braints/models'), which the
// compiler sees as a .d.ts: declarations without decorators or bodies. Lowering inlines inherited
// methods and needs inherited fields' decorators, so it reads the members from their source, found
// through the declaration map beside the .d.ts (`lif.d.ts.map`, written with `declarationMap`).
// The class is then lowered in a program that also holds those sources, so that one type checker
// resolves the user's code and the inherited code alike.
import * as ts from 'typescript';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The source file a declaration file was generated from, when its declaration map names one that exists. */
export function sourceOfDeclarationFile(dts: string): string | undefined {
  const map = `${dts}.map`;
  if (!existsSync(map)) return undefined;
  const { sources, sourceRoot } = JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[]; sourceRoot?: string };
  const source = sources?.length === 1 ? resolve(dirname(map), sourceRoot ?? '', sources[0]) : undefined;
  return source && existsSync(source) ? source : undefined;
}

/** A member declared in a .d.ts, given by the name of its class and its own. */
function memberKey(d: ts.Declaration): { cls: string; member: string } | undefined {
  const cls = d.parent;
  if (!ts.isClassLike(cls) || !cls.name || !(ts.isPropertyDeclaration(d) || ts.isMethodDeclaration(d))) return undefined;
  return { cls: cls.name.text, member: d.name.getText() };
}

/** The declaration in the source of `program` that a member of a class in a .d.ts was generated from. */
export function sourceMember(program: ts.Program, d: ts.Declaration): ts.ClassElement | undefined {
  const key = memberKey(d);
  const path = sourceOfDeclarationFile(d.getSourceFile().fileName);
  const sf = path ? program.getSourceFile(path) : undefined;
  if (!key || !sf) return undefined;
  const cls = sf.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === key.cls);
  return cls?.members.find((m) => (ts.isPropertyDeclaration(m) || ts.isMethodDeclaration(m)) && m.name.getText() === key.member);
}

/**
 * The program to lower `cls` in and the class's node there: `program` itself unless members of
 * the class come from .d.ts files whose sources it lacks; then a program with those sources added
 * (built once per set of sources, reusing the unchanged files of `program`).
 */
export class LibrarySources {
  private extended: ts.Program | undefined;

  constructor(
    private readonly program: ts.Program,
    /** Whether a member belongs to BrainTS's base classes (NeuronGroup, Synapse), not to a model. */
    private readonly isBaseMember: (d: ts.Node) => boolean,
    /** Receives the files the added sources bring in (a compile cache depends on them too). */
    private readonly onSources?: (files: string[]) => void,
  ) {}

  /** A source file of the program, or of the one extended with library sources. */
  sourceFile(path: string): ts.SourceFile | undefined {
    return this.program.getSourceFile(path) ?? this.extended?.getSourceFile(path);
  }

  programFor(cls: ts.ClassDeclaration): { program: ts.Program; cls: ts.ClassDeclaration } {
    const checker = this.program.getTypeChecker();
    const needed = new Set<string>();
    for (const p of checker.getPropertiesOfType(checker.getTypeAtLocation(cls))) {
      const d = p.valueDeclaration;
      if (!d || !d.getSourceFile().isDeclarationFile || this.isBaseMember(d)) continue;
      const source = sourceOfDeclarationFile(d.getSourceFile().fileName);
      if (source && !this.program.getSourceFile(source)) needed.add(source);
    }
    if (needed.size === 0) return { program: this.program, cls };
    const extended = this.extend(needed);
    return { program: extended, cls: findClass(extended.getSourceFile(cls.getSourceFile().fileName)!, cls) };
  }

  /** The source declaration of a member declared in a .d.ts, with the checker of a program that holds it. */
  sourceOfMember(d: ts.Declaration): { member: ts.ClassElement; checker: ts.TypeChecker } | undefined {
    const path = sourceOfDeclarationFile(d.getSourceFile().fileName);
    if (!path) return undefined;
    const program = this.program.getSourceFile(path) ? this.program : this.extend(new Set([path]));
    const member = sourceMember(program, d);
    return member && { member, checker: program.getTypeChecker() };
  }

  /** The program with `sources` added (the one built before, when it has them already). */
  private extend(sources: Set<string>): ts.Program {
    if (this.extended && [...sources].every((f) => this.extended!.getSourceFile(f))) return this.extended;
    const roots = new Set([...(this.extended ?? this.program).getRootFileNames(), ...sources]);
    const extended = ts.createProgram({ rootNames: [...roots], options: this.program.getCompilerOptions(), oldProgram: this.program });
    this.extended = extended;
    // the checker binds the new files, which sets the parent links that reading their nodes needs
    extended.getTypeChecker();
    this.onSources?.(
      extended
        .getSourceFiles()
        .filter((f) => !this.program.getSourceFile(f.fileName) && !extended.isSourceFileDefaultLibrary(f))
        .map((f) => f.fileName),
    );
    return extended;
  }
}

/** The class in `sf` (the same file in another program) at the position of `cls`. */
function findClass(sf: ts.SourceFile, cls: ts.ClassDeclaration): ts.ClassDeclaration {
  let found: ts.ClassDeclaration | undefined;
  const visit = (n: ts.Node): void => {
    if (found || n.pos > cls.pos || n.end < cls.end) return;
    if (ts.isClassDeclaration(n) && n.pos === cls.pos && n.end === cls.end) found = n;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return found!;
}
