// The post-side partition of a distributed run (docs/distributed.md), without MPI: a process's
// share of a projection (the synapses onto its range of targets, runtime/csr.ts synapsesOnto, or a
// rule given the range, as fixedProb) holds exactly the whole projection's synapses onto those
// targets, each with its index in the connector's whole list, so the shares of any number of
// processes put together are one process's projection.
import test from 'ava';
import { allToAll, fixedNumberPost, fixedNumberPre, fixedProb, fromArrays, oneToOne } from '../index';
import type { Connector } from '../index';
import { listIndex, synapsesOnto } from '../runtime/csr';
import type { Csr } from '../runtime/csr';

/** The first target of process r of K over n targets: share_begin(0, n, r, K) (runtime/native/shares.h). */
const rangeBegin = (n: number, r: number, K: number) => (r >= K ? n : Math.floor((n * r) / K) & ~63);
const ranges = (n: number, K: number) =>
  Array.from({ length: K }, (_, r) => ({ begin: rangeBegin(n, r, K), end: rangeBegin(n, r + 1, K) }));

/** Each synapse as "list index: pre -> post". */
function synapses(csr: Csr): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < csr.rowptr.length; i++)
    for (let k = csr.rowptr[i]; k < csr.rowptr[i + 1]; k++) out.push(`${listIndex(csr, k)}: ${i} -> ${csr.col[k]}`);
  return out.sort();
}

// [name, rule, presynaptic neurons, targets]
const rules: [string, Connector, number, number][] = [
  ['fixedProb', fixedProb(0.05), 400, 400],
  ['fixedProb without self-connections', fixedProb(0.1, { selfConnections: false }), 400, 400],
  // its blocks of 65536 targets (runtime/native/connect.c) cut by the processes' ranges
  ['fixedProb over several blocks of targets', fixedProb(0.002), 40, 200_000],
  ['oneToOne (by index)', oneToOne(), 400, 400],
  ['allToAll (by index)', allToAll(), 40, 400],
  ['allToAll without self-connections', allToAll({ selfConnections: false }), 450, 400],
  ['fixedNumberPost', fixedNumberPost(7), 400, 400],
  ['fixedNumberPre (drawn per target)', fixedNumberPre(7), 400, 400],
  ['fixedNumberPre without self-connections', fixedNumberPre(5, { selfConnections: false }), 300, 400],
  ['fromArrays (the user order)', fromArrays([5, 1, 5, 399, 0, 5], [300, 2, 1, 0, 399, 300]), 400, 400],
];

for (const [name, rule, nPre, nPost] of rules) {
  test(`${name}: the shares of 1, 2, 3 and 5 processes are the whole projection, by list index`, (t) => {
    const whole = rule.build(nPre, nPost, 77);
    const all = synapses(whole);
    for (const K of [1, 2, 3, 5]) {
      const parts = ranges(nPost, K).map((r) => {
        const built = rule.build(nPre, nPost, 77, r);
        const share = 'listLength' in built ? built : synapsesOnto(built, r.begin, r.end);
        // a rule given the range keeps what synapsesOnto keeps of the whole
        if ('listLength' in built && K > 1) t.deepEqual(synapses(share), synapses(synapsesOnto(whole, r.begin, r.end)));
        for (const j of share.col) t.true((j >= r.begin && j < r.end) || K === 1, `target ${j} in ${r.begin}..${r.end}`);
        return share;
      });
      t.deepEqual(parts.flatMap(synapses).sort(), all, `${K} processes`);
      if (K > 1) for (const p of parts) t.is(p.listLength, whole.col.length);
    }
  });
}
