// The external LLVM 14 and C tools: opt, llc, llvm-link, cc and ptxas. Every command is logged
// at debug level (BRAINTS_DEBUG=1), and a failure shows the command and what it printed.
import { execFileSync } from 'node:child_process';

const debug = () => process.env.BRAINTS_DEBUG === '1';

export class ToolError extends Error {}

function run(tool: string, args: string[], input?: string): string {
  if (debug()) process.stderr.write(`[braints] ${tool} ${args.join(' ')}\n`);
  try {
    return execFileSync(tool, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new ToolError(`${tool} failed: ${tool} ${args.join(' ')}\n${err.stderr || err.stdout || err.message}`);
  }
}

/** Finds a tool by its versioned Debian name first (opt-14), then the plain one. */
function tool(name: string): string {
  for (const candidate of [`${name}-14`, name]) {
    try {
      execFileSync('which', [candidate], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next name
    }
  }
  throw new ToolError(`${name} (LLVM 14) is not installed: apt-get install llvm-14`);
}

export interface OptimizeOptions {
  /** File for the optimizer's remarks as YAML (used by tests to check vectorization). */
  remarksFile?: string;
}

/** opt -O3 for the host CPU, with math calls vectorized through glibc's libmvec. */
export function optimize(input: string, output: string, opts: OptimizeOptions = {}): void {
  const args = ['-O3', '-mcpu=native', '-vector-library=LIBMVEC-X86', '-runtime-memory-check-threshold=64', '-S', input, '-o', output];
  if (opts.remarksFile) args.push('-pass-remarks-output=' + opts.remarksFile, '-pass-remarks-filter=loop-vectorize');
  run(tool('opt'), process.arch === 'x64' ? args : args.filter((a) => !a.startsWith('-vector-library')));
}

/** llc: LLVM IR -> position-independent object code for the host CPU. */
export function compileObject(input: string, output: string): void {
  run(tool('llc'), ['-O3', '-mcpu=native', '-relocation-model=pic', '-filetype=obj', input, '-o', output]);
}

/** cc: a C source -> position-independent object. */
export function compileC(input: string, output: string): void {
  run('cc', ['-O2', '-fPIC', '-std=c11', '-Wall', '-c', input, '-o', output]);
}

/** cc -shared: objects -> a shared library, with libmvec for the vectorized math. */
export function linkShared(objects: string[], output: string): void {
  const mvec = process.arch === 'x64' ? ['-lmvec'] : [];
  run('cc', ['-shared', '-o', output, ...objects, ...mvec, '-lm']);
}

/** llvm-link: several IR files -> one. */
export function linkIr(inputs: string[], output: string, extraFlags: string[] = []): void {
  run(tool('llvm-link'), [...extraFlags, '-S', ...inputs, '-o', output]);
}

/** llc for NVIDIA GPUs: LLVM IR -> PTX assembly. */
export function compilePtx(input: string, output: string, sm = 'sm_80'): void {
  run(tool('llc'), ['-O3', '-march=nvptx64', `-mcpu=${sm}`, input, '-o', output]);
}

/** opt for the NVPTX module: internalize all but the kernels (drops unused libdevice), strip debug info (ptxas rejects what llc 14 emits for it), -O3. */
export function optimizePtx(input: string, output: string, keep: string[]): void {
  run(tool('opt'), [`-internalize-public-api-list=${keep.join(',')}`, '-internalize', '-strip-debug', '-O3', '-S', input, '-o', output]);
}

/** ptxas: assembles PTX for a GPU architecture, which checks it thoroughly. */
export function assemblePtx(input: string, output: string, arch = 'sm_90'): void {
  run('ptxas', [`-arch=${arch}`, input, '-o', output]);
}

export function toolVersions(): string {
  return run(tool('llc'), ['--version']).split('\n').slice(0, 3).join(' ') + ' | ' + run('cc', ['--version']).split('\n')[0];
}
