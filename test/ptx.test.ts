// Every built-in model also compiles to an NVPTX kernel (linked with libdevice), and ptxas
// accepts it for sm_90. Running on a GPU is not part of this test.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import * as models from '../models/index';
import { emitPtx, checkPtx } from '../llvm/ptx';
import { loadModel } from '../runtime/model';

const hasPtxas = (() => {
  try {
    execFileSync('ptxas', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// the compiled neuron models among the exports (which also hold helper functions and synapse
// models, whose kernels are generated for the CPU only so far)
const compiled = Object.entries(models).filter(
  ([, c]) => typeof c === 'function' && '__braints' in c && loadModel(c as never).ir.kind === 'neuron',
);

for (const [name, cls] of compiled) {
  (hasPtxas ? test : test.skip)(`${name}: PTX kernel passes ptxas -arch=sm_90`, (t) => {
    const ir = loadModel(cls as never).ir;
    const out = emitPtx(ir);
    t.regex(out.ptx, new RegExp(`\\.visible \\.entry ${out.symbol}\\(`));
    t.notThrows(() => checkPtx(out.ptx, 'sm_90'));
  });
}
