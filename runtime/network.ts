// A network: named groups, their inputs and monitors, compiled into one native library and run
// many steps per native call.
import { availableParallelism } from 'node:os';
import { NeuronGroup } from './group';
import { Synapse } from './synapse';
import { listIndex, presynapticOf, rowPositionsOf } from './connect';
import type { Csr } from './connect';
import { fmix32 } from './random';
import { poissonSetup } from './poisson';
import { forEachNode } from '../ir/expr';
import { deliversSpikes, onPreWritesPre } from '../ir/types';
import type { ModelIR } from '../ir/types';
import type { Initializer } from './init';
import type { Signal } from './inputs';
import { SpikeMonitor, StateMonitor, projectionColumns } from './monitors';
import type { StateMonitorOptions } from './monitors';
import { fillInitial, fillPerSynapse, isPerNeuron, nonFiniteInitial } from './init';
import { buildLibrary } from './native';
import type { NativeLibrary } from './native';
import { kernelFor } from './kernels';
import type { GroupKernel } from './kernels';
import { PlanWriter } from './plan';
import { BraintsError, nonFiniteError, nonFiniteSynapseError } from './errors';
import { inPhase, progressListener } from './progress';
import type { PhaseProgress, ProgressListener } from './progress';

export interface RunOptions {
  /** Time step in ms (default 0.1). Fixed by the first run. */
  dt?: number;
  /** Seed of every random draw (default 0). Fixed by the first run. */
  seed?: number;
  /**
   * Show the phases on stderr while it is a terminal: building state and connectivity and compiling
   * the kernels (first run only), then running, with simulated time, speed and time left. Nothing
   * is drawn when stderr is not a terminal.
   */
  progress?: boolean;
  /** Called with each phase's progress (the same phases, whether or not stderr is a terminal). */
  onProgress?: ProgressListener;
  /**
   * Threads to run on (default: defaultThreads of the network's size). The results are bit for bit
   * the same for any number. Fixed by the first run.
   */
  threads?: number;
}

/** The most threads the driver runs on (driver.c's MAX_THREADS). */
export const MAX_THREADS = 64;

/** Whether `n` is a number of threads the driver takes: a whole number from 1 to MAX_THREADS. */
export const isThreadCount = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= MAX_THREADS;

/** Whether `ms` is a time step run() takes: a finite number of ms > 0. */
export const isTimeStep = (ms: number): boolean => ms > 0 && Number.isFinite(ms);

/** Whether `ms` is a duration run() takes (before the whole-steps check): a finite number of ms >= 0. */
export const isDuration = (ms: number): boolean => ms >= 0 && Number.isFinite(ms);

/** Whether `n` is a seed: a whole number in [0, 2^32). */
export const isSeed = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;

/**
 * Neurons each thread must have before a network is cut into shares: a step has four to six
 * barriers between phases, a few microseconds, against about 1 ns of work per neuron.
 */
const NEURONS_PER_THREAD = 65_536;

/** The threads a network of `neurons` runs on by default: one per core, each with at least NEURONS_PER_THREAD neurons. */
export function defaultThreads(neurons: number): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(neurons / NEURONS_PER_THREAD)));
}

export interface InputOptions {
  /** Neurons that receive the input (default: all). */
  neurons?: readonly number[];
  /** Per-neuron factor applied to the signal (one per receiving neuron). */
  weights?: ArrayLike<number>;
}

/** What adds into a variable: a signal per step (into a @current), listed events or Poisson counts (into a @current or a @state). */
export type InputSpec = { group: NeuronGroup; variable: string; neurons?: Int32Array } & (
  | { kind: 'signal'; signal: Signal; weights?: Float64Array }
  | {
      kind: 'events';
      times: Float64Array;
      indices: Int32Array;
      values: Float64Array;
      /** How a time becomes a step (`eventStep`). */
      binning: EventBinning;
      /** A spike generator's events: a neuron listed twice in one step is an error, not one spike. */
      spikes: boolean;
      /** Filled when dt is known: each event's step, ascending, with indices and values in that order. */
      steps?: Float64Array;
      /** The driver's position in the event list, kept across native calls. */
      cursor: BigInt64Array;
    }
  | {
      kind: 'poisson';
      sources: number;
      rate: number;
      weight: number;
      stream: number;
      /** Filled when dt is known: the mean's set-up (runtime/poisson.ts poissonSetup), then the weight. */
      params?: Float64Array;
    }
);

export interface PoissonInputOptions {
  /** Number of independent Poisson sources per neuron. */
  sources: number;
  /** Rate of each source, Hz. */
  rate: number;
  /** What one source spike adds into the current. */
  weight: number;
  /** Neurons that receive the input (default: all). */
  neurons?: readonly number[];
}

/**
 * How an event time t becomes a step at time step dt. `'floor'` (the default), Brian2's rule for
 * SpikeGeneratorGroup: the step whose interval [n dt, (n + 1) dt) holds t, floor((t + 1e-3 dt) /
 * dt), the tolerance so that a time written as a whole number of steps (0.3 ms is 2.9999999999999996
 * steps in binary) is that step. `'nearest'`: round(t / dt), half steps (to 1e-3 of a step) going up,
 * floor(t / dt + 0.5 + 1e-3). 7.05 ms at dt 0.1 ms is step 70 by 'floor', 71 by 'nearest'.
 */
