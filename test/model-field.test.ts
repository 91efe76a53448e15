// Vector fields built from model classes as written (analysis/model-field.ts): the system's
// expressions, the native field against the JavaScript evaluation of the same IR, the exact
// Jacobians against central differences, what update() does that the field leaves out, and
// the errors for variables and parameters the model does not have.
import test from 'ava';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AdEx, FitzHughNagumo, HindmarshRose, HodgkinHuxley, HodgkinHuxleyExpEuler, Izhikevich, LIF, MorrisLecar } from '../models';
import { modelField } from '../analysis/model-field';
import type { ModelFieldOptions } from '../analysis/model-field';
import type { VectorField } from '../analysis/vector-field';
import { ROOT, loadFixture } from './helpers/fixtures';
import { VECTORIZED, optimizedKernel } from './helpers/vectorized';
import { loadModel } from '../runtime/model';
import { modelSystem } from '../analysis/model-system';
import { emitFieldModule } from '../llvm/emit-field';

const exec = promisify(execFile);

/** A deterministic generator of points (xorshift), so that a failure is reproducible. */
function uniforms(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function randomPoints(n: number, ranges: [number, number][], seed: number): Float64Array {
  const u = uniforms(seed);
  const x = new Float64Array(n * ranges.length);
  for (let i = 0; i < n; i++) ranges.forEach(([lo, hi], j) => (x[i * ranges.length + j] = lo + (hi - lo) * u()));
  return x;
}

function evaluateAll(field: VectorField, x: Float64Array, p: Float64Array) {
  const dim = field.variables.length;
  const np = field.parameters.length;
  const n = x.length / dim;
  const out = new Float64Array(n * dim);
  const jac = new Float64Array(n * dim * dim);
  const pjac = new Float64Array(n * dim * np);
  field.evaluate(x, p, out, jac, pjac);
  return { out, jac, pjac };
}

/** max |a - b| / (1 + |b|) over the arrays: relative error, absolute near zero. */
function maxError(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / (1 + Math.abs(b[i])));
  return worst;
}

type Case = [string, abstract new (...args: never[]) => unknown, ModelFieldOptions, [number, number][], [number, number][]];

// every accepted built-in neuron model: variables with their ranges, parameters with theirs
const CASES: Case[] = [
  [
    'FitzHughNagumo',
    FitzHughNagumo,
    { variables: ['v', 'w'], parameters: ['I'] },
    [
      [-3, 3],
      [-2, 2],
    ],
    [[0, 2]],
  ],
  [
    'MorrisLecar',
    MorrisLecar,
    { variables: ['V', 'w'], parameters: ['I', 'gCa'] },
    [
      [-80, 60],
      [0, 1],
    ],
    [
      [0, 300],
      [3, 5],
    ],
  ],
  [
    'HodgkinHuxley',
    HodgkinHuxley,
    { variables: ['V', 'm', 'h', 'n'], parameters: ['I'] },
    [
      [-90, 50],
      [0, 1],
      [0, 1],
      [0, 1],
    ],
    [[0, 20]],
  ],
  [
    'HodgkinHuxleyExpEuler (V, n only)',
    HodgkinHuxleyExpEuler,
    { variables: ['V', 'n'], parameters: [] },
    [
      [-90, 50],
      [0, 1],
    ],
    [],
  ],
  [
    'HindmarshRose',
    HindmarshRose,
    { variables: ['x', 'y', 'z'], parameters: ['I', 'r'] },
    [
      [-2, 2],
      [-10, 2],
      [0, 4],
    ],
    [
      [0, 4],
      [0.001, 0.01],
    ],
  ],
  [
    'AdEx',
    AdEx,
    { variables: ['V', 'w'], parameters: ['I'] },
    [
      [-80, -40],
      [0, 200],
    ],
    [[0, 500]],
  ],
  [
    'Izhikevich',
    Izhikevich,
    { variables: ['v', 'u'], parameters: ['I'] },
    [
      [-80, 30],
      [-20, 10],
    ],
    [[0, 20]],
  ],
];

