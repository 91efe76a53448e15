// Model files that compile but whose run must fail (test/fixtures/must-fail-run): each is a user's
// mistake at run time (a bad size, array, option or flag). `braints run` must print one clear line
// naming the group, variable or option (with the user's line where it is known), no stack trace,
// and exit 1 (2 for command-line usage); the golden <name>.stderr.txt beside each holds exactly that.
// After an intended change of a message: `npm run golden`, then review `git diff test/fixtures`.
import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUST_FAIL_RUN_DIR, REFRESH, mustFailRunFixtures, runGoldenNameOf, runMustFail, diffHint } from './golden/goldens';

const fixtures = mustFailRunFixtures();

test('the run-time must-fail folder has fixtures', (t) => {
  t.true(fixtures.length > 0, `no .ts files in ${MUST_FAIL_RUN_DIR}`);
});

for (const fixture of fixtures) {
  test(`must-fail-run/${fixture}`, async (t) => {
    const got = await runMustFail(fixture);
    t.false(got.startsWith('exit 0\n'), `${fixture} ran without an error:\n${got}`);
    t.regex(got, /^exit [12]\n/, 'a user mistake exits 1 (2 for command-line usage)');
    t.notRegex(got, /^\s+at /m, 'no stack trace');
    const golden = join(MUST_FAIL_RUN_DIR, runGoldenNameOf(fixture));
    if (!existsSync(golden)) return t.fail(`no golden ${runGoldenNameOf(fixture)}; the run printed:\n${got}\n(${REFRESH} writes it)`);
    const want = readFileSync(golden, 'utf8');
    t.is(got, want, `${fixture}: the output differs from its golden (${REFRESH} rewrites it):\n${diffHint(want, got)}`);
  });
}
