// The LIF and Hodgkin-Huxley kernels must come out of `opt -O3` vectorized: the loop vectorizer's
// remarks say so (a "Passed ... Vectorized" remark for the neuron loop).
import test from 'ava';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optimize } from '../llvm/toolchain';
import { ROOT } from './helpers/fixtures';

const MODELS = join(ROOT, 'dist', 'models');

for (const prefix of ['lif.LIF', 'hh.']) {
  test(`the ${prefix} kernel is vectorized`, (t) => {
    const files = readdirSync(MODELS).filter((f) => f.startsWith(prefix) && f.endsWith('.ll'));
    t.true(files.length > 0, `no ${prefix}*.ll in dist/models`);
    for (const f of files) {
      const dir = mkdtempSync(join(tmpdir(), 'braints-vec-'));
      const remarks = join(dir, 'remarks.yaml');
      optimize(join(MODELS, f), join(dir, 'opt.ll'), { remarksFile: remarks });
      const text = readFileSync(remarks, 'utf8');
      t.regex(text, /--- !Passed\s+Pass:\s+loop-vectorize\s+Name:\s+Vectorized/, `${f}: no vectorization remark:\n${text}`);
      t.regex(readFileSync(join(dir, 'opt.ll'), 'utf8'), /<(2|4|8) x double>/, `${f}: no vector instructions after opt`);
    }
  });
}