for (const [name, cls, opts, xRanges, pRanges] of CASES) {
  test(`${name}: the native field and Jacobians equal the JavaScript evaluation of the IR at 1000 random points (rel. 1e-12)`, async (t) => {
    const native = await modelField(cls, opts);
    const js = await modelField(cls, { ...opts, evaluator: 'js' });
    const n = 1000;
    const x = randomPoints(n, xRanges, 1);
    const p = randomPoints(n, pRanges, 2);
    const a = evaluateAll(native, x, p);
    const b = evaluateAll(js, x, p);
    // libmvec's exp differs from V8's Math.exp by an ulp or so
    t.true(maxError(a.out, b.out) < 1e-12, `f: ${maxError(a.out, b.out)}`);
    t.true(maxError(a.jac, b.jac) < 1e-12, `jacobian: ${maxError(a.jac, b.jac)}`);
    t.true(maxError(a.pjac, b.pjac) < 1e-12, `parameter jacobian: ${maxError(a.pjac, b.pjac)}`);
    t.true(a.out.every(Number.isFinite));
    // shared parameters (np values for every point) give what each point's own copy gives
    if (pRanges.length) {
      const shared = p.subarray(0, pRanges.length);
      const copies = new Float64Array(n * pRanges.length).map((_, i) => shared[i % pRanges.length]);
      // (to rounding: the vectorized loop and its scalar remainder call libmvec's and libm's exp)
      const e = maxError(evaluateAll(native, x, shared).out, evaluateAll(native, x, copies).out);
      t.true(e < 1e-14, `shared parameters: ${e}`);
    }
  });
}

test('FitzHugh-Nagumo: f, the Jacobian and df/dI are the closed forms of the model page (a = 0.7, b = 0.8, tau = 12.5; I held at 0.5)', async (t) => {
  const field = await modelField(FitzHughNagumo, { variables: ['v', 'w'], parameters: ['b'], fixed: { I: 0.5 } });
  t.deepEqual(field.system.held, { I: 0.5, a: 0.7, tau: 12.5 });
  const x = randomPoints(
    50,
    [
      [-3, 3],
      [-2, 2],
    ],
    3,
  );
  const b = new Float64Array([0.8]);
  const { out, jac, pjac } = evaluateAll(field, x, b);
  for (let i = 0; i < 50; i++) {
    const [v, w] = [x[2 * i], x[2 * i + 1]];
    const close = (a: number, e: number, what: string) => t.true(Math.abs(a - e) <= 1e-13 * (1 + Math.abs(e)), `${what}: ${a} vs ${e}`);
    close(out[2 * i], v - v ** 3 / 3 - w + 0.5, 'dv/dt');
    close(out[2 * i + 1], (v + 0.7 - 0.8 * w) / 12.5, 'dw/dt');
    close(jac[4 * i], 1 - v * v, 'd(dv/dt)/dv');
    close(jac[4 * i + 1], -1, 'd(dv/dt)/dw');
    close(jac[4 * i + 2], 1 / 12.5, 'd(dw/dt)/dv');
    close(jac[4 * i + 3], -0.8 / 12.5, 'd(dw/dt)/dw');
    close(pjac[2 * i], 0, 'd(dv/dt)/db');
    close(pjac[2 * i + 1], -w / 12.5, 'd(dw/dt)/db');
  }
});

