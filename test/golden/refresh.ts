// Rewrites the golden files from the current build: `npm run golden` (= npm run build, then this).
//   test/fixtures/must-fail/<name>.errors.txt  <- the diagnostics of compiling <name>.ts
//   test/fixtures/must-fail-run/<name>.stderr.txt <- the exit status and stderr of `braints run <name>.ts`
//   test/golden/ll/<file>.<Class>.ll           <- dist/models/<file>.<Class>.ll
//   test/golden/ll-float32/<file>.<Class>.f32.ll <- the float32 kernels of FLOAT32_GOLDENS
//   docs/models/<Model>.md, docs/models/README.md <- the built-in models (test/golden/model-docs.ts)
//   runtime/native/plan.h, random.h, kernel-abi.h  <- the contract's C headers (contract/c-headers.ts)
// Goldens without a source (a deleted fixture or model) are removed. A must-fail fixture that
// compiles, crashes the compiler, or fails with TypeScript errors instead of BTS ones gets no
// golden, and the script exits with status 1. Review the changes with `git diff test/` before
// committing them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ROOT, MUST_FAIL_DIR, MUST_FAIL_RUN_DIR, LL_GOLDEN_DIR, LL_BUILD_DIR,
  mustFailFixtures, mustFailGoldens, goldenNameOf, compileMustFail, listingFileText, btsCodes, tsErrors,
  mustFailRunFixtures, mustFailRunGoldens, runGoldenNameOf, runMustFail,
  builtKernels, goldenKernels, tripleOf, LL_FLOAT32_GOLDEN_DIR, FLOAT32_GOLDENS, float32Kernel,
} from './goldens';
import { hostTarget } from '../../llvm/target';
import { MODEL_DOCS_DIR, modelDocs } from './model-docs';
import { contractHeaders } from '../../contract/c-headers';

type Change = 'added' | 'changed' | 'unchanged' | 'removed';
const counts: Record<Change, number> = { added: 0, changed: 0, unchanged: 0, removed: 0 };
const problems: string[] = [];
const rel = (p: string) => relative(ROOT, p);

function write(path: string, text: string): void {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const change: Change = old === undefined ? 'added' : old === text ? 'unchanged' : 'changed';
  counts[change]++;
  if (change === 'unchanged') return;
  writeFileSync(path, text);
  console.log(`  ${change.padEnd(9)} ${rel(path)}`);
}

function remove(path: string): void {
  rmSync(path);
  counts.removed++;
  console.log(`  removed   ${rel(path)}`);
}

function refreshMustFail(): void {
  console.log(`must-fail listings (${rel(MUST_FAIL_DIR)}):`);
  const fixtures = mustFailFixtures();
  for (const fixture of fixtures) {
    const out = compileMustFail(fixture);
    if (out.kind === 'compiled') {
      problems.push(`${fixture} compiles: a must-fail fixture must be rejected by BrainTS`);
      continue;
    }
    if (out.kind === 'crashed') {
      problems.push(`${fixture} crashed the compiler (a BrainTS bug): ${(out.error as Error)?.stack ?? String(out.error)}`);
      continue;
    }
    const ts = tsErrors(out.listing);
    if (ts.length > 0 || btsCodes(out.listing).length === 0) {
      problems.push(`${fixture} is not rejected by a BTS diagnostic (make it type-correct TypeScript):\n${out.listing}`);
      continue;
    }
    write(join(MUST_FAIL_DIR, goldenNameOf(fixture)), listingFileText(out.listing));
  }
  const wanted = new Set(fixtures.map(goldenNameOf));
  for (const g of mustFailGoldens()) if (!wanted.has(g)) remove(join(MUST_FAIL_DIR, g));
}

async function refreshMustFailRun(): Promise<void> {
  console.log(`run-time must-fail outcomes (${rel(MUST_FAIL_RUN_DIR)}):`);
  const fixtures = mustFailRunFixtures();
  for (const fixture of fixtures) {
    const text = await runMustFail(fixture);
    if (text.startsWith('exit 0\n')) {
      problems.push(`${fixture} ran without an error: a run-time must-fail fixture must fail`);
      continue;
    }
    write(join(MUST_FAIL_RUN_DIR, runGoldenNameOf(fixture)), text);
  }
  const wanted = new Set(fixtures.map(runGoldenNameOf));
  for (const g of mustFailRunGoldens()) if (!wanted.has(g)) remove(join(MUST_FAIL_RUN_DIR, g));
}

function refreshKernels(): void {
  console.log(`kernel goldens (${rel(LL_GOLDEN_DIR)} from ${rel(LL_BUILD_DIR)}):`);
  const built = builtKernels();
  if (built.length === 0) problems.push(`${rel(LL_BUILD_DIR)} has no .ll files: run \`npm run build\` first`);
  mkdirSync(LL_GOLDEN_DIR, { recursive: true });
  for (const ll of built) {
    const text = readFileSync(join(LL_BUILD_DIR, ll), 'utf8');
    const golden = join(LL_GOLDEN_DIR, ll);
    const old = existsSync(golden) ? readFileSync(golden, 'utf8') : undefined;
    if (old !== undefined && tripleOf(old) !== tripleOf(text)) {
      console.log(`  note: ${ll} was recorded for ${tripleOf(old)}; this host is ${tripleOf(text)}`);
    }
    write(golden, text);
  }
  const wanted = new Set(built);
  for (const g of goldenKernels()) if (!wanted.has(g)) remove(join(LL_GOLDEN_DIR, g));
  console.log(`float32 kernel goldens (${rel(LL_FLOAT32_GOLDEN_DIR)}):`);
  mkdirSync(LL_FLOAT32_GOLDEN_DIR, { recursive: true });
  for (const g of Object.keys(FLOAT32_GOLDENS)) write(join(LL_FLOAT32_GOLDEN_DIR, g), float32Kernel(g));
}

function refreshModelDocs(): void {
  const dir = MODEL_DOCS_DIR(ROOT);
  console.log(`model reference pages (${rel(dir)}):`);
  let pages: Map<string, string>;
  try {
    pages = modelDocs(ROOT);
  } catch (e) {
    problems.push(`the model reference pages could not be generated: ${(e as Error).message}`);
    return;
  }
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of pages) write(join(dir, file), text);
  for (const f of readdirSync(dir)) if (f.endsWith('.md') && !pages.has(f)) remove(join(dir, f));
}

function refreshContractHeaders(): void {
  const dir = join(ROOT, 'runtime', 'native');
  console.log(`contract headers (${rel(dir)} from contract/):`);
  for (const [file, text] of contractHeaders()) write(join(dir, file), text);
}

async function main(): Promise<void> {
  // first: the must-fail runs below compile the driver from these headers
  refreshContractHeaders();
  refreshMustFail();
  await refreshMustFailRun();
  refreshKernels();
  refreshModelDocs();
  console.log(`host target ${hostTarget().triple}; ${counts.added} added, ${counts.changed} changed, ${counts.removed} removed, ${counts.unchanged} unchanged`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

void main();
