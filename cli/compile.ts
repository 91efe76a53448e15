// Compiles a user's TypeScript entry file (and the files it imports) with the BrainTS transformer,
// as `braints run` and `braints build` need: type-checked, models lowered, a .ll per model beside
// the emitted .js. The output mirrors the project tree under .braints/build, inside the project,
// so that `import ... from 'braints'` resolves through the project's node_modules.
import { hashOfModules, modulesRequiredBy } from '../runtime/module-files';
import { dirname, join, relative, resolve } from 'node:path';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { ModelIR } from '../ir/types';
import { encodeModel, decodeModel } from '../ir/serialize';
import type { SerializedModel } from '../ir/serialize';

import { CompileError } from './compile-error';
export { CompileError };

export interface CompileResult {
  /** The emitted .js of the entry file. */
  entryJs: string;
  models: { ir: ModelIR; llPath: string | undefined }[];
  diagnostics: string[];
}

/** Finds the directory whose package.json or tsconfig.json encloses `file` (the project root). */
export function projectRoot(file: string): string {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, 'tsconfig.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return dirname(resolve(file));
    dir = up;
  }
}

/**
 * What a previous compile of an entry read (every source and declaration file but TypeScript's
 * own lib files) with content hashes: when none changed, its output is reused as it is.
 */
interface Manifest {
  compiler: string;
  /**
   * The project root the outputs were built for. The paths below are absolute, so a project that
   * was copied or moved (its .braints/build with it) would otherwise check the hashes of, and run,
   * the outputs of the original: there it is rebuilt.
   */
  root: string;
  files: Record<string, string>;
  /** The models' IR as ir/serialize.ts writes it (plain JSON would repeat every shared subexpression). */
  result: Omit<CompileResult, 'models'> & { models: { ir: SerializedModel; llPath: string | undefined }[] };
}

const fileHash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function upToDate(manifestPath: string, root: string): CompileResult | undefined {
  if (!existsSync(manifestPath)) return undefined;
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  if (m.compiler !== compilerIdentity() || m.root !== root) return undefined;
  for (const [path, hash] of Object.entries(m.files)) if (!existsSync(path) || fileHash(path) !== hash) return undefined;
  if (!existsSync(m.result.entryJs) || m.result.models.some((x) => x.llPath && !existsSync(x.llPath))) return undefined;
  const models = m.result.models.map((x) => ({ ir: decodeModel(x.ir), llPath: x.llPath }));
  return { ...m.result, models, diagnostics: [] };
}

/**
 * The compiler's own identity: TypeScript's version and every module of ours that a compile runs
 * (compilerModules), the front end, the IR passes and the code generator, and below them what
 * they take from contract/ and runtime/ (the random generator's constants, the Poisson and
 * binomial samplers'). Any change there invalidates earlier outputs. Read once per process:
 * `braints run` asks for it to check the manifest and again to write one.
 */
let identity: string | undefined;
function compilerIdentity(): string {
  return (identity ??= readCompilerIdentity());
}

function readCompilerIdentity(): string {
  // the version from its package.json: loading typescript itself would cost a cached run 0.3 s
  const typescript = JSON.parse(readFileSync(require.resolve('typescript/package.json'), 'utf8')) as { version: string };
  return hashOfModules(compilerModules(), join(__dirname, '..'), typescript.version);
}

/**
 * The built modules a compile runs: this one and cli/compile-program.js, and every module they
 * require by a relative path, followed through the requires of those (package modules, such as
 * TypeScript, are covered by their versions). Read from the built JavaScript, so a cached run
 * loads none of them.
 */
export function compilerModules(): string[] {
  return modulesRequiredBy([__filename, join(__dirname, 'compile-program.js')]);
}

/** Where the outputs of `entry` go, and the manifest of its last compile. */
function outputPaths(entry: string, outRoot?: string): { file: string; root: string; outDir: string; manifestPath: string } {
  const file = resolve(entry);
  if (!existsSync(file)) throw new CompileError(`${entry}: no such file`);
  const root = projectRoot(file);
  const outDir = outRoot ?? join(root, '.braints', 'build');
  return { file, root, outDir, manifestPath: join(outDir, `${relative(root, file).replace(/[\\/]/g, '__')}.manifest.json`) };
}

/** The outputs of the last compile of `entry` when none of its inputs has changed since (then compileEntry compiles nothing). */
export function upToDateOutputs(entry: string, outRoot?: string): CompileResult | undefined {
  const { root, manifestPath } = outputPaths(entry, outRoot);
  return upToDate(manifestPath, root);
}

export function compileEntry(entry: string, outRoot?: string): CompileResult {
  const { file, root, outDir, manifestPath } = outputPaths(entry, outRoot);
  const reuse = upToDate(manifestPath, root);
  if (reuse) return reuse;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compileProgram } = require('./compile-program') as typeof import('./compile-program');
  const { result, sources } = compileProgram(file, root, outDir);
  const files: Record<string, string> = {};
  for (const f of sources) files[f] = fileHash(f);
  mkdirSync(outDir, { recursive: true });
  const stored = { ...result, models: result.models.map((x) => ({ ir: encodeModel(x.ir), llPath: x.llPath })) };
  // written beside it and renamed into place: another process checking the manifest meanwhile
  // (two runs of one file at once) reads the old one or the new one, never half of one
  const tmp = `${manifestPath}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ compiler: compilerIdentity(), root, files, result: stored } satisfies Manifest));
  renameSync(tmp, manifestPath);
  return result;
}
