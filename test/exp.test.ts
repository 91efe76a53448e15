// The kernels' own exp (llvm/emit-exp.ts, runtime/exp.ts), in double and in float, against glibc's
// expl in long double: at most 1 ulp over 10^6 and more arguments (uniform over the whole range,
// dense near 0, over the subnormal results and up to overflow) and the edges (0, -0, inf, -inf,
// NaN, the overflow and underflow thresholds, the ends of the reduced interval); inf, 0 and NaN
// exactly where they belong; and the unfused double IR (poisson()'s and binomial()'s) bit for bit
// as runtime/exp.ts's expOf, which their JavaScript form relies on. Each loop is compiled as a kernel is, so the
// vectorized code is what is measured.
import test from 'ava';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExpLibrary } from '../bench/exp-kernels';
import type { ExpLibrary } from '../bench/exp-kernels';
import { EXP, expOf } from '../runtime/exp';

/** mulberry32: a small seeded generator of uniforms in [0, 1), so every run checks the same arguments. */
function uniforms(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The edges of a type's exp: specials, thresholds, the reduced interval's ends at several k, each with its neighbours. */
function edges(minArg: number, maxArg: number, overflowsAt: number, zeroBelow: number, subnormalBelow: number): number[] {
  const xs = [0, -0, Infinity, -Infinity, NaN, 1, -1, 1e-30, -1e-30, 5e-324, -5e-324, 1e-10, minArg, maxArg];
  for (const k of [-1000, -149, -126, -20, -1, 0, 1, 20, 127, 1000]) xs.push((k + 0.5) * Math.LN2, (k - 0.5) * Math.LN2, k * Math.LN2);
  for (const x of [overflowsAt, zeroBelow, subnormalBelow]) for (let d = -64; d <= 64; d++) xs.push(x * (1 + d * 1e-15));
  return xs;
}

function argumentsF64(): Float64Array {
  const u = uniforms(14);
  const xs = edges(EXP.f64.minArg, EXP.f64.maxArg, 709.782712893384, -745.1332191019412, -708.3964185322641);
  const ranges: [number, number, number][] = [
    [1_000_000, -750, 715],
    [200_000, -1, 1],
    [100_000, -745.2, -708],
    [50_000, 700, 709.79],
    [50_000, -1e-8, 1e-8],
  ];
  for (const [n, lo, hi] of ranges) for (let i = 0; i < n; i++) xs.push(lo + (hi - lo) * u());
  return Float64Array.from(xs);
}

function argumentsF32(): Float32Array {
  const u = uniforms(32);
  const xs = edges(EXP.f32.minArg, EXP.f32.maxArg, 88.72283, -103.97208, -87.33655);
  const ranges: [number, number, number][] = [
    [2_000_000, -106, 90],
    [200_000, -1, 1],
    [200_000, -104, -87],
    [50_000, 80, 88.8],
    [50_000, -1e-4, 1e-4],
  ];
  for (const [n, lo, hi] of ranges) for (let i = 0; i < n; i++) xs.push(lo + (hi - lo) * u());
  return Float32Array.from(xs);
}

let library: Promise<ExpLibrary> | undefined;
const lib = () => (library ??= buildExpLibrary(mkdtempSync(join(tmpdir(), 'braints-exp-'))));

test('exp in double, fused and unfused: within 1 ulp of the long-double reference, unfused bit for bit as expOf', async (t) => {
  const { loops, ulpErrorF64 } = await lib();
  const x = argumentsF64();
  const worst = new BigInt64Array(1);
  for (const loop of ['ir_f64', 'ir_f64_unfused'] as const) {
    const y = new Float64Array(x.length);
    loops[loop](x, y, x.length);
    const max = ulpErrorF64(x, y, x.length, worst);
    t.log(`${loop}, ${x.length} arguments: max error ${max.toFixed(4)} ulp, at x = ${x[Number(worst[0])]}`);
    t.true(max <= 1, `${loop}: exp(${x[Number(worst[0])]}) = ${y[Number(worst[0])]} is ${max} ulp off`);
    if (loop !== 'ir_f64_unfused') continue;
    let differ = 0;
    for (let i = 0; i < x.length; i++) if (!Object.is(y[i], expOf(x[i]))) differ++;
    t.is(differ, 0, 'the unfused kernel exp and runtime/exp.ts expOf differ');
  }
  const libmvec = new Float64Array(x.length);
  loops.libmvec_f64(x, libmvec, x.length);
  t.log(`libmvec's exp on the same arguments: max error ${ulpErrorF64(x, libmvec, x.length, worst).toFixed(4)} ulp`);
});

test('exp in float: within 1 ulp of the long-double reference', async (t) => {
  const { loops, ulpErrorF32 } = await lib();
  const x = argumentsF32();
  const y = new Float32Array(x.length);
  loops.ir_f32(x, y, x.length);
  const worst = new BigInt64Array(1);
  const max = ulpErrorF32(x, y, x.length, worst);
  t.log(`${x.length} arguments: max error ${max.toFixed(4)} ulp, at x = ${x[Number(worst[0])]}`);
  t.true(max <= 1, `exp(${x[Number(worst[0])]}) = ${y[Number(worst[0])]} is ${max} ulp off`);
});

test('exp of the special values: inf, 0, NaN, 1 exactly where they belong, the smallest subnormal', async (t) => {
  const { loops } = await lib();
  const cases: [number, number][] = [
    [0, 1],
    [-0, 1],
    [Infinity, Infinity],
    [-Infinity, 0],
    [NaN, NaN],
    [709.79, Infinity],
    [1e308, Infinity],
    [-746, 0],
    [-1e308, 0],
    [-745.1, 5e-324],
    [5e-324, 1],
  ];
  const x = Float64Array.from(cases.map(([v]) => v));
  const y = new Float64Array(x.length);
  loops.ir_f64(x, y, x.length);
  const unfused = new Float64Array(x.length);
  loops.ir_f64_unfused(x, unfused, x.length);
  cases.forEach(([v, want], i) => t.true(Object.is(unfused[i], want), `unfused double exp(${v}) = ${unfused[i]}, not ${want}`));
  cases.forEach(([v, want], i) => t.true(Object.is(y[i], want), `double exp(${v}) = ${y[i]}, not ${want}`));
  const f32: [number, number][] = [
    [0, 1],
    [Infinity, Infinity],
    [-Infinity, 0],
    [NaN, NaN],
    [88.8, Infinity],
    [-104, 0],
    [-103.9, Math.fround(1.401298464324817e-45)],
  ];
  const xf = Float32Array.from(f32.map(([v]) => v));
  const yf = new Float32Array(xf.length);
  loops.ir_f32(xf, yf, xf.length);
  f32.forEach(([v, want], i) => t.true(Object.is(yf[i], want), `float exp(${v}) = ${yf[i]}, not ${want}`));
});
