// The compressed sparse rows of a projection: for every presynaptic neuron i, its postsynaptic
// targets col[rowptr[i]] ... col[rowptr[i + 1] - 1], in increasing order, int32 indices; the
// connector's own list order beside them where it differs; and the rows built from per-row counts
// or from (pre, post) pairs, as the connectivity rules (connect.ts, connect-topology.ts) need.
import { BraintsError } from './errors';

export interface Csr {
  rowptr: Int32Array;
  col: Int32Array;
  /**
   * Where the connector's own list of synapses differs from the rows (fromArrays: the user's
   * order): for the synapse at row position k, its index in that list. Per-synapse values given
   * as arrays, and per-synapse state read back, are in the list's order. Absent: the list is the
   * rows' order (sorted by presynaptic neuron, then target).
   */
  order?: Int32Array;
  /**
   * The synapses in the connector's whole list, where these rows hold only some of them (a
   * process's share of a distributed run: those onto its neurons, `synapsesOnto`); absent: all.
   * A rule may compute it and `order` when first read (fixedProb, which then draws every row).
   */
  listLength?: number;
  /**
   * Rows sorted by delay from the list's own order (runtime/delay-rows.ts): each synapse's place in
   * its row before the sort, so the synapse at row position k of row i is list element rowptr[i] +
   * within[k]; `order` is then made from it when first read (4 bytes a synapse against these 2).
   */
  within?: Uint16Array;
}

/** The index in the connector's list of the synapse at row position k. */
export const listIndex = (csr: Csr, k: number): number => (csr.order ? csr.order[k] : k);

/** The presynaptic neuron of each synapse, by row position. */
export function presynapticOf(csr: Csr): Int32Array {
  const pre = new Int32Array(csr.col.length);
  for (let i = 0; i + 1 < csr.rowptr.length; i++) pre.fill(i, csr.rowptr[i], csr.rowptr[i + 1]);
  return pre;
}

/**
 * The row position of each synapse of the connector's list (the inverse of `order`; -1 for the
 * synapses of the list that these rows do not hold, in a process's share), or undefined where
 * the two agree.
 */
export function rowPositionsOf(csr: Csr): Int32Array | undefined {
  if (!csr.order) return undefined;
  const at = new Int32Array(csr.listLength ?? csr.order.length).fill(-1);
  csr.order.forEach((x, k) => (at[x] = k));
  return at;
}

const MAX_SYNAPSES = 2 ** 31 - 1;

/** Turns per-row counts into row pointers; checks the int32 limit. */
export function rowPointers(counts: Int32Array | number[], nPre: number): Int32Array {
  const rowptr = new Int32Array(nPre + 1);
  let total = 0;
  for (let i = 0; i < nPre; i++) {
    total += counts[i];
    if (total > MAX_SYNAPSES) throw new BraintsError(`a projection holds at most 2^31 - 1 synapses (int32 indices)`);
    rowptr[i + 1] = total;
  }
  return rowptr;
}

/** The list indices x of (pre[x], post[x]) pairs grouped into rows by a counting sort, increasing in each row. */
function bucketByRow(pre: Int32Array, nPre: number): { rowptr: Int32Array; order: Int32Array } {
  const counts = new Int32Array(nPre);
  for (let x = 0; x < pre.length; x++) counts[pre[x]]++;
  const rowptr = rowPointers(counts, nPre);
  const fill = rowptr.slice(0, nPre);
  const order = new Int32Array(pre.length);
  for (let x = 0; x < pre.length; x++) order[fill[pre[x]]++] = x;
  return { rowptr, order };
}

const targetsOf = (order: Int32Array, post: Int32Array): Int32Array => {
  const col = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) col[k] = post[order[k]];
  return col;
};

/** Sorts (i, j) pairs into rows, each row's targets in increasing order (the list's order is not kept). */
export function fromPairs(pre: Int32Array, post: Int32Array, nPre: number): Csr {
  const { rowptr, order } = bucketByRow(pre, nPre);
  const col = targetsOf(order, post);
  for (let i = 0; i < nPre; i++) col.subarray(rowptr[i], rowptr[i + 1]).sort();
  return { rowptr, col };
}

/**
 * As fromPairs, keeping the order: for each row position, the index x of the pair it came from.
 * Pairs with the same (i, j) (multapses) stay distinct, in the order of the list.
 */
export function fromPairsWithOrder(pre: Int32Array, post: Int32Array, nPre: number): Csr {
  const { rowptr, order } = bucketByRow(pre, nPre);
  // a stable sort by target keeps multapses in list order
  for (let i = 0; i < nPre; i++) {
    const row = Array.from(order.subarray(rowptr[i], rowptr[i + 1])).sort((a, b) => post[a] - post[b]);
    order.set(row, rowptr[i]);
  }
  return { rowptr, col: targetsOf(order, post), order };
}

/** The synapses of `csr` in its list order (as the connector listed them): synapse x connects pre[x] to post[x]. */
export function synapsesInListOrder(csr: Csr): { pre: Int32Array; post: Int32Array } {
  const rows = presynapticOf(csr);
  const pre = new Int32Array(csr.col.length),
    post = new Int32Array(csr.col.length);
  for (let k = 0; k < csr.col.length; k++) {
    pre[listIndex(csr, k)] = rows[k];
    post[listIndex(csr, k)] = csr.col[k];
  }
  return { pre, post };
}

/** The first position of row positions [from, to) whose target is at least j (targets increase along a row). */
function firstTarget(col: Int32Array, from: number, to: number, j: number): number {
  while (from < to) {
    const mid = (from + to) >> 1;
    if (col[mid] < j) from = mid + 1;
    else to = mid;
  }
  return from;
}

/**
 * The synapses of `csr` onto the targets [begin, end) (one process's neurons in a distributed
 * run), with their indices in the connector's list (`order`) and the list's length: each row's
 * part is one run, since its targets increase.
 */
export function synapsesOnto(csr: Csr, begin: number, end: number): Csr {
  const nPre = csr.rowptr.length - 1;
  const from = new Int32Array(nPre),
    to = new Int32Array(nPre),
    counts = new Int32Array(nPre);
  for (let i = 0; i < nPre; i++) {
    from[i] = firstTarget(csr.col, csr.rowptr[i], csr.rowptr[i + 1], begin);
    to[i] = firstTarget(csr.col, from[i], csr.rowptr[i + 1], end);
    counts[i] = to[i] - from[i];
  }
  const rowptr = rowPointers(counts, nPre);
  const col = new Int32Array(new ArrayBuffer(4 * Math.max(1, rowptr[nPre]))).subarray(0, rowptr[nPre]);
  const order = new Int32Array(rowptr[nPre]);
  for (let i = 0; i < nPre; i++) {
    col.set(csr.col.subarray(from[i], to[i]), rowptr[i]);
    for (let k = from[i]; k < to[i]; k++) order[rowptr[i] + k - from[i]] = listIndex(csr, k);
  }
  return { rowptr, col, order, listLength: csr.listLength ?? csr.col.length };
}