export type EventBinning = 'nearest' | 'floor';

export function eventStep(t: number, dt: number, binning: EventBinning): number {
  // the tolerance keeps times one step apart in distinct steps: Math.round(t / dt) put 0.25 and 0.35 ms both in step 3
  return binning === 'floor' ? Math.floor((t + 1e-3 * dt) / dt) : Math.floor(t / dt + 0.5 + 1e-3);
}

/** Spike times given to a group (SpikeGeneratorGroup): neuron indices[e] fires in the step of times[e]. */
export interface SpikeEvents {
  times: ArrayLike<number>;
  indices: ArrayLike<number>;
  /** How a time becomes a step (default 'floor', Brian2's rule: see EventBinning). */
  binning?: EventBinning;
}

/** Symbol under which a group carries fixed spike events for its `trigger` current (SpikeGeneratorGroup). */
export const SPIKE_EVENTS = Symbol('braints.spikeEvents');

/** The memory of one group, shared with native code. */
export interface GroupState {
  name: string;
  group: NeuronGroup;
  kernel: GroupKernel;
  /** Per-neuron arrays (states, currents, per-neuron parameters). */
  arrays: Map<string, Float64Array>;
  /** Group-uniform parameter values, in the kernel's order. */
  params: Float64Array;
  spiked: Uint8Array;
  spikeCount: BigInt64Array;
  stream: number;
  /** Spiking neurons of the last `ringSlots` steps (slot = step % ringSlots), for delayed delivery. */
  ring: Int32Array;
  ringCounts: BigInt64Array;
  ringSlots: number;
}

/** The memory of one projection (a Synapse instance), shared with native code. */
export interface ProjectionState {
  name: string;
  synapse: Synapse;
  kernel: GroupKernel;
  pre: GroupState;
  post: GroupState;
  csr: Csr;
  /** Per-synapse arrays (states and per-synapse parameters). */
  arrays: Map<string, Float64Array>;
  params: Float64Array;
  /** The projection's delay in steps, or -1 when each synapse has its own (`delays`). */
  delaySteps: number;
  delays?: Int32Array;
  /** Presynaptic neuron of each synapse (for the per-synapse delay queue, onPost and everyStep). */
  preIndex?: Int32Array;
  /** The synapses by target (for onPost): those onto neuron j are ids[colptr[j]] .. ids[colptr[j + 1] - 1]. */
  csc?: { colptr: Int32Array; ids: Int32Array };
  /** Where the driver keeps the address of each thread's delay queue (0 until first used). */
  queueCell: BigInt64Array;
  /**
   * With several threads: each row cut where its targets pass from one thread's share of the
   * target group to the next (driver.c's braints_row_splits). Absent when the rows cannot be cut
   * (onPre writes presynaptic state, or a row's targets visit the shares out of order): then thread
   * 0 delivers all projections.
   */
  splits?: Int32Array;
  queueSlots: number;
  stream: number;
}

export interface RunTiming {
  /** Allocating and initializing state, building connectivity. */
  buildSeconds: number;
  /** Choosing and generating the kernels, compiling (the kernels at the same time) and loading the library. */
  compileSeconds: number;
  runSeconds: number;
  steps: number;
}

/** Steps per native call: long enough to make the call overhead vanish, short enough for progress. */
const BLOCK_STEPS = 2000;

/** The parameters given one value per element (an array or a distribution) at construction. */
function perElementParams(ir: ModelIR, init: Record<string, Initializer>): Set<string> {
  return new Set(ir.fields.filter((f) => f.role === 'param' && init[f.name] !== undefined && isPerNeuron(init[f.name])).map((f) => f.name));
}

/** The kernel's group-uniform values: parameters as given (or their defaults), uniform currents at 0. */
function uniformValues(ir: ModelIR, kernel: GroupKernel, init: Record<string, Initializer>): Float64Array {
  const params = new Float64Array(new ArrayBuffer(Math.max(1, kernel.signature.uniformParams.length) * 8));
  kernel.signature.uniformParams.forEach((p, j) => {
    const given = init[p];
    params[j] = typeof given === 'number' ? given : ir.fields.find((x) => x.name === p)!.init;
  });
  return params;
}

/** The synapse indices of a CSR grouped by target neuron (a counting sort; stable, so in row order). */
function byTarget(csr: Csr, nPost: number): { colptr: Int32Array; ids: Int32Array } {
  const colptr = new Int32Array(nPost + 1);
  for (const j of csr.col) colptr[j + 1]++;
  for (let j = 0; j < nPost; j++) colptr[j + 1] += colptr[j];
  const fill = colptr.slice(0, nPost);
  const ids = new Int32Array(csr.col.length);
  csr.col.forEach((j, k) => (ids[fill[j]++] = k));
  return { colptr, ids };
}

/** A projection's rows cut at the thread shares of its target group, when they can be (see ProjectionState.splits). */
function rowSplits(lib: NativeLibrary, p: ProjectionState, threads: number): Int32Array | undefined {
  if (!deliversSpikes(p.synapse.model.ir) || onPreWritesPre(p.synapse.model.ir)) return undefined;
  const out = new Int32Array(new ArrayBuffer(4 * Math.max(1, (threads - 1) * p.pre.group.size)));
  return lib.rowSplits(p.csr.rowptr, p.csr.col, p.pre.group.size, p.post.group.size, threads, out) ? out : undefined;
}

