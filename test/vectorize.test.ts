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

test('a kernel whose loop calls a libmvec function gets 256-bit vectors; one with exp (emitted in IR) or only arithmetic, the widest', (t) => {
  if (process.arch !== 'x64') return t.pass('the vector width choice is made on x86 only');
  const read = (f: string) => readFileSync(join(MODELS, f), 'utf8');
  t.deepEqual(vectorWidthFlags(read('hh.HodgkinHuxley.ll')), ['-mattr=-prefer-256-bit']);
  t.deepEqual(vectorWidthFlags(read('lif.LIF.ll')), ['-mattr=-prefer-256-bit']);
  const loopCalling = (fn: string) =>
    `define i32 @k(double %x) {\nentry:\n  br label %neuron\nneuron:\n  %y = call double @llvm.${fn}.f64(double %x)\n  ret i32 0\n}\n`;
  t.deepEqual(vectorWidthFlags(loopCalling('log')), ['-mattr=+prefer-256-bit']);
  t.deepEqual(vectorWidthFlags(loopCalling('pow')), ['-mattr=+prefer-256-bit']);
  const hh = optimizedKernel(join(MODELS, 'hh.HodgkinHuxley.ll')).ir;
  t.notRegex(hh, /@_ZGV|@llvm\.exp|@exp\(/, "HH's exp is the kernel's own, no library call");
  const avx512 = /\bavx512f\b/.test(readFileSync('/proc/cpuinfo', 'utf8'));
  if (avx512) t.regex(hh, /<8 x double>/, 'on AVX-512 the HH loop gets 8 lanes');
});
