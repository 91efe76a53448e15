// The kernel ABI: the functions a model's kernel module defines and the driver calls, with their
// parameters in order. The emitters (through llvm/kernel-abi.ts: llvm/emit-neuron.ts, llvm/emit-synapse.ts) build their
// functions' parameters from it, the edited-kernel check (llvm/check-kernel-file.ts) compares a
// user's .ll with it, and the driver calls through the C function types generated from it
// (runtime/native/kernel-abi.h, by contract/c-headers.ts). A GPU kernel takes the same
// parameters plus a last `i32* not_finite`, and returns nothing.
import type { ModelIR } from '../ir/types';
import type { KernelLayout, Precision } from '../ir/pipeline';
import { isUniformField } from '../ir/pipeline';

/**
 * The types of the ABI: `real` is the kernel's element type (double, or float in a float32
 * kernel), what its arrays and uniform parameters hold; t and dt are always double (the driver
 * computes t = step * dt in double, and a float32 kernel rounds both once per call).
 */
export type AbiType = 'real**' | 'real*' | 'i8*' | 'i32*' | 'i64' | 'i32' | 'double';

export interface AbiParameter {
  name: string;
  type: AbiType;
  /** What an array parameter holds, where its name does not say (the C header repeats it). */
  doc?: string;
}

/**
 * A kernel's entry points: a neuron model's `update`; a synapse model's onPre by `rows` and by
 * `ids` (always), and where the model has them `post` (onPost), `update` (its per-target update,
 * with a neuron's parameters) and `each` (everyStep).
 */
export type EntryPoint = 'update' | 'rows' | 'ids' | 'post' | 'each';

/** t, dt, the step and the random key's seed and stream: the last parameters of every entry point. */
const TIME: AbiParameter[] = [
  { name: 't', type: 'double' },
  { name: 'dt', type: 'double' },
  { name: 'step', type: 'i64' },
  { name: 'seed', type: 'i32' },
  { name: 'stream', type: 'i32' },
];

const FIELDS: AbiParameter[] = [
  { name: 'fields', type: 'real**' },
  { name: 'params', type: 'real*' },
];

const p = (name: string, type: AbiType): AbiParameter => ({ name, type });

/**
 * The key of each synapse's random draws: its index in the connector's list, which is the same
 * in a process's share of a distributed run (whose rows hold only the synapses onto its neurons)
 * as on one process, where the row position k is not. The driver passes 0 where the list is the
 * rows' order, or where the code draws nothing (the key is then never read).
 */
const KEYS: AbiParameter = {
  name: 'keys',
  type: 'i32*',
  doc: "int32[]: each synapse's index in the connector's list, by row position, which keys its random draws; 0: the list is the rows' order",
};

export interface EntryPointAbi {
  /** What the entry point loops over. */
  doc: string;
  params: readonly AbiParameter[];
}

/** Every entry point returns i32: 1 when a state it wrote is not finite. */
export const KERNEL_ABI: Readonly<Record<EntryPoint, EntryPointAbi>> = {
  update: {
    doc: "neurons (or a synapse model's target neurons) begin .. end - 1; a neuron kernel sets spiked[i]",
    params: [...FIELDS, p('spiked', 'i8*'), p('begin', 'i64'), p('end', 'i64'), ...TIME],
  },
  rows: {
    doc: 'onPre of the synapses rowBegin[i] .. rowEnd[i] - 1 of each spiking neuron i = spikes[0 .. count - 1]',
    params: [
      ...FIELDS,
      p('spikes', 'i32*'),
      p('count', 'i64'),
      p('rowBegin', 'i32*'),
      p('rowEnd', 'i32*'),
      p('col', 'i32*'),
      KEYS,
      ...TIME,
    ],
  },
  ids: {
    doc: 'onPre of the listed synapses ids[0 .. count - 1], synapse k from pre[k] to col[k]',
    params: [...FIELDS, p('ids', 'i32*'), p('count', 'i64'), p('pre', 'i32*'), p('col', 'i32*'), KEYS, ...TIME],
  },
  post: {
    doc: 'onPost of the synapses ids[colptr[j] .. colptr[j + 1] - 1] onto each spiking neuron j = spikes[0 .. count - 1]',
    params: [...FIELDS, p('spikes', 'i32*'), p('count', 'i64'), p('colptr', 'i32*'), p('ids', 'i32*'), p('pre', 'i32*'), KEYS, ...TIME],
  },
  each: {
    doc: 'everyStep of synapses 0 .. count - 1, synapse k from pre[k] to col[k]',
    params: [...FIELDS, p('count', 'i64'), p('pre', 'i32*'), p('col', 'i32*'), KEYS, ...TIME],
  },
};

/** The entry points a model's kernel defines, in the order the kernel table lists them. */
export function entryPoints(ir: ModelIR): EntryPoint[] {
  if (ir.kind === 'neuron') return ['update'];
  return [
    'rows',
    'ids',
    ...(ir.onPost ? (['post'] as const) : []),
    ...(ir.update ? (['update'] as const) : []),
    ...(ir.everyStep ? (['each'] as const) : []),
  ];
}

/** The LLVM name of a kernel's element type. */
export const llvmReal = (precision: Precision = 'float64'): 'double' | 'float' => (precision === 'float32' ? 'float' : 'double');

/** An entry point's type as LLVM prints it, e.g. `i32 (double**, double*, i8*, i64, ...)`. */
export function llvmFunctionType(entry: EntryPoint, precision: Precision = 'float64'): string {
  return `i32 (${KERNEL_ABI[entry].params.map((x) => x.type.replace('real', llvmReal(precision))).join(', ')})`;
}

export interface KernelSignature {
  symbol: string;
  /** Fields passed as arrays, in `fields` order. */
  kernelFields: string[];
  /** Parameters passed as single values, in `params` order. */
  uniformParams: string[];
  /** The element type of `fields` and `params`. */
  precision: Precision;
}

/** What `fields` and `params` hold for a model in a layout: the order the plan writes them in. */
export function kernelSignature(m: ModelIR, layout: KernelLayout, symbol: string): KernelSignature {
  const kernelFields = m.fields.filter((f) => !isUniformField(m, layout, f.name)).map((f) => f.name);
  const uniformParams = m.fields.filter((f) => isUniformField(m, layout, f.name)).map((f) => f.name);
  return { symbol, kernelFields, uniformParams, precision: layout.precision ?? 'float64' };
}