/**
 * The steps of a run of `duration` ms: it must be a whole number of steps (to 1e-6 of a step,
 * for durations such as 0.3 ms at dt 0.1 ms that are not exact in binary), since a run that
 * silently ended early or late would shift every later time.
 */
function wholeSteps(duration: number, dt: number): number {
  const steps = Math.round(duration / dt);
  if (Math.abs(duration / dt - steps) > 1e-6)
    throw new BraintsError(
      `the duration ${duration} ms is not a whole number of steps of dt ${dt} ms (${+(duration / dt).toPrecision(6)} steps); give a multiple of dt`,
    );
  return steps;
}

/** Runs `make`; a BraintsError it throws is blamed on the user's line that created `member`. */
function blame<T>(member: NeuronGroup | Synapse, make: () => T): T {
  try {
    return make();
  } catch (e) {
    throw e instanceof BraintsError ? blamed(member, e) : e;
  }
}

function blamed(member: NeuronGroup | Synapse, e: BraintsError): BraintsError {
  e.at ??= member.createdAt;
  return e;
}

/** A spike generator cannot fire twice in one step: Brian2 refuses such times too, rather than merge them. */
function twoSpikesInOneStep(
  group: string,
  order: number[],
  step: Float64Array,
  indices: Int32Array,
  times: Float64Array,
  dt: number,
): void {
  const first = new Map<number, number>();
  for (let x = 0; x < order.length; x++) {
    const e = order[x];
    if (x > 0 && step[order[x - 1]] !== step[e]) first.clear();
    const other = first.get(indices[e]);
    if (other !== undefined)
      throw new BraintsError(
        `${group}: neuron ${indices[e]} would fire twice in step ${step[e]} (at ${times[other]} and ${times[e]} ms, dt ${dt} ms); give times at least one step apart, or a smaller dt`,
      );
    first.set(indices[e], e);
  }
}

/** The value of a field the kernel takes as one number for the whole group or projection. */
export function uniformValue(s: GroupState | ProjectionState, name: string): number {
  const j = s.kernel.signature.uniformParams.indexOf(name);
  if (j < 0) throw new Error(`BrainTS bug: ${s.name}.${name} is neither an array nor a uniform value of the built network`);
  return s.params[j];
}

/** One value per element of a built group's or projection's variable: its array, or a uniform parameter repeated. */
function elementArray(s: GroupState | ProjectionState, name: string, size: number): Float64Array {
  return s.arrays.get(name) ?? new Float64Array(new ArrayBuffer(Math.max(1, size) * 8)).fill(uniformValue(s, name)).subarray(0, size);
}

/**
 * The first initial value of a group's or projection's arrays (`element` names the element k of
 * field f) or of its uniform parameters that is not finite, as a message; undefined when all are.
 */
function nonFiniteInitialState(
  owner: string,
  arrays: Map<string, Float64Array>,
  kernel: GroupKernel,
  params: Float64Array,
  element: (field: string, k: number) => string,
): string | undefined {
  for (const [f, a] of arrays) {
    const bad = nonFiniteInitial(a, `${owner}.${f}`, (k) => element(f, k));
    if (bad) return bad;
  }
  for (const [j, p] of kernel.signature.uniformParams.entries()) {
    const bad = nonFiniteInitial([params[j]], `${owner}.${p}`);
    if (bad) return bad;
  }
  return undefined;
}

/** A delay in whole steps: round(delay / dt) (Brian2's rule, and the one documented for users). */
function delaySteps(ms: number, dt: number, where: string): number {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new BraintsError(`${where}: a delay must be a finite number of ms >= 0, not ${ms}`);
  return Math.round(ms / dt);
}

export class Network {
  readonly groups = new Map<string, NeuronGroup>();
  readonly projections = new Map<string, Synapse>();
  private readonly inputs: InputSpec[] = [];
  readonly spikeMonitors: SpikeMonitor[] = [];
  readonly stateMonitors: StateMonitor[] = [];
  private built:
    { lib: NativeLibrary; states: GroupState[]; projections: ProjectionState[]; dt: number; seed: number; threads: number } | undefined;
  /** The next step to run: the network's clock. */
  stepIndex = 0;
  readonly timing: RunTiming = { buildSeconds: 0, compileSeconds: 0, runSeconds: 0, steps: 0 };
  /** Messages for the user (an edited kernel in use, ...), printed by the CLI. */
  readonly notices: string[] = [];

  /** Neuron groups and projections (Synapse instances), by name. */
  constructor(members: Record<string, NeuronGroup | Synapse>) {
    for (const [name, x] of Object.entries(members)) {
      if (x instanceof NeuronGroup) this.groups.set(name, x);
      else if (x instanceof Synapse) this.projections.set(name, x);
      else throw new BraintsError(`${name} is neither a neuron group nor a synapse projection`);
    }
    for (const [name, p] of this.projections) {
      for (const g of [p.source, p.target]) {
        if (![...this.groups.values()].includes(g))
          throw new BraintsError(
            `projection ${name} connects ${g === p.source ? 'from' : 'to'} a ${g.model.ir.name} group of ${g.size} neurons that is not in the network: add it to new Network({ ... })`,
          );
      }
    }
    for (const g of this.groups.values()) {
      const events = (g as unknown as Record<symbol, SpikeEvents | undefined>)[SPIKE_EVENTS];
      if (events) this.addEvents(g, 'trigger', { ...events, values: Float64Array.from(events.times, () => 1) }, true);
    }
  }

