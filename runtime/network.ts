// A network: named groups and projections, their inputs and monitors; its first run builds it
// (build-network.ts) into memory shared with one native library, and every run steps it there
// (run-loop.ts), many steps per native call.
import { NeuronGroup } from './group';
import { Synapse } from './synapse';
import { synapsesInListOrder } from './csr';
import type { StateMonitor } from './monitors';
import type { StateMonitorOptions } from './monitors';
import type { SpikeMonitor } from './spike-monitor';
import type { SpikeMonitorOptions } from './spike-monitor';
import { refuseDiskMonitors } from './disk-recording';
import { NetworkMonitors } from './network-monitors';
import { isPerTarget, valuesInListOrder } from './native-memory';
import type { BuiltNetwork, GroupState, InputSpec, ProjectionState } from './native-memory';
import { SPIKE_EVENTS, changeInput, eventBinning, eventsInput, inputNeurons, poissonInputSpec, signalInput } from './network-inputs';
import type { EventList, InputChange, InputOptions, PoissonInputOptions, SpikeEvents } from './network-inputs';
import { bindMonitors, buildNetwork, networkLibrary, projectionKernel } from './build-network';
import { kernelFor } from './kernels';
import { setParams } from './set-params';
import type { ParamValues } from './set-params';
import type { Signal } from './inputs';
import { runBlocks } from './run-loop';
import { runOnGpuBackend } from './gpu/run-gpu';
import { checkBackend, runSettings } from './run-options';
import type { RunOptions, RunTiming } from './run-options';
import { builtWith, readCheckpoint, restoreCheckpoint, saveCheckpoint } from './checkpoint';
import { freeQueues, resetState } from './initial-state';
import { BraintsError } from './errors';
import type { Precision } from '../ir/pipeline';
import { Instances } from './instances';
import type { InstanceValues } from './instances';
import { wholeArray, wholeState, wholeSynapseValues, wholeSynapses } from './distributed';
import { inPhase, progressListener } from './progress';
import type { ProgressListener } from './progress';

export class Network {
  readonly groups = new Map<string, NeuronGroup>();
  readonly projections = new Map<string, Synapse>();
  private readonly inputs: InputSpec[] = [];
  private readonly monitorList = new NetworkMonitors({ group: (g) => this.nameOf(g), projection: (s) => this.projectionName(s) });
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

  /**
   * An input made elsewhere, its group this network's (net.instances: an instance's copy of
   * another network's input, checked there).
   */
  addInputSpec(spec: InputSpec): void {
    this.beforeBuild('an input');
    this.inputs.push(spec);
  }

