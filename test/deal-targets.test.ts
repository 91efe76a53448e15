// The deal of target groups to the delivering threads (runtime/deal-targets.ts): largest first,
// each to the thread with the fewest synapses, kept only where the busiest thread stays within
// DEALT_BALANCE of an even share. (That dealt delivery gives one thread's results: test/threads.test.ts.)
import test from 'ava';
import { DEALT_BALANCE, dealTargets } from '../runtime/deal-targets';
import type { GroupState, ProjectionState } from '../runtime/native-memory';

/** Projections onto groups named by letter, with as many synapses as given; `silent` ones have no onPre writing anything. */
function projections(onto: Record<string, number[]>, silent: string[] = []): { list: ProjectionState[]; group: (g: string) => GroupState } {
  const groups = new Map(Object.keys(onto).map((g) => [g, { name: g } as unknown as GroupState]));
  const list = Object.entries(onto).flatMap(([g, counts]) =>
    counts.map(
      (n) =>
        ({
          post: groups.get(g)!,
          csr: { col: new Int32Array(n) },
          synapse: { model: { ir: { onPre: { writes: silent.includes(g) ? [] : ['post.x'] } } } },
        }) as unknown as ProjectionState,
    ),
  );
  return { list, group: (g) => groups.get(g)! };
}

/** The thread dealt the projections onto group g (each of them), or undefined if they were not dealt. */
function threadOf(dealt: Map<ProjectionState, number>, list: ProjectionState[], g: GroupState): number | undefined {
  const threads = new Set(list.filter((p) => p.post === g).map((p) => dealt.get(p)));
  if (threads.size !== 1)
    throw new Error(`the projections onto ${(g as unknown as { name: string }).name} went to threads ${[...threads]}`);
  return [...threads][0];
}

test('two groups of as many synapses go one to each of two threads, the larger first to thread 0', (t) => {
  const { list, group } = projections({ A: [300, 200], B: [520] });
  const dealt = dealTargets(list, 2)!;
  t.is(threadOf(dealt, list, group('B')), 0);
  t.is(threadOf(dealt, list, group('A')), 1);
});

test('a deal is kept only within 10 % of an even share; one thread, or none, deals nothing', (t) => {
  t.is(DEALT_BALANCE, 1.1);
  // 55 of 100 on the busier thread: 1.1 x an even share, kept; 56 is not
  t.truthy(dealTargets(projections({ A: [55], B: [45] }).list, 2));
  t.is(dealTargets(projections({ A: [56], B: [44] }).list, 2), undefined);
  // four groups onto two threads: 30 + 20 each
  const four = projections({ A: [30], B: [30], C: [20], D: [20] });
  const dealt = dealTargets(four.list, 2)!;
  t.deepEqual(
    ['A', 'B', 'C', 'D'].map((g) => threadOf(dealt, four.list, four.group(g))),
    [0, 1, 0, 1],
  );
  // fewer groups than threads
  t.is(dealTargets(projections({ A: [10], B: [10] }).list, 3), undefined);
  t.is(dealTargets(projections({ A: [10], B: [10] }).list, 1), undefined);
  t.is(dealTargets([], 2), undefined);
});

test('synapses that deliver nothing are not counted, nor dealt', (t) => {
  // C's 1000 synapses write nothing on a spike (a gap junction's kind): A and B balance
  const { list, group } = projections({ A: [100], B: [100], C: [1000] }, ['C']);
  const dealt = dealTargets(list, 2)!;
  t.deepEqual([threadOf(dealt, list, group('A')), threadOf(dealt, list, group('B'))], [0, 1]);
  t.is(threadOf(dealt, list, group('C')), undefined);
  // nor is a projection of that kind onto a dealt group
  const silentOntoA = { ...list[2], post: group('A') } as ProjectionState;
  const mixed = dealTargets([...list, silentOntoA], 2)!;
  t.is(mixed.get(list[0]), 0);
  t.false(mixed.has(silentOntoA));
});
