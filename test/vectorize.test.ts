// The LIF and Hodgkin-Huxley kernels must come out of `opt -O3` vectorized: the loop vectorizer's
// remarks say so (a "Passed ... Vectorized" remark for the neuron loop). A synapse's loop that
// draws random numbers must stay scalar (llvm/emit-synapse.ts keyIndex: its draws would otherwise
// depend on which synapses fall in the vector loop's scalar tail, which differs between layouts).
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { kernelTargetFlags, vectorWidthFlags } from '../llvm/toolchain';
import { callingOwnExp, ownExpTypes } from '../llvm/kernel-exp';
import { ROOT, fixturePath } from './helpers/fixtures';
import { compileEntry } from '../cli/compile';
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

test("a synapse's everyStep that draws random numbers stays scalar, the same bits for every synapse wherever a call's synapses begin", (t) => {
  const { models } = compileEntry(fixturePath('network/reference.ts'));
  const ll = models.find((m) => m.ir.name === 'NoisySynapse')!.llPath!;
  const { ir } = optimizedKernel(ll);
  const everyStep = /^define [^\n]*@NoisySynapse_everyStep\([\s\S]*?^}/m.exec(ir)![0];
  t.regex(everyStep, /%keys\.none = icmp eq i32\* %keys, null/);
  t.notRegex(everyStep, /<\d+ x (double|i32)>/, 'vector instructions in everyStep');
});

test('a kernel whose loop calls exp or log gets 256-bit vectors and libmvec; one with only arithmetic, the widest', (t) => {
  if (process.arch !== 'x64') return t.pass('the vector width choice is made on x86 only');
  const read = (f: string) => readFileSync(join(MODELS, f), 'utf8');
  t.deepEqual(vectorWidthFlags(read('hh.HodgkinHuxley.ll')), ['-mattr=+prefer-256-bit']);
  t.deepEqual(vectorWidthFlags(read('lif.LIF.ll')), ['-mattr=-prefer-256-bit']);
  // CubaLIF's exp(-dt/tau) is group-uniform, computed once in the entry block: its loop is arithmetic
  t.regex(read('coba.CubaLIF.ll'), /call double @llvm\.exp\.f64/);
  t.deepEqual(vectorWidthFlags(read('coba.CubaLIF.ll')), ['-mattr=-prefer-256-bit']);
  // the own exp's calls are no library calls
  t.deepEqual(vectorWidthFlags(callingOwnExp(read('hh.HodgkinHuxley.ll'), ['f64'])), ['-mattr=-prefer-256-bit']);
});

test('the own exp where the CPU has AVX-512, in double and float; libmvec on AVX2', (t) => {
  const calls = (type: string) =>
    `  %y = call ${type === 'f32' ? 'float' : 'double'} @llvm.exp.${type}(${type === 'f32' ? 'float' : 'double'} %x)\n`;
  t.deepEqual(ownExpTypes(calls('f64'), false), []);
  t.deepEqual(ownExpTypes(calls('f64'), true), ['f64']);
  t.deepEqual(ownExpTypes(calls('f32'), false), []);
  t.deepEqual(ownExpTypes(calls('f32'), true), ['f32']);
  t.deepEqual(ownExpTypes(calls('f32') + calls('f64'), true), ['f32', 'f64']);
  t.is(
    callingOwnExp(calls('f64') + 'declare double @llvm.exp.f64(double)\n', ['f64']),
    '  %y = call double @braints.exp.f64(double %x)\ndeclare double @braints.exp.f64(double)\n',
  );
});

test('BRAINTS_CPU that is no CPU name is one line naming the variable', (t) => {
  const saved = process.env.BRAINTS_CPU;
  try {
    process.env.BRAINTS_CPU = 'haswell; rm';
    t.throws(() => kernelTargetFlags(''), { message: /^BRAINTS_CPU=haswell; rm is not a CPU name: use an LLVM name/ });
  } finally {
    if (saved === undefined) delete process.env.BRAINTS_CPU;
    else process.env.BRAINTS_CPU = saved;
  }
});

const cpuHas = (flag: string) => new RegExp(`\\b${flag}\\b`).test(readFileSync('/proc/cpuinfo', 'utf8'));

test("HH's exp: the own exp at 8 lanes on AVX-512, libmvec's at 4 on AVX2 (haswell)", (t) => {
  if (process.arch !== 'x64') return t.pass('libmvec is x86 only');
  const hh = join(MODELS, 'hh.HodgkinHuxley.ll');
  const saved = process.env.BRAINTS_CPU;
  try {
    process.env.BRAINTS_CPU = 'haswell';
    t.regex(optimizedKernel(hh).ir, /@_ZGVdN4v_exp\(/, "on AVX2 HH's exp goes to libmvec's 4-wide exp");
  } finally {
    if (saved === undefined) delete process.env.BRAINTS_CPU;
    else process.env.BRAINTS_CPU = saved;
  }
  if (!cpuHas('avx512f')) return;
  const ir = optimizedKernel(hh).ir;
  t.notRegex(ir, /@_ZGV|@llvm\.exp|@braints\.exp/, "on AVX-512 HH's exp is the own exp, inlined");
  t.regex(ir, /<8 x double>/, 'on AVX-512 the HH loop gets 8 lanes');
});
