// The launches of one device step, in STEP_ORDER (contract/step-order.ts) as the CPU driver runs
// a step on one thread: synapseDynamics (each projection's per-target update, then its
// everyStep), stateMonitors, neurons (each group's kernel), spikeGathering (each group's spikes
// counted, summed, published and written into its ring slot and monitor, in neuron order),
// delivery (each projection's onPre of the ring slot `delay` steps back), onPost, and the step's
// end (non-finite flags, monitor checks, the clock). Every argument is fixed: what varies is read
// from device memory (contract/device-step.ts), so the list is recorded once per run.
import { deliversSpikes } from '../../ir/types';
import { DRIVER_KERNELS, STEP_WRAPPERS, spikeChunks, stepWrapperSymbol } from '../../contract/device-step';
import type { DriverKernel, WrappedEntry } from '../../contract/device-step';
import type { EntryPoint } from '../../contract/kernel-abi';
import { entryPointSymbol } from '../../contract/kernel-symbols';
import { synapseStream } from '../../contract/random';
import type { Launch, LaunchArg } from './device';
import type { DeviceNetwork, DeviceProjection } from './device-network';
import type { BuiltNetwork, ProjectionState } from '../native-memory';

/** A launch of `kernel` with its arguments by name, typed and ordered by the contract. */
function launch(
  kernel: string,
  params: readonly (readonly [string, LaunchArg['type']])[],
  threads: number,
  values: Record<string, bigint | number>,
  what: string,
): Launch {
  const args = params.map(([name, type]) => {
    const value = values[name];
    if (value === undefined) throw new Error(`BrainTS bug: launch of ${kernel} (${what}) has no argument ${name}`);
    return { type, value };
  });
  return { kernel, threads: Math.max(1, threads), args, what };
}

const driver = (k: DriverKernel, threads: number, values: Record<string, bigint | number>, what: string) =>
  launch(k, DRIVER_KERNELS[k].params, threads, values, what);

/** The symbol of an entry point of a projection's kernel. */
function entrySymbol(p: ProjectionState, entry: EntryPoint): string {
  return entryPointSymbol(p.synapse.model.ir, p.kernel.signature.symbol, entry);
}

/** The step wrapper of an entry point, launched over `threads`. */
function wrapped(symbol: string, entry: WrappedEntry, threads: number, values: Record<string, bigint | number>, what: string) {
  return launch(stepWrapperSymbol(symbol), STEP_WRAPPERS[entry].params, threads, values, what);
}

/** The entry points a network's step calls, with their wrappers' kind (what the device module must hold). */
export function wrappedFunctions(built: BuiltNetwork): { symbol: string; entry: WrappedEntry }[] {
  const out = built.states.map((g): { symbol: string; entry: WrappedEntry } => ({ symbol: g.kernel.signature.symbol, entry: 'update' }));
  for (const p of built.projections) {
    const ir = p.synapse.model.ir;
    if (ir.update) out.push({ symbol: entrySymbol(p, 'update'), entry: 'update' });
    if (ir.everyStep) out.push({ symbol: entrySymbol(p, 'each'), entry: 'each' });
    if (deliversSpikes(ir)) out.push({ symbol: entrySymbol(p, 'rows'), entry: 'rows' });
    if (p.csc) out.push({ symbol: entrySymbol(p, 'post'), entry: 'post' });
  }
  // a kernel shared by several groups or projections has one wrapper
  return out.filter((f, j) => out.findIndex((x) => x.symbol === f.symbol) === j);
}

