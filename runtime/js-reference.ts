// The reference executor: runs a model's own TypeScript methods as plain JavaScript, neuron by
// neuron, with the same step semantics, integrators and random draws as the native kernels. Tests
// compare the two; users can use it to check an edited kernel against the source.
import type { NeuronGroup } from './group';
import { SPIKED } from './group';
import { ODE_METHOD } from './dsl';
import type { IntegrationMethod } from '../ir/types';
import { withJsContext } from './js-context';
import type { JsContext } from './js-context';
import { neuronKey, normalDraw, stepKey, uniformDraw } from './random';

export interface ReferenceOptions {
  steps: number;
  dt: number;
  seed?: number;
  /** The group's stream id (its position in the network, from 0). */
  stream?: number;
  /** Initial per-neuron values of fields (others start at their declared value). */
  init?: Record<string, ArrayLike<number>>;
  /** Added into current accumulators before each step: (step, neuron) -> { I: value }. */
  inputs?: (step: number, neuron: number) => Record<string, number>;
}

export interface ReferenceResult {
  /** Every field's values after the last step. */
  fields: Record<string, Float64Array>;
  /** (step, neuron) of every spike. */
  spikes: [number, number][];
}

type Rhs = (...args: number[]) => number | readonly number[];

export function runReference(group: NeuronGroup, opts: ReferenceOptions): ReferenceResult {
  const ir = group.model.ir;
  const n = group.size;
  const { dt, seed = 0, stream = 0 } = opts;
  const fields: Record<string, Float64Array> = {};
  for (const f of ir.fields) {
    const init = opts.init?.[f.name];
    fields[f.name] = init ? Float64Array.from(init) : new Float64Array(n).fill(f.init);
    if (fields[f.name].length !== n) throw new Error(`runReference: ${f.name} has ${fields[f.name].length} values for ${n} neurons`);
  }
  const proto = Object.getPrototypeOf(group) as object;
  const spikes: [number, number][] = [];
  for (let s = 0; s < opts.steps; s++) {
    const t = s * dt;
    const key = stepKey(seed, stream, s);
    for (let i = 0; i < n; i++) {
      const view = Object.create(proto) as Record<string | symbol, unknown> & NeuronGroup;
      for (const f of ir.fields) view[f.name] = fields[f.name][i];
      const added = opts.inputs?.(s, i);
      if (added) for (const [name, v] of Object.entries(added)) (view[name] as number) += v;
      const ctx = new NeuronContext(view, neuronKey(key, i), dt);
      withJsContext(ctx, () => view.update(t, dt));
      for (const f of ir.fields) {
        if (f.role === 'param') continue;
        fields[f.name][i] = f.role === 'current' ? 0 : (view[f.name] as number);
      }
      if (view[SPIKED]) spikes.push([s, i]);
    }
  }
  return { fields, spikes };
}

/** What step(), rand(), randn() and noise() mean while one neuron's update runs. */
class NeuronContext implements JsContext {
  private counter = 0;
  private noiseValue = 0;

  constructor(
    private readonly self: object,
    private readonly key: number,
    private readonly dt: number,
  ) {}

  rand(): number {
    return uniformDraw(this.key, this.counter++);
  }

  randn(): number {
    return normalDraw(this.key, this.counter++);
  }

  noise(): number {
    return this.noiseValue;
  }

  step(f: Rhs, args: number[]): number | readonly number[] {
    const method = (f as unknown as Record<symbol, IntegrationMethod>)[ODE_METHOD];
    if (!method) throw new Error('step() needs a method decorated with @ode');
    const call = (y: number[], extra: number[]): number[] => {
      const r = f.apply(this.self, [...y, ...extra]);
      return typeof r === 'number' ? [r] : [...r];
    };
    // f at the old state (noise() is 0 here): gives k, and is the first stage of every method
    const first = call(args, []);
    const k = first.length;
    const y = args.slice(0, k),
      extra = args.slice(k);
    const { dt } = this;
    const axpy = (h: number, d: number[]) => y.map((v, i) => v + h * d[i]);
    let out: number[];
    switch (method) {
      case 'euler':
        out = axpy(dt, first);
        break;
      case 'rk2': {
        const k1 = first,
          k2 = call(axpy(dt, k1), extra);
        out = axpy(
          0.5 * dt,
          k1.map((a, i) => a + k2[i]),
        );
        break;
      }
      case 'rk4': {
        const k1 = first,
          k2 = call(axpy(0.5 * dt, k1), extra),
          k3 = call(axpy(0.5 * dt, k2), extra),
          k4 = call(axpy(dt, k3), extra);
        out = axpy(
          dt / 6,
          k1.map((a, i) => a + 2 * k2[i] + 2 * k3[i] + k4[i]),
        );
        break;
      }
      case 'exp_euler':
        // f_i is linear in y_i: B = f_i at y_i = 0, A = f_i at y_i = 1 minus B
        out = y.map((yi, i) => {
          const at = (v: number) =>
            call(
              y.map((x, j) => (j === i ? v : x)),
              extra,
            )[i];
          const B = at(0),
            A = at(1) - B;
          return A === 0 ? yi + dt * (A * yi + B) : -B / A + (yi + B / A) * Math.exp(A * dt);
        });
        break;
      case 'euler_maruyama': {
        const drift = first;
        this.noiseValue = 1;
        const withNoise = call(y, extra);
        this.noiseValue = 0;
        const base = this.counter;
        out = y.map((yi, i) => {
          const g = withNoise[i] - drift[i];
          const next = yi + dt * drift[i];
          return g === 0 ? next : next + g * Math.sqrt(dt) * normalDraw(this.key, base + i);
        });
        this.counter += k;
        break;
      }
    }
    return k === 1 ? out[0] : out;
  }
}
