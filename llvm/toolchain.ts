// The external LLVM 14 and C tools: opt, llc, llvm-link, llvm-as, llvm-config, cc, ptxas and MPICH's mpicc. Every
// command is logged at debug level (BRAINTS_DEBUG=1), and a failure shows the command and what it
// printed.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { availableParallelism, cpus } from 'node:os';
import { createHash } from 'node:crypto';
import { callingOwnExp, ownExpTypes } from './kernel-exp';

const debug = () => process.env.BRAINTS_DEBUG === '1';

export class ToolError extends Error {
  constructor(
    message: string,
    /** What the tool printed (its stderr, else its stdout) when it ran and failed; undefined when it could not be run. */
    readonly output?: string,
  ) {
    super(message);
  }
}

/** One run of a tool. */
export interface Command {
  tool: string;
  args: string[];
}

/** How a run failed: what it printed; `code` a string (ENOENT, ...) when the process could not be started or its output kept. */
interface Failure {
  stderr?: string;
  stdout?: string;
  message: string;
  code?: unknown;
}

const failure = (c: Command, e: Failure) => {
  const output = typeof e.code === 'string' ? undefined : e.stderr || e.stdout || '';
  return new ToolError(`${c.tool} failed: ${c.tool} ${c.args.join(' ')}\n${output || e.message}`, output);
};

const log = (c: Command) => {
  if (debug()) process.stderr.write(`[braints] ${c.tool} ${c.args.join(' ')}\n`);
};

/** Runs a command and waits for it. */
function run(tool: string, args: string[]): string {
  log({ tool, args });
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch (e) {
    throw failure({ tool, args }, e as Failure);
  }
}

/** Runs tasks at most `limit` at a time; the others wait, and start in the order they came. */
function concurrencyLimit(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const startNext = () => {
    if (running >= limit || waiting.length === 0) return;
    running++;
    waiting.shift()!();
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => {
            running--;
            startNext();
          });
      });
      startNext();
    });
}

/** One tool process per core: more would only compete for the cores (and memory). */
const toolSlot = concurrencyLimit(availableParallelism());

/**
 * Runs a command in the background, as one of at most one tool process per core (the network's
 * kernels, the driver and the kernel table compile at the same time); the others wait their turn.
 */
export function runConcurrently(c: Command): Promise<string> {
  return toolSlot(
    () =>
      new Promise<string>((resolve, reject) => {
        log(c);
        execFile(c.tool, c.args, { encoding: 'utf8', maxBuffer: 1 << 28 }, (e, stdout, stderr) =>
          e ? reject(failure(c, { stderr, stdout, message: e.message, code: e.code })) : resolve(stdout),
        );
      }),
  );
}

/** The full path of an executable on PATH, looked up without starting a process. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

/** Finds a tool by its versioned Debian name first (opt-14), then the plain one. */
function tool(name: string): string {
  const found = onPath(`${name}-14`) ?? onPath(name);
  if (!found) throw new ToolError(`${name} (LLVM 14) is not installed: apt-get install llvm-14`);
  return found;
}

export interface OptimizeOptions {
  /** File for the optimizer's remarks as YAML (used by tests to check vectorization). */
  remarksFile?: string;
}

/**
 * The CPU the kernels are compiled for: this one (native), or the LLVM CPU name in BRAINTS_CPU, so
 * that a benchmark can measure, say, AVX2 code (haswell) on an AVX-512 machine.
 */
function hostFlags(): string[] {
  const cpu = process.env.BRAINTS_CPU ?? 'native';
  if (!/^[\w-]+$/.test(cpu))
    throw new ToolError(
      `BRAINTS_CPU=${cpu} is not a CPU name: use an LLVM name as llc -mcpu=help lists them (haswell, skylake-avx512, ...)`,
    );
  return [`-mcpu=${cpu}`];
}

/**
 * The vector width for a kernel on x86. LLVM 14 maps math intrinsics to libmvec's 256-bit
 * functions at most (2- and 4-wide in double, _ZGVdN4v_exp; 4- and 8-wide in float,
 * _ZGVdN8v_expf; not the AVX-512 _ZGVeN8v_exp or _ZGVeN16v_expf), so a kernel whose loops call
 * exp, log, sin, cos or pow gets 256-bit vectors even where AVX-512 exists (at 512 bits every
 * such call would be scalarized; clang's default too): 4 lanes in float64, 8 in float32. A
 * kernel whose loops only do arithmetic, compares and rounding (LIF, COBA) gets the widest
 * vectors the CPU has: 8 or 16 lanes on AVX-512. Calls in a function's entry block (group-uniform values) do not count.
 */