  /**
   * `count` instances of this network, run together in one native run (groups side by side,
   * projections block-diagonal), each with its own values of `values` (see InstanceValues):
   * `net.instances(K, { 'E.tau': taus, seed: seeds })`. Each instance gives bit for bit what this
   * network gives run alone with its seed and values. The instances are built, by their first
   * run, from this network's constructors, inputs and monitors, so make them before it runs.
   */
  instances(count: number, values: InstanceValues = {}): Instances {
    this.beforeBuild('net.instances()');
    return new Instances(this, count, values);
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

  /**
   * Records the spikes of a group, named `name` (or `options.name`; default the group's name); with
   * `options.dir`, to disk as the run goes (see DiskRecordingOptions).
   */
  monitorSpikes(group: NeuronGroup, nameOrOptions: string | SpikeMonitorOptions = {}): SpikeMonitor {
    this.beforeBuild('monitorSpikes()');
    return this.monitorList.addSpikes(group, typeof nameOrOptions === 'string' ? { name: nameOrOptions } : nameOrOptions);
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
    return this.monitorList.addState(source, variables, opts);
  }

  get spikeMonitors(): readonly SpikeMonitor[] {
    return this.monitorList.spikes;
  }

  get stateMonitors(): readonly StateMonitor[] {
    return this.monitorList.states;
  }

  private projectionName(syn: Synapse): string {
    for (const [name, p] of this.projections) if (p === syn) return name;
    throw new BraintsError('this projection is not part of the network: pass it to new Network({ ... })');
  }

  /**
   * The state of a group after it is built: per-neuron arrays by field name. In a run on several
   * MPI processes, each holding its range of the neurons, the arrays are copies made whole from
   * every process's range, which every process must ask for (as each runs the same script).
   */
  state(group: NeuronGroup): GroupState {
    return wholeState(this.localState(group), this.built?.mpi);
  }

  /**
   * The memory of a group after it is built, without copies: on several MPI processes, this
   * process's range of its neurons (`begin` .. `end`; its arrays' element k is neuron begin + k).
   */
  localState(group: NeuronGroup): GroupState {
    const s = this.built?.states.find((x) => x.group === group);
    if (!s) throw new BraintsError('the network is built by its first run: call run() first');
    return s;
  }

  /** Runs for `duration` ms from the current time. */
  async run(duration: number, opts: RunOptions = {}): Promise<void> {
    // a second run started before the first returned would build twice and step the same state
    this.refuseWhileRunning('net.run()');
    this.running = true;
    try {
      await this.runSteps(duration, opts);
    } finally {
      this.running = false;
    }
  }

  private running = false;

  /** Every monitor, spikes and states. */
  private get monitors(): (SpikeMonitor | StateMonitor)[] {
    return this.monitorList.all;
  }

  /** Calls that read or change the network's state wait for a run to return. */
  private refuseWhileRunning(what: string): void {
    if (this.running) throw new BraintsError(`${what}: the network is running: await net.run(...) first`);
  }

  /**
   * Writes a checkpoint of the network to `path` (an .npz that numpy.load opens, with a
   * manifest.json): every group's and projection's arrays, the step reached, the spike rings and
   * delay queues, the inputs' positions and what the monitors recorded. The file is replaced
   * atomically, so a crash while saving leaves the previous checkpoint intact. On several MPI
   * processes every process saves (a collective call) and process 0 writes one checkpoint of the
   * whole network, which loads on any number of processes.
   */
  save(path: string): void {
    this.refuseWhileRunning('net.save()');
    if (!this.built) throw new BraintsError('net.save(): the network is built by its first run: call run() first');
    refuseDiskMonitors('net.save()', this.monitors);
    saveCheckpoint(path, this, this.built);
  }

  /**
   * Restores a checkpoint written by `save` into this network, built by the same script; a
   * network not yet built is built first (with the checkpoint's dt, seed and threads). `run` then
   * continues from the checkpoint's step, bit for bit as the saved network would have. A
   * checkpoint of another model or layout is refused, saying what differs.
   */
  async load(path: string, opts: Pick<RunOptions, 'progress' | 'onProgress'> = {}): Promise<void> {
    this.refuseWhileRunning('net.load()');
    refuseDiskMonitors('net.load()', this.monitors);
    const ck = readCheckpoint(path);
    this.running = true;
    try {
      if (!this.built) {
        const { dt, seed, threads, precision } = builtWith(ck);
        await this.ensureBuilt(dt, seed, threads, precision, progressListener(opts));
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
    this.refuseWhileRunning('net.reset()');
    refuseDiskMonitors('net.reset()', this.monitors);
    if (this.built) resetState(this.built, this.inputs);
    for (const m of this.monitors) m.clear();
    this.stepIndex = 0;
  }

  private async ensureBuilt(
    dt: number,
    seed: number,
    threads: number,
    precision: Precision,
    listener: ProgressListener | undefined,
  ): Promise<void> {
    if (this.built) return;
    const { built, buildSeconds, compileSeconds } = await buildNetwork(this, dt, seed, threads, precision, listener);
    this.built = built;
    this.timing.buildSeconds += buildSeconds;
    this.timing.compileSeconds += compileSeconds;
  }

  private async runSteps(duration: number, opts: RunOptions): Promise<void> {
    const { dt, seed, threads, precision, steps } = runSettings(duration, opts, this.built, this.neurons);
    // a bad backend is one line before anything is built
    const backend = checkBackend(opts.backend);
    const listener = progressListener(opts);
    await this.ensureBuilt(dt, seed, threads, precision, listener);
    const built = this.built!;
    // the draws of the steps to come are keyed by it: the kernels take the seed as an argument
    built.seed = seed;
    if (this.libraryStale) {
      const t = process.hrtime.bigint();
      built.lib = await inPhase(listener, 'compile', 1, 'kernels', () => networkLibrary(built.states, built.projections));
      this.libraryStale = false;
      this.timing.compileSeconds += Number(process.hrtime.bigint() - t) / 1e9;
    }
    const t0 = process.hrtime.bigint();
    if (backend === 'cpu') this.device = 'cpu';
    if (backend === 'cpu') runBlocks(this, this.inputs, built, steps, listener);
    else {
      const run = await runOnGpuBackend(this, this.inputs, built, steps, backend, listener);
      this.device = run.device;
      this.deviceBytes = run.deviceBytes;
      this.timing.compileSeconds += run.compileSeconds;
    }
    this.timing.runSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
    this.timing.steps += steps;
  }

  /** Whether a kernel changed (set() gave a parameter per element) since the library was built. */
  private libraryStale = false;

  /**
   * Changes parameters of a built group or projection for the runs that follow: `{ tau: 20 }` for
   * the whole group, `{ tau: Float64Array }` one value per neuron (per synapse of a projection, in
   * the order `net.synapses` lists them). Nothing compiles: the kernels read parameters at run
   * time. Only a parameter that was one number and is now given per element needs another kernel
   * variant, compiled once by the next run (a notice says so).
   */
  set(target: NeuronGroup | Synapse, values: ParamValues): void {
    const name = target instanceof NeuronGroup ? this.nameOf(target) : this.projectionName(target);
    this.refuseWhileRunning(`set(${name})`);
    if (!this.built)
      throw new BraintsError(
        `set(${name}): the network is built by its first run; give the first values to the constructor (new ${target.model.ir.name}(..., { ... })), or run first`,
      );
    const t = process.hrtime.bigint();
    const owner = target instanceof NeuronGroup ? this.localState(target) : this.projection(target);
    const variant = setParams(owner, values, (perElement, uniformCurrents) =>
      target instanceof NeuronGroup
        ? kernelFor(target.model, perElement, this.notices, name, uniformCurrents, this.built!.precision)
        : projectionKernel(name, target, this.notices, this.built!.precision, perElement),
    );
    bindMonitors(this.stateMonitors, this.built.states, this.built.projections);
    if (variant.length === 0) return;
    this.libraryStale = true;
    const notice = `braints: ${name} gives ${variant.join(', ')} per ${target instanceof NeuronGroup ? 'neuron' : 'synapse'} from now on: its ${target.model.ir.name} kernel is compiled for that layout by the next run`;
    this.notices.push(notice);
    process.stderr.write(notice + '\n');
    // choosing (and generating) the kernel is compile time, as in the first run's
    this.timing.compileSeconds += Number(process.hrtime.bigint() - t) / 1e9;
  }

  /**
   * Changes the input into `variable` of `group` for the runs that follow (before the first run
   * too): a signal input's signal (a Signal), or a Poisson input's `{ rate, weight }` (either or
   * both). The group must have exactly one input of that kind into the variable. Nothing compiles.
   */
  setInput(group: NeuronGroup, variable: string, change: Signal | InputChange): void {
    const name = this.nameOf(group);
    this.refuseWhileRunning(`setInput(${name}.${variable})`);
    changeInput(this.inputs, name, group, variable, change, this.built?.dt);
  }

  /** The number of neurons in all groups. */
  get neurons(): number {
    return [...this.groups.values()].reduce((n, g) => n + g.size, 0);
  }

  /** What the last run ran on: 'cpu', or the GPU's name (or the CPU grid executor's, backend 'gpu-on-cpu'). */
  device = 'cpu';
  /** Device memory the last GPU run used, in bytes (0 on the CPU). */
  deviceBytes = 0;

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

  /** The element type of the network's values and kernels (fixed by the first run), or undefined before it. */
  get precision(): Precision | undefined {
    return this.built?.precision;
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
    const w = this.built?.mpi;
    // in a run on several MPI processes, put together from each process's synapses (every process must ask)
    return w && w.size > 1 ? wholeSynapses(this.projection(syn), w) : synapsesInListOrder(this.projection(syn).csr);
  }

  /**
   * A copy of a per-synapse variable in the connector's list order (as `synapses` lists them), or
   * of a per-target variable (one value per postsynaptic neuron). In a run on several MPI
   * processes it is put together from each process's synapses or targets: every process must ask.
   */
  synapseState(syn: Synapse, variable: string): Float64Array {
    const perTarget = isPerTarget(syn, variable);
    const p = this.projection(syn);
    const w = this.built?.mpi;
    if (!perTarget && w && w.size > 1) return wholeSynapseValues(p, variable, w);
    const values = valuesInListOrder(p, variable);
    return perTarget ? wholeArray(values, p.post, w) : values;
  }

  /** Frees native memory held by delay queues; the network cannot run after this. */
  dispose(): void {
    if (!this.built) return;
    for (const p of this.built.projections) freeQueues(this.built, p);
    this.built = undefined;
    this.stepIndex = Number.POSITIVE_INFINITY;
  }

  spikeCount(group: NeuronGroup): number {
    return Number(this.localState(group).spikeCount[0]);
  }
}