  /** The inputs, in the order the driver adds them (for the JavaScript reference executor). */
  get inputSpecs(): readonly InputSpec[] {
    return this.inputs;
  }

  nameOf(group: NeuronGroup): string {
    for (const [name, g] of this.groups) if (g === group) return name;
    throw new BraintsError(
      `a ${group.model.ir.name} group of ${group.size} neurons is not part of the network: add it to new Network({ ... })`,
    );
  }

  private beforeBuild(what: string): void {
    if (this.built) throw new BraintsError(`${what} must come before the first run`);
  }

  /**
   * Checks that `variable` of `group` is one the input may add into (a @current; for inputs of
   * discrete jumps, events and Poisson counts, a @state too) and that the neuron indices are inside it.
   */
  private inputTarget(
    what: string,
    group: NeuronGroup,
    variable: string,
    neurons: ArrayLike<number> | undefined,
    roles: readonly ('current' | 'state')[],
  ): Int32Array | undefined {
    this.beforeBuild(`${what}()`);
    const name = this.nameOf(group);
    const ir = group.model.ir;
    const field = ir.fields.find((f) => f.name === variable);
    if (!field || !(roles as readonly string[]).includes(field.role)) {
      const kinds = roles.map((r) => `@${r}`).join(' or ');
      const candidates = ir.fields.filter((f) => (roles as readonly string[]).includes(f.role)).map((f) => f.name);
      throw new BraintsError(
        `${what}: ${name}.${variable} is ${field ? `a @${field.role}` : 'not a variable'} of ${ir.name}; ${what} adds into a ${kinds} (${
          candidates.join(', ') || 'it has none'
        })`,
      );
    }
    // checked before the conversion to int32, which would make 0.5 neuron 0
    Array.from(neurons ?? []).forEach((i) => {
      if (!(Number.isInteger(i) && i >= 0 && i < group.size))
        throw new BraintsError(`${what} for ${name}: neuron ${i} is not a neuron of the group (0 to ${group.size - 1})`);
    });
    return neurons ? Int32Array.from(neurons) : undefined;
  }

  /** Adds `signal` into the current accumulator `current` of `group` at every step. */
  input(group: NeuronGroup, current: string, signal: Signal, opts: InputOptions = {}): void {
    const neurons = this.inputTarget('input', group, current, opts.neurons, ['current']);
    const count = neurons ? neurons.length : group.size;
    if (opts.weights && opts.weights.length !== count)
      throw new BraintsError(`input to ${this.nameOf(group)}: ${opts.weights.length} weights for ${count} neurons`);
    this.inputs.push({
      kind: 'signal',
      group,
      variable: current,
      signal,
      neurons,
      weights: opts.weights ? Float64Array.from(opts.weights) : undefined,
    });
  }

  /**
   * Adds `values[e]` into `variable` (a @current, or a @state: a jump) of neuron `indices[e]` at
   * the start of the step of `times[e]` (ms; by default Brian2's floor((t + 1e-3 dt) / dt), the
   * step that holds t, or the nearest step with `binning: 'nearest'`: see EventBinning), e.g. the
   * fixed spike times of a SpikeGeneratorGroup. Events in one step add up.
   */
  events(
    group: NeuronGroup,
    variable: string,
    ev: { times: ArrayLike<number>; indices: ArrayLike<number>; values?: ArrayLike<number>; binning?: EventBinning },
  ): void {
    this.addEvents(group, variable, ev, false);
  }

  private addEvents(
    group: NeuronGroup,
    variable: string,
    ev: { times: ArrayLike<number>; indices: ArrayLike<number>; values?: ArrayLike<number>; binning?: EventBinning },
    spikes: boolean,
  ): void {
    const binning = ev.binning ?? 'floor';
    if (binning !== 'nearest' && binning !== 'floor')
      throw new BraintsError(`events for ${this.nameOf(group)}: binning is 'nearest' or 'floor', not ${String(binning)}`);
    const indices = this.inputTarget('events', group, variable, ev.indices, ['current', 'state'])!;
    if (ev.times.length !== indices.length || (ev.values && ev.values.length !== indices.length)) {
      throw new BraintsError(
        `events for ${this.nameOf(group)}: ${ev.times.length} times, ${indices.length} indices${ev.values ? `, ${ev.values.length} values` : ''}`,
      );
    }
    Array.from(ev.times).forEach((t) => {
      if (!(t >= 0)) throw new BraintsError(`events for ${this.nameOf(group)}: time ${t} is not >= 0 ms`);
    });
    const values = ev.values ? Float64Array.from(ev.values) : new Float64Array(indices.length).fill(1);
    this.inputs.push({
      kind: 'events',
      group,
      variable,
      times: Float64Array.from(ev.times),
      indices,
      values,
      binning,
      spikes,
      cursor: new BigInt64Array(new ArrayBuffer(8)),
    });
  }

