// The network that runs K instances of another network at once (net.instances, instances.ts):
// each group K times its size, instance k's neurons at k x size (groups side by side), each
// projection block-diagonal (instance k's synapses, those its own network builds with its seed,
// between its own neurons), the inputs of each instance into its own neurons with its own seed
// and values, and the monitors recording every instance. Everything drawn when a network is built
// (initial values, connectivity, delays) is drawn here per instance, with its seed and its own
// indices, so the combined network holds exactly the instances' values; what is drawn while it
// runs is keyed per instance by the driver (instance-blocks.ts, an input's `instance`).
import { NeuronGroup } from './group';
import type { Synapse } from './synapse';
import type { Connector } from './connect';
import type { Csr } from './csr';
import { fillInitial } from './init';
import type { Initializer } from './init';
import { connectivityKey } from './build-projections';
import { markInstances } from './instance-blocks';
import { Network } from './network';
import type { InputSpec } from './native-memory';
import type { Signal } from './inputs';
import type { InputChange } from './network-inputs';
import { codeOf } from '../ir/types';
import { BraintsError } from './errors';

/** What differs between the instances: seeds, parameter values by member and parameter, input changes by input. */
export interface InstanceSweep {
  count: number;
  seeds: Uint32Array;
  params: Map<string, Map<string, Float64Array>>;
  inputs: Map<InputSpec, (Signal | InputChange)[]>;
}

/** The combined network, and the combined group or projection standing for each of the template's. */
export interface InstanceNetwork {
  net: Network;
  groups: Map<NeuronGroup, NeuronGroup>;
  projections: Map<Synapse, Synapse>;
}

/**
 * Initial values of `count` blocks of `size` elements, block k from `init` with seed k, or
 * `values[k]` for a swept parameter: a number where every block has the same one.
 */
function blocksOf(init: Initializer, size: number, sweep: InstanceSweep, owner: string, field: string, values?: Float64Array): Initializer {
  if (!values && typeof init === 'number') return init;
  const out = new Float64Array(sweep.count * size);
  for (let k = 0; k < sweep.count; k++) {
    const block = out.subarray(k * size, (k + 1) * size);
    if (values) block.fill(values[k]);
    else fillInitial(block, init, sweep.seeds[k], owner, field);
  }
  return out;
}

/** A group of the same model, K times the size, with the blocks' initial values (the model's own constructor is not run). */
function combinedGroup(name: string, g: NeuronGroup, sweep: InstanceSweep): NeuronGroup {
  const swept = sweep.params.get(name) ?? new Map<string, Float64Array>();
  const init: Record<string, Initializer> = {};
  for (const f of new Set([...Object.keys(g.init), ...swept.keys()]))
    init[f] = blocksOf(g.init[f] ?? g.model.ir.fields.find((x) => x.name === f)!.init, g.size, sweep, name, f, swept.get(f));
  const group = Object.create(Object.getPrototypeOf(g) as object, {
    size: { value: sweep.count * g.size },
    init: { value: init },
    model: { value: g.model },
    createdAt: { value: g.createdAt },
  }) as NeuronGroup;
  markInstances(group, sweep.seeds);
  return group;
}

/** The instances' rows one after the other, instance k's neurons and targets offset by k x the group sizes. */
function stackRows(csrs: Csr[], nPre: number, nPost: number): Csr {
  const total = csrs.reduce((n, c) => n + c.col.length, 0);
  const rowptr = new Int32Array(csrs.length * nPre + 1);
  const col = new Int32Array(total);
  const ordered = csrs.some((c) => c.order);
  const order = ordered ? new Int32Array(total) : undefined;
  let at = 0;
  csrs.forEach((c, k) => {
    for (let i = 0; i < nPre; i++) rowptr[k * nPre + i + 1] = at + c.rowptr[i + 1];
    for (let x = 0; x < c.col.length; x++) {
      col[at + x] = c.col[x] + k * nPost;
      if (order) order[at + x] = at + (c.order ? c.order[x] : x);
    }
    at += c.col.length;
  });
  return order ? { rowptr, col, order } : { rowptr, col };
}

/**
 * A projection of the same model between the combined groups: each instance's connectivity as its
 * own network builds it (the key of its seed and the projection's name), per-synapse values and
 * delays drawn per instance in the connector's list order.
 */
