// Errors of a run that point at the model: which group, variable and neuron, when, and the
// TypeScript line that computed the value.
import type { GroupState } from './network';

export class RunError extends Error {}

export function nonFiniteError(s: GroupState, t: number): RunError {
  const ir = s.group.model.ir;
  for (const f of ir.fields) {
    if (f.role !== 'state') continue;
    const a = s.arrays.get(f.name);
    if (!a) continue;
    for (let i = 0; i < a.length; i++) {
      if (Number.isFinite(a[i])) continue;
      const w = ir.update.writes.find((x) => x.field === f.name);
      const where = w
        ? `, computed at ${w.span.file}:${w.span.line}: ${(ir.sourceLines[`${w.span.file}:${w.span.line}`] ?? '').trim()}`
        : '';
      return new RunError(
        `run stopped at t = ${t.toFixed(4)} ms: ${s.name}.${f.name} of neuron ${i} is ${a[i]} (model ${ir.name}${where})`,
      );
    }
  }
  return new RunError(`run stopped at t = ${t.toFixed(4)} ms: group ${s.name} (${ir.name}) reported a non-finite state`);
}