export function launchSequence(net: DeviceNetwork): Launch[] {
  const { built } = net;
  const { dt, seed } = built;
  const G = net.groups.length;
  const flag = (j: number) => net.flags + BigInt(4 * j);
  const clock = net.clock;
  const step: Launch[] = [];
  // synapseDynamics
  net.projections.forEach((p, k) => {
    const s = p.state;
    const ir = s.synapse.model.ir;
    const common = { clock, fields: p.fields, params: p.params, dt, seed, flag: flag(G + k) };
    if (ir.update)
      step.push(
        wrapped(
          entrySymbol(p.state, 'update'),
          'update',
          s.post.group.size,
          { ...common, spiked: 0n, n: s.post.group.size, stream: synapseStream(s.stream, 'update') },
          `per-target update ${s.name}`,
        ),
      );
    if (ir.everyStep)
      step.push(
        wrapped(
          entrySymbol(p.state, 'each'),
          'each',
          s.csr.col.length,
          { ...common, count: s.csr.col.length, pre: p.preIndex, col: p.col, keys: p.keys, stream: synapseStream(s.stream, 'everyStep') },
          `everyStep ${s.name}`,
        ),
      );
  });
  // stateMonitors
  for (const v of net.stateVariables)
    step.push(
      driver(
        'braints_state_record',
        v.monitor.count,
        {
          clock,
          source: v.source,
          indices: v.indices,
          count: v.monitor.count,
          period: v.monitor.every,
          buffer: v.buffer,
          rows: v.rows,
        },
        `state monitor ${v.monitor.name}.${v.monitor.variables[v.variable]}`,
      ),
    );
  // neurons
  net.groups.forEach((g, j) => {
    const s = g.state;
    step.push(
      wrapped(
        s.kernel.signature.symbol,
        'update',
        s.group.size,
        { clock, fields: g.fields, params: g.params, spiked: g.spiked, n: s.group.size, dt, seed, stream: s.stream, flag: flag(j) },
        `neurons ${s.name}`,
      ),
    );
  });
  // spikeGathering
  for (const g of net.groups) {
    const n = g.state.group.size;
    const { chunks, superChunks } = spikeChunks(n);
    const m = g.spikeMonitor;
    const what = `spikes of ${g.state.name}`;
    step.push(driver('braints_spikes_count', chunks, { clock, spiked: g.spiked, n, counts: g.chunkCounts }, what));
    step.push(driver('braints_spikes_sum', superChunks, { clock, counts: g.chunkCounts, chunks, superCounts: g.superCounts }, what));
    step.push(
      driver(
        'braints_spikes_publish',
        1,
        {
          clock,
          superCounts: g.superCounts,
          superChunks,
          superOffsets: g.superOffsets,
          ringCounts: g.ringCounts,
          ringSlots: g.state.ringSlots,
          spikeCount: g.spikeCount,
          monitorCount: m?.count ?? 0n,
          monitorBase: g.monitorBase,
        },
        what,
      ),
    );
    step.push(
      driver(
        'braints_spikes_write',
        chunks,
        {
          clock,
          spiked: g.spiked,
          n,
          counts: g.chunkCounts,
          superOffsets: g.superOffsets,
          ring: g.ring,
          ringSlots: g.state.ringSlots,
          monitorPairs: m?.pairs ?? 0n,
          monitorBase: g.monitorBase,
        },
        what,
      ),
    );
  }
  const groupOf = (s: DeviceProjection['state']['pre']) => net.groups[built.states.indexOf(s)];
  // delivery
  net.projections.forEach((p, k) => {
    const s = p.state;
    if (!deliversSpikes(s.synapse.model.ir)) return;
    const pre = groupOf(s.pre);
    step.push(
      wrapped(
        entrySymbol(p.state, 'rows'),
        'rows',
        s.pre.group.size,
        {
          clock,
          fields: p.fields,
          params: p.params,
          ring: pre.ring,
          ringCounts: pre.ringCounts,
          ringSlots: s.pre.ringSlots,
          nPre: s.pre.group.size,
          delay: s.delaySteps,
          rowptr: p.rowptr,
          col: p.col,
          keys: p.keys,
          dt,
          seed,
          stream: synapseStream(s.stream, 'onPre'),
          flag: flag(G + k),
        },
        `delivery ${s.name}`,
      ),
    );
  });
  // onPost
  net.projections.forEach((p, k) => {
    const s = p.state;
    if (!s.csc) return;
    const post = groupOf(s.post);
    step.push(
      wrapped(
        entrySymbol(p.state, 'post'),
        'post',
        s.post.group.size,
        {
          clock,
          fields: p.fields,
          params: p.params,
          ring: post.ring,
          ringCounts: post.ringCounts,
          ringSlots: s.post.ringSlots,
          nPost: s.post.group.size,
          colptr: p.colptr,
          ids: p.cscIds,
          pre: p.preIndex,
          keys: p.keys,
          dt,
          seed,
          stream: synapseStream(s.stream, 'onPost'),
          flag: flag(G + k),
        },
        `onPost ${s.name}`,
      ),
    );
  });
  step.push(
    driver('braints_step_end', 1, { clock, flags: net.flags, nFlags: net.nFlags, checks: net.checks, nChecks: net.nChecks }, 'step end'),
  );
  return step;
}
