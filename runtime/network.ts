// A network: named groups, their inputs and monitors, compiled into one native library and run
// many steps per native call.
import type { NeuronGroup } from './group';
import type { Signal } from './inputs';
import { SpikeMonitor, StateMonitor } from './monitors';
import type { StateMonitorOptions } from './monitors';
import { fillInitial, isPerNeuron } from './init';
import { buildLibrary } from './native';
import type { NativeLibrary } from './native';
import { kernelFor } from './kernels';
import type { GroupKernel } from './kernels';
import { PlanWriter } from './plan';
import { nonFiniteError } from './errors';

export interface RunOptions {
  /** Time step in ms (default 0.1). Fixed by the first run. */
  dt?: number;
  /** Seed of every random draw (default 0). Fixed by the first run. */
  seed?: number;
  /** Print progress on stderr. */
  progress?: boolean;
}

export interface InputOptions {
  /** Neurons that receive the input (default: all). */
  neurons?: readonly number[];
  /** Per-neuron factor applied to the signal (one per receiving neuron). */
  weights?: ArrayLike<number>;
}

interface InputSpec {
  group: NeuronGroup;
  current: string;
  signal: Signal;
  neurons?: Int32Array;
  weights?: Float64Array;
}

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
}

export interface RunTiming {
  buildSeconds: number;
  compileSeconds: number;
  runSeconds: number;
  steps: number;
}

/** Steps per native call: long enough to make the call overhead vanish, short enough for progress. */
const BLOCK_STEPS = 2000;

export class Network {
  readonly groups = new Map<string, NeuronGroup>();
  private readonly inputs: InputSpec[] = [];
  readonly spikeMonitors: SpikeMonitor[] = [];
  readonly stateMonitors: StateMonitor[] = [];
  private built: { lib: NativeLibrary; states: GroupState[]; dt: number; seed: number } | undefined;
  /** The next step to run: the network's clock. */
  stepIndex = 0;
  readonly timing: RunTiming = { buildSeconds: 0, compileSeconds: 0, runSeconds: 0, steps: 0 };
  /** Messages for the user (an edited kernel in use, ...), printed by the CLI. */
  readonly notices: string[] = [];

  constructor(groups: Record<string, NeuronGroup>) {
    for (const [name, g] of Object.entries(groups)) this.groups.set(name, g);
  }

  nameOf(group: NeuronGroup): string {
    for (const [name, g] of this.groups) if (g === group) return name;
    throw new Error('this group is not part of the network: pass it to new Network({ ... })');
  }

  private beforeBuild(what: string): void {
    if (this.built) throw new Error(`${what} must come before the first run`);
  }

  /** Adds `signal` into the current accumulator `current` of `group` at every step. */
  input(group: NeuronGroup, current: string, signal: Signal, opts: InputOptions = {}): void {
    this.beforeBuild('input()');
    const name = this.nameOf(group);
    const field = group.model.ir.fields.find((f) => f.name === current);
    if (field?.role !== 'current') {
      throw new Error(`${name}.${current} is not a @current of ${group.model.ir.name}; inputs add into currents (${group.model.ir.fields.filter((f) => f.role === 'current').map((f) => f.name).join(', ') || 'it has none'})`);
    }
    const neurons = opts.neurons ? Int32Array.from(opts.neurons) : undefined;
    neurons?.forEach((i) => {
      if (i < 0 || i >= group.size) throw new Error(`input to ${name}: neuron ${i} is outside the group (size ${group.size})`);
    });
    const count = neurons ? neurons.length : group.size;
    if (opts.weights && opts.weights.length !== count) throw new Error(`input to ${name}: ${opts.weights.length} weights for ${count} neurons`);
    this.inputs.push({ group, current, signal, neurons, weights: opts.weights ? Float64Array.from(opts.weights) : undefined });
  }

  monitorSpikes(group: NeuronGroup, name = `${this.nameOf(group)}`): SpikeMonitor {
    this.beforeBuild('monitorSpikes()');
    if (this.spikeMonitors.some((m) => m.group === group)) throw new Error(`${this.nameOf(group)} already has a spike monitor`);
    const m = new SpikeMonitor(name, group);
    this.spikeMonitors.push(m);
    return m;
  }

  monitorState(group: NeuronGroup, variables: readonly string[], opts: StateMonitorOptions & { name?: string } = {}): StateMonitor {
    this.beforeBuild('monitorState()');
    const gname = this.nameOf(group);
    for (const v of variables) {
      if (!group.model.ir.fields.some((f) => f.name === v)) throw new Error(`${gname} (${group.model.ir.name}) has no variable ${v}`);
    }
    const m = new StateMonitor(opts.name ?? gname, group, variables, opts);
    this.stateMonitors.push(m);
    return m;
  }

  /** The state of a group after it is built: per-neuron arrays by field name. */
  state(group: NeuronGroup): GroupState {
    const s = this.built?.states.find((x) => x.group === group);
    if (!s) throw new Error('the network is built by its first run: call run() first');
    return s;
  }

