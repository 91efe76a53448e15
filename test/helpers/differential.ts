// Differential testing: a model runs natively and as plain JavaScript (runReference) from the same
// random initial state; every state variable must agree after each run.
import type { ExecutionContext } from 'ava';
import { Network, runReference, constant } from '../../index';
import type { Initializer, NeuronGroup } from '../../index';

type GroupClass = new (n: number, init?: Record<string, Initializer>) => NeuronGroup;

export interface DifferentialOptions {
  neurons?: number;
  steps?: number;
  dt?: number;
  seed?: number;
  /** Initial value ranges per field: [low, high]. Fields not listed start at their declared value. */
  ranges?: Record<string, [number, number]>;
  /** A constant input into a current, as `{ I: 2.5 }`. */
  inputs?: Record<string, number>;
  /** Relative tolerance (plus the same absolute tolerance near zero). */
  tolerance?: number;
}

/** A small deterministic generator for initial values (independent of the one under test). */
function values(n: number, [lo, hi]: [number, number], salt: number): Float64Array {
  let s = (0x9e3779b9 * (salt + 1)) >>> 0;
  return Float64Array.from({ length: n }, () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return lo + ((hi - lo) * s) / 2 ** 32;
  });
}

export async function compareWithReference(t: ExecutionContext, Cls: GroupClass, opts: DifferentialOptions = {}): Promise<void> {
  const { neurons = 64, steps = 20, dt = 0.1, seed = 7, tolerance = 1e-9 } = opts;
  const init: Record<string, Float64Array> = {};
  Object.entries(opts.ranges ?? {}).forEach(([name, r], k) => (init[name] = values(neurons, r, k)));
  const group = new Cls(neurons, init);
  const net = new Network({ g: group });
  for (const [name, v] of Object.entries(opts.inputs ?? {})) net.input(group, name, constant(v));
  const spikes = net.monitorSpikes(group);
  await net.run(steps * dt, { dt, seed });
  const ref = runReference(group, {
    steps,
    dt,
    seed,
    stream: 0,
    init,
    inputs: opts.inputs ? () => opts.inputs! : undefined,
  });
  const state = net.state(group);
  let worst = 0;
  for (const f of group.model.ir.fields) {
    if (f.role !== 'state') continue;
    const native = state.arrays.get(f.name)!;
    const js = ref.fields[f.name];
    for (let i = 0; i < neurons; i++) {
      const err = Math.abs(native[i] - js[i]) / Math.max(1, Math.abs(js[i]));
      worst = Math.max(worst, Number.isNaN(err) ? (Object.is(native[i], js[i]) ? 0 : Infinity) : err);
      if (!(err <= tolerance) && !(Number.isNaN(native[i]) && Number.isNaN(js[i]))) {
        t.fail(`${group.model.ir.name}.${f.name}[${i}]: native ${native[i]} vs JavaScript ${js[i]}`);
        return;
      }
    }
  }
  const nativeSpikes = Array.from({ length: spikes.count }, (_, k) => `${Math.round(spikes.times[k] / dt)}:${spikes.indices[k]}`);
  t.deepEqual(
    nativeSpikes,
    ref.spikes.map(([s, i]) => `${s}:${i}`),
    'spikes (step:neuron) agree',
  );
  t.log(
    `${group.model.ir.name}: worst relative difference ${worst.toExponential(2)} over ${steps} steps of ${neurons} neurons, ${spikes.count} spikes`,
  );
}