  /**
   * Poisson input (Brian2's PoissonInput): at the start of each step, before the neurons' update,
   * each neuron's `variable` (a @current, or a @state: then a jump that stays) gets weight x k,
   * k ~ Poisson(sources x rate x dt), drawn from the counter-based generator (runtime/poisson.ts).
   */
  poissonInput(group: NeuronGroup, variable: string, opts: PoissonInputOptions): void {
    const neurons = this.inputTarget('poissonInput', group, variable, opts.neurons, ['current', 'state']);
    const bad = (option: string, value: number, rule: string) => {
      throw new BraintsError(`poissonInput for ${this.nameOf(group)}: ${option} is ${rule}, not ${value}`);
    };
    if (!(Number.isInteger(opts.sources) && opts.sources >= 0)) bad('sources', opts.sources, 'a whole number of sources >= 0');
    if (!(opts.rate >= 0 && Number.isFinite(opts.rate))) bad('rate', opts.rate, 'a finite rate >= 0 Hz');
    if (!Number.isFinite(opts.weight)) bad('weight', opts.weight, 'a finite number');
    this.inputs.push({
      kind: 'poisson',
      group,
      variable,
      neurons,
      sources: opts.sources,
      rate: opts.rate,
      weight: opts.weight,
      stream: 0x10000 + this.inputs.length,
    });
  }

  monitorSpikes(group: NeuronGroup, name = `${this.nameOf(group)}`): SpikeMonitor {
    this.beforeBuild('monitorSpikes()');
    if (this.spikeMonitors.some((m) => m.group === group)) throw new BraintsError(`${this.nameOf(group)} already has a spike monitor`);
    const m = new SpikeMonitor(name, group);
    this.spikeMonitors.push(m);
    return m;
  }

  /**
   * Records `variables` of a group (one column per neuron) or of a projection: per-synapse states
   * and parameters (one column per synapse, chosen with `synapses`) or `@target` fields (one
   * column per target neuron, chosen with `neurons`). See StateMonitor for when in a step a row
   * is read.
   */
  monitorState(
    source: NeuronGroup | Synapse,
    variables: readonly string[],
    opts: StateMonitorOptions & { name?: string } = {},
  ): StateMonitor {
    this.beforeBuild('monitorState()');
    if (source instanceof Synapse) {
      const pname = this.projectionName(source);
      const columns = projectionColumns(source.model.ir, pname, variables);
      return this.addStateMonitor(new StateMonitor(opts.name ?? pname, pname, source, variables, columns, opts), pname);
    }
    const gname = this.nameOf(source);
    const fields = source.model.ir.fields;
    for (const v of variables) {
      if (!fields.some((f) => f.name === v))
        throw new BraintsError(`${gname} (${source.model.ir.name}) has no variable ${v}; it has ${fields.map((f) => f.name).join(', ')}`);
    }
    return this.addStateMonitor(new StateMonitor(opts.name ?? gname, gname, source, variables, 'neurons', opts), gname);
  }

  /** Adds a state monitor; its name names its files (NAME.t.npy, NAME.VAR.npy), so two must not share one. */
  private addStateMonitor(m: StateMonitor, owner: string): StateMonitor {
    if (this.stateMonitors.some((x) => x.name === m.name))
      throw new BraintsError(
        `a state monitor named ${m.name} exists already, and its files would be overwritten: give this one a name of its own, e.g. net.monitorState(${owner}, [...], { name: '${owner}_2' })`,
      );
    this.stateMonitors.push(m);
    return m;
  }

  private projectionName(syn: Synapse): string {
    for (const [name, p] of this.projections) if (p === syn) return name;
    throw new BraintsError('this projection is not part of the network: pass it to new Network({ ... })');
  }

  /** Gives each state monitor the built arrays it reads (a uniform parameter as an array repeating its value). */
  private bindMonitors(states: GroupState[], projections: ProjectionState[]): void {
    for (const m of this.stateMonitors) {
      if (m.owner instanceof NeuronGroup) {
        const s = states.find((x) => x.group === m.owner)!;
        m.bind(m.variables.map((v) => elementArray(s, v, s.group.size)));
      } else {
        const p = projections.find((x) => x.synapse === m.owner)!;
        const size = m.columns === 'targets' ? p.post.group.size : p.csr.col.length;
        m.bind(
          m.variables.map((v) => elementArray(p, v, size)),
          p.csr,
        );
      }
    }
  }

  /** The state of a group after it is built: per-neuron arrays by field name. */
  state(group: NeuronGroup): GroupState {
    const s = this.built?.states.find((x) => x.group === group);
    if (!s) throw new BraintsError('the network is built by its first run: call run() first');
    return s;
  }

  /**
   * The currents of a group that every neuron receives equally: only whole-group, unweighted
   * inputs add into them, they start at 0 (an initial value counts in the first step only, which
   * a per-neuron array gives), no synapse reads or writes them and no monitor records them.
   */
  private uniformCurrents(group: NeuronGroup): Set<string> {
    const out = new Set<string>();
    const usedBySynapse = (name: string) =>
      [...this.projections.values()].some(
        (p) =>
          (p.target === group && p.model.ir.fields.some((x) => x.name === `post.${name}`)) ||
          (p.source === group && p.model.ir.fields.some((x) => x.name === `pre.${name}`)),
      );
    for (const f of group.model.ir.fields) {
      if (f.role !== 'current') continue;
      const inputs = this.inputs.filter((x) => x.group === group && x.variable === f.name);
      if (inputs.some((x) => x.kind !== 'signal' || x.neurons || x.weights)) continue;
      if (f.init !== 0 || group.init[f.name] !== undefined) continue;
      if (usedBySynapse(f.name)) continue;
      if (this.stateMonitors.some((m) => m.owner === group && m.variables.includes(f.name))) continue;
      out.add(f.name);
    }
    return out;
  }

