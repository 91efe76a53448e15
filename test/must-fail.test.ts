// Model files that BrainTS must reject (test/fixtures/must-fail): each has one unsupported
// construct, is otherwise type-correct TypeScript, and names on its first line the BTS code it
// triggers (`// BTS1010: a while loop.`). Compiling it must throw CompileError whose message is
// exactly the golden listing beside it, <name>.errors.txt. After an intended change of a
// message: `npm run golden`, then review `git diff test/fixtures/must-fail`.
import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../ir/errors';
import {
  MUST_FAIL_DIR,
  REFRESH,
  mustFailFixtures,
  mustFailGoldens,
  goldenNameOf,
  compileMustFail,
  btsCodes,
  tsErrors,
  declaredCode,
  diffHint,
} from './golden/goldens';

/** Codes that no must-fail fixture (a file that `braints run` must reject) can show, and why. */
const NOT_COMPILE_ERRORS: Partial<Record<keyof typeof ERROR_CODES, string>> = {
  BTS1100:
    'a warning, not an error: a compile that finds a user-edited .ll beside its output keeps it and succeeds; tested in test/diagnostics.test.ts',
  BTS1021: 'raised only when PTX is generated (braints build --ptx), tested in test/ptx.test.ts and test/diagnostics.test.ts',
};

const fixtures = mustFailFixtures();

test('the must-fail folder has fixtures', (t) => {
  t.true(fixtures.length > 0, `no .ts files in ${MUST_FAIL_DIR}`);
});

for (const fixture of fixtures) {
  test(`must-fail/${fixture}`, (t) => {
    const out = compileMustFail(fixture);
    if (out.kind === 'compiled') {
      t.fail(`${fixture} compiled, but it must be rejected with a BTS diagnostic`);
      return;
    }
    if (out.kind === 'crashed') {
      t.fail(
        `${fixture} crashed the compiler instead of a CompileError (a BrainTS bug): ${(out.error as Error)?.stack ?? String(out.error)}`,
      );
      return;
    }
    const { listing } = out;
    t.deepEqual(tsErrors(listing), [], 'no TypeScript errors: the fixture must be type-correct, so that only BrainTS rejects it');
    const codes = btsCodes(listing);
    t.true(codes.length > 0, `the diagnostics name a BTS code:\n${listing}`);
    const declared = declaredCode(fixture);
    t.truthy(declared, `${fixture} starts with a comment naming the code it triggers: // BTSxxxx: ...`);
    t.true(
      declared === undefined || codes.includes(declared),
      `${fixture} says it triggers ${declared}, but the diagnostics name ${codes.join(', ')}`,
    );
    const goldenPath = join(MUST_FAIL_DIR, goldenNameOf(fixture));
    if (!existsSync(goldenPath)) {
      t.fail(`no golden ${goldenNameOf(fixture)}; the diagnostics are:\n${listing}\n(${REFRESH} writes it)`);
      return;
    }
    const golden = readFileSync(goldenPath, 'utf8').trimEnd();
    if (listing !== golden) {
      t.fail(
        `the diagnostics differ from ${goldenNameOf(fixture)} (if the change is intended: ${REFRESH})\n${diffHint(golden, listing, 0)}`,
      );
      return;
    }
    t.pass();
  });
}

test('every golden listing has its fixture', (t) => {
  const wanted = new Set(fixtures.map(goldenNameOf));
  const orphans = mustFailGoldens().filter((g) => !wanted.has(g));
  t.deepEqual(orphans, [], `listings without a .ts beside them (${REFRESH} removes them)`);
});

test('every BTS error code has a must-fail fixture', (t) => {
  const covered = new Set(fixtures.map(declaredCode));
  const missing = Object.keys(ERROR_CODES).filter((c) => !covered.has(c) && !(c in NOT_COMPILE_ERRORS));
  t.deepEqual(missing, [], 'codes in ir/errors.ts that no fixture in test/fixtures/must-fail triggers');
});
