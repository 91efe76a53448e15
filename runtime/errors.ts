// Errors of a run that point at the model: which group, variable and neuron, when, and the
// TypeScript line that computed the value.
import type { GroupState, ProjectionState } from './native-memory';
import { codeOf } from '../ir/types';
import { listIndex } from './csr';
import type { ModelIR } from '../ir/types';

/**
 * A mistake in a model, a network or an option that the user can fix. The command line prints
 * its message alone, with the user's line that led to it, and exits 1; any other error is a
 * BrainTS bug or a fault of the user's own JavaScript.
 */
export class BraintsError extends Error {
  override name = 'BraintsError';
  /** The user's call the mistake concerns, when it is not where the error was found (a group built by run()). */
  at?: Error;
}

/** A run that could not go on: a non-finite state, a native failure, a model the run cannot take. */
export class RunError extends BraintsError {}

/** Where the model computes a field: ` computed at file:line: text`, or nothing. */
function computedAt(ir: ModelIR, field: string): string {
  const w = codeOf(ir)
    .flatMap((fn) => fn.writes)
    .find((x) => x.field === field);
  return w ? `, computed at ${w.span.file}:${w.span.line}: ${(ir.sourceLines[`${w.span.file}:${w.span.line}`] ?? '').trim()}` : '';
}

export function nonFiniteError(s: GroupState, t: number): RunError {
  const ir = s.group.model.ir;
  for (const f of ir.fields) {
    if (f.role !== 'state') continue;
    const a = s.arrays.get(f.name);
    if (!a) continue;
    for (let i = 0; i < a.length; i++) {
      if (Number.isFinite(a[i])) continue;
      // a group of several instances (net.instances) names the instance and its own neuron
      const size = s.group.size / (s.instances?.count ?? 1);
      const neuron = s.instances ? `neuron ${i % size} of instance ${Math.floor(i / size)}` : `neuron ${s.begin + i}`;
      return new RunError(
        `run stopped at t = ${t.toFixed(4)} ms: ${s.name}.${f.name} of ${neuron} is ${a[i]} (model ${ir.name}${computedAt(ir, f.name)})`,
      );
    }
  }
  return new RunError(`run stopped at t = ${t.toFixed(4)} ms: group ${s.name} (${ir.name}) reported a non-finite state`);
}

/** The presynaptic neuron of synapse k: the row of the CSR that holds it (binary search). */
function rowOf(rowptr: Int32Array, k: number): number {
  let lo = 0,
    hi = rowptr.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rowptr[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A projection's synapse code made a per-synapse or per-target state NaN or infinite. */
export function nonFiniteSynapseError(p: ProjectionState, t: number): RunError {
  const ir = p.synapse.model.ir;
  for (const f of ir.fields) {
    if (f.role !== 'state' && f.role !== 'target') continue;
    const a = p.arrays.get(f.name);
    if (!a) continue;
    for (let k = 0; k < a.length; k++) {
      if (Number.isFinite(a[k])) continue;
      const which =
        f.role === 'target'
          ? `of target neuron ${p.post.begin + k} (${p.post.name})`
          : `of synapse ${listIndex(p.csr, k)} (${p.pre.name} ${rowOf(p.csr.rowptr, k)} -> ${p.post.name} ${p.csr.col[k]})`;
      return new RunError(
        `run stopped at t = ${t.toFixed(4)} ms: ${p.name}.${f.name} ${which} is ${a[k]} (model ${ir.name}${computedAt(ir, f.name)})`,
      );
    }
  }
  return new RunError(`run stopped at t = ${t.toFixed(4)} ms: projection ${p.name} (${ir.name}) reported a non-finite state`);
}