  /** Builds the network: allocates and initializes state, compiles (or loads) the native code. */
  private build(dt: number, seed: number): NonNullable<Network['built']> {
    const t0 = process.hrtime.bigint();
    const states: GroupState[] = [];
    let stream = 0;
    for (const [name, group] of this.groups) {
      const ir = group.model.ir;
      const perNeuron = new Set(ir.fields.filter((f) => f.role === 'param' && group.init[f.name] !== undefined && isPerNeuron(group.init[f.name])).map((f) => f.name));
      const kernel = kernelFor(group.model, perNeuron, this.notices, name);
      const arrays = new Map<string, Float64Array>();
      for (const fname of kernel.signature.kernelFields) {
        const f = ir.fields.find((x) => x.name === fname)!;
        const arr = new Float64Array(new ArrayBuffer(group.size * 8));
        fillInitial(arr, group.init[fname] ?? f.init, seed, name, fname);
        arrays.set(fname, arr);
      }
      const params = new Float64Array(new ArrayBuffer(Math.max(1, kernel.signature.uniformParams.length) * 8));
      kernel.signature.uniformParams.forEach((p, j) => {
        const given = group.init[p];
        params[j] = typeof given === 'number' ? given : ir.fields.find((x) => x.name === p)!.init;
      });
      states.push({
        name, group, kernel, arrays, params,
        spiked: new Uint8Array(new ArrayBuffer(group.size)),
        spikeCount: new BigInt64Array(new ArrayBuffer(8)),
        stream: stream++,
      });
    }
    const t1 = process.hrtime.bigint();
    const unique = new Map(states.map((s) => [s.kernel.signature.symbol, s.kernel.source]));
    const lib = buildLibrary([...unique.values()]);
    this.timing.buildSeconds += Number(t1 - t0) / 1e9;
    this.timing.compileSeconds += Number(process.hrtime.bigint() - t1) / 1e9;
    return { lib, states, dt, seed };
  }

  /** Runs for `duration` ms from the current time. */
  async run(duration: number, opts: RunOptions = {}): Promise<void> {
    const dt = opts.dt ?? this.built?.dt ?? 0.1;
    const seed = opts.seed ?? this.built?.seed ?? 0;
    if (!(dt > 0)) throw new Error(`dt must be > 0 ms, not ${dt}`);
    if (!(duration >= 0)) throw new Error(`the duration must be >= 0 ms, not ${duration}`);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`the seed is a whole number in [0, 2^32), not ${seed}`);
    if (this.built && (dt !== this.built.dt || seed !== this.built.seed)) throw new Error('dt and seed are fixed by the first run of a network');
    this.built ??= this.build(dt, seed);
    const { lib, states } = this.built;
    const steps = Math.round(duration / dt);
    const first = this.stepIndex, last = first + steps;
    for (const m of this.stateMonitors) m.reserve(Math.ceil(last / m.every) - Math.ceil(first / m.every));
    const block = Math.min(BLOCK_STEPS, Math.max(1, steps));
    const signals = this.inputs.map(() => new Float64Array(new ArrayBuffer(block * 8)));
    const status = new BigInt64Array(new ArrayBuffer(16));
    const progress = opts.progress ? new Progress(first, last) : undefined;
    const t0 = process.hrtime.bigint();
    while (this.stepIndex < last) {
      const stop = Math.min(last, this.stepIndex + block);
      this.inputs.forEach((inp, k) => inp.signal.fill(signals[k].subarray(0, stop - this.stepIndex), this.stepIndex, dt));
      const plan = new PlanWriter(lib).write(states, this.inputs, signals, this.stepIndex, this.stateMonitors, this.spikeMonitors);
      const from = this.stepIndex;
      const reached = lib.run(plan.words, from, stop, dt, seed, status);
      plan.readBack();
      for (const m of this.stateMonitors) for (let s = from; s < reached; s++) if (s % m.every === 0) m.steps.push(s);
      this.stepIndex = reached;
      const code = Number(status[0]);
      if (code === 1) throw nonFiniteError(states[Number(status[1])], (reached - 1) * dt);
      if (code === 2) this.spikeMonitors[Number(status[1])].grow(this.spikeMonitors[Number(status[1])].group.size * 64);
      else if (code !== 0) throw new Error(`BrainTS bug: the native driver stopped with status ${code}`);
      progress?.update(this.stepIndex);
    }
    progress?.done();
    this.timing.runSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
    this.timing.steps += steps;
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

  spikeCount(group: NeuronGroup): number {
    return Number(this.state(group).spikeCount[0]);
  }
}

/** A progress line on stderr, at most a few times a second. */
class Progress {
  private last = 0;
  private readonly start = Date.now();

  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {}

  update(step: number): void {
    const now = Date.now();
    if (now - this.last < 250) return;
    this.last = now;
    const frac = (step - this.from) / Math.max(1, this.to - this.from);
    process.stderr.write(`\r  running: ${(100 * frac).toFixed(0).padStart(3)}%  (${((now - this.start) / 1000).toFixed(1)} s)`);
  }

  done(): void {
    process.stderr.write(`\r  running: 100%  (${((Date.now() - this.start) / 1000).toFixed(1)} s)\n`);
  }
}