test('the exact Jacobians of Hodgkin-Huxley and Morris-Lecar agree with central differences of f (rel. 1e-6)', async (t) => {
  for (const [cls, opts, xr, pr] of [CASES[1], CASES[2]].map((c) => c.slice(1) as [Case[1], Case[2], Case[3], Case[4]])) {
    const field = await modelField(cls, opts);
    const dim = xr.length;
    const np = pr.length;
    const x = randomPoints(20, xr, 4);
    const p = randomPoints(20, pr, 5);
    const { jac, pjac } = evaluateAll(field, x, p);
    const f = (xi: Float64Array, pi: Float64Array) => {
      const out = new Float64Array(dim);
      field.evaluate(xi, pi, out);
      return out;
    };
    for (let i = 0; i < 20; i++) {
      const xi = x.slice(i * dim, (i + 1) * dim);
      const pi = p.slice(i * np, (i + 1) * np);
      const check = (k: number, isParam: boolean, exact: (row: number) => number) => {
        const base = isParam ? pi : xi;
        const h = 1e-6 * Math.max(1, Math.abs(base[k]));
        const up = base.slice();
        const down = base.slice();
        up[k] += h;
        down[k] -= h;
        const fu = isParam ? f(xi, up) : f(up, pi);
        const fd = isParam ? f(xi, down) : f(down, pi);
        for (let r = 0; r < dim; r++) {
          const fdq = (fu[r] - fd[r]) / (2 * h);
          const scale = Math.max(1, Math.abs(fdq), Math.abs(f(xi, pi)[r]) / Math.max(1, Math.abs(base[k])));
          t.true(
            Math.abs(exact(r) - fdq) <= 1e-6 * scale,
            `${field.system.model} row ${r}, ${isParam ? 'p' : 'x'}${k}: ${exact(r)} vs ${fdq}`,
          );
        }
      };
      for (let k = 0; k < dim; k++) check(k, false, (r) => jac[i * dim * dim + r * dim + k]);
      for (let k = 0; k < np; k++) check(k, true, (r) => pjac[i * dim * np + r * np + k]);
    }
  }
});

test('what update() does besides integrating is listed: LIF resets V, writes t_last and spikes; FitzHugh-Nagumo writes armed and spikes', async (t) => {
  const lif = await modelField(LIF, { variables: ['V'], evaluator: 'js' });
  t.is(lif.system.notes.length, 3, lif.system.notes.join('\n'));
  t.regex(
    lif.system.notes[0],
    /^update\(\) sets V otherwise than by step\(\) under some condition \(.*lif\.ts:\d+:\d+: a reset or refractoriness\)/,
  );
  t.regex(lif.system.notes[1], /^update\(\) writes t_last \(.*lif\.ts:\d+:\d+\), which no @ode integrates; the field does not read it$/);
  t.regex(lif.system.notes[2], /^update\(\) emits spikes/);
  const fhn = await modelField(FitzHughNagumo, { variables: ['v'], evaluator: 'js' });
  t.deepEqual(
    fhn.system.notes.map((n) => n.replace(/\([^()]*:\d+:\d+\)/, '(...)')),
    [
      'update() writes armed (...), which no @ode integrates; the field does not read it',
      'update() emits spikes (...); the field has no spikes',
      'the integrated states w (held at -0.624260044055) are not analysed',
    ],
  );
  // w held at its initial value: dv/dt = v - v^3/3 - w0
  const out = new Float64Array(1);
  fhn.evaluate(new Float64Array([1]), new Float64Array(0), out);
  t.is(out[0], 1 - 1 / 3 + 0.624260044055);
});

test('a variable, parameter or held value the model does not have is one clear error naming it', async (t) => {
  const fails = (opts: ModelFieldOptions, message: RegExp) =>
    t.throwsAsync(modelField(FitzHughNagumo, { ...opts, evaluator: 'js' }), { message });
  await fails({ variables: ['V', 'w'] }, /^FitzHughNagumo has no field V; its integrated states are v, w$/);
  await fails(
    { variables: ['v', 'a'] },
    /^FitzHughNagumo\.a is a @param that no step\(\) of an @ode integrates, so it has no dynamics to analyse; the integrated states are v, w$/,
  );
  await fails(
    { variables: ['v', 'w'], parameters: ['Iext'] },
    /^FitzHughNagumo has no field Iext to vary; its fields are a, b, tau, v_th, v, w, I, armed$/,
  );
  await fails({ variables: ['v', 'w'], fixed: { J: 1 } }, /^FitzHughNagumo has no field J to hold at 1; its fields are/);
  await fails({ variables: ['v', 'w'], parameters: ['w'] }, /^FitzHughNagumo\.w is both an analysed variable and a varying parameter/);
  await fails(
    { variables: ['v', 'w'], parameters: ['I'], fixed: { I: 1 } },
    /^FitzHughNagumo\.I is a varying parameter; it cannot also be held at 1$/,
  );
  await fails({ variables: ['v', 'v'] }, /^FitzHughNagumo: variable v is named twice$/);
  await t.throwsAsync(modelField(LIF, { variables: ['t_last'], evaluator: 'js' }), {
    message: /^LIF\.t_last is a state that no step\(\) of an @ode integrates/,
  });
});

