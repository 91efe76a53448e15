// Changing a built group's or projection's parameters between runs. The kernels read every
// parameter at run time (a uniform one from their `params` argument, a per-element one from its
// array), so a new value is written where the kernel reads it and nothing compiles. Only a
// parameter that was one number and is now given one value per element needs another kernel
// variant: its kernel is chosen for the new layout here, and the network's library is built
// again before the next run.
import type { GroupState, ProjectionState } from './native-memory';
import { realArray, uniformValue } from './native-memory';
import type { GroupKernel } from './kernels';
import { listIndex } from './csr';
import { BraintsError } from './errors';

/** New parameter values: one number for the whole group (or projection), or one per element. */
export type ParamValues = Record<string, number | ArrayLike<number>>;

/** What `setParams` needs besides the state: the kernel for a layout with more per-element parameters. */
export type KernelForLayout = (perElement: Set<string>, uniformCurrents: Set<string>) => GroupKernel;

const isProjection = (s: GroupState | ProjectionState): s is ProjectionState => 'synapse' in s;

/** The model of a group or projection. */
const modelOf = (s: GroupState | ProjectionState) => (isProjection(s) ? s.synapse.model.ir : s.group.model.ir);

/** How many values a per-element parameter has, and what they are called in messages. */
function elements(s: GroupState | ProjectionState): { n: number; what: string } {
  // a process's share of a distributed run holds some of the projection's synapses, but is given all
  return isProjection(s) ? { n: s.csr.listLength ?? s.csr.col.length, what: 'synapses' } : { n: s.group.size, what: 'neurons' };
}

/** Checks every value before anything is written, so that a refused call changes nothing. */
function check(s: GroupState | ProjectionState, values: ParamValues): void {
  const ir = modelOf(s);
  const params = ir.fields.filter((f) => f.role === 'param').map((f) => f.name);
  for (const [name, value] of Object.entries(values)) {
    const field = ir.fields.find((f) => f.name === name);
    if (!field)
      throw new BraintsError(`set(${s.name}): ${ir.name} has no parameter ${name}; its parameters are ${params.join(', ') || 'none'}`);
    if (field.role !== 'param')
      throw new BraintsError(
        `set(${s.name}): ${name} is a @${field.role} of ${ir.name}, not a parameter; set() changes parameters (${params.join(', ') || 'none'}), ` +
          `and a state's values are written into its array (net.state(group).arrays.get('${name}'); on several MPI processes net.localState(group))`,
      );
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new BraintsError(`set(${s.name}): ${name} is ${value}; give a finite number`);
      continue;
    }
    if (!value || typeof value.length !== 'number')
      throw new BraintsError(`set(${s.name}): ${name} is a number or an array of numbers, not ${String(value)}`);
    const { n, what } = elements(s);
    if (value.length !== n) throw new BraintsError(`set(${s.name}): ${name} has ${value.length} values for ${n} ${what}`);
    for (let k = 0; k < n; k++)
      if (!Number.isFinite(value[k])) throw new BraintsError(`set(${s.name}): ${name}[${k}] is ${value[k]}; give finite numbers`);
  }
}

/**
 * Writes `values` into the built state of a group or projection (a projection's arrays in the
 * connector's list order, as `net.synapses` lists them). Returns the parameters that were uniform
 * and are now per element, for which `kernelFor` gave another kernel: the library must be built
 * again before the next run. Nothing is written when a value is refused.
 */
export function setParams(s: GroupState | ProjectionState, values: ParamValues, kernelFor: KernelForLayout): string[] {
  check(s, values);
  const newlyPerElement = Object.entries(values)
    .filter(([name, v]) => typeof v !== 'number' && !s.arrays.has(name))
    .map(([name]) => name);
  if (newlyPerElement.length > 0) relayout(s, newlyPerElement, kernelFor);
  const { held, first } = heldElements(s);
  for (const [name, value] of Object.entries(values)) {
    const arr = s.arrays.get(name);
    if (!arr) {
      s.params[s.kernel.signature.uniformParams.indexOf(name)] = value as number;
    } else if (typeof value === 'number') {
      arr.fill(value);
    } else {
      // a projection's values come in list order and are stored in row order (the synapses the
      // process holds); a group's array holds the neurons of the process's range (all on one process)
      for (let k = 0; k < held; k++) arr[k] = value[isProjection(s) ? listIndex(s.csr, k) : first + k];
    }
  }
  return newlyPerElement;
}

/** The elements whose values the arrays of `s` hold: `held` of them, from element `first`. */
function heldElements(s: GroupState | ProjectionState): { held: number; first: number } {
  return isProjection(s) ? { held: s.csr.col.length, first: 0 } : { held: s.end - s.begin, first: s.begin };
}

/** Gives `s` the kernel with `names` per element too: an array for each (filled by the caller), uniform values kept. */
function relayout(s: GroupState | ProjectionState, names: string[], kernelFor: KernelForLayout): void {
  const ir = modelOf(s);
  const role = (p: string) => ir.fields.find((f) => f.name === p)?.role;
  const perElement = new Set([...s.arrays.keys()].filter((f) => role(f) === 'param'));
  for (const p of names) perElement.add(p);
  const uniformCurrents = new Set(s.kernel.signature.uniformParams.filter((p) => role(p) === 'current'));
  const kernel = kernelFor(perElement, uniformCurrents);
  const { held } = heldElements(s);
  for (const p of names) s.arrays.set(p, realArray(kernel.signature.precision, held));
  const params = realArray(kernel.signature.precision, kernel.signature.uniformParams.length);
  kernel.signature.uniformParams.forEach((p, j) => (params[j] = uniformValue(s, p)));
  s.kernel = kernel;
  s.params = params;
}
