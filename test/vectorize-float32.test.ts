// A float32 kernel holds twice the lanes of its float64 form: a plain-arithmetic loop (LIF) gets
// the widest vectors at twice the lanes; a loop calling exp (Hodgkin-Huxley) the own exp at the
// widest vectors where the CPU has AVX-512 (16 floats), libmvec's 8-wide float exp at 256 bits on
// AVX2 (LLVM 14 maps no AVX-512 libmvec function: llvm/toolchain.ts vectorWidthFlags,
// llvm/kernel-exp.ts).
import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitKernel } from '../llvm/kernel-module';
import { vectorWidthFlags } from '../llvm/toolchain';
import { loadModel } from '../runtime/model';
import type { Precision } from '../ir/pipeline';
import { LIF } from '../models/lif';
import { HodgkinHuxley } from '../models/hh';
import { CobaLIF } from '../models/coba';
import { VECTORIZED, optimizedKernel } from './helpers/vectorized';

type ModelClass = Parameters<typeof loadModel>[0];

/** The widest vector of `type` in the optimized kernel of `cls` at `precision`, and opt's remarks. */
function vectorized(cls: ModelClass, precision: Precision): { lanes: number; remarks: string; ir: string; text: string } {
  const { text } = emitKernel(loadModel(cls).ir, { perElementParams: new Set(), precision });
  const path = join(mkdtempSync(join(tmpdir(), 'braints-f32-')), 'kernel.ll');
  writeFileSync(path, text);
  const { remarks, ir } = optimizedKernel(path);
  const type = precision === 'float32' ? 'float' : 'double';
  const lanes = Math.max(0, ...[...ir.matchAll(new RegExp(`<(\\d+) x ${type}>`, 'g'))].map((m) => Number(m[1])));
  return { lanes, remarks, ir, text };
}

for (const [name, cls] of [
  ['LIF', LIF],
  ['CobaLIF', CobaLIF],
  ['HodgkinHuxley', HodgkinHuxley],
] as const) {
  test(`the float32 ${name} kernel is vectorized at twice the lanes of the float64 one`, (t) => {
    const f64 = vectorized(cls, 'float64');
    const f32 = vectorized(cls, 'float32');
    t.regex(f32.remarks, VECTORIZED, `no vectorization remark:\n${f32.remarks}`);
    t.notRegex(f32.text, /double\*/, 'a float32 kernel takes no double arrays');
    t.true(f64.lanes >= 2, `float64: ${f64.lanes} lanes`);
    t.is(f32.lanes, 2 * f64.lanes, `float64 ${f64.lanes} lanes, float32 ${f32.lanes}`);
  });
}

test("on AVX2, a float32 kernel whose loop calls exp gets 256-bit vectors and libmvec's 8-wide expf", (t) => {
  if (process.arch !== 'x64') return t.pass('the vector width choice is made on x86 only');
  const cpu = process.env.BRAINTS_CPU;
  process.env.BRAINTS_CPU = 'haswell';
  let hh;
  try {
    hh = vectorized(HodgkinHuxley, 'float32');
  } finally {
    if (cpu === undefined) delete process.env.BRAINTS_CPU;
    else process.env.BRAINTS_CPU = cpu;
  }
  t.regex(hh.text, /call float @llvm\.exp\.f32/);
  t.deepEqual(vectorWidthFlags(hh.text), ['-mattr=+prefer-256-bit']);
  t.regex(hh.ir, /@_ZGVdN8v_expf\(/);
  t.is(hh.lanes, 8);
  t.deepEqual(vectorWidthFlags(vectorized(LIF, 'float32').text), ['-mattr=-prefer-256-bit']);
});
