// The pass pipeline from the front end's IR to the IR a kernel is generated from. Each pass is a
// pure function IR -> IR; the verifier runs after each, and BRAINTS_PRINT_IR=1 prints the IR
// after each on stderr.
import type { ModelIR } from './types';
import { verifyModel } from './verify';
import { printModel } from './print';
import { expandIntegrators } from './passes/expand-integrators';
import { foldConstants } from './passes/fold-constants';
import { hoistUniforms } from './passes/hoist-uniforms';

/**
 * The element type of a kernel: what its arrays and uniform parameters hold and what it computes
 * in (docs/precision.md). float64 is the default; float32 doubles the lanes of a vector.
 */
export type Precision = 'float64' | 'float32';

export const PRECISIONS: readonly Precision[] = ['float64', 'float32'];

/**
 * Which parameters the kernel reads per element, from arrays (per neuron of a group, per synapse of
 * a projection); all others are one value for the group or projection.
 */
export interface KernelLayout {
  perElementParams: ReadonlySet<string>;
  /**
   * Currents that only ever receive the same value for every neuron (inputs to the whole group,
   * no synapse writing them): passed as one value per step instead of an array, which saves
   * streaming the array through memory twice a step.
   */
  uniformCurrents?: ReadonlySet<string>;
  /** The element type (default float64). */
  precision?: Precision;
}

interface Pass {
  name: string;
  /** What the pass does, in the header of its BRAINTS_PRINT_IR output. */
  description: string;
  run: <M extends ModelIR>(m: M, layout: KernelLayout) => M;
}

const PASSES: Pass[] = [
  {
    name: 'expand-integrators',
    description: 'step(...) -> the expressions of one Euler/RK/exp-Euler/EM step',
    run: (m) => expandIntegrators(m),
  },
  { name: 'fold-constants', description: 'evaluate constant subexpressions and drop x*1, x+(-0), c ? a : a', run: (m) => foldConstants(m) },
  {
    name: 'hoist-uniforms',
    description: 'compute group-uniform subexpressions once per call, outside the neuron loop',
    run: (m, layout) => hoistUniforms(m, (name) => isUniformField(m, layout, name)),
  },
];

export function isUniformField(m: ModelIR, layout: KernelLayout, name: string): boolean {
  const f = m.fields.find((x) => x.name === name);
  if (f?.role === 'current') return layout.uniformCurrents?.has(name) ?? false;
  return f !== undefined && f.role === 'param' && !layout.perElementParams.has(name);
}

export function runPipeline<M extends ModelIR>(m: M, layout: KernelLayout): M {
  const print = process.env.BRAINTS_PRINT_IR === '1';
  verifyModel(m, { expanded: false }, 'lowering');
  if (print) process.stderr.write(`-- ${m.name} after lowering\n${printModel(m)}\n`);
  let cur = m;
  for (const p of PASSES) {
    cur = p.run(cur, layout);
    verifyModel(cur, { expanded: true }, p.name);
    if (print) process.stderr.write(`-- ${m.name} after ${p.name} (${p.description})\n${printModel(cur)}\n`);
  }
  return cur;
}
