// Golden files: where they live, how they are produced, and how a mismatch is shown. Shared by the
// tests that compare (test/must-fail.test.ts, test/golden-ll.test.ts) and by the script that
// rewrites them (test/golden/refresh.ts, `npm run golden`).
//
//   test/fixtures/must-fail/<name>.errors.txt   the diagnostics of compiling <name>.ts, one a line
//   test/fixtures/must-fail-run/<name>.stderr.txt  the exit status and what `braints run <name>.ts` prints
//   test/golden/ll/<file>.<Class>.ll            the kernel the build writes to dist/models/
//   test/golden/ll-float32/<file>.<Class>.f32.ll  a float32 kernel generated from a built model's IR
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileEntry, CompileError } from '../../cli/compile';
import { hostTarget } from '../../llvm/target';
import { emitKernel } from '../../llvm/kernel-module';
import { loadModel } from '../../runtime/model';

/** The repository root (this file runs from dist/test/golden). */
export const ROOT = join(__dirname, '..', '..', '..');
export const MUST_FAIL_DIR = join(ROOT, 'test', 'fixtures', 'must-fail');
export const MUST_FAIL_RUN_DIR = join(ROOT, 'test', 'fixtures', 'must-fail-run');
export const LL_GOLDEN_DIR = join(ROOT, 'test', 'golden', 'll');
export const LL_BUILD_DIR = join(ROOT, 'dist', 'models');
export const REFRESH = 'npm run golden';

const sorted = (names: string[]) => names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const list = (dir: string, ext: string): string[] => (existsSync(dir) ? sorted(readdirSync(dir).filter((f) => f.endsWith(ext))) : []);

// --- must-fail listings --------------------------------------------------------------------------

/** The must-fail fixtures, as file names (`while-loop.ts`). */
export const mustFailFixtures = (): string[] => list(MUST_FAIL_DIR, '.ts').filter((f) => !f.endsWith('.d.ts'));
/** The golden listings present, as file names (`while-loop.errors.txt`). */
export const mustFailGoldens = (): string[] => list(MUST_FAIL_DIR, '.errors.txt');
export const goldenNameOf = (fixture: string): string => fixture.replace(/\.ts$/, '.errors.txt');

export type CompileOutcome =
  /** Rejected as a model file should be: `listing` is the CompileError's message. */
  | { kind: 'rejected'; listing: string }
  /** It compiled: the fixture does not fail. */
  | { kind: 'compiled' }
  /** The compiler crashed (anything but a CompileError is a BrainTS bug). */
  | { kind: 'crashed'; error: unknown };

/** Compiles one must-fail fixture the way `braints run` compiles a user's file. */
export function compileMustFail(fixture: string): CompileOutcome {
  try {
    compileEntry(join(MUST_FAIL_DIR, fixture));
    return { kind: 'compiled' };
  } catch (e) {
    if (e instanceof CompileError) return { kind: 'rejected', listing: e.message };
    return { kind: 'crashed', error: e };
  }
}

/** The text of a golden listing file for a listing (one diagnostic a line, newline-terminated). */
export const listingFileText = (listing: string): string => `${listing.trimEnd()}\n`;

/** The BTS codes a listing names, in order (`file(3,5): error BTS1010: ...`). */
export const btsCodes = (listing: string): string[] => [...listing.matchAll(/: error (BTS\d{4}): /g)].map((m) => m[1]);
/** Diagnostics of TypeScript itself (`error TS2322: ...`): a must-fail fixture must have none. */
export const tsErrors = (listing: string): string[] => listing.split('\n').filter((l) => /: error TS\d+: /.test(l) || /^error TS\d+/.test(l));

/** The code a fixture says it triggers, from its first line: `// BTS1010: a while loop.` */
export function declaredCode(fixture: string): string | undefined {
  const first = readFileSync(join(MUST_FAIL_DIR, fixture), 'utf8').split('\n', 1)[0];
  return /^\/\/ (BTS\d{4}):/.exec(first)?.[1];
}

// --- run-time must-fail outcomes ------------------------------------------------------------------

/** The run-time must-fail fixtures (`negative-size.ts`): model files that compile, but whose run must fail. */
export const mustFailRunFixtures = (): string[] => list(MUST_FAIL_RUN_DIR, '.ts');
export const mustFailRunGoldens = (): string[] => list(MUST_FAIL_RUN_DIR, '.stderr.txt');
export const runGoldenNameOf = (fixture: string): string => fixture.replace(/\.ts$/, '.stderr.txt');

/** The command-line arguments a fixture asks for on its first line: `// args: --dt 0`. */
export function fixtureArgs(fixture: string): string[] {
  const first = readFileSync(join(MUST_FAIL_RUN_DIR, fixture), 'utf8').split('\n', 1)[0];
  return /^\/\/ args: (.*)$/.exec(first)?.[1].trim().split(/\s+/) ?? [];
}