test('update() taken apart: a state already advanced is taken at the step start, an SDE gives its drift, time and random inputs are refused', async (t) => {
  const { Sequential, Noisy, Forced, Jittered } = loadFixture<Record<string, new (n: number) => unknown>>('analysis/systems.ts');
  const seq = await modelField(Sequential, { variables: ['v', 'w'], parameters: ['I'] });
  const out = new Float64Array(2);
  seq.evaluate(new Float64Array([0.5, -1]), new Float64Array([0.25]), out);
  // dv/dt = -v - w + I, dw/dt = k v - w with k = 2 and v at the step's start
  t.deepEqual(Array.from(out), [-0.5 + 1 + 0.25, 2 * 0.5 + 1]);
  t.deepEqual(seq.system.notes, []);
  const ou = await modelField(Noisy, { variables: ['V'] });
  ou.evaluate(new Float64Array([3]), new Float64Array(0), out.subarray(0, 1));
  t.is(out[0], -0.3);
  t.deepEqual(ou.system.notes, ['dV/dt has noise(): the field is its drift, the noise left out']);
  await t.throwsAsync(modelField(Forced, { variables: ['x'] }), {
    message: /^dx\/dt of Forced depends on t \(.*systems\.ts:\d+:\d+\); the analyses need an autonomous system/,
  });
  await t.throwsAsync(modelField(Jittered, { variables: ['x'] }), {
    message: /^Jittered: step\(\) at .*systems\.ts:\d+:\d+ is given a random draw; the analyses need a deterministic right-hand side$/,
  });
});

test('a field compiled before is loaded from the build cache without the code generator or llvm-bindings; another held value compiles anew', async (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'braints-field-cache-'));
  const script = (I: number) => `
    const { modelField } = require(${JSON.stringify(join(ROOT, 'dist', 'analysis', 'model-field.js'))});
    const { MorrisLecar } = require(${JSON.stringify(join(ROOT, 'dist', 'models'))});
    modelField(MorrisLecar, { variables: ['V', 'w'], fixed: { I: ${I} } }).then(() =>
      console.log(Object.keys(require.cache).some((k) => k.includes('llvm-bindings')), readdirSync(process.env.BRAINTS_CACHE).length));
    const { readdirSync } = require('node:fs');`;
  const run = async (I: number) => (await exec('node', ['-e', script(I)], { env: { ...process.env, BRAINTS_CACHE: cache } })).stdout.trim();
  t.is(await run(100), 'true 1');
  t.is(await run(100), 'false 1');
  t.is(await run(50), 'true 2');
});

for (const [name, cls, opts] of [CASES[0], CASES[1], CASES[2]]) {
  test(`${name}: both field functions' loops over points are vectorized by opt -O3`, (t) => {
    const { ir } = loadModel(cls, 'neuron');
    const dir = mkdtempSync(join(tmpdir(), 'braints-field-vec-'));
    const ll = join(dir, 'field.ll');
    writeFileSync(ll, emitFieldModule(ir, modelSystem(ir, opts), 'field'));
    const { remarks } = optimizedKernel(ll);
    const vectorized = remarks
      .split(/^(?=--- )/m)
      .filter((r) => VECTORIZED.test(r))
      .map((r) => /Function:\s+(\S+)/.exec(r)?.[1]);
    // f, and f with the Jacobians
    t.deepEqual([...new Set(vectorized)].sort(), ['field_f', 'field_fj'], remarks);
  });
}
