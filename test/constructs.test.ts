// Every construct the transformer accepts, compiled natively and compared with the same
// TypeScript run as plain JavaScript (test/fixtures/constructs). Each fixture file says at its top
// which constructs it covers. A range given for a @param makes that parameter per neuron (the
// kernel is then generated for that layout), so several models run both ways.
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { loadFixture } from './helpers/fixtures';
import { loadModel } from '../runtime/model';
import { compareWithReference } from './helpers/differential';
import type { DifferentialOptions } from './helpers/differential';

type Case = [file: string, cls: string, opts: DifferentialOptions, label?: string];

const unit: [number, number] = [-1, 1];

const cases: Case[] = [
  ['arithmetic.ts', 'Arithmetic', { ranges: { x: unit, y: unit } }],
  ['logic.ts', 'Logic', { ranges: { x: unit, y: unit }, steps: 40 }],
  ['logic.ts', 'Logic', { ranges: { x: unit, y: unit, th: [-0.5, 0.5] }, steps: 40 }, 'per-neuron th'],
  ['ternary.ts', 'Ternary', { ranges: { x: unit, y: unit, z: unit, w: unit }, steps: 40 }],
  ['control-flow.ts', 'Branches', { ranges: { x: unit, y: unit }, steps: 40 }],
  ['control-flow.ts', 'EarlyReturn', { ranges: { phase: [-3, 3], y: unit }, steps: 60 }],
  ['assignment.ts', 'Assignment', { ranges: { x: unit, y: unit, m: [0, 3] }, steps: 30 }],
  ['loops.ts', 'Loops', { ranges: { x: unit, y: unit }, steps: 30 }],
  ['tuples.ts', 'Tuples', { ranges: { x: unit, y: unit, z: unit, w: unit }, steps: 30 }],
  ['helpers.ts', 'Helpers', { ranges: { x: unit, y: unit }, steps: 40 }],
  ['helpers.ts', 'Helpers', { ranges: { x: unit, y: unit, k: [0, 0.5] }, steps: 40 }, 'per-neuron k'],
  ['fields.ts', 'Integrator', { ranges: { V: [-70, -50] }, inputs: { I: 40 }, steps: 200 }],
  [
    'fields.ts',
    'Integrator',
    { ranges: { V: [-70, -50], tau: [5, 20], V_th: [-55, -45] }, inputs: { I: 40 }, steps: 200 },
    'per-neuron tau, V_th',
  ],
  ['fields.ts', 'Spiker', { ranges: { phase: [-3, 3] }, steps: 50 }],
  ['fields.ts', 'Spiker', { ranges: { phase: [-3, 3], th: [0.2, 0.8] }, steps: 50 }, 'per-neuron th'],
  ['uniform-conditions.ts', 'UniformConditions', { ranges: { x: unit }, steps: 30 }],
  [
    'uniform-conditions.ts',
    'UniformConditions',
    { ranges: { x: unit, onset: [0, 2], enabled: [0, 1] }, steps: 30 },
    'per-neuron onset, enabled',
  ],
  ['integrators.ts', 'EulerFHN', { ranges: { v: [-2, 2], w: [-1, 1.5], bias: [-0.2, 0.2] }, inputs: { I: 0.5 }, steps: 400 }],
  ['integrators.ts', 'Rk2Oscillator', { ranges: { x: unit, v: unit, c: [0, 2] }, steps: 100 }],
  ['integrators.ts', 'Rk4Coupled', { ranges: { a: unit, va: unit, b: unit, vb: unit, gate: unit }, steps: 100 }],
  ['integrators.ts', 'HelperStepped', { ranges: { x: unit, y: unit }, steps: 50 }],
  ['integrators.ts', 'ExpEulerLIF', { ranges: { V: [-70, -50] }, inputs: { I: 20 }, steps: 300 }],
  ['integrators.ts', 'ExpEulerLIF', { ranges: { V: [-70, -50], tau: [5, 20] }, inputs: { I: 20 }, steps: 300 }, 'per-neuron tau'],
  ['integrators.ts', 'ExpEulerCond', { ranges: { V: [-70, -55], g: [0, 0.5], n: [0.2, 0.4] }, inputs: { I: 8 }, steps: 300 }],
  [
    'integrators.ts',
    'ExpEulerCond',
    { ranges: { V: [-70, -55], g: [0, 0.5], n: [0.2, 0.4], gL: [0.05, 0.15] }, inputs: { I: 8 }, steps: 300 },
    'per-neuron gL',
  ],
  ['random.ts', 'Draws', { ranges: { x: unit }, steps: 30 }],
  ['random.ts', 'NoisySubsteps', { ranges: { o: unit }, steps: 50 }],
  ['random.ts', 'NoisyLIF', { ranges: { V: [-66, -62] }, inputs: { I: 3 }, steps: 300 }],
  ['random.ts', 'NoisyLIF', { ranges: { V: [-66, -62], sigma: [1, 3] }, inputs: { I: 3 }, steps: 300 }, 'per-neuron sigma'],
  ['random.ts', 'Multiplicative', { ranges: { x: [0.5, 2], y: unit, w: [0, 1] }, steps: 100 }],
  // counts must agree exactly: tolerance 0
  ['poisson-draws.ts', 'PoissonDraws', { neurons: 512, steps: 20, tolerance: 0 }],
  ['poisson-draws.ts', 'PoissonDraws', { neurons: 512, ranges: { mean: [-5, 250] }, steps: 20, tolerance: 0 }, 'per-neuron mean'],
  ['binomial-draws.ts', 'BinomialDraws', { steps: 20, tolerance: 0 }],
  ['binomial-draws.ts', 'BinomialDraws', { neurons: 512, ranges: { cell: [0, 36] }, steps: 20, tolerance: 0 }, 'per-neuron n and p'],
  [
    'binomial-draws.ts',
    'BinomialDraws',
    { neurons: 512, ranges: { cell: [0, 36], p: [0, 1] }, steps: 20, tolerance: 0 },
    'per-neuron n and p, per-neuron p',
  ],
  ['inheritance.ts', 'Leaky', { ranges: { V: [-70, -55] }, inputs: { I: 15 }, steps: 300 }],
  ['inheritance.ts', 'FastLeaky', { ranges: { V: [-70, -55] }, inputs: { I: 15 }, steps: 300 }],
  ['inheritance.ts', 'AdaptingLeaky', { ranges: { V: [-70, -55] }, inputs: { I: 15 }, steps: 300 }],
  ['special-values.ts', 'SpecialValues', { ranges: { x: unit }, steps: 30 }],
  ['helper-early-return.ts', 'HelperEarlyReturn', { ranges: { x: unit }, steps: 10 }],
  ['void-helper-return.ts', 'VoidHelperReturn', { ranges: { x: unit }, steps: 10 }],
  ['short-circuit-draws.ts', 'ShortCircuitDraws', { ranges: { x: unit }, steps: 10 }],
  ['overridden-helper.ts', 'GainDerived', { ranges: { x: unit }, steps: 10 }],
  ['ode-reads-assigned-field.ts', 'OdeReadsAssignedField', { ranges: { x: unit }, steps: 10 }],
  ['imported-const.ts', 'ImportedConst', { ranges: { x: unit }, steps: 10 }],
  ['negative-zero.ts', 'NegativeZero', { ranges: { x: unit }, steps: 3 }],
  ['refractory.ts', 'Refractory', { ranges: { t_last: [-3, 3], t_ref: [0, 4] }, steps: 60, dt: 0.1 }],
  ['refractory.ts', 'Refractory', { ranges: { t_last: [-3, 3] }, steps: 40, dt: 0.025 }, 'dt 0.025 ms'],
  ['exprel-underflow.ts', 'ExprelUnderflow', { ranges: { x: [-1000, -1] }, steps: 1 }],
  ['poisson-sampler.ts', 'PoissonSampler64', { steps: 30 }],
  ['poisson-sampler.ts', 'PoissonSampler64', { ranges: { lam: [0.5, 30] }, steps: 30 }, 'per-neuron lam'],
];

/**
 * The kernel beside the fixture's .js must be the one the compiler generated for it: a .ll that
 * BrainTS takes for a user edit (BTS1100: kept, and run instead) would make the comparison test
 * a stale kernel.
 */
function assertGeneratedKernel(t: ExecutionContext, cls: abstract new (...args: never[]) => unknown): void {
  const { llPath, llHash, ir } = loadModel(cls);
  if (!existsSync(llPath)) return; // regenerated from the IR at run time
  const hash = createHash('sha256').update(readFileSync(llPath)).digest('hex');
  t.is(
    hash,
    llHash,
    `${ir.name}: ${llPath} is not the kernel compiled from the fixture (an edited or stale .ll kept in the build cache? delete it)`,
  );
}

const title = ([file, cls, , label]: Case) => `${file}: ${cls}${label ? ` (${label})` : ''} native = JavaScript`;

for (const c of cases) {
  const [file, cls, opts] = c;
  test(title(c), async (t) => {
    const mod = loadFixture<Record<string, never>>(`constructs/${file}`);
    t.truthy(mod[cls], `${file} exports ${cls}`);
    assertGeneratedKernel(t, mod[cls]);
    await compareWithReference(t, mod[cls], opts);
  });
}
