// A network: named groups and projections, their inputs and monitors; its first run builds it
// (build-network.ts) into memory shared with one native library, and every run steps it there
// (run-loop.ts), many steps per native call.
import { MAX_THREADS } from '../contract/plan-layout';
import { availableParallelism } from 'node:os';
import { NeuronGroup } from './group';
import { Synapse } from './synapse';
import { listIndex, presynapticOf, rowPositionsOf } from './csr';
import type { Signal } from './inputs';
import { SpikeMonitor, StateMonitor, projectionColumns } from './monitors';
import type { StateMonitorOptions } from './monitors';
import type { BuiltNetwork, GroupState, InputSpec, ProjectionState } from './native-memory';
import { SPIKE_EVENTS, eventBinning, eventsInput, inputNeurons, poissonInputSpec, signalInput } from './network-inputs';
import type { EventList, InputOptions, PoissonInputOptions, SpikeEvents } from './network-inputs';
import { buildNetwork } from './build-network';
import { runBlocks } from './run-loop';
import { builtWith, readCheckpoint, restoreCheckpoint, saveCheckpoint } from './checkpoint';
import { freeQueues, resetState } from './initial-state';
import { BraintsError } from './errors';
import { progressListener } from './progress';
import type { ProgressListener } from './progress';

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

export interface RunTiming {
  /** Allocating and initializing state, building connectivity. */
  buildSeconds: number;
  /** Choosing and generating the kernels, compiling (the kernels at the same time) and loading the library. */
  compileSeconds: number;
  runSeconds: number;
  steps: number;
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

export class Network {
  readonly groups = new Map<string, NeuronGroup>();
  readonly projections = new Map<string, Synapse>();
  private readonly inputs: InputSpec[] = [];
  readonly spikeMonitors: SpikeMonitor[] = [];
  readonly stateMonitors: StateMonitor[] = [];
  private built: BuiltNetwork | undefined;
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

  /** The neurons an input reaches, checked (see inputNeurons); inputs are given before the first run. */
  private inputTarget(
    what: string,
    group: NeuronGroup,
    variable: string,
    neurons: ArrayLike<number> | undefined,
    roles: readonly ('current' | 'state')[],
  ): Int32Array | undefined {
    this.beforeBuild(`${what}()`);
    return inputNeurons(what, this.nameOf(group), group, variable, neurons, roles);
  }

  /** Adds `signal` into the current accumulator `current` of `group` at every step. */
  input(group: NeuronGroup, current: string, signal: Signal, opts: InputOptions = {}): void {
    const neurons = this.inputTarget('input', group, current, opts.neurons, ['current']);
    this.inputs.push(signalInput(this.nameOf(group), group, current, signal, neurons, opts.weights));
  }

  /**
   * Adds `values[e]` into `variable` (a @current, or a @state: a jump) of neuron `indices[e]` at
   * the start of the step of `times[e]` (ms; by default Brian2's floor((t + 1e-3 dt) / dt), the
   * step that holds t, or the nearest step with `binning: 'nearest'`: see EventBinning), e.g. the
   * fixed spike times of a SpikeGeneratorGroup. Events in one step add up.
   */
  events(group: NeuronGroup, variable: string, ev: EventList): void {
    this.addEvents(group, variable, ev, false);
  }

  private addEvents(group: NeuronGroup, variable: string, ev: EventList, spikes: boolean): void {
    const binning = eventBinning(this.nameOf(group), ev.binning);
    const indices = this.inputTarget('events', group, variable, ev.indices, ['current', 'state'])!;
    this.inputs.push(eventsInput(this.nameOf(group), group, variable, indices, ev, binning, spikes));
  }

  /**
   * Poisson input (Brian2's PoissonInput): at the start of each step, before the neurons' update,
   * each neuron's `variable` (a @current, or a @state: then a jump that stays) gets weight x k,
   * k ~ Poisson(sources x rate x dt), drawn from the counter-based generator (runtime/poisson.ts).
   */
  poissonInput(group: NeuronGroup, variable: string, opts: PoissonInputOptions): void {
    const neurons = this.inputTarget('poissonInput', group, variable, opts.neurons, ['current', 'state']);
    this.inputs.push(poissonInputSpec(this.nameOf(group), group, variable, neurons, opts, 0x10000 + this.inputs.length));
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

  /** The state of a group after it is built: per-neuron arrays by field name. */
  state(group: NeuronGroup): GroupState {
    const s = this.built?.states.find((x) => x.group === group);
    if (!s) throw new BraintsError('the network is built by its first run: call run() first');
    return s;
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

  /**
   * Writes a checkpoint of the network to `path` (an .npz that numpy.load opens, with a
   * manifest.json): every group's and projection's arrays, the step reached, the spike rings and
   * delay queues, the inputs' positions and what the monitors recorded. The file is replaced
   * atomically, so a crash while saving leaves the previous checkpoint intact.
   */
  save(path: string): void {
    if (this.running) throw new BraintsError('net.save() while the network is running: await net.run(...) first');
    if (!this.built) throw new BraintsError('net.save(): the network is built by its first run: call run() first');
    saveCheckpoint(path, this, this.built);
  }

  /**
   * Restores a checkpoint written by `save` into this network, built by the same script; a
   * network not yet built is built first (with the checkpoint's dt, seed and threads). `run` then
   * continues from the checkpoint's step, bit for bit as the saved network would have. A
   * checkpoint of another model or layout is refused, saying what differs.
   */
  async load(path: string, opts: Pick<RunOptions, 'progress' | 'onProgress'> = {}): Promise<void> {
    if (this.running) throw new BraintsError('net.load() while the network is running: await net.run(...) first');
    const ck = readCheckpoint(path);
    this.running = true;
    try {
      if (!this.built) {
        const { dt, seed, threads } = builtWith(ck);
        await this.ensureBuilt(dt, seed, threads, progressListener(opts));
      }
      restoreCheckpoint(ck, this, this.built!);
    } finally {
      this.running = false;
    }
  }

  /**
   * Returns the network to its state before the first run: every array to its initial values
   * (the same draws for the same seed), no spikes or queued deliveries, inputs and monitors from
   * the start, step 0. Nothing is rebuilt or compiled; dt, seed and threads stay fixed.
   */
  reset(): void {
    if (this.running) throw new BraintsError('net.reset() while the network is running: await net.run(...) first');
    if (this.built) resetState(this.built, this.inputs);
    for (const m of this.spikeMonitors) m.restore(new Int32Array(0));
    for (const m of this.stateMonitors)
      m.restore(
        [],
        m.variables.map(() => new Float64Array(0)),
      );
    this.stepIndex = 0;
  }

  private async ensureBuilt(dt: number, seed: number, threads: number, listener: ProgressListener | undefined): Promise<void> {
    if (this.built) return;
    const { built, buildSeconds, compileSeconds } = await buildNetwork(this, dt, seed, threads, listener);
    this.built = built;
    this.timing.buildSeconds += buildSeconds;
    this.timing.compileSeconds += compileSeconds;
  }

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
    await this.ensureBuilt(dt, seed, threads, listener);
    const t0 = process.hrtime.bigint();
    runBlocks(this, this.inputs, this.built!, steps, listener);
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
    for (const p of this.built.projections) freeQueues(this.built, p);
    this.built = undefined;
    this.stepIndex = Number.POSITIVE_INFINITY;
  }

  spikeCount(group: NeuronGroup): number {
    return Number(this.state(group).spikeCount[0]);
  }
}
