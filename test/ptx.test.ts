// Every built-in model, neuron or synapse, also compiles to NVPTX kernels (linked with libdevice),
// and ptxas accepts them for sm_90. Running on a GPU is not part of this test.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import * as models from '../models/index';
import { emitPtx, checkPtx } from '../llvm/ptx';
import { loadModel } from '../runtime/model';
import { ModelError } from '../ir/errors';
import { loadFixture } from './helpers/fixtures';
import { Network, fixedProb, uniform } from '../index';
import { networkPtx } from '../runtime/gpu/backend';
import { wrappedFunctions } from '../runtime/gpu/launch-sequence';

const hasPtxas = (() => {
  try {
    execFileSync('ptxas', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// the compiled models among the exports (which also hold helper functions)
const compiled = Object.entries(models).filter(([, c]) => typeof c === 'function' && '__braints' in c);

for (const [name, cls] of compiled) {
  (hasPtxas ? test : test.skip)(`${name}: PTX kernels pass ptxas -arch=sm_90`, (t) => {
    const ir = loadModel(cls as never).ir;
    const out = emitPtx(ir);
    t.true(out.symbols.length >= (ir.kind === 'synapse' ? 2 : 1), `kernels: ${out.symbols.join(', ')}`);
    for (const symbol of out.symbols) t.regex(out.ptx, new RegExp(`\\.visible \\.entry ${symbol}\\(`));
    t.notThrows(() => checkPtx(out.ptx, 'sm_90'));
  });
}

(hasPtxas ? test : test.skip)("a synapse's additions into its targets are atomic on the GPU", (t) => {
  const out = emitPtx(loadModel(models.ExcitatorySynapse as never).ir);
  t.deepEqual(out.symbols, ['ExcitatorySynapse_onPre_rows', 'ExcitatorySynapse_onPre_ids']);
  t.regex(out.ptx, /atom(\.global)?\.add\.f64/);
  const stdp = emitPtx(loadModel(models.STDPSynapse as never).ir);
  t.true(stdp.symbols.includes('STDPSynapse_onPost'));
  // `if (w > 0) post.I_ex += w; else post.I_in += w`: each atomic add made only where its condition holds
  const sorted = emitPtx(loadModel(models.StaticCurrentSynapse as never).ir).ll;
  const guard = sorted.match(/br i1 (%\d+), label %post\.I_ex\.add, label %post\.I_ex\.added/);
  t.truthy(guard, 'the addition into I_ex is branched over');
  t.regex(
    sorted,
    new RegExp(`(%\\d+) = xor i1 ${guard![1]}, true[^\\n]*\\n\\s*br i1 \\1, label %post\\.I_in\\.add, label %post\\.I_in\\.added`),
  );
  t.regex(
    sorted,
    /post\.I_ex\.add:[^]*?call void @braints_atomic_add_f64\(double\* %post\.I_ex\.addr\d*, double %w\)[^]*?br label %post\.I_ex\.added/,
  );
});

(hasPtxas ? test : test.skip)('`if (c) x += v; else x -= u` is one atomic add on the GPU, of the amount c chooses', (t) => {
  const { SignedConductance } = loadFixture<{ SignedConductance: never }>('network/gpu-additions.ts');
  const out = emitPtx(loadModel(SignedConductance).ir);
  t.regex(out.ll, /%post\.g\.amount = select i1 %\d+, double %w, double %\d+/);
  t.is(out.ll.match(/call void @braints_atomic_add_f64\(/g)?.length, out.symbols.length, 'one atomic add an entry point');
  t.notRegex(out.ll, /post\.g\.add:/, 'no branch');
  t.notThrows(() => checkPtx(out.ptx, 'sm_90'));
});

for (const [name, reads] of [
  ['SaturatingConductance', 'post.g'],
  ['ScaledConductance', 'post.h'],
] as const) {
  test(`an addition whose condition or amount reads a field that synapses add into is refused for the GPU (${name})`, (t) => {
    const cls = loadFixture<Record<string, never>>('network/gpu-additions.ts')[name];
    const err = t.throws(() => emitPtx(loadModel(cls).ir));
    t.is((err as ModelError).code, 'BTS1021');
    t.true(err!.message.includes(`other threads add into ${reads} while this one reads it`), err!.message);
    t.regex(`${(err as ModelError).span.file}:${(err as ModelError).span.line}`, /test\/fixtures\/network\/gpu-additions\.ts:\d+/);
  });
}

(hasPtxas ? test : test.skip)('synapse code drawing random numbers reads its keys (the list indices) and passes ptxas', (t) => {
  const { NoisySynapse } = loadFixture<{ NoisySynapse: never }>('network/reference.ts');
  const out = emitPtx(loadModel(NoisySynapse).ir);
  t.deepEqual(out.symbols, ['NoisySynapse_onPre_rows', 'NoisySynapse_onPre_ids', 'NoisySynapse_onPost', 'NoisySynapse_everyStep']);
  t.is(out.ll.match(/%keys\.none = icmp eq i32\* %keys, null/g)?.length, 4, 'each entry point tests whether it got keys');
  t.notThrows(() => checkPtx(out.ptx, 'sm_90'));
});

for (const [name, cls] of compiled) {
  (hasPtxas ? test : test.skip)(`${name}: float32 PTX kernels pass ptxas -arch=sm_90`, (t) => {
    const ir = loadModel(cls as never).ir;
    const out = emitPtx(ir, undefined, 'float32');
    for (const symbol of out.symbols) t.regex(out.ptx, new RegExp(`\\.visible \\.entry ${symbol}\\(`));
    // float arithmetic; a double only where a Poisson or binomial count is drawn (in double at any precision)
    t.regex(out.ll, /float\*\*/);
    t.notThrows(() => checkPtx(out.ptx, 'sm_90'));
  });
}

(hasPtxas ? test : test.skip)(
  "float32: a synapse's additions into its targets are atomic adds of floats, and math is libdevice's float",
  (t) => {
    const out = emitPtx(loadModel(models.ExcitatorySynapse as never).ir, undefined, 'float32');
    t.regex(out.ptx, /atom(\.global)?\.add\.f32/);
    // t and dt arrive as doubles (the ABI) and are converted once; nothing is computed in double
    t.notRegex(out.ptx, /\b(add|sub|mul|div|fma)(\.\w+)*\.f64\b/, 'no double arithmetic');
    const hh = emitPtx(loadModel(models.HodgkinHuxley as never).ir, undefined, 'float32');
    t.regex(hh.ll, /@__nv_expf\(/);
    t.notRegex(hh.ll, /@__nv_exp\(/);
  },
);

test('assigning (not adding into) a shared target is refused for the GPU, at its line', (t) => {
  const { Mark } = loadFixture<{ Mark: never }>('network/delays.ts');
  const err = t.throws(() => emitPtx(loadModel(Mark).ir));
  t.true(err instanceof ModelError);
  t.is((err as ModelError).code, 'BTS1021');
  t.regex(err!.message, /threads share post\.arrival: synapse code may only add into it/);
  t.regex(`${(err as ModelError).span.file}:${(err as ModelError).span.line}`, /test\/fixtures\/network\/delays\.ts:\d+/);
});

(hasPtxas ? test : test.skip)(
  "a network's device module (kernels, step wrappers, driver kernels, libdevice) passes ptxas for sm_90",
  async (t) => {
    const E = new models.CobaLIF(80, { v: uniform(-60, -50) });
    const I = new models.TraubHH(20, {});
    const L = new models.LIF(20, {});
    const net = new Network({
      E,
      I,
      L,
      ee: new models.STDPSynapse(E, E, { connect: fixedProb(0.1), delay: 0.2 }),
      ei: new models.ExcitatorySynapse(E, I, { connect: fixedProb(0.1) }),
      gap: new models.GapJunction(L, L, { connect: fixedProb(0.1) }),
    });
    // built by a CPU run of no steps: the PTX is made from the built network
    await net.run(0, { dt: 0.1 });
    const built = (net as unknown as { built: Parameters<typeof networkPtx>[0] }).built;
    const ptx = networkPtx(built, wrappedFunctions(built));
    for (const kernel of ['braints_spikes_write', 'braints_step_end', 'CobaLIF_update__step', 'STDPSynapse_onPost__step'])
      t.regex(ptx, new RegExp(`\\.visible \\.entry ${kernel}\\(`));
    t.notThrows(() => checkPtx(ptx, 'sm_90'));
  },
);
