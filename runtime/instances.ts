// Many instances of a network in one native run: `net.instances(K, { 'E.tau': taus, seed: seeds })`
// checks what differs between the instances, and its first run builds the combined network
// (instance-network.ts) and runs it, all instances in each native call; results are read per
// instance. Each instance is bit for bit the network run alone with its seed and values.
import type { NeuronGroup } from './group';
import type { Network } from './network';
import type { SpikeMonitor } from './spike-monitor';
import type { StateMonitor } from './monitors';
import type { InputSpec } from './native-memory';
import { elementArray } from './native-memory';
import { constant } from './inputs';
import type { Signal } from './inputs';
import { checkPoisson } from './network-inputs';
import type { InputChange } from './network-inputs';
import { instanceNetwork } from './instance-network';
import type { InstanceNetwork, InstanceSweep } from './instance-network';
import { isSeed } from './run-options';
import type { RunOptions, RunTiming } from './run-options';
import { BraintsError } from './errors';

/**
 * What differs between the instances, one value per instance under each key: `seed` (each
 * instance's seed; default the run's seed for all), `'Group.param'` or `'Projection.param'` (a
 * @param's value), or `'Group.variable'` naming the one input into that variable: a signal
 * input's Signal (a number: a constant), a Poisson input's `{ rate, weight }` (a number: the rate).
 */
export type InstanceValues = Readonly<Record<string, ArrayLike<number> | readonly (number | Signal | InputChange)[]>>;

const isSignal = (x: unknown): x is Signal => typeof (x as Signal | undefined)?.fill === 'function';

/** The instances' values sorted into seeds (unless the run's), parameters and inputs; and every key whose values are numbers. */
type CheckedSweep = Omit<InstanceSweep, 'seeds'> & { seeds?: Uint32Array; numbers: Map<string, Float64Array> };

/** Checks `values` against the template network and sorts them into seeds, parameters and inputs. */
function sweepOf(template: Network, count: number, values: InstanceValues): CheckedSweep {
  const what = `net.instances(${count})`;
  if (!Number.isInteger(count) || count < 1) throw new BraintsError(`${what}: the number of instances is a whole number >= 1`);
  const sweep: CheckedSweep = { count, params: new Map(), inputs: new Map(), numbers: new Map() };
  for (const [key, list] of Object.entries(values)) {
    if (!list || typeof list.length !== 'number')
      throw new BraintsError(`${what}: '${key}' takes one value per instance, an array of ${count}, not ${String(list)}`);
    if (list.length !== count) throw new BraintsError(`${what}: '${key}' has ${list.length} values for ${count} instances`);
    if (key === 'seed') {
      sweep.seeds = Uint32Array.from(list as ArrayLike<number>, (s, k) => {
        if (!isSeed(s)) throw new BraintsError(`${what}: seed[${k}] is ${String(s)}; a seed is a whole number in [0, 2^32)`);
        return s;
      });
      sweep.numbers.set(key, Float64Array.from(sweep.seeds));
      continue;
    }
    const dot = key.indexOf('.');
    const owner = key.slice(0, dot),
      name = key.slice(dot + 1);
    const member = template.groups.get(owner) ?? template.projections.get(owner);
    if (dot < 0 || !member) {
      const names = [...template.groups.keys(), ...template.projections.keys()].join(', ');
      throw new BraintsError(`${what}: '${key}' names no group or projection; write 'Member.parameter' with one of ${names}, or 'seed'`);
    }
    const ir = member.model.ir;
    const field = ir.fields.find((f) => f.name === name);
    if (field?.role === 'param') {
      const v = numbers(what, key, list);
      sweep.params.set(owner, (sweep.params.get(owner) ?? new Map<string, Float64Array>()).set(name, v));
      sweep.numbers.set(key, v);
      continue;
    }
    const inputs = template.inputSpecs.filter((x) => x.group === member && x.variable === name && x.kind !== 'events');
    if (inputs.length !== 1) {
      const params = ir.fields.filter((f) => f.role === 'param').map((f) => f.name);
      throw new BraintsError(
        inputs.length > 1
          ? `${what}: ${key} has ${inputs.length} inputs; give it one input (net.input or net.poissonInput) to vary it per instance`
          : `${what}: ${ir.name} ${owner} has no parameter or input ${name}; its parameters are ${params.join(', ') || 'none'}`,
      );
    }
    sweep.inputs.set(inputs[0], inputChanges(what, key, inputs[0], list));
    // a constant signal's value, a Poisson input's rate
    const given = Array.from({ length: count }, (_, k) => list[k]);
    if (given.every((v) => typeof v === 'number')) sweep.numbers.set(key, Float64Array.from(given));
  }
  return sweep;
}

function numbers(what: string, key: string, list: ArrayLike<unknown>): Float64Array {
  return Float64Array.from({ length: list.length }, (_, k) => {
    const v = list[k];
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new BraintsError(`${what}: '${key}'[${k}] is ${String(v)}; give finite numbers`);
    return v;
  });
}

/** Each instance's signal (signal input) or rate and weight (Poisson input), checked. */
function inputChanges(what: string, key: string, inp: InputSpec, list: ArrayLike<unknown>): (Signal | InputChange)[] {
  return Array.from({ length: list.length }, (_, k) => {
    const v = list[k];
    if (inp.kind === 'signal') {
      if (typeof v === 'number' && Number.isFinite(v)) return constant(v);
      if (isSignal(v)) return v;
      throw new BraintsError(
        `${what}: '${key}'[${k}] is ${String(v)}; ${key}'s input takes a signal (or a number: a constant) per instance`,
      );
    }
    const change = typeof v === 'number' ? { rate: v } : (v as InputChange);
    if (!change || typeof change !== 'object' || isSignal(change) || Object.keys(change).some((x) => x !== 'rate' && x !== 'weight'))
      throw new BraintsError(
        `${what}: '${key}'[${k}] is ${String(v)}; ${key}'s Poisson input takes { rate, weight } (or a number: the rate) per instance`,
      );
    checkPoisson(`${what}: '${key}'[${k}]`, change);
    return change;
  });
}

