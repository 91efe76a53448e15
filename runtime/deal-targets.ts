// Delivery by target group (runtime/native/driver.c): where a network's target groups can be dealt
// whole to the delivering threads in balance, each thread delivers every synapse onto its groups,
// reading each spiking row's segments whole. Otherwise every projection is cut at the threads'
// shares of its targets, and each thread reads its part of every segment: at the microcircuit's
// full scale a segment of one delay holds about 14 synapses, and a cut one costs both threads a
// wait for its bounds and for the cache lines at the cut (the same network delivered dealt ran
// 8-9 % faster, docs/microcircuit.md). Either way a target's inputs come from one thread, in
// projection order and within a projection in the order of one thread: the sums, and so the
// results, are bit for bit the same.
import type { GroupState, ProjectionState } from './native-memory';
import { deliversSpikes } from '../ir/types';

/** How far above an even share the busiest thread's synapses may be for the target groups to be dealt whole: 10 %. */
export const DEALT_BALANCE = 1.1;

/**
 * The thread of each projection that delivers spikes, all those onto one target group dealt to one
 * thread, where dealing the groups whole keeps every thread within DEALT_BALANCE of
 * an even share of the synapses that deliver spikes (their count stands for the work, the rates
 * being unknown before the run); else undefined, and delivery is cut by target. Largest group
 * first, each to the thread with the fewest synapses so far (the lowest-numbered on a tie), so the
 * deal is the same in every run of the network on as many threads. In a distributed run each
 * process deals by the synapses it holds, the work its threads have, so two processes may deal
 * differently; nothing that the processes do together depends on the deal.
 */
export function dealTargets(projections: readonly ProjectionState[], threads: number): Map<ProjectionState, number> | undefined {
  if (threads < 2) return undefined;
  // a projection that delivers no spikes (a gap junction's) has nothing for a thread to deliver
  const delivering = projections.filter((p) => deliversSpikes(p.synapse.model.ir));
  const synapses = new Map<GroupState, number>();
  for (const p of delivering) synapses.set(p.post, (synapses.get(p.post) ?? 0) + p.csr.col.length);
  const total = [...synapses.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  const load = new Array<number>(threads).fill(0);
  const dealt = new Map<GroupState, number>();
  // a stable sort: groups of as many synapses keep the network's order
  for (const [group, n] of [...synapses].sort((a, b) => b[1] - a[1])) {
    const thread = load.indexOf(Math.min(...load));
    dealt.set(group, thread);
    load[thread] += n;
  }
  if (Math.max(...load) > (DEALT_BALANCE * total) / threads) return undefined;
  return new Map(delivering.map((p) => [p, dealt.get(p.post)!]));
}