  /** Builds the network: allocates and initializes state, compiles (or loads) the native code. */
  private async build(dt: number, seed: number, threads: number, listener?: ProgressListener): Promise<NonNullable<Network['built']>> {
    const t0 = process.hrtime.bigint();
    const groupKernels = new Map(
      [...this.groups].map(([name, g]) => [
        g,
        blame(g, () => kernelFor(g.model, perElementParams(g.model.ir, g.init), this.notices, name, this.uniformCurrents(g))),
      ]),
    );
    const projectionKernels = new Map(
      [...this.projections].map(([name, syn]) => [syn, blame(syn, () => this.projectionKernel(name, syn))]),
    );
    const t1 = process.hrtime.bigint();
    const { states, projections } = inPhase(listener, 'build', this.groups.size + this.projections.size, '', (progress) =>
      this.buildState(dt, seed, threads, groupKernels, projectionKernels, progress),
    );
    const t2 = process.hrtime.bigint();
    const unique = new Map([...groupKernels.values(), ...projectionKernels.values()].map((k) => [k.signature.symbol, k.source]));
    const lib = await inPhase(listener, 'compile', 1, 'kernels', () => buildLibrary([...unique.values()]));
    const t3 = process.hrtime.bigint();
    if (threads > 1) for (const p of projections) p.splits = rowSplits(lib, p, threads);
    this.timing.buildSeconds += Number(t2 - t1 + process.hrtime.bigint() - t3) / 1e9;
    // choosing (and generating) the kernels, then compiling and loading the library
    this.timing.compileSeconds += Number(t1 - t0 + t3 - t2) / 1e9;
    return { lib, states, projections, dt, seed, threads };
  }

  /** Allocates and initializes the state of every group and projection, and builds the connectivity. */
  private buildState(
    dt: number,
    seed: number,
    threads: number,
    groupKernels: Map<NeuronGroup, GroupKernel>,
    projectionKernels: Map<Synapse, GroupKernel>,
    progress: PhaseProgress | undefined,
  ): { states: GroupState[]; projections: ProjectionState[] } {
    const states: GroupState[] = [];
    let stream = 0;
    for (const [name, group] of this.groups) {
      progress?.update(states.length, name);
      const ir = group.model.ir;
      const kernel = groupKernels.get(group)!;
      const arrays = new Map<string, Float64Array>();
      for (const fname of kernel.signature.kernelFields) {
        const f = ir.fields.find((x) => x.name === fname)!;
        const arr = new Float64Array(new ArrayBuffer(group.size * 8));
        blame(group, () => fillInitial(arr, group.init[fname] ?? f.init, seed, name, fname));
        arrays.set(fname, arr);
      }
      const params = uniformValues(ir, kernel, group.init);
      const bad = nonFiniteInitialState(name, arrays, kernel, params, (_, i) => `neuron ${i}`);
      if (bad) throw blamed(group, new BraintsError(bad));
      states.push({
        name,
        group,
        kernel,
        arrays,
        params,
        spiked: new Uint8Array(new ArrayBuffer(group.size)),
        spikeCount: new BigInt64Array(new ArrayBuffer(8)),
        stream: stream++,
        ring: new Int32Array(0),
        ringCounts: new BigInt64Array(0),
        ringSlots: 1,
      });
    }
    const projections = [...this.projections].map(([name, syn], k) => {
      progress?.update(states.length + k, name);
      return blame(syn, () => this.buildProjection(name, syn, projectionKernels.get(syn)!, states, dt, seed, stream++, threads));
    });
    this.bindMonitors(states, projections);
    for (const inp of this.inputs) {
      if (inp.kind === 'events') {
        // sorted by step, so the driver walks the list once
        const step = Float64Array.from(inp.times, (t) => eventStep(t, dt, inp.binning));
        const order = Array.from(inp.times.keys()).sort((a, b) => step[a] - step[b]);
        if (inp.spikes) twoSpikesInOneStep(this.nameOf(inp.group), order, step, inp.indices, inp.times, dt);
        inp.steps = Float64Array.from(order, (e) => step[e]);
        inp.indices = Int32Array.from(order, (e) => inp.indices[e]);
        inp.values = Float64Array.from(order, (e) => inp.values[e]);
      } else if (inp.kind === 'poisson') {
        // what every draw of this mean shares, then the weight (driver.c's INPUT_POISSON)
        inp.params = Float64Array.from([...poissonSetup(inp.sources * inp.rate * dt * 1e-3), inp.weight]);
      }
    }
    for (const s of states) {
      // a ring slot per step of the longest single delay of a projection leaving the group
      s.ringSlots = 1 + Math.max(0, ...projections.filter((p) => p.pre === s).map((p) => p.delaySteps));
      s.ring = new Int32Array(new ArrayBuffer(4 * s.ringSlots * s.group.size));
      s.ringCounts = new BigInt64Array(new ArrayBuffer(8 * s.ringSlots));
    }
    return { states, projections };
  }