export function vectorWidthFlags(kernelText: string): string[] {
  if (process.arch !== 'x64') return [];
  const loops = kernelText
    .split(/^define /m)
    .slice(1)
    .map((fn) => fn.slice(fn.search(/^(?!entry:)[\w.$-]+:/m) >>> 0));
  return [loops.some((code) => VECTOR_LIBRARY_CALL.test(code)) ? '-mattr=+prefer-256-bit' : '-mattr=-prefer-256-bit'];
}

/** A call to a math function that only libmvec vectorizes (an intrinsic or the libm name). */
const VECTOR_LIBRARY_CALL = /call [^\n]*@(llvm\.)?(exp|exp2|log|log2|log10|sin|cos|pow)(\.f64|\.f32|f)?\(/;

/** opt -O3 for the host CPU with the given target flags, math calls vectorized through glibc's libmvec. */
export function optimizeCommand(input: string, output: string, flags: string[], opts: OptimizeOptions = {}): Command {
  const args = ['-O3', ...flags, '-runtime-memory-check-threshold=64', '-S', input, '-o', output];
  if (process.arch === 'x64') args.push('-vector-library=LIBMVEC-X86');
  if (opts.remarksFile) args.push('-pass-remarks-output=' + opts.remarksFile, '-pass-remarks-filter=loop-vectorize');
  return { tool: tool('opt'), args };
}

/** The target flags of a kernel: the host CPU, and the vector width its loops call for. */
export function kernelTargetFlags(kernelText: string): string[] {
  return [...hostFlags(), ...vectorWidthFlags(kernelText)];
}

/** opt on a kernel file, now (its exp linked as compileKernelText links it). */
export function optimize(input: string, output: string, opts: OptimizeOptions = {}): void {
  const { path, kernel } = prepareKernel(readFileSync(input, 'utf8'), output, (c) => void run(c.tool, c.args));
  const c = optimizeCommand(path, output, kernelTargetFlags(kernel), opts);
  run(c.tool, c.args);
}

/**
 * Whether the CPU the kernels are compiled for has AVX-512: the C compiler's predefined macros
 * for it (cc -march takes the CPU names and `native` as llc -mcpu does); once per CPU name.
 */
function targetHasAvx512(): boolean {
  const cpu = hostFlags()[0].slice('-mcpu='.length);
  let has = avx512.get(cpu);
  if (has === undefined)
    avx512.set(cpu, (has = /\b__AVX512F__\b/.test(run(onPath('cc') ?? 'cc', [`-march=${cpu}`, '-dM', '-E', '-x', 'c', '/dev/null']))));
  return has;
}
const avx512 = new Map<string, boolean>();

/**
 * The kernel module text `text` made ready for opt, as the file it returns (`<output>.ll`, or, where
 * its exp calls go to the kernels' own exp (llvm/kernel-exp.ts), `<output>.linked.ll`: the kernel
 * calling it, llvm-linked with its definitions); `kernel` is the kernel's text, whose calls choose
 * the vector width. `link` runs llvm-link.
 */
function prepareKernel(
  text: string,
  output: string,
  link: (c: Command) => Promise<void> | void,
): { path: string; kernel: string; linked?: Promise<void> | void } {
  const types = ownExpTypes(text, process.arch !== 'x64' || targetHasAvx512());
  if (types.length === 0) {
    writeFileSync(`${output}.ll`, text);
    return { path: `${output}.ll`, kernel: text };
  }
  const kernel = callingOwnExp(text, types);
  writeFileSync(`${output}.ll`, kernel);
  const at = (directive: string) => new RegExp(`^target ${directive} = "([^"]*)"`, 'm').exec(kernel)?.[1] ?? '';
  // llvm-bindings loads only here, when a kernel calling exp is compiled
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { expDefinitionsText } = require('./emit-exp') as typeof import('./emit-exp');
  writeFileSync(`${output}.exp.ll`, expDefinitionsText(types, at('triple'), at('datalayout')));
  const linked = link({ tool: tool('llvm-link'), args: ['-S', `${output}.ll`, `${output}.exp.ll`, '-o', `${output}.linked.ll`] });
  return { path: `${output}.linked.ll`, kernel, linked };
}

/** llc: LLVM IR -> position-independent object code for the host CPU, with the target flags opt used. */
export function compileObjectCommand(input: string, output: string, flags: string[]): Command {
  return { tool: tool('llc'), args: ['-O3', ...flags, '-relocation-model=pic', '-filetype=obj', input, '-o', output] };
}

/**
 * A kernel module's text -> an object at `output`, through opt and llc with the kernel's target
 * flags, each a tool of the bounded pool (and llvm-link first where its exp is the kernels' own,
 * see prepareKernel); the module's files are written beside it (`<output>.ll`, `<output>.opt.ll`).
 */
export async function compileKernelText(text: string, output: string): Promise<void> {
  const { path, kernel, linked } = prepareKernel(text, output, async (c) => void (await runConcurrently(c)));
  await linked;
  const flags = kernelTargetFlags(kernel);
  await runConcurrently(optimizeCommand(path, `${output}.opt.ll`, flags));
  await runConcurrently(compileObjectCommand(`${output}.opt.ll`, output, flags));
}

/**
 * cc: a C source -> position-independent object; its `#include "..."` files are found in `includeDir`.
 * No multiply-add is fused (-ffp-contract=off), so the driver's Poisson counts round as JavaScript's.
 */
export function compileCCommand(input: string, output: string, includeDir: string): Command {
  return {
    tool: 'cc',
    args: ['-O2', '-fPIC', '-std=c11', '-ffp-contract=off', '-pthread', '-Wall', '-I', includeDir, '-c', input, '-o', output],
  };
}

/** cc -shared: objects -> a shared library, with libmvec for the vectorized math and POSIX threads for the driver. */
export function linkSharedCommand(objects: string[], output: string): Command {
  const mvec = process.arch === 'x64' ? ['-lmvec'] : [];
  return { tool: 'cc', args: ['-shared', '-pthread', '-o', output, ...objects, ...mvec, '-lm'] };
}

/** MPICH's compiler wrapper (mpicc), or undefined when it is not installed. */
export function mpiCompiler(): string | undefined {
  return onPath('mpicc');
}

/**
 * mpicc: the MPI backend's C source -> a shared library linked with libmpich; its `#include "..."`
 * files are found in `includeDirs`.
 */
export function compileMpiLibraryCommand(input: string, output: string, includeDirs: string[]): Command {
  const mpicc = mpiCompiler();
  if (!mpicc) throw new ToolError('mpicc (MPICH) is not installed: apt-get install mpich libmpich-dev');
  return {
    tool: mpicc,
    args: ['-O2', '-fPIC', '-shared', '-std=c11', '-Wall', ...includeDirs.flatMap((d) => ['-I', d]), input, '-o', output],
  };
}

/** What an artifact built with mpicc depends on besides its source: the wrapper and the MPI library it links. */
export function mpiToolchainIdentity(): string {
  const mpicc = mpiCompiler();
  if (!mpicc) return 'no mpicc';
  const real = realpathSync(mpicc);
  const st = statSync(real);
  return `${real}:${st.size}:${st.mtimeMs} | ${toolchainIdentity()}`;
}

/** Runs a command now (for the few artifacts needed before anything else, as the connectivity library). */
export function runNow(c: Command): void {
  run(c.tool, c.args);
}

/** llvm-as: parses and verifies an LLVM IR file, writing nothing; a ToolError with llvm-as's message when it is not valid. */
export function verifyIrFile(path: string): void {
  run(tool('llvm-as'), [path, '-o', '/dev/null']);
}

/** The host's target triple as LLVM 14 names it (llvm-config --host-target; llvm-config is in llvm-14-dev). */
export function llvmHostTriple(): string {
  return run(tool('llvm-config'), ['--host-target']).trim();
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

/**
 * What compiled code depends on besides its source: the tools (identified by their resolved
 * path, size and modification time, which needs no process start) and the flags used.
 */
export function toolchainIdentity(): string {
  // looked up once per process: the tools do not change under a running program
  identity ??= (() => {
    const ids = [tool('opt'), tool('llc'), onPath('cc') ?? 'cc'].map((t) => {
      const real = realpathSync(t);
      const st = statSync(real);
      return `${real}:${st.size}:${st.mtimeMs}`;
    });
    // the own exp a kernel may be linked with (llvm/kernel-exp.ts): its code, read, not loaded
    const exp = createHash('sha256');
    for (const f of [join(__dirname, 'emit-exp.js'), join(__dirname, 'kernel-exp.js'), join(__dirname, '..', 'runtime', 'exp.js')])
      exp.update(readFileSync(f));
    // -mcpu=native: code is specific to this processor model
    return `${ids.join(' ')} | ${hostFlags().join(' ')} | ${process.arch} ${cpus()[0]?.model ?? ''} | exp ${exp.digest('hex')}`;
  })();
  return identity;
}
let identity: string | undefined;