/**
 * Runs `braints run` on one fixture as a user would, from the repository root, and returns what a
 * golden holds: `exit <status>`, then everything printed on stderr.
 */
export async function runMustFail(fixture: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'braints-must-fail-'));
  const file = join('test', 'fixtures', 'must-fail-run', fixture);
  const env = { ...process.env };
  delete env.BRAINTS_DEBUG;
  try {
    const { status, stderr } = await new Promise<{ status: number; stderr: string }>((done) =>
      execFile(
        process.execPath,
        [join(ROOT, 'bin', 'braints.js'), 'run', file, '--no-plots', '--out', out, ...fixtureArgs(fixture)],
        { cwd: ROOT, env },
        (err, _stdout, stderr) => done({ status: err ? Number(err.code ?? 1) : 0, stderr }),
      ),
    );
    return `exit ${status}\n${stderr.trimEnd()}\n`;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// --- .ll goldens -----------------------------------------------------------------------------------

/** The kernels the build wrote (`lif.LIF.ll`). */
export const builtKernels = (): string[] => list(LL_BUILD_DIR, '.ll');
/** The golden kernels present. */
export const goldenKernels = (): string[] => list(LL_GOLDEN_DIR, '.ll');

export const LL_FLOAT32_GOLDEN_DIR = join(ROOT, 'test', 'golden', 'll-float32');

/** The float32 kernels kept as goldens, a neuron's and a synapse's: golden file -> the built module and class. */
export const FLOAT32_GOLDENS: Readonly<Record<string, [module: string, cls: string]>> = {
  'lif.LIF.f32.ll': ['lif', 'LIF'],
  'coba.ExcitatorySynapse.f32.ll': ['coba', 'ExcitatorySynapse'],
};

/** The float32 kernel of a FLOAT32_GOLDENS entry, as the runtime generates it from the built model's IR. */
export function float32Kernel(golden: string): string {
  const [module, cls] = FLOAT32_GOLDENS[golden];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = (require(join(LL_BUILD_DIR, `${module}.js`)) as Record<string, never>)[cls];
  return emitKernel(loadModel(model).ir, { perElementParams: new Set(), precision: 'float32' }).text;
}

const TRIPLE = /^target triple = ".*"$/m;
const LAYOUT = /^target datalayout = ".*"$/m;
/** The last line of a generated kernel: the sha256 of the text before it (transformer/model-transformer.ts). */
const HASH_LINE = '; braints-hash: ';

/**
 * A golden kernel as this machine's build would write it. The only host-dependent lines of a
 * kernel are its target triple and data layout (llvm/target.ts: from llvm-config-14 --host-target
 * and the architecture), so a golden recorded on another host is compared with those two lines
 * set to this host's, and its closing hash line (a hash of the text above it) recomputed. On the
 * host that recorded it, this changes nothing: the comparison is exact.
 */
export function forThisHost(golden: string): string {
  const { triple, dataLayout } = hostTarget();
  const retargeted = golden.replace(TRIPLE, `target triple = "${triple}"`).replace(LAYOUT, `target datalayout = "${dataLayout}"`);
  if (retargeted === golden) return golden;
  const at = retargeted.lastIndexOf(HASH_LINE);
  if (at < 0) return retargeted;
  const body = retargeted.slice(0, at);
  return `${body}${HASH_LINE}${createHash('sha256').update(body).digest('hex')}\n`;
}

export const tripleOf = (ll: string): string | undefined => /^target triple = "(.*)"$/m.exec(ll)?.[1];

// --- showing a mismatch ------------------------------------------------------------------------------

/**
 * A short line diff of two texts: the first and last differing lines bound one hunk, shown with
 * `context` lines around it and at most `maxLines` lines of change from each side.
 */
export function diffHint(expected: string, actual: string, context = 3, maxLines = 24): string {
  const a = expected.split('\n'), b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1, endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const out: string[] = [`@@ golden lines ${start + 1}-${endA + 1}, actual lines ${start + 1}-${endB + 1} @@`];
  for (let i = Math.max(0, start - context); i < start; i++) out.push(`  ${a[i]}`);
  const side = (lines: string[], from: number, to: number, mark: string) => {
    const n = to - from + 1;
    for (let i = from; i <= Math.min(to, from + maxLines - 1); i++) out.push(`${mark} ${lines[i]}`);
    if (n > maxLines) out.push(`${mark} ... ${n - maxLines} more line(s)`);
  };
  side(a, start, endA, '-');
  side(b, start, endB, '+');
  for (let i = endA + 1; i < Math.min(a.length, endA + 1 + context); i++) out.push(`  ${a[i]}`);
  return out.join('\n');
}