  /** A projection's kernel: per-synapse parameters get a variant of it (never in the per-target update). */
  private projectionKernel(name: string, syn: Synapse): GroupKernel {
    const ir = syn.model.ir;
    const perSynapse = perElementParams(ir, syn.init);
    const perTargetUses = new Set<string>();
    if (ir.continuous) forEachNode([...ir.continuous.writes.map((w) => w.value)], (e) => e.k === 'field' && perTargetUses.add(e.name));
    for (const p of perSynapse) {
      if (perTargetUses.has(p))
        throw new BraintsError(
          `${name}: ${p} is given per synapse, but ${ir.name}'s update(t, dt) runs per target neuron and uses it; give it as one number`,
        );
    }
    return kernelFor(syn.model, perSynapse, this.notices, name);
  }

  /** Connectivity, per-synapse variables, delays and kernel of one projection. */
  private buildProjection(
    name: string,
    syn: Synapse,
    kernel: GroupKernel,
    states: GroupState[],
    dt: number,
    seed: number,
    stream: number,
    threads: number,
  ): ProjectionState {
    const ir = syn.model.ir;
    const pre = states.find((s) => s.group === syn.source)!;
    const post = states.find((s) => s.group === syn.target)!;
    let key = fmix32(seed ^ 0x2545f491);
    for (const ch of name) key = fmix32(key ^ ch.codePointAt(0)!);
    const csr = syn.connect.build(pre.group.size, post.group.size, key);
    const n = csr.col.length;
    const arrays = new Map<string, Float64Array>();
    for (const fname of kernel.signature.kernelFields) {
      const f = ir.fields.find((x) => x.name === fname)!;
      if (f.role === 'pre' || f.role === 'post') continue;
      // per-target state has one value per postsynaptic neuron, the rest one per synapse
      const size = f.role === 'target' ? post.group.size : n;
      const arr = new Float64Array(new ArrayBuffer(Math.max(1, size) * 8)).subarray(0, size);
      if (f.role === 'target') fillInitial(arr, syn.init[fname] ?? f.init, seed, name, fname);
      else fillPerSynapse(arr, syn.init[fname] ?? f.init, seed, name, fname, csr.order);
      arrays.set(fname, arr);
    }
    const state: ProjectionState = {
      name,
      synapse: syn,
      kernel,
      pre,
      post,
      csr,
      arrays,
      params: uniformValues(ir, kernel, syn.init),
      delaySteps: 0,
      queueCell: new BigInt64Array(new ArrayBuffer(8 * threads)),
      queueSlots: 1,
      stream,
    };
    if (typeof syn.delay === 'number') {
      state.delaySteps = delaySteps(syn.delay, dt, name);
    } else {
      // per-synapse delays: a queue of synapse indices per arrival step
      const ms = new Float64Array(n);
      fillPerSynapse(ms, syn.delay, seed, name, 'delay', csr.order);
      state.delaySteps = -1;
      state.delays = Int32Array.from(ms, (d) => delaySteps(d, dt, name));
      state.queueSlots = 1 + state.delays.reduce((a, b) => Math.max(a, b), 0);
    }
    if (state.delaySteps < 0 || ir.onPost || ir.everyStep) state.preIndex = presynapticOf(csr);
    if (ir.onPost) state.csc = byTarget(csr, post.group.size);
    const bad = nonFiniteInitialState(name, arrays, kernel, state.params, (f, k) =>
      ir.fields.find((x) => x.name === f)?.role === 'target' ? `target neuron ${k}` : `synapse ${listIndex(csr, k)}`,
    );
    if (bad) throw new BraintsError(bad);
    return state;
  }

  /** Runs for `duration` ms from the current time. */
  async run(duration: number, opts: RunOptions = {}): Promise<void> {
    // a second run started before the first returned would build twice and step the same state
    if (this.running) throw new BraintsError('this network is running already: await net.run(...) before starting another run');
    this.running = true;
    try {
      await this.runSteps(duration, opts);
    } finally {
      this.running = false;
    }
  }

  private running = false;