function combinedProjection(name: string, syn: Synapse, pre: NeuronGroup, post: NeuronGroup, sweep: InstanceSweep): Synapse {
  const ir = syn.model.ir;
  if (codeOf(ir).some((f) => f.usesRandom))
    throw new BraintsError(
      `net.instances(): projection ${name} (${ir.name}) draws random numbers in its synapse code, which instances of a network cannot draw as their separate runs do yet; run such networks one by one`,
    );
  const nPre = syn.source.size,
    nPost = syn.target.size;
  const csrs = Array.from(sweep.seeds, (seed) => syn.connect.build(nPre, nPost, connectivityKey(seed, name)));
  const counts = csrs.map((c) => c.col.length);
  const total = counts.reduce((a, b) => a + b, 0);
  const perSynapse = (init: Initializer, field: string, values?: Float64Array): Initializer => {
    if (!values && typeof init === 'number') return init;
    const out = new Float64Array(total);
    let at = 0;
    counts.forEach((n, k) => {
      const block = out.subarray(at, at + n);
      if (values) block.fill(values[k]);
      else fillInitial(block, init, sweep.seeds[k], name, field, 'synapses');
      at += n;
    });
    return out;
  };
  const swept = sweep.params.get(name) ?? new Map<string, Float64Array>();
  const init: Record<string, Initializer> = {};
  for (const f of new Set([...Object.keys(syn.init), ...swept.keys()])) {
    const field = ir.fields.find((x) => x.name === f)!;
    const given = syn.init[f] ?? field.init;
    // a @target field has one value per postsynaptic neuron, the rest one per synapse
    init[f] = field.role === 'target' ? blocksOf(given, nPost, sweep, name, f, swept.get(f)) : perSynapse(given, f, swept.get(f));
  }
  const rows = stackRows(csrs, nPre, nPost);
  const connect: Connector = { description: `${sweep.count} instances of ${syn.connect.description}`, build: () => rows };
  return Object.create(Object.getPrototypeOf(syn) as object, {
    source: { value: pre },
    target: { value: post },
    model: { value: syn.model },
    connect: { value: connect },
    delay: { value: perSynapse(syn.delay, 'delay') },
    init: { value: init },
    createdAt: { value: syn.createdAt },
  }) as Synapse;
}

/** Instance k's copy of an input, into its own neurons, with its seed and its swept signal, rate or weight. */
function instanceInput(inp: InputSpec, group: NeuronGroup, k: number, sweep: InstanceSweep): InputSpec {
  const instance = { offset: k * inp.group.size, seed: sweep.seeds[k] };
  const change = sweep.inputs.get(inp)?.[k];
  if (inp.kind === 'signal') return { ...inp, group, instance, signal: (change as Signal | undefined) ?? inp.signal };
  if (inp.kind === 'poisson') {
    const c = (change ?? {}) as InputChange;
    return { ...inp, group, instance, params: undefined, rate: c.rate ?? inp.rate, weight: c.weight ?? inp.weight };
  }
  // each copy walks its own events
  return { ...inp, group, instance, steps: undefined, cursor: new BigInt64Array(new ArrayBuffer(8)) };
}

/** The network running the instances of `template` that `sweep` describes. */
export function instanceNetwork(template: Network, sweep: InstanceSweep): InstanceNetwork {
  const groups = new Map([...template.groups].map(([name, g]) => [g, combinedGroup(name, g, sweep)]));
  const projections = new Map(
    [...template.projections].map(([name, p]) => [p, combinedProjection(name, p, groups.get(p.source)!, groups.get(p.target)!, sweep)]),
  );
  const members: Record<string, NeuronGroup | Synapse> = {};
  for (const [name, g] of template.groups) members[name] = groups.get(g)!;
  for (const [name, p] of template.projections) members[name] = projections.get(p)!;
  const net = new Network(members);
  for (const inp of template.inputSpecs) {
    const group = groups.get(inp.group)!;
    // an unswept signal into all neurons is the same for every instance: one input for all
    if (inp.kind === 'signal' && !inp.neurons && !inp.weights && !sweep.inputs.has(inp)) net.addInputSpec({ ...inp, group });
    else for (let k = 0; k < sweep.count; k++) net.addInputSpec(instanceInput(inp, group, k, sweep));
  }
  for (const m of [...template.spikeMonitors, ...template.stateMonitors])
    if (m.files.length)
      throw new BraintsError(`net.instances(): monitor ${m.name} records to disk; instances record in memory: leave out its dir`);
  for (const m of template.spikeMonitors) net.monitorSpikes(groups.get(m.group)!, m.name);
  for (const m of template.stateMonitors) {
    if (!(m.owner instanceof NeuronGroup))
      throw new BraintsError(`net.instances(): monitor ${m.name} records projection ${m.ownerName}; instances record groups' state only`);
    const size = m.owner.size;
    const columns = m.neurons ?? Int32Array.from({ length: size }, (_, i) => i);
    const neurons = Array.from(
      { length: sweep.count * columns.length },
      (_, j) => Math.floor(j / columns.length) * size + columns[j % columns.length],
    );
    net.monitorState(groups.get(m.owner)!, m.variables, { name: m.name, neurons, every: m.every, includeEnd: m.includeEnd });
  }
  return { net, groups, projections };
}
