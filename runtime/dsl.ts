// The model language: decorators and functions a model class uses. The transformer recognises
// each of these through the type checker (by declaration, never by name), and lowers the code
// that uses them to IR. At run time in plain JavaScript they also work, through the reference
// executor (runtime/js-reference.ts), so a model's TypeScript can be run and compared as it is.
import type { IntegrationMethod } from '../ir/types';
import { exprel as exprelImpl } from '../ir/eval-math';
import { jsContext } from './js-context';

export type { IntegrationMethod };

/** Marks a class as a neuron model: its `update(t, dt)` is compiled into a native kernel. */
export function neuron<T extends abstract new (...args: never[]) => object>(_target: T, _ctx: ClassDecoratorContext<T>): void {}

/** Marks a class as a synapse model: its `onPre`, `onPost`, `update` and `everyStep` are compiled into native kernels. */
export function synapse<T extends abstract new (...args: never[]) => object>(_target: T, _ctx: ClassDecoratorContext<T>): void {}

/** A model parameter: one value for the whole group, or one per neuron when the group is built with an array. */
export function param(_v: undefined, _ctx: ClassFieldDecoratorContext): void {}

/** A state variable: one value per neuron, kept from step to step. */
export function state(_v: undefined, _ctx: ClassFieldDecoratorContext): void {}

/**
 * Synapse models: state kept once per postsynaptic neuron (a conductance summed over the synapses
 * onto it). onPre adds to it (`this.g += this.w`); the synapse's update(t, dt) advances it.
 */
export function target(_v: undefined, _ctx: ClassFieldDecoratorContext): void {}

/** A current accumulator: inputs and synapses add into it; it is cleared after every step. */
export function current(_v: undefined, _ctx: ClassFieldDecoratorContext): void {}

export interface OdeOptions {
  method: IntegrationMethod;
}

/** Where the reference executor finds a derivative method's integration method. */
export const ODE_METHOD = Symbol('braints.odeMethod');

/** Marks a method as the right-hand side of an ODE system: it returns dX/dt (or a tuple of them). */
export function ode(opts: OdeOptions) {
  return function <F extends (...args: number[]) => number | readonly number[]>(fn: F, _ctx: ClassMethodDecoratorContext): F {
    (fn as unknown as Record<symbol, IntegrationMethod>)[ODE_METHOD] = opts.method;
    return fn;
  };
}

/**
 * One integration step of length dt of the ODE `f` with its method. The first k arguments are the
 * integrated variables, k being the number of derivatives `f` returns; further arguments are held
 * constant over the step. Returns the new value (k = 1) or the tuple of new values.
 */
export function step<R extends number | readonly number[]>(f: (...args: number[]) => R, ...args: number[]): R {
  return jsContext().step(f, args) as R;
}

/** A uniform random number in (0, 1), from the counter-based generator (seed, neuron, step, draw). */
export function rand(): number {
  return jsContext().rand();
}

/** A standard normal random number, from the same generator. */
export function randn(): number {
  return jsContext().randn();
}

/**
 * A Poisson count with the given mean (0 for a mean <= 0), from the same generator: exact in
 * distribution (runtime/poisson.ts), NaN with probability below 4e-17 (see README).
 */
export function poisson(mean: number): number {
  return jsContext().poisson(mean);
}

/**
 * A Binomial(n, p) count from the same generator, in constant expected time and one draw slot:
 * exact in distribution (runtime/binomial.ts). n = 0 or p = 0 gives 0, p = 1 gives n; NaN when n
 * is not a whole number from 0 to 2^31 - 1 or p is not in [0, 1], and with probability below
 * 6e-18 otherwise (see README).
 */
export function binomial(n: number, p: number): number {
  return jsContext().binomial(n, p);
}

/**
 * Gaussian white noise xi(t), in 1/sqrt(ms), for an ODE integrated with 'euler_maruyama':
 * `return (E_L - V) / tau + sigma * Math.sqrt(2 / tau) * noise();`
 */
export function noise(): number {
  return jsContext().noise();
}

/**
 * Brian2's refractoriness test: true when at least t_ref has passed since the last spike,
 * counted in whole steps: timestep(t - lastSpike) >= timestep(tRef), timestep(x) = int((x + 1e-3 dt) / dt).
 */
export function refractoryOver(t: number, lastSpike: number, tRef: number, dt: number): boolean {
  return Math.trunc((t - lastSpike + 1e-3 * dt) / dt) >= Math.trunc((tRef + 1e-3 * dt) / dt);
}

/** (e^x - 1)/x, continuous at x = 0: the form of Hodgkin-Huxley rate functions. */
export function exprel(x: number): number {
  return exprelImpl(x);
}
