// What step(), rand(), randn(), poisson(), binomial() and noise() mean while one element's method runs as plain
// JavaScript: the element being a neuron (its update) or a synapse (onPre, onPost, its per-target
// update). The integrators and draws are those of the native kernels, so the reference executors
// (runtime/js-reference.ts, runtime/js-network-reference.ts) reproduce them.
import { ODE_METHOD } from './dsl';
import type { IntegrationMethod } from '../ir/types';
import type { JsContext } from './js-context';
import { fmix32, normalDraw, normalDraw32, uniformDraw, uniformDraw32 } from './random';
import type { Precision } from '../ir/pipeline';
import { poissonDraw } from './poisson';
import { binomialDraw } from './binomial';

type Rhs = (...args: number[]) => number | readonly number[];

/**
 * The context of one element in one step: `key` is its random key (runtime/random.ts neuronKey);
 * `precision` the network's, which rand() and randn() draw at as its kernels do (the same keys;
 * poisson() and binomial() counts are the same at both).
 */
export class ElementContext implements JsContext {
  private counter = 0;
  private noiseValue = 0;
  private readonly uniform: (key: number, counter: number) => number;
  private readonly normal: (key: number, counter: number) => number;

  constructor(
    private readonly self: object,
    private readonly key: number,
    private readonly dt: number,
    precision: Precision = 'float64',
  ) {
    this.uniform = precision === 'float32' ? uniformDraw32 : uniformDraw;
    this.normal = precision === 'float32' ? normalDraw32 : normalDraw;
  }

  rand(): number {
    return this.uniform(this.key, this.counter++);
  }

  randn(): number {
    return this.normal(this.key, this.counter++);
  }

  poisson(mean: number): number {
    return poissonDraw(fmix32(this.key ^ this.counter++), mean);
  }

  binomial(n: number, p: number): number {
    return binomialDraw(fmix32(this.key ^ this.counter++), n, p);
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
          return g === 0 ? next : next + g * Math.sqrt(dt) * this.normal(this.key, base + i);
        });
        this.counter += k;
        break;
      }
    }
    return k === 1 ? out[0] : out;
  }
}