  private async runSteps(duration: number, opts: RunOptions): Promise<void> {
    const dt = opts.dt ?? this.built?.dt ?? 0.1;
    const seed = opts.seed ?? this.built?.seed ?? 0;
    const threads = opts.threads ?? this.built?.threads ?? defaultThreads(this.neurons);
    if (!isTimeStep(dt)) throw new BraintsError(`dt must be a number of ms > 0, not ${dt}`);
    if (!isDuration(duration)) throw new BraintsError(`the duration must be a number of ms >= 0, not ${duration}`);
    const steps = wholeSteps(duration, dt);
    if (!isSeed(seed)) throw new BraintsError(`the seed is a whole number in [0, 2^32), not ${seed}`);
    if (!isThreadCount(threads)) throw new BraintsError(`threads is a whole number from 1 to ${MAX_THREADS}, not ${threads}`);
    if (this.built && (dt !== this.built.dt || seed !== this.built.seed || threads !== this.built.threads))
      throw new BraintsError('dt, seed and threads are fixed by the first run of a network');
    const listener = progressListener(opts);
    this.built ??= await this.build(dt, seed, threads, listener);
    for (const m of this.spikeMonitors) m.dt = dt;
    const { lib, states, projections, threads: running } = this.built;
    const first = this.stepIndex,
      last = first + steps;
    for (const m of this.stateMonitors) {
      m.resume(first);
      m.reserve(m.rowsOfRun(first, last));
    }
    const block = Math.min(BLOCK_STEPS, Math.max(1, steps));
    const signals = this.inputs.map(() => new Float64Array(new ArrayBuffer(block * 8)));
    const status = new BigInt64Array(new ArrayBuffer(16));
    const t0 = process.hrtime.bigint();
    // a sync callback: the loop awaits nothing, so the phase ends when the loop does
    inPhase(listener, 'run', steps * dt, '', (progress) => {
      while (this.stepIndex < last) {
        const stop = Math.min(last, this.stepIndex + block);
        this.inputs.forEach(
          (inp, k) => inp.kind === 'signal' && inp.signal.fill(signals[k].subarray(0, stop - this.stepIndex), this.stepIndex, dt),
        );
        const plan = new PlanWriter(lib).write(
          states,
          projections,
          this.inputs,
          signals,
          this.stepIndex,
          this.stateMonitors,
          this.spikeMonitors,
          running,
        );
        const from = this.stepIndex;
        const reached = lib.run(plan.words, from, stop, dt, seed, status);
        plan.readBack();
        for (const m of this.stateMonitors) for (let s = from; s < reached; s++) if (s % m.every === 0) m.steps.push(s);
        this.stepIndex = reached;
        const code = Number(status[0]);
        if (code === 1) {
          const at = Number(status[1]);
          throw at < states.length
            ? nonFiniteError(states[at], (reached - 1) * dt)
            : nonFiniteSynapseError(projections[at - states.length], (reached - 1) * dt);
        }
        if (code === 2) {
          // a chunk twice the size of all so far, and at least a step's worth
          const m = this.spikeMonitors[Number(status[1])];
          m.grow(Math.max(m.group.size, 2 * m.count));
        } else if (code === 5)
          throw new BraintsError(
            `out of memory queueing the delayed spikes of projection ${projections[Number(status[1]) - states.length].name}`,
          );
        else if (code === 6) throw new BraintsError(`could not start ${running} threads (started ${status[1]}); run with fewer`);
        else if (code !== 0) throw new Error(`BrainTS bug: the native driver stopped with status ${code}`);
        progress?.update((this.stepIndex - first) * dt);
      }
      for (const m of this.stateMonitors) m.recordEnd(last);
    });
    this.timing.runSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
    this.timing.steps += steps;
  }

  /** The number of neurons in all groups. */
  get neurons(): number {
    return [...this.groups.values()].reduce((n, g) => n + g.size, 0);
  }

  /** The threads the network runs on (known once it is built by its first run). */
  get threads(): number | undefined {
    return this.built?.threads;
  }

  /** Current simulated time in ms. */
  get t(): number {
    return this.stepIndex * (this.built?.dt ?? 0);
  }

  get dt(): number | undefined {
    return this.built?.dt;
  }

  get seed(): number | undefined {
    return this.built?.seed;
  }

  /** The connectivity and per-synapse arrays of a projection after the network is built. */
  projection(syn: Synapse): ProjectionState {
    const p = this.built?.projections.find((x) => x.synapse === syn);
    if (!p) throw new BraintsError('the network is built by its first run: call run() first');
    return p;
  }

  /**
   * The synapses of a projection in the connector's list order (fromArrays: the user's order;
   * generated rules: by presynaptic neuron, then target): synapse x connects pre[x] to post[x].
   */
  synapses(syn: Synapse): { pre: Int32Array; post: Int32Array } {
    const { csr } = this.projection(syn);
    const rows = presynapticOf(csr);
    const pre = new Int32Array(csr.col.length),
      post = new Int32Array(csr.col.length);
    for (let k = 0; k < csr.col.length; k++) {
      pre[listIndex(csr, k)] = rows[k];
      post[listIndex(csr, k)] = csr.col[k];
    }
    return { pre, post };
  }

  /**
   * A copy of a per-synapse variable in the connector's list order (as `synapses` lists them), or
   * of a per-target variable (one value per postsynaptic neuron).
   */
  synapseState(syn: Synapse, variable: string): Float64Array {
    const p = this.projection(syn);
    const arr = p.arrays.get(variable);
    if (!arr) {
      const held = [...p.arrays.keys()].join(', ') || 'none';
      throw new BraintsError(`projection ${p.name} holds no per-synapse or per-target variable ${variable} (it holds ${held})`);
    }
    const role = syn.model.ir.fields.find((f) => f.name === variable)?.role;
    const at = role === 'target' ? undefined : rowPositionsOf(p.csr);
    return at ? Float64Array.from(at, (k) => arr[k]) : arr.slice();
  }

  /** Frees native memory held by delay queues; the network cannot run after this. */
  dispose(): void {
    if (!this.built) return;
    for (const p of this.built.projections) for (const q of p.queueCell) if (q !== 0n) this.built.lib.freeQueue(Number(q));
    this.built = undefined;
    this.stepIndex = Number.POSITIVE_INFINITY;
  }

  spikeCount(group: NeuronGroup): number {
    return Number(this.state(group).spikeCount[0]);
  }
}
