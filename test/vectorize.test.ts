// The LIF and Hodgkin-Huxley kernels must come out of `opt -O3` vectorized: the loop vectorizer's
// remarks say so (a "Passed ... Vectorized" remark for the neuron loop).
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { vectorWidthFlags } from '../llvm/toolchain';
import { ROOT } from './helpers/fixtures';
import { VECTORIZED, optimizedKernel } from './helpers/vectorized';

const MODELS = join(ROOT, 'dist', 'models');

for (const prefix of ['lif.LIF', 'hh.']) {
  test(`the ${prefix} kernel is vectorized`, (t) => {
    const files = readdirSync(MODELS).filter((f) => f.startsWith(prefix) && f.endsWith('.ll'));
    t.true(files.length > 0, `no ${prefix}*.ll in dist/models`);
    for (const f of files) {
      const { remarks, ir } = optimizedKernel(join(MODELS, f));
      t.regex(remarks, VECTORIZED, `${f}: no vectorization remark:\n${remarks}`);
      t.regex(ir, /<(2|4|8) x double>/, `${f}: no vector instructions after opt`);
    }
  });
}

test('a kernel whose loop calls exp gets 256-bit vectors and libmvec; one with only arithmetic, the widest', (t) => {
  if (process.arch !== 'x64') return t.pass('the vector width choice is made on x86 only');
  const read = (f: string) => readFileSync(join(MODELS, f), 'utf8');
  t.deepEqual(vectorWidthFlags(read('hh.HodgkinHuxley.ll')), ['-mattr=+prefer-256-bit']);
  t.deepEqual(vectorWidthFlags(read('lif.LIF.ll')), ['-mattr=-prefer-256-bit']);
  // CubaLIF's exp(-dt/tau) is group-uniform, computed once in the entry block: its loop is arithmetic
  t.regex(read('coba.CubaLIF.ll'), /call double @llvm\.exp\.f64/);
  t.deepEqual(vectorWidthFlags(read('coba.CubaLIF.ll')), ['-mattr=-prefer-256-bit']);
  t.regex(optimizedKernel(join(MODELS, 'hh.HodgkinHuxley.ll')).ir, /@_ZGVdN4v_exp\(/, "HH's exp goes to libmvec's 4-wide exp");
});
