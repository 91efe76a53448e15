// The inputs a network is given (signals, listed events, Poisson counts): the options a user
// writes, their checks, the InputSpec each becomes, and what is filled in once dt is known.
import type { NeuronGroup } from './group';
import type { Signal } from './inputs';
import type { InputSpec } from './native-memory';
import { poissonSetup } from './poisson';
import { BraintsError } from './errors';

export interface InputOptions {
  /** Neurons that receive the input (default: all). */
  neurons?: readonly number[];
  /** Per-neuron factor applied to the signal (one per receiving neuron). */
  weights?: ArrayLike<number>;
}

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

/** Events as `Network.events` takes them: values[e] (default 1) into neuron indices[e] in the step of times[e]. */
export interface EventList {
  times: ArrayLike<number>;
  indices: ArrayLike<number>;
  values?: ArrayLike<number>;
  binning?: EventBinning;
}

/**
 * Checks that `variable` of `group` (named `name` in the network) is one the input may add into
 * (a @current; for inputs of discrete jumps, events and Poisson counts, a @state too) and that the
 * neuron indices are inside it; returns them as int32.
 */
export function inputNeurons(
  what: string,
  name: string,
  group: NeuronGroup,
  variable: string,
  neurons: ArrayLike<number> | undefined,
  roles: readonly ('current' | 'state')[],
): Int32Array | undefined {
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

/** A signal into `current` of the group named `name`, on `neurons` (checked by inputNeurons) or all. */
export function signalInput(
  name: string,
  group: NeuronGroup,
  current: string,
  signal: Signal,
  neurons: Int32Array | undefined,
  weights: ArrayLike<number> | undefined,
): InputSpec {
  const count = neurons ? neurons.length : group.size;
  if (weights && weights.length !== count) throw new BraintsError(`input to ${name}: ${weights.length} weights for ${count} neurons`);
  return { kind: 'signal', group, variable: current, signal, neurons, weights: weights ? Float64Array.from(weights) : undefined };
}

/** The binning of events for the group named `name`: as given, or Brian2's 'floor'. */
export function eventBinning(name: string, binning: EventBinning | undefined): EventBinning {
  const b = binning ?? 'floor';
  if (b !== 'nearest' && b !== 'floor') throw new BraintsError(`events for ${name}: binning is 'nearest' or 'floor', not ${String(b)}`);
  return b;
}

/** Listed events into `variable` of the group named `name`; `indices` checked by inputNeurons. */
export function eventsInput(
  name: string,
  group: NeuronGroup,
  variable: string,
  indices: Int32Array,
  ev: EventList,
  binning: EventBinning,
  spikes: boolean,
): InputSpec {
  if (ev.times.length !== indices.length || (ev.values && ev.values.length !== indices.length)) {
    throw new BraintsError(
      `events for ${name}: ${ev.times.length} times, ${indices.length} indices${ev.values ? `, ${ev.values.length} values` : ''}`,
    );
  }
  Array.from(ev.times).forEach((t) => {
    if (!(t >= 0)) throw new BraintsError(`events for ${name}: time ${t} is not >= 0 ms`);
  });
  const values = ev.values ? Float64Array.from(ev.values) : new Float64Array(indices.length).fill(1);
  return {
    kind: 'events',
    group,
    variable,
    times: Float64Array.from(ev.times),
    indices,
    values,
    binning,
    spikes,
    cursor: new BigInt64Array(new ArrayBuffer(8)),
  };
}

/** Checks a Poisson input's options; `what` begins the message. */
export function checkPoisson(what: string, opts: Partial<PoissonInputOptions>): void {
  const bad = (option: string, value: number, rule: string) => {
    throw new BraintsError(`${what}: ${option} is ${rule}, not ${value}`);
  };
  if (opts.sources !== undefined && !(Number.isInteger(opts.sources) && opts.sources >= 0))
    bad('sources', opts.sources, 'a whole number of sources >= 0');
  if (opts.rate !== undefined && !(opts.rate >= 0 && Number.isFinite(opts.rate))) bad('rate', opts.rate, 'a finite rate >= 0 Hz');
  if (opts.weight !== undefined && !Number.isFinite(opts.weight)) bad('weight', opts.weight, 'a finite number');
}

/** A Poisson input's new rate (Hz) or weight, or both, for `Network.setInput`. */
export interface InputChange {
  rate?: number;
  weight?: number;
}

const isSignal = (x: Signal | InputChange): x is Signal => typeof (x as Signal).fill === 'function';

/**
 * Changes the one input of `inputs` of its kind (a signal's, or a Poisson input's with `{ rate,
 * weight }`) into `variable` of `group` (named `name`); `dt` is given once the network is built,
 * and a Poisson mean's set-up is then computed again.
 */
export function changeInput(
  inputs: readonly InputSpec[],
  name: string,
  group: NeuronGroup,
  variable: string,
  change: Signal | InputChange,
  dt: number | undefined,
): void {
  const kind = isSignal(change) ? 'signal' : 'poisson';
  const what = `setInput(${name}.${variable})`;
  const matching = inputs.filter((x) => x.group === group && x.variable === variable && x.kind === kind);
  if (matching.length !== 1) {
    const adder = kind === 'signal' ? 'net.input' : 'net.poissonInput';
    throw new BraintsError(
      matching.length === 0
        ? `${what}: ${name}.${variable} has no ${kind} input to change; add one with ${adder}(...) before the first run`
        : `${what}: ${name}.${variable} has ${matching.length} ${kind} inputs, and setInput changes the only one; give one input per variable to change it`,
    );
  }
  const inp = matching[0];
  if (inp.kind === 'signal' && isSignal(change)) {
    inp.signal = change;
  } else if (inp.kind === 'poisson' && !isSignal(change)) {
    for (const key of Object.keys(change))
      if (key !== 'rate' && key !== 'weight') throw new BraintsError(`${what}: a Poisson input's rate and weight can change, not ${key}`);
    checkPoisson(what, change);
    inp.rate = change.rate ?? inp.rate;
    inp.weight = change.weight ?? inp.weight;
    if (dt !== undefined) inp.params = poissonParams(inp.sources, inp.rate, inp.weight, dt);
  }
}

/** A Poisson input's plan values at time step dt: the mean's set-up (runtime/poisson.ts poissonSetup), then the weight. */
function poissonParams(sources: number, rate: number, weight: number, dt: number): Float64Array {
  return Float64Array.from([...poissonSetup(sources * rate * dt * 1e-3), weight]);
}

/** Poisson counts into `variable` of the group named `name`, drawn from random stream `stream`. */
export function poissonInputSpec(
  name: string,
  group: NeuronGroup,
  variable: string,
  neurons: Int32Array | undefined,
  opts: PoissonInputOptions,
  stream: number,
): InputSpec {
  checkPoisson(`poissonInput for ${name}`, opts);
  return { kind: 'poisson', group, variable, neurons, sources: opts.sources, rate: opts.rate, weight: opts.weight, stream };
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

/** Fills in what depends on dt: events' steps (events sorted by step) and Poisson means' set-up. */
export function prepareInputs(inputs: readonly InputSpec[], dt: number, nameOf: (group: NeuronGroup) => string): void {
  for (const inp of inputs) {
    if (inp.kind === 'events') {
      // sorted by step, so the driver walks the list once
      const step = Float64Array.from(inp.times, (t) => eventStep(t, dt, inp.binning));
      const order = Array.from(inp.times.keys()).sort((a, b) => step[a] - step[b]);
      if (inp.spikes) twoSpikesInOneStep(nameOf(inp.group), order, step, inp.indices, inp.times, dt);
      inp.steps = Float64Array.from(order, (e) => step[e]);
      inp.indices = Int32Array.from(order, (e) => inp.indices[e]);
      inp.values = Float64Array.from(order, (e) => inp.values[e]);
    } else if (inp.kind === 'poisson') {
      // what every draw of this mean shares, then the weight (INPUT_KIND's poisson, contract/plan-layout.ts)
      inp.params = poissonParams(inp.sources, inp.rate, inp.weight, dt);
    }
  }
}