/** K instances of a network, run together; results per instance k = 0 .. K - 1. */
export class Instances {
  private readonly sweep: CheckedSweep;
  private combined: (InstanceNetwork & { seeds: Uint32Array }) | undefined;

  constructor(
    private readonly template: Network,
    readonly count: number,
    values: InstanceValues = {},
  ) {
    this.sweep = sweepOf(template, count, values);
  }

  /** The keys of the instances' values given as numbers (a parameter's, a seed, a constant signal's, a Poisson rate), with their values. */
  get swept(): ReadonlyMap<string, Float64Array> {
    return this.sweep.numbers;
  }

  /** Each instance's seed (known once the first run has fixed the run's seed for instances given none). */
  get seeds(): Uint32Array {
    if (!this.combined) throw new BraintsError('instances are built by their first run: call run() first');
    return this.combined.seeds;
  }

  /** Runs every instance for `duration` ms, in one native run (options as Network.run; `seed` for instances without their own). */
  async run(duration: number, opts: RunOptions = {}): Promise<void> {
    if (!this.combined) {
      const seed = opts.seed ?? 0;
      if (!isSeed(seed)) throw new BraintsError(`the seed is a whole number in [0, 2^32), not ${seed}`);
      const seeds = this.sweep.seeds ?? new Uint32Array(this.count).fill(seed);
      this.combined = { ...instanceNetwork(this.template, { ...this.sweep, seeds }), seeds };
    }
    // the instances' draws are keyed by their own seeds, which the first run fixed
    await this.combined.net.run(duration, opts);
  }

  /** The network that runs all instances (groups K times the size, instance k's neurons from k x size). */
  get network(): Network {
    if (!this.combined) throw new BraintsError('instances are built by their first run: call run() first');
    return this.combined.net;
  }

  get timing(): RunTiming {
    return this.network.timing;
  }

  private instance(k: number): void {
    if (!Number.isInteger(k) || k < 0 || k >= this.count)
      throw new BraintsError(`instance ${k}: the instances are numbered 0 to ${this.count - 1}`);
  }

  private combinedGroup(group: NeuronGroup): NeuronGroup {
    this.template.nameOf(group);
    return this.combined!.groups.get(group)!;
  }

  /** The spikes of `group` in instance k so far. */
  spikeCount(k: number, group: NeuronGroup): number {
    this.instance(k);
    // counted from every process's spikes: the same on each
    const s = this.network.localState(this.combinedGroup(group));
    return Number(s.instances!.spikeCounts[k]);
  }

  /** Each instance's mean firing rate of `group` (Hz) over the time run so far. */
  rates(group: NeuronGroup): Float64Array {
    const seconds = this.network.t / 1000;
    return Float64Array.from({ length: this.count }, (_, k) => (seconds > 0 ? this.spikeCount(k, group) / group.size / seconds : 0));
  }

  /** The spikes instance k's copy of `monitor` (a monitor of the template network) recorded: times (ms) and neurons. */
  spikes(k: number, monitor: SpikeMonitor): { times: Float64Array; indices: Float64Array } {
    this.instance(k);
    const m = this.network.spikeMonitors.find((x) => x.name === monitor.name);
    if (!m) throw new BraintsError(`monitor ${monitor.name} is not a spike monitor of this network`);
    const size = monitor.group.size;
    const times = m.times,
      indices = m.indices;
    const mine = Array.from(indices.keys()).filter((j) => Math.floor(indices[j] / size) === k);
    return { times: Float64Array.from(mine, (j) => times[j]), indices: Float64Array.from(mine, (j) => indices[j] - k * size) };
  }

  /** The rows instance k's copy of state monitor `monitor` recorded of `variable`: (rows x columns), row-major. */
  stateRows(k: number, monitor: StateMonitor, variable: string): Float64Array {
    this.instance(k);
    const m = this.network.stateMonitors.find((x) => x.name === monitor.name);
    if (!m) throw new BraintsError(`monitor ${monitor.name} is not a state monitor of this network`);
    const all = m.values(variable);
    const c = m.count / this.count;
    const rows = c > 0 ? all.length / m.count : 0;
    const out = new Float64Array(rows * c);
    for (let r = 0; r < rows; r++) out.set(all.subarray(r * m.count + k * c, r * m.count + (k + 1) * c), r * c);
    return out;
  }

  /** The template network's groups, by name (the handles for the results). */
  get groups(): ReadonlyMap<string, NeuronGroup> {
    return this.template.groups;
  }

  /** The template network's monitors (the handles for the results). */
  get spikeMonitors(): readonly SpikeMonitor[] {
    return this.template.spikeMonitors;
  }

  get stateMonitors(): readonly StateMonitor[] {
    return this.template.stateMonitors;
  }

  /**
   * A copy of every variable of `group` in instance k (one value per neuron), as `net.state(group).arrays`
   * holds them (on several MPI processes a collective call, as net.state).
   */
  state(k: number, group: NeuronGroup): Map<string, Float64Array> {
    this.instance(k);
    const s = this.network.state(this.combinedGroup(group));
    const n = group.size;
    return new Map(
      group.model.ir.fields.map((f) => [f.name, Float64Array.from(elementArray(s, f.name, s.group.size).subarray(k * n, (k + 1) * n))]),
    );
  }
}
